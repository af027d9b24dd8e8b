"""The loans of a syndicated credit agreement whose lending sentence says only "to make loans to
the Borrower" (:mod:`ingest.instruments.several_lending`): "Section 2.01. Commitments to Lend.
Each Bank severally agrees ... to make loans to the Borrower pursuant to this Section from time
to time ... prior to the Termination Date", the definitions saying what "Loans" are by interest
basis and the cover giving the total ("$500,000,000" above "CREDIT AGREEMENT"). The facility is
the defined "Loans", ISSUED_UNDER the agreement, with the cover's amount where no total of the
commitments is written. Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AGREEMENT = """                                  {cover}

                              CREDIT AGREEMENT

                                dated as of
                             {date_words}

     CREDIT AGREEMENT dated as of {date_words} among {borrower}, the BANKS listed on the \
signature pages hereof and {agent}, as Agent.

     "Loan" means a {kinds} and "Loans" means any or all of them.

     "Termination Date" means {termination}.

     SECTION 2.01. Commitments to Lend. Each Bank severally agrees, on the terms and \
conditions set forth in this Agreement, to make {lent} to the Borrower pursuant to this Section \
from time to time prior to the Termination Date in amounts such that the aggregate principal \
amount of its Loans shall not exceed its Commitment. Each Borrowing under this Section shall be \
in an aggregate principal amount of $10,000,000 or any larger multiple of $1,000,000.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as \
of the day and year first above written.

{borrower}

By: /s/ Hal Pierce
Title: Treasurer

{agent}, as a Bank and as Agent

By: /s/ Rita Dunn
Title: Vice President
"""

_CASES = [
    {
        "cover": "$500,000,000",
        "date_words": "June 30, 1995",
        "borrower": "ORCHARD HILL FOODS, INC.",
        "agent": "MADISON GUARANTY TRUST COMPANY",
        "kinds": "Domestic Loan or a Euro-Dollar Loan",
        "termination": "June 30, 2000",
        "lent": "loans",
        "amount": 500000000,
        "maturity": "2000-06-30",
    },
    {
        "cover": "$75,000,000",
        "date_words": "March 2, 2004",
        "borrower": "BRISTOL VALVE CORPORATION",
        "agent": "CENTRAL PLAINS BANK, N.A.",
        "kinds": "Base Rate Loan or a LIBOR Loan",
        "termination": "March 2, 2009",
        "lent": "Loans",
        "amount": 75000000,
        "maturity": "2009-03-02",
    },
]


@pytest.mark.parametrize("case", _CASES, ids=[c["borrower"] for c in _CASES])
def test_the_loans_each_bank_makes_are_the_facility(case: dict[str, object]) -> None:
    x = extract_text(_AGREEMENT.format(**case))
    assert ("Loans", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    (loans,) = [e for e in x.entities if e.props.get("title") == "Loans"]
    assert loans.props["kind"] == "credit_facility"
    assert loans.props["amount"] == case["amount"]  # the cover's, not a borrowing's minimum
    assert loans.props["maturity_date"] == case["maturity"]


def test_loans_no_definition_names_are_no_facility() -> None:
    """Near miss: "to make loans" where the agreement defines no "Loans"."""
    text = _AGREEMENT.format(**_CASES[0]).replace(
        '     "Loan" means a Domestic Loan or a Euro-Dollar Loan and "Loans" means any or all of '
        "them.\n",
        "",
    )
    x = extract_text(text)
    assert not [e for e in x.entities if e.props.get("title") == "Loans"]
