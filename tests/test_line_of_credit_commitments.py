"""A commitment defined as the lender's commitment "to extend" a line of credit (""Loan
Commitment" shall mean the commitment of Lender under the Agreement to extend a senior secured
revolving line of credit to Borrower in the total amount of ..."): the facility the agreement
makes available, with its amount, ISSUED_UNDER it. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of October 14, 2010, is by and between Tall Pines Energy, LLC, a
Texas limited liability company (the "Borrower"), and GULF PLAINS BANK, N.A., a national
banking association ("Lender").

Section 1.1 Defined Terms.

"Loan Commitment" shall mean the commitment of Lender under the Agreement to extend a senior
secured revolving line of credit to Borrower in the total amount equal to the lesser of Twenty
Million and No/100 Dollars ($20,000,000.00) or the Borrowing Base Amount.

Section 2.1 Loans. Lender agrees to make Loans to Borrower under the Loan Commitment.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

BORROWER:
TALL PINES ENERGY, LLC
By: /s/ Wade Ortiz
Name: Wade Ortiz
Title: Manager

LENDER:
GULF PLAINS BANK, N.A.
By: /s/ Lena Park
Name: Lena Park
Title: Vice President
"""


def test_a_commitment_to_extend_a_line_of_credit_is_the_facility() -> None:
    x = extract_text(_TEXT)
    assert ("Loan Commitment", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    facility = next(e for e in x.entities if e.props.get("title") == "Loan Commitment")
    assert facility.props.get("kind") == "credit_facility"
    assert facility.props.get("amount") == 20000000


def test_a_commitment_to_extend_a_maturity_is_no_facility() -> None:
    x = extract_text(
        _TEXT.replace(
            "to extend a senior\nsecured revolving line of credit to Borrower",
            "to extend the maturity of the Loans\nof Borrower",
        )
    )
    assert not any(a == "Loan Commitment" for a, _ in edges(x, "ISSUED_UNDER"))


def test_a_commitment_to_advance_funds_is_the_facility() -> None:
    """The older wording: the bank's obligation "to advance to the Borrower funds"."""
    x = extract_text(
        _TEXT.replace(
            "to extend a senior\nsecured revolving line of credit to Borrower in the total amount "
            "equal to",
            "to advance to the\nBorrower funds in an amount not to exceed",
        )
    )
    assert ("Loan Commitment", "Credit Agreement") in edges(x, "ISSUED_UNDER")
