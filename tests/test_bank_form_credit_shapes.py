"""A bank's form credit agreement: the lending clause names the loans and the line they are made
under in one sentence ("make advances ("Revolving Loans") to Borrower ... not to exceed
$2,500,000 (the "Revolving Line of Credit")": one facility, whose amount the bank lends), and
the borrower "shall grant or cause to be granted" the bank a lien on its assets (a grant of
security). A passage written for this test (invented parties), then a real agreement of the
corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from tests.passages import extract_text
from tests.paths import CORPUS

_TEXT = (
    "CREDIT AGREEMENT\n\n"
    'This Credit Agreement ("Agreement") is made as of March 2, 2001 by and between Pinecrest '
    'Foods, Inc., a California corporation ("Borrower"), and Harborline Bank, a California '
    'banking corporation ("Bank").\n\n'
    "1.01 Revolving Line of Credit. Bank shall, upon Borrower's request, make advances "
    '("Revolving Loans") to Borrower, for working capital purposes, in an amount not to exceed '
    '$2,500,000 (the "Revolving Line of Credit") until March 1, 2003.\n\n'
    "1.04 Collateral. Borrower shall grant or cause to be granted to Bank a first priority lien "
    "on any and all personal property assets of Borrower which is assigned to Bank as security "
    "for all of Borrower's obligations to Bank.\n\n"
    "7.06 Applicable Law. This Agreement shall be governed by the laws of the state of "
    "California.\n\n"
    "HARBORLINE BANK                     PINECREST FOODS, INC.\n\n"
    "By: /s/ Janet Cole                  By: /s/ Victor Alvarez\n"
    "Its: Vice President                 Its: President\n"
)


def test_the_loans_and_their_line_are_one_facility_whose_amount_is_lent() -> None:
    x = extract_text(_TEXT)
    facilities = [e for e in x.entities if e.props.get("kind") == "credit_facility"]
    assert len(facilities) == 1, [e.props for e in facilities]
    assert "Revolving Loans" in facilities[0].aliases
    lent = [r for r in x.relations if r.type == "LENDS_TO"]
    assert [r.props.get("amount") for r in lent] == [2500000]


def test_a_lien_the_borrower_shall_grant_or_cause_to_be_granted_secures_the_agreement() -> None:
    x = extract_text(_TEXT)
    names = {e.ref: str(e.props.get("name") or e.props.get("description")) for e in x.entities}
    secured = {names[r.source] for r in x.relations if r.type == "SECURES"}
    assert "Pinecrest Foods, Inc." in secured, secured
    assert "any and all personal property assets of Borrower" in secured, secured


def test_a_real_bank_form_credit_agreement() -> None:
    path = CORPUS / "credit-dev" / "lexpredict-897265-2000-03-30.txt"
    (source,) = read_file(path, max_bytes=10_000_000).documents
    x = extract(source)
    lent = [r for r in x.relations if r.type == "LENDS_TO"]
    assert [r.props.get("amount") for r in lent] == [3000000]
    assert any(r.type == "SECURES" for r in x.relations)
