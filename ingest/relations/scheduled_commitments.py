"""Each lender's commitment on the schedule that lists them: "Schedule 2.01 - Commitments",
"Names, Commitments and Addresses of Lenders", "Annex I - Lenders and Commitments".

A syndicated credit agreement states each lender's share once, in that schedule: the lender's
name (with its address, in a converted table often one cell per line) and, before the next
lender's name, its commitment ("$60,156,250"). Read for the lenders already known (the
signature pages and the preamble name them), so a row of the schedule is never a new party:
the first money amount after a lender's name and before the next lender's is its commitment,
the amount its LENDS_TO extends. A total row names no lender and is never read.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.names import name_pattern
from ingest.records import PropValue
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: The schedule's heading or column header: it lists commitments.
_COMMITMENTS = rule(
    "relations.commitments_schedule",
    r"(?i)\bcommitments?\b|\bcommitted\s+amounts?\b|\ballocations?\b",
    reads="the first lines of a schedule that lists each lender's commitment",
    matches=[
        passage("SCHEDULE 2.01\n\nCommitments", match="Commitments"),
        passage("Names, Commitments and Addresses of Lenders", match="Commitments"),
        passage("Lender    Revolving Commitment", match="Commitment"),
    ],
    rejects=["SCHEDULE 5.08 Subsidiaries", "Pricing Grid"],
)
#: How far into a schedule its heading and column header stand.
_HEAD = 400
#: How far after a lender's name its commitment may stand (an address between them).
_REACH = 600
#: Smaller figures are no commitment (a suite number, a percentage's digits).
_MIN_COMMITMENT = 10_000


def _mention(text: str, name: str, lo: int, hi: int) -> re.Match[str] | None:
    """The name written in ``text[lo:hi]`` in any case and spacing."""
    pattern = name_pattern(name)
    return pattern.search(text, lo, hi) if pattern else None


def scheduled_commitments(
    ctx: DocContext, lenders: list[str]
) -> dict[str, tuple[dict[str, PropValue], int, int]]:
    """lender ref -> (amount and currency, the span from its name to its commitment) for the
    lenders a commitments schedule lists; {} where no schedule lists them."""
    text = ctx.text
    names = {
        ref: str(e.props.get("name"))
        for ref in lenders
        if (e := ctx.collector.get(ref)) is not None and e.props.get("name")
    }
    for sch in analyze(text).attachments:
        if sch.kind not in ("schedule", "annex", "exhibit", "appendix"):
            continue
        if not _COMMITMENTS.search(text, sch.start, min(sch.end, sch.start + _HEAD)):
            continue
        found = {
            ref: m for ref, name in names.items() if (m := _mention(text, name, sch.start, sch.end))
        }
        if len(found) < 2 and len(names) > 1:
            continue  # not the list of these lenders
        starts = sorted(m.start() for m in found.values())
        out: dict[str, tuple[dict[str, PropValue], int, int]] = {}
        for ref, m in found.items():
            following = [s for s in starts if s > m.start()]
            stop = min([*following[:1], m.end() + _REACH, sch.end])
            amounts = [a for a in find_amounts(text, m.end(), stop) if a.value >= _MIN_COMMITMENT]
            if amounts:
                a = amounts[0]
                out[ref] = ({"amount": a.plain, "currency": a.currency}, m.start(), a.end)
        if out:
            return out
    return {}
