"""HOLDS from a schedule that lists holders against an instrument heading ("SCHEDULE A ...
ADDITIONAL WARRANTS ... Rockmore Investment Master Fund, Ltd 144,219"), with each quantity.

A table, not a sentence: read from the schedule's rows rather than by the sentence readers.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.relations.slots import labelled, new_party, parties_named, trimmed


def extract_schedule_holders(ctx: DocContext) -> None:
    """A schedule listing holders against an instrument heading ("SCHEDULE A ... ADDITIONAL
    WARRANTS ... Rockmore Investment Master Fund, Ltd 144,219"): each HOLDS that quantity."""
    text = ctx.text
    for sm in re.finditer(r"(?m)^[ \t]*SCHEDULE\s+[A-Z0-9.]+[ \t]*$", text):
        nxt = re.search(
            r"(?m)^[ \t]*(?:SCHEDULE|EXHIBIT|ANNEX)\s+[A-Z0-9.]+[ \t]*$", text[sm.end() :]
        )
        body_end = sm.end() + nxt.start() if nxt else len(text)
        rules = re.finditer(r"\n[ \t]*[-=_][-=_ \t]{4,}(?=\n|$)", text[sm.end() : body_end])
        cuts = [
            sm.end(),
            *(x for r in rules for x in (sm.end() + r.start(), sm.end() + r.end())),
            body_end,
        ]
        instrument: str | None = None
        for start, end in zip(cuts[::2], cuts[1::2], strict=True):
            words = " ".join(text[start:end].split())
            if not words:
                continue
            if instrument is None:
                instrument = _heading_instrument(ctx, words)
                continue
            qm = re.search(r"(?<![\d-])(\d{1,3}(?:,\d{3})+|\d+)$", words)
            if not qm or re.match(r"(?i)total", words) or _not_a_row(text[start:end]):
                continue
            name = words[: qm.start()].strip()
            evidence = trimmed(ctx, start, end)
            holders = parties_named(ctx, name) or new_party(ctx, name, evidence)
            quantity = int(qm.group(1).replace(",", ""))
            for h in holders:
                ctx.collector.relate("HOLDS", h, instrument, evidence, {"quantity": quantity})


def _not_a_row(block: str) -> bool:
    """A block between rule lines that is no one holder's row: too long (the rest of a schedule
    ruled only under its column heading, each purchaser with its address and payment lines,
    its last figure a tax number), or several lines each closing on a figure (a table ruled
    only under its header and above its total, one row to a line: "Acme Bank  $6,000,000 /
    Beta Bank  $4,000,000", whose last figure is the last bank's alone)."""
    lines = [ln for ln in block.splitlines() if ln.strip()]
    return len(lines) > _ROW_LINES or sum(1 for ln in lines if _CLOSING_FIGURE.search(ln)) > 1


#: the most lines one holder's row takes (a name wrapped over a few lines)
_ROW_LINES = 4
#: a sum or a grouped count closing a line of a table (a wrapped name's other lines close on
#: none; an address's zip code is no such figure)
_CLOSING_FIGURE = re.compile(r"(?:\$[ \t]*\d[\d,]*|\d{1,3}(?:,\d{3})+)(?:\.\d+)?[ \t]*$")


def _heading_instrument(ctx: DocContext, heading: str) -> str | None:
    """The defined instrument a schedule's column heading names ("ADDITIONAL WARRANTS")."""
    low = norm_term(heading)
    best: tuple[int, str] | None = None
    for term, refs in ctx.terms.items():
        inst = labelled(ctx, refs, "Instrument")
        if (
            inst
            and re.search(rf"\b{re.escape(term)}\b", low)
            and (best is None or len(term) > best[0])
        ):
            best = (len(term), inst[0])
    return best[1] if best else None
