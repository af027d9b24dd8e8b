"""The key of an instrument node, the instruments already found under a title, the sentence
that is the evidence of what was read about it, and the credit facility node with its defined
term, shared by the readers of defined instruments, lines of credit and facilities.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount
from ingest.context import DocContext
from ingest.records import PropValue, Span
from ingest.term_keys import norm_term

#: whose instrument a parenthesis defines in a syndicated agreement, before its quoted term:
#: "(such Lender's "Note")", "(each Bank's "Loan")", "(its "Note")": each lender's own loan or
#: note, the one instrument the term names for all of them
EACH_HOLDERS = r"(?:(?:such|each|any|the)\s+[A-Z][\w-]*['\u2019]s|its|their)\s+"


def instrument_ref(title: str) -> str:
    return f"instrument:{' '.join(title.lower().split())}|"


def instruments_titled(ctx: DocContext, title: str) -> list[str]:
    """The instruments already found under ``title`` (compared as terms are: case, quotes, a
    leading "the" and spacing aside), in the order found. Not the node ``instrument_ref(title)``
    alone: some readers key an instrument otherwise under the same title (a rated issue
    "instrument:issue:...", a report's note one per clause)."""
    want = norm_term(title)
    return [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument" and norm_term(str(e.props.get("title") or "")) == want
    ]


def add_credit_facility(
    ctx: DocContext,
    term: str,
    evidence: Span,
    amount: Amount | None,
    maturity: str | None,
    under: str | None,
) -> str:
    """The credit facility a reader found under its defined ``term`` (which then names it),
    with its amount and last day, ISSUED_UNDER the agreement ``under`` when there is one; its
    ref. One place, so that every facility reader makes the same node."""
    props: dict[str, PropValue] = {
        "title": term,
        "kind": "credit_facility",
        "amount": amount.plain if amount is not None else None,
        "currency": amount.currency if amount is not None else None,
        "maturity_date": maturity,
    }
    ref = instrument_ref(term)
    ctx.collector.add(ref, "Instrument", evidence, props, (term,))
    ctx.define(term, ref)
    if under is not None:
        ctx.collector.relate("ISSUED_UNDER", ref, under, evidence)
    return ref


#: a full stop that ends no sentence: "make loans in U.S. Dollars to the Borrower"
_ABBREVIATION = re.compile(r"(?:^|[^\w.])U\.S\.$")


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation inside a sentence."""
    return text[stop] == "." and bool(_ABBREVIATION.search(text[max(0, stop - 5) : stop + 1]))


def _stop_after(text: str, pos: int) -> int:
    """The first full stop at or after ``pos`` that a space follows (a typed one, or the
    no-break space a page converted from HTML sets after its sentences); -1 when none."""
    stops = [i for i in (text.find(". ", pos), text.find(".\xa0", pos)) if i >= 0]
    return min(stops) if stops else -1


def clause_span(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: the evidence for what was read there. A sentence
    ends at a full stop and a space, a line break or a no-break space ("... Section 2.8
    below.\xa0\xa0Each Revolving Loan ...": a page converted from HTML)."""
    text = ctx.text
    lo = start
    while True:
        lo = max(
            text.rfind(". ", 0, lo),
            text.rfind(".\n", 0, lo),
            text.rfind(".\xa0", 0, lo),
            text.rfind("\n\n", 0, lo),
        )
        if lo < 0 or not _abbreviation(text, lo):
            break
    lo = lo + 2 if lo >= 0 else 0
    hi = _stop_after(text, end)
    while hi >= 0 and _abbreviation(text, hi):
        hi = _stop_after(text, hi + 1)
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
