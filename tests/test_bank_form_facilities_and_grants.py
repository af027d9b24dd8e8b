"""Financing shapes of single-bank credit agreements that the first scores of two blind
credit-dev annotations showed unread (issue 13): a facility defined as a "... Term Commitment",
loans a sentence splits into facilities by their limits ("a Term Loan up to $6,000,000 ("Term
Loan")"), a grant in "those of Borrower's assets described in that certain Security Agreement
... (the "Collateral")", a security agreement "executed by Borrower for the benefit of Bank",
a mentioned agreement "between the Borrower and <Company>, Inc., and promptly ...", and a setoff
grant in "all of said funds" (the grantor secures; the words name no asset).
Every passage is written for this test (invented parties, amounts and dates)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text

_OPEN = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (this "Agreement") is entered into as of June 2, 2014, by and '
    'between ORCHARD VALLEY FOODS, INC. ("Borrower"), and KESTREL NATIONAL BANK ("Bank").\n\n'
)
_CLOSE = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of "
    "the day and year first written above.\n\n"
    "ORCHARD VALLEY FOODS, INC.\n\nBy: /s/ Dana Pruitt\nDana Pruitt, President\n\n"
    "KESTREL NATIONAL BANK\n\nBy: /s/ Lyle Abbot\nLyle Abbot, Vice President\n"
)
_BORROWER = "ORCHARD VALLEY FOODS, INC."
_BANK = "KESTREL NATIONAL BANK"
_CREDIT = "Credit Agreement"


def _extract(body: str) -> Extraction:
    return extract_text(_OPEN + body + _CLOSE)


def _instrument(x: Extraction, title: str) -> dict[str, object]:
    return next(
        dict(e.props) for e in x.entities if e.label == "Instrument" and e.props["title"] == title
    )


def _secures(x: Extraction) -> set[tuple[str, str]]:
    names = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


def test_a_term_commitment_the_bank_makes_advances_under_is_a_facility() -> None:
    x = _extract(
        "1.2 TERM COMMITMENT. Bank hereby agrees to make advances to Borrower from time to time "
        "up to and including March 31, 2015 not to exceed the aggregate principal amount of "
        'Four Million Dollars ($4,000,000) ("Capital Expenditure Term Commitment").\n\n'
    )
    assert ("Capital Expenditure Term Commitment", _CREDIT) in edges(x, "ISSUED_UNDER")
    facility = _instrument(x, "Capital Expenditure Term Commitment")
    assert facility["amount"] == 4000000
    assert facility["kind"] == "credit_facility"


def test_a_bare_commitment_term_is_no_facility() -> None:
    x = _extract(
        "1.2 Bank hereby agrees to make advances to Borrower from time to time not to exceed "
        '$4,000,000 (the "Commitment").\n\n'
    )
    assert not edges(x, "ISSUED_UNDER")


def test_loans_a_sentence_splits_by_their_limits_are_facilities() -> None:
    x = _extract(
        "ARTICLE 2 LOANS\nLender agrees to advance sums to Borrower not to exceed $9,000,000. "
        'The Loan shall consist of a Term Loan up to $6,000,000 ("Term Loan") and a Revolving '
        'Loan up to $3,000,000 ("Revolving Loan").\n\n'
    )
    issued = edges(x, "ISSUED_UNDER")
    assert {("Term Loan", _CREDIT), ("Revolving Loan", _CREDIT)} <= issued, issued
    assert _instrument(x, "Term Loan")["amount"] == 6000000
    assert _instrument(x, "Revolving Loan")["amount"] == 3000000


def test_a_loan_term_after_an_amount_repaid_is_no_facility() -> None:
    x = _extract(
        "5.3 The Borrower repaid $400,000 of its prior indebtedness to Ridgeway Leasing "
        '("Prior Loan") and shall not borrow from Ridgeway Leasing again.\n\n'
    )
    assert not edges(x, "ISSUED_UNDER")


def test_a_grant_in_the_assets_a_security_agreement_describes_defines_the_collateral() -> None:
    x = _extract(
        "1.5 COLLATERAL. As security for all indebtedness of Borrower to Bank subject hereto, "
        "Borrower hereby grants to Bank security interests of first priority in those of "
        "Borrower\u2019s assets described in that certain Security Agreement of even date "
        'herewith executed by Borrower for the benefit of Bank (the "Collateral").\n\n'
    )
    secures = _secures(x)
    assert ("Collateral", _CREDIT) in secures, secures
    assert (_BORROWER, _CREDIT) in secures, secures
    assert {(_BORROWER, "Security Agreement"), (_BANK, "Security Agreement")} <= edges(
        x, "PARTY_TO"
    )


def test_a_pledge_agreement_executed_in_favor_of_the_bank_has_both_parties() -> None:
    x = _extract(
        '"Pledge Agreement" means the pledge agreement of even date herewith.\n\n'
        "3.1 Documentation. Bank shall have received the Pledge Agreement dated as of June 2, "
        "2014 executed by Borrower in favor of Bank.\n\n"
    )
    parties = edges(x, "PARTY_TO")
    assert {(_BORROWER, "Pledge Agreement"), (_BANK, "Pledge Agreement")} <= parties, parties


def test_a_mentioned_guaranty_between_the_borrower_and_a_company_names_both() -> None:
    x = _extract(
        "4.3 (d) within thirty days after each quarter, a statement of the obligations of "
        "Borrower under that certain Orchard Guaranty dated May 1, 2013 by and between the "
        "Borrower and Tidewater Casting, Inc., and promptly upon each request from Bank, a "
        "list of the names of all Borrower\u2019s account debtors;\n\n"
    )
    parties = {p for p in edges(x, "PARTY_TO") if p[1] == "Orchard Guaranty"}
    assert parties == {
        (_BORROWER, "Orchard Guaranty"),
        ("Tidewater Casting, Inc.", "Orchard Guaranty"),
    }


def test_a_setoff_grant_in_said_funds_adds_the_grantor_and_no_asset() -> None:
    x = _extract(
        "9.6 Set Off. Any funds of Borrower held by Bank in any account are subject to the "
        "policies of Bank. Borrower grants Bank a security interest in all of said funds and "
        "Bank may apply these funds against any Loan.\n\n"
    )
    secures = _secures(x)
    assert (_BORROWER, _CREDIT) in secures, secures
    assert not [e for e in x.entities if e.label == "Asset"], secures
