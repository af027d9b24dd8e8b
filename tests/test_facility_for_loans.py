"""A facility defined as "the credit facility for the Term Loans described in Section 1.1
hereof", its amount what the lenders' commitments aggregate ("the Term Loan Commitments of the
Lenders aggregate $12,000,000 on the date hereof"): the agreement's facility, ISSUED_UNDER it.
A facility another agreement describes is not. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT

This Credit Agreement is entered into as of June 4, 2001, by and among Maple Acquisition Sub,
Inc., a Delaware corporation (the "Borrower"), the financial institutions from time to time
party to this Agreement, as Lenders, and Lakeside Bank, as Administrative Agent as provided
herein.

Section 1.1. Term Loan Commitments. Subject to the terms and conditions hereof, each Lender
severally agrees to make a loan (individually a "Term Loan" and collectively for all the Lenders
the "Term Loans") to the Borrower in an amount up to such Lender's Term Loan Commitment.

Section 5.1. Definitions.

"Term Credit" means the credit facility for the Term Loans described in Section 1.1 hereof.

"Term Loan Commitment" means, as to any Lender, the obligation of such Lender to make its Term
Loan in the principal amount set forth opposite its name on Schedule 1. The Borrower and the
Lenders acknowledge and agree that the Term Loan Commitments of the Lenders aggregate
$12,000,000 on the date hereof.
"""


def test_the_facility_for_the_term_loans_is_issued_under_the_agreement() -> None:
    x = extract_text(_TEXT)
    assert ("Term Credit", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    facility = next(e for e in x.entities if e.props.get("title") == "Term Credit")
    assert facility.props.get("amount") == 12000000


def test_the_facility_another_agreement_describes_is_not() -> None:
    x = extract_text(
        _TEXT.replace("Section 1.1 hereof.", "Section 2.1 of the Existing Credit Agreement.")
    )
    assert not any(a == "Term Credit" for a, _ in edges(x, "ISSUED_UNDER"))
