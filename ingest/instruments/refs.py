"""The key of an instrument node and the sentence that is the evidence of what was
read about it, shared by the readers of defined instruments and lines of credit.
"""

from __future__ import annotations

from ingest.context import DocContext


def instrument_ref(title: str) -> str:
    return f"instrument:{' '.join(title.lower().split())}|"


def clause_span(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: the evidence for what was read there."""
    text = ctx.text
    lo = max(text.rfind(". ", 0, start), text.rfind(".\n", 0, start), text.rfind("\n\n", 0, start))
    lo = lo + 2 if lo >= 0 else 0
    hi = text.find(". ", end)
    hi = len(text) if hi < 0 else hi + 1
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi
