"""A line under a signing lender's name that says the lender is a branch (or division) of
another bank ("HALVARD BANK, as Lender" / "Branch of Nordmark Bank" / "By: ..."): the line
describes the company above (:data:`ingest.signatures.licensed_descriptors.BRANCH_DESCRIPTION`),
so the parent bank, which does not sign, is no party and lends nothing, and the lender keeps
its block and its signers. A company whose own name holds "Branch" ("Branch Banking and Trust
Company") or that names its branch after its name ("NEW YORK BRANCH") is read as before.
Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT, dated as of April 1, 2008, is entered into among Tessaly "
    "Industries Incorporated, a Delaware corporation (the \u201cBorrower\u201d), the Lenders "
    "(as defined below) and Keel Bank, N.A., as Administrative Agent for the Lenders (the "
    "\u201cAdministrative Agent\u201d).\n\n"
    "ARTICLE I DEFINITIONS\n\n"
    "\u201cLender\u201d means any of the Persons identified as a \u201cLender\u201d on the "
    "signature pages hereto.\n\n"
    "Section 2.01 Loans. Each Lender severally agrees to make revolving loans (each a "
    "\u201cLoan\u201d and collectively the \u201cLoans\u201d) to the Borrower.\n\n"
    "Each of the parties hereto has caused a counterpart of this Credit Agreement to be duly "
    "executed and delivered as of the date first above written.\n\n"
    "TESSALY INDUSTRIES INCORPORATED\n\nBy: /s/ Ruth Alder\nName: Ruth Alder\n"
    "Title: Chief Financial Officer\n\n\n"
    "KEEL BANK, N.A.,\nas Administrative Agent\n\nBy:\nName:\n/s/ Omar Reyes\nOmar Reyes\n"
    "Title:\nVice President\n\n\n"
)


def _block(company: str, below: str) -> str:
    return (
        f"{company}, as Lender\n\n\n{below}\n\n\n\nBy:\n/s/ Ina Berg\nName:\nIna Berg\n"
        "Title:\nSenior Vice President\n\n\n"
    )


def test_the_parent_bank_of_a_branch_is_no_party() -> None:
    x = extract_text(_HEAD + _block("HALVARD BANK", "Branch of Nordmark Bank"))
    party = {s.upper() for s, _ in edges(x, "PARTY_TO")}
    lends = {s.upper() for s, _ in edges(x, "LENDS_TO")}
    assert "HALVARD BANK" in party and "HALVARD BANK" in lends
    assert not any("NORDMARK" in name for name in party | lends)


def test_a_branch_line_with_its_article_describes_the_lender() -> None:
    x = extract_text(_HEAD + _block("HALVARD BANK", "a New York branch of Nordmark Bank AG"))
    party = {s.upper() for s, _ in edges(x, "PARTY_TO")}
    assert "HALVARD BANK" in party
    assert not any("NORDMARK" in name for name in party)


def test_a_name_holding_branch_is_a_company() -> None:
    text = _HEAD + (
        "BRANCH BANKING AND TRUST COMPANY, as Lender\n\n\nBy:\n/s/ Ina Berg\nName:\nIna Berg\n"
        "Title:\nSenior Vice President\n"
    )
    party = {s.upper() for s, _ in edges(extract_text(text), "PARTY_TO")}
    assert "BRANCH BANKING AND TRUST COMPANY" in party
