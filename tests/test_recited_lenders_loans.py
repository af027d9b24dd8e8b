"""A guarantee or security agreement recites the loans it secures with the lenders of the credit
agreement as the subject: "pursuant to the Credit Agreement dated as of ... among the Borrower,
the Lenders and the Agent, the Lenders have severally agreed to make term loans ... of
$60,000,000 (the "Term Loans") and revolving credit loans ... (the "Revolving Loans")". Each
loan is a credit facility ISSUED_UNDER that credit agreement. The lenders' agreement with no
agreement named before it recites no facility. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_GUARANTEE = """GUARANTEE AND COLLATERAL AGREEMENT

GUARANTEE AND COLLATERAL AGREEMENT, dated as of {date}, made by {borrower}, a Delaware
corporation (the "Borrower"), in favor of {agent}, as administrative agent (the "Agent").

W I T N E S S E T H:

WHEREAS, pursuant to the {credit} dated as of {date} (the "{credit}"), among the Borrower,
the several lenders from time to time parties thereto (the "Lenders") and the Agent, the
Lenders have {severally}agreed to make {first} to the Borrower in an aggregate principal amount
of $40,000,000 (the "{first_term}") and {second} in an aggregate principal amount not to exceed
$10,000,000 (the "{second_term}");

NOW, THEREFORE, the Borrower agrees with the Agent as follows.
"""


@pytest.mark.parametrize(
    ("credit", "severally", "first", "first_term", "second", "second_term"),
    [
        (
            "Credit Agreement",
            "severally ",
            "term loans",
            "Term Loans",
            "revolving credit loans",
            "Revolving Loans",
        ),
        (
            "Loan Agreement",
            "",
            "a term loan",
            "Term Loan",
            "a revolving credit facility",
            "Revolving Facility",
        ),
    ],
)
def test_loans_the_lenders_agreed_to_make_are_issued_under_the_recited_agreement(
    credit: str, severally: str, first: str, first_term: str, second: str, second_term: str
) -> None:
    text = _GUARANTEE.format(
        date="June 30, 2019",
        borrower="KESTON MARINE, INC.",
        agent="HARBORVIEW CAPITAL LLC",
        credit=credit,
        severally=severally,
        first=first,
        first_term=first_term,
        second=second,
        second_term=second_term,
    )
    issued = edges(extract_text(text), "ISSUED_UNDER")
    assert (first_term, credit) in issued
    assert (second_term, credit) in issued


def test_the_lenders_agreement_with_no_agreement_named_before_recites_no_facility() -> None:
    text = """SECURITY AGREEMENT

SECURITY AGREEMENT, dated as of June 30, 2019, made by KESTON MARINE, INC., a Delaware
corporation (the "Borrower"), in favor of HARBORVIEW CAPITAL LLC (the "Agent").

WHEREAS, as the Borrower has requested, the Lenders have severally agreed to make term loans
to the Borrower in an aggregate principal amount of $40,000,000 (the "Term Loans").
"""
    assert not edges(extract_text(text), "ISSUED_UNDER")
