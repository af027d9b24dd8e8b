"""A note term defined as the borrower's promissory note "issued to" the lender, in the form of
the agreement's exhibit ("Note" means each promissory note of the Borrower issued to the Bank
each time the Bank makes a Loan, in substantially the form of Exhibit A): the lender holds
it and it is issued under the agreement. Shapes of drafting, on passages written for these
tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

AGREEMENT = (
    "LOAN AGREEMENT\n\n"
    "THIS LOAN AGREEMENT, dated as of May 2, 2013 (this \u201cAgreement\u201d), is by and among "
    "LAKESHORE TRUST BANK, a Michigan banking corporation (the \u201cBank\u201d), and KESTREL "
    "SOLAR, LLC, a Michigan limited liability company (the \u201cBorrower\u201d).\n\n"
    "1.1 Definitions.\n"
    "\u201cLoan\u201d means an extension of credit to the Borrower by the Bank pursuant to "
    "section 2.1.\n"
    "\u201cNote\u201d means each promissory note of the Borrower issued to the Bank each\n"
    "time that Bank makes a Loan to the Borrower in substantially the form of Exhibit A.\n"
    "\u201cObligations\u201d means all obligations of the Borrower owed to the Bank or an "
    "Affiliate of the Bank under the Loan Documents.\n\n"
    "2.1 Loans. The Bank agrees to lend to the Borrower up to $4,000,000.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "LAKESHORE TRUST BANK\n\nBy: /s/ Ann Smith\nAnn Smith, Vice President\n\n"
    "KESTREL SOLAR, LLC\n\nBy: /s/ Dan Price\nDan Price, Manager\n"
)


def test_the_lender_a_defined_note_is_issued_to_holds_it() -> None:
    x = extract_text(AGREEMENT)
    assert ("LAKESHORE TRUST BANK", "Promissory Note") in edges(x, "HOLDS")
    assert ("KESTREL SOLAR, LLC", "Promissory Note") in edges(x, "ISSUES")


def test_a_note_in_the_form_of_the_agreements_exhibit_is_issued_under_it() -> None:
    x = extract_text(AGREEMENT)
    assert ("Promissory Note", "Loan Agreement") in edges(x, "ISSUED_UNDER")
