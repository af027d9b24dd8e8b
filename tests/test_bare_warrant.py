"""A warrant a loan document issues named only in lower case ("the Borrower shall issue to the
Agent a warrant to purchase 250,000 shares of common stock of the Borrower"): the borrower
ISSUES it, the party it is issued to HOLDS it, ISSUED_UNDER the agreement (rule
``relations.issuance.bare_warrant`` of :mod:`ingest.relations.issuance`); passages written for
this test, and round thirteen's credit agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_AGREEMENT = """LOAN AGREEMENT

This Loan Agreement (this "Agreement") is made as of July 8, 2004 between QUILLON SENSORS, \
INC., a Delaware corporation (the "Borrower"), and BAYSIDE CAPITAL BANK (the "Lender").

1. The Lender agrees to lend the Borrower up to $3,000,000.

2. {clause}

3. This Agreement shall be governed by the laws of the State of California.

QUILLON SENSORS, INC.
By: /s/ Ann Lowe
Title: President

BAYSIDE CAPITAL BANK
By: /s/ Carl Ruiz
Title: Vice President
"""


def _facts(clause: str) -> tuple[set[tuple[str, str]], ...]:
    x = extract_text(_AGREEMENT.format(clause=clause))
    return edges(x, "ISSUES"), edges(x, "HOLDS"), edges(x, "ISSUED_UNDER")


def test_lower_case_warrant_issued_to_the_lender() -> None:
    issues, holds, under = _facts(
        "On the date hereof the Borrower shall issue to the Lender a warrant to purchase 75,000 "
        "shares of common stock of the Borrower at an exercise price of $2.50 per share."
    )
    assert ("QUILLON SENSORS, INC.", "Warrant") in issues
    assert ("BAYSIDE CAPITAL BANK", "Warrant") in holds
    assert ("Warrant", "Loan Agreement") in under


def test_stock_purchase_warrant_written_out() -> None:
    issues, holds, _ = _facts(
        "As additional consideration, the Borrower will issue to the Lender one stock purchase "
        "warrant to acquire up to 40,000 shares of its common stock, exercisable for five years."
    )
    assert ("QUILLON SENSORS, INC.", "Warrant") in issues
    assert ("BAYSIDE CAPITAL BANK", "Warrant") in holds


def test_warrants_of_a_number_are_no_one_warrant() -> None:
    issues, _, _ = _facts(
        "The Borrower shall issue to the Lender warrants to purchase 100,000 shares of common "
        "stock from time to time."
    )
    assert not any(i[1] == "Warrant" for i in issues)


def test_round_thirteen_warrant_to_the_agent() -> None:
    path = _ROOT / "tests/gold_written/docs/r13ins_credit_tamsin.txt"
    x = extract_text(path.read_text())
    assert ("ARDMORE COMMERCIAL BANK", "Warrant") in edges(x, "HOLDS")
    assert ("Warrant", "Revolving Credit and Term Loan Agreement") in edges(x, "ISSUED_UNDER")
