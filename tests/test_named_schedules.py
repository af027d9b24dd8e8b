"""Schedules headed by what they list, with no number ("COMMITMENT SCHEDULE", "PRICING
SCHEDULE"), after the signature pages (:mod:`ingest.structure.headings`).

Credit agreements drafted on one bank's form put each lender's commitment on a "Commitment
Schedule" attached after the signature pages, the lender's name on one line and its amount on
the next. Unless the heading opens an attachment, the schedule reads as more signature pages
and no commitment reaches the lenders' LENDS_TO. Passages written for this test."""

from __future__ import annotations

import pytest

from ingest.structure.analysis import analyze
from tests.passages import extract_text

_AGREEMENT = """                              CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of October 1, 2007 among {borrower}, the BANKS listed on the \
signature pages hereof (the "Banks") and {agent}, as Administrative Agent.

     Section 2.01. Commitments to Lend. Each Bank severally agrees, on the terms and conditions \
set forth in this Agreement, to make loans to the Borrower from time to time before the \
Termination Date in an aggregate amount not exceeding its Commitment as set forth on the \
Commitment Schedule.

     "Borrower" means {borrower}, a Delaware corporation.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by \
their respective authorized officers as of the day and year first above written.

{borrower}

By: /s/ Grace Hollis
Name: Grace Hollis
Title: Treasurer

{agent}, as a Bank and as Administrative Agent

By: /s/ Tom Reiner
Name: Tom Reiner
Title: Vice President

{bank}, as a Bank

By: /s/ Ann Cole
Name: Ann Cole
Title: Director

{heading}
{agent_row}
$\t{agent_amount}
{bank_row}
$\t{bank_amount}
Total Commitments
$\t{total}

PRICING SCHEDULE
The "Facility Fee Rate" for any day is the percentage set forth below.
"""

_CASES = [
    {
        "borrower": "ELMWOOD BRANDS, INC.",
        "agent": "CANAL STREET BANK, N.A.",
        "agent_row": "Canal Street Bank, N.A.",
        "bank": "HARBORVIEW TRUST COMPANY",
        "bank_row": "Harborview Trust Company",
        "agent_amount": "150,000,000",
        "bank_amount": "75,000,000",
        "total": "225,000,000",
        "heading": "COMMITMENT SCHEDULE",
    },
    {
        "borrower": "SUMMIT PAPER CORPORATION",
        "agent": "PRAIRIE NATIONAL BANK",
        "agent_row": "Prairie National Bank",
        "bank": "ATLANTIC SAVINGS BANK, FSB",
        "bank_row": "Atlantic Savings Bank, FSB",
        "agent_amount": "60,000,000",
        "bank_amount": "40,000,000",
        "total": "100,000,000",
        "heading": "LENDER COMMITMENT SCHEDULE",
    },
]


def _commitments(case: dict[str, str]) -> dict[tuple[str, str], object]:
    x = extract_text(_AGREEMENT.format(**case))
    names = {e.ref: e.props.get("name") for e in x.entities}
    return {
        (str(names[r.source]).upper(), str(names[r.target]).upper()): r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO"
    }


@pytest.mark.parametrize("case", _CASES, ids=[c["heading"] for c in _CASES])
def test_each_bank_lends_its_scheduled_commitment(case: dict[str, str]) -> None:
    lent = _commitments(case)
    amount = {
        case["agent"]: int(case["agent_amount"].replace(",", "")),
        case["bank"]: int(case["bank_amount"].replace(",", "")),
    }
    for bank, value in amount.items():
        assert lent[(bank, case["borrower"])] == value


def test_the_named_schedules_are_attachments_after_the_signatures() -> None:
    text = _AGREEMENT.format(**_CASES[0])
    st = analyze(text)
    labels = [a.label for a in st.attachments]
    assert labels == ["COMMITMENT SCHEDULE", "PRICING SCHEDULE"]
    assert st.signatures is not None
    assert st.signatures.end <= text.index("COMMITMENT SCHEDULE\n")


def test_a_schedule_named_in_the_text_opens_nothing() -> None:
    """Near miss: the body's "Commitment Schedule" (a reference, mixed case, in a sentence)."""
    text = _AGREEMENT.format(**_CASES[0])
    st = analyze(text)
    body = text.index("Commitment Schedule.")
    assert all(a.start > body for a in st.attachments)
