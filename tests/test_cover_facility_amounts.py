"""A credit agreement whose cover page heads its title with the facility's size ("$600,000,000 /
CREDIT AGREEMENT") and whose body gives the facility no amount (each lender lends up to its
Commitment): the cover's figure is that one facility's amount; with two facilities it is their
sum, the amount of neither (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import extract_text, facility_amounts

_CREDIT = """EXECUTION COPY

{amount}

{title}

dated as of March 3, 2006

among

HARROW UTILITIES COMPANY,

THE LENDERS PARTY HERETO

and

FIRST MERIDIAN BANK, N.A., as Administrative Agent

{title} dated as of March 3, 2006 among HARROW UTILITIES COMPANY, an Ohio corporation (the
"Borrower"), the Lenders party hereto and FIRST MERIDIAN BANK, N.A., as Administrative Agent.

SECTION 1.01 Definitions.

"Lenders" means each of the financial institutions listed on the signature pages hereof.

{lending}
"""


@pytest.mark.parametrize(
    ("amount", "title", "lending", "facility", "value"),
    [
        (
            "$600,000,000",
            "CREDIT AGREEMENT",
            "SECTION 2.01 Commitments. Each Lender severally agrees to make advances (each an\n"
            '"Advance") to the Borrower from time to time in an aggregate amount not to exceed\n'
            "such Lender's Commitment.",
            "Advance",
            600_000_000,
        ),
        (
            "U.S. $300,000,000",
            "Term Loan Credit Agreement",
            "Section 2.1. Commitments to Lend. Each Lender severally agrees to make a loan (each\n"
            'a "Loan" and, collectively, the "Loans") to the Borrower in an amount equal to its\n'
            "Commitment.",
            "Loan",
            300_000_000,
        ),
    ],
)
def test_the_covers_figure_is_the_one_facilitys_amount(
    amount: str, title: str, lending: str, facility: str, value: int
) -> None:
    facilities = facility_amounts(
        extract_text(_CREDIT.format(amount=amount, title=title, lending=lending))
    )
    assert facilities[facility] == value


def test_the_covers_figure_over_two_facilities_is_the_amount_of_neither() -> None:
    """Near miss: a revolver and a term loan share the cover's figure."""
    lending = (
        "SECTION 2.01 Revolving Loans. Each Lender severally agrees to make revolving loans (the\n"
        '"Revolving Loans") to the Borrower up to its Revolving Commitment.\n\n'
        'SECTION 2.02 Term Loans. Each Lender severally agrees to make a term loan (the "Term\n'
        'Loans") to the Borrower in an amount equal to its Term Commitment.'
    )
    facilities = facility_amounts(
        extract_text(
            _CREDIT.format(amount="$450,000,000", title="CREDIT AGREEMENT", lending=lending)
        )
    )
    assert len(facilities) >= 2
    assert 450_000_000 not in facilities.values()
