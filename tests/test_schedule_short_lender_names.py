"""A commitments schedule that writes a lender's name shorter than its signature block does:
"Granite Trust Bank, N.A." for "GRANITE TRUST BANK, NATIONAL ASSOCIATION", "Halvard Bank AG"
for "HALVARD BANK AG, NEW YORK AND GRAND CAYMAN BRANCHES", "Kestrel Savings Bank" for "KESTREL
SAVINGS BANK, FSB". The row is still that lender's: its commitment is the amount of its
LENDS_TO (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import edge_amounts, extract_text, lenders_on_signature_pages

_BANKS = [
    "GRANITE TRUST BANK, NATIONAL ASSOCIATION",
    "HALVARD BANK AG, NEW YORK AND GRAND CAYMAN BRANCHES",
    "KESTREL SAVINGS BANK, FSB",
]

_COMMITMENT = (
    '"Commitment Amount" means, for any Lender, the amount set forth opposite its name on\n'
    "Schedule II."
)

_EXPECTED = {
    "First Meridian Bank, N.A.": 40_000_000,
    "Granite Trust Bank, National Association": 30_000_000,
    "HALVARD BANK AG, NEW YORK AND GRAND CAYMAN BRANCHES": 20_000_000,
    "KESTREL SAVINGS BANK, FSB": 10_000_000,
}


def _amounts(rows: str) -> dict[str, object]:
    schedule = f"SCHEDULE II\n\nCOMMITMENTS\n\nLender\tCommitment\n{rows}"
    x = extract_text(lenders_on_signature_pages(_COMMITMENT, _BANKS, schedule))
    return {lender.casefold(): a for (lender, _), a in edge_amounts(x, "LENDS_TO").items()}


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
