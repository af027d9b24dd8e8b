"""The key of an instrument node and the sentence that is the evidence of what was
read about it, shared by the readers of defined instruments and lines of credit.
"""

from __future__ import annotations

from ingest.context import DocContext

#: whose instrument a parenthesis defines in a syndicated agreement, before its quoted term:
#: "(such Lender's "Note")", "(each Bank's "Loan")", "(its "Note")": each lender's own loan or
#: note, the one instrument the term names for all of them
EACH_HOLDERS = r"(?:(?:such|each|any|the)\s+[A-Z][\w-]*['\u2019]s|its|their)\s+"


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


def agreement_without_facility(ctx: DocContext) -> str | None:
    """The own agreement's ref where a facility reader may add its one credit facility: an
    agreement, not an amendment (whose loans are its base agreement's), that has no credit
    facility ISSUED_UNDER it yet (a reader before it found one)."""
    own_ref = ctx.self_ref
    own = ctx.collector.get(own_ref) if own_ref else None
    if own_ref is None or own is None or own.label != "Agreement":
        return None
    if own.props.get("kind") == "amendment":
        return None
    has_facility = any(
        e.label == "Instrument"
        and e.props.get("kind") == "credit_facility"
        and ("ISSUED_UNDER", ref, own_ref) in ctx.collector.relations
        for ref, e in ctx.collector.entities.items()
    )
    return None if has_facility else own_ref
