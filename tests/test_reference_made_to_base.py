"""An amendment whose title names no agreement ("Incremental Amendment No. 1") AMENDS the one
its recitals say "reference is made to" (rule ``references.reference_made_to_base`` of
:mod:`ingest.references.amends`); passages written for this test, and round thirteen's
incremental amendment."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_AMENDMENT = """{title}

{title}, dated as of May 1, 2018 (this "Amendment"), among HOLLIS FOODS INC., a Delaware \
corporation (the "Borrower"), the Lenders party hereto and KEEL BANK, N.A., as administrative \
agent (the "Administrative Agent").

WHEREAS, {recital}

NOW, THEREFORE, the parties agree as follows:

1. The Applicable Margin is reduced to 2.00%.

2. This Amendment shall be governed by the laws of the State of New York.

HOLLIS FOODS INC.
By: /s/ Ann Lowe
Title: Treasurer
"""


def _amends(title: str, recital: str) -> set[tuple[str, str]]:
    return edges(extract_text(_AMENDMENT.format(title=title, recital=recital)), "AMENDS")


def test_numbered_amendment_amends_the_agreement_referred_to() -> None:
    recital = (
        "reference is made to the Credit Agreement, dated as of June 2, 2016 (as amended, the "
        '"Credit Agreement"), among the Borrower, the Lenders and the Administrative Agent;'
    )
    assert ("Incremental Amendment No. 1", "Credit Agreement") in _amends(
        "INCREMENTAL AMENDMENT NO. 1", recital
    )


def test_reference_made_to_that_certain_agreement() -> None:
    recital = (
        "reference is hereby made to that certain Term Loan Agreement dated as of March 9, 2015 "
        "among the Borrower, the Lenders and the Administrative Agent;"
    )
    found = _amends("AMENDMENT NO. 4", recital)
    assert any(t == "Term Loan Agreement" for _, t in found)


def test_a_section_referred_to_is_no_agreement_amended() -> None:
    recital = "reference is made to Section 2.20 of the credit facilities of the Borrower;"
    assert not _amends("INCREMENTAL AMENDMENT NO. 1", recital)


def test_round_thirteen_incremental_amendment() -> None:
    path = _ROOT / "tests/gold_written/docs/r13ins_incremental_brantmoor.txt"
    x = extract_text(path.read_text())
    assert ("Incremental Amendment No. 1", "Credit Agreement") in edges(x, "AMENDS")
