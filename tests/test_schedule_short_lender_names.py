"""A commitments schedule that writes a lender's name shorter than its signature block does:
"Granite Trust Bank, N.A." for "GRANITE TRUST BANK, NATIONAL ASSOCIATION", "Halvard Bank AG"
for "HALVARD BANK AG, NEW YORK AND GRAND CAYMAN BRANCHES", "Kestrel Savings Bank" for "KESTREL
SAVINGS BANK, FSB". The row is still that lender's: its commitment is the amount of its
LENDS_TO (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of October 2, 2006 is among HARROW UTILITIES COMPANY, the banks
listed on the signature pages hereof, and FIRST MERIDIAN BANK, N.A., as Administrative Agent.

"Borrower" means Harrow Utilities Company, an Ohio corporation.

"Lenders" means each of the financial institutions listed on the signature pages hereof.

"Commitment Amount" means, for any Lender, the amount set forth opposite its name on Schedule
II.

SECTION 2.01 Commitments. Each Lender severally agrees to make Advances to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the date
first above written.

HARROW UTILITIES COMPANY

By:
Name:
Title:

FIRST MERIDIAN BANK, N.A., as Administrative Agent and as a Lender

By:
Name:
Title:

GRANITE TRUST BANK, NATIONAL ASSOCIATION

By:
Name:
Title:

HALVARD BANK AG, NEW YORK AND GRAND CAYMAN BRANCHES

By:
Name:
Title:

KESTREL SAVINGS BANK, FSB

By:
Name:
Title:

SCHEDULE II

COMMITMENTS

Lender\tCommitment
{rows}
"""

_EXPECTED = {
    "First Meridian Bank, N.A.": 40_000_000,
    "Granite Trust Bank, National Association": 30_000_000,
    "HALVARD BANK AG, NEW YORK AND GRAND CAYMAN BRANCHES": 20_000_000,
    "KESTREL SAVINGS BANK, FSB": 10_000_000,
}


def _amounts(rows: str) -> dict[str, object]:
    x = extract_text(_CREDIT.format(rows=rows))
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {
        names[r.source].casefold(): r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO"
    }


@pytest.mark.parametrize(
    "rows",
    [
        # a converted table: one cell a line
        "First Meridian Bank, N.A.\n$\t40,000,000.00\nGranite Trust Bank, N.A.\n$\t30,000,000.00\n"
        "Halvard Bank AG\n$\t20,000,000.00\nKestrel Savings Bank\n$\t10,000,000.00\n"
        "TOTAL\n$\t100,000,000.00\n",
        # a typed table: the figure beside the name
        "First Meridian Bank, N.A.          $40,000,000\n"
        "Granite Trust Bank, N.A.           $30,000,000\n"
        "Halvard Bank AG                    $20,000,000\n"
        "Kestrel Savings Bank               $10,000,000\n",
    ],
)
def test_a_lenders_shorter_name_on_the_schedule_gives_its_commitment(rows: str) -> None:
    amounts = _amounts(rows)
    for name, amount in _EXPECTED.items():
        assert amounts[name.casefold()] == amount


def test_a_longer_name_on_the_schedule_is_another_company() -> None:
    """Near miss: "Kestrel Savings Bank Holdings, Inc." is not the bank signing."""
    rows = (
        "First Meridian Bank, N.A.\n$\t40,000,000.00\n"
        "Kestrel Savings Bank Holdings, Inc.\n$\t10,000,000.00\n"
    )
    assert _amounts(rows).get("kestrel savings bank, fsb") is None
