"""The attached exhibits that are themselves agreements or instruments, each an
entity whose text this document holds (``contained``).
"""

from __future__ import annotations

from ingest.agreements.kinds import classify, title_case
from ingest.agreements.own_date import stated_date
from ingest.agreements.titles import GENERIC, strip_form_of
from ingest.context import DocContext, norm_term
from ingest.names import singular
from ingest.records import PropValue
from ingest.structure.analysis import analyze


def extract_exhibits(ctx: DocContext) -> None:
    """Each attached exhibit that is itself an agreement or instrument becomes an entity
    whose text this document holds (``contained``)."""
    text = ctx.text
    for i, ex in enumerate(analyze(text).exhibits()):
        if not ex.title:
            continue
        title = strip_form_of(ex.title)
        cls = classify(title)
        if cls is None or norm_term(title) in GENERIC:
            continue
        start = text.find(ex.title.split()[0], ex.start, ex.end)
        span = ctx.span(ex.start, (start if start >= 0 else ex.start) + len(ex.title))
        props: dict[str, PropValue] = {"title": title_case(title), "kind": cls[1]}
        dated = stated_date(text, ex.start, min(ex.end, ex.start + 1200))
        if dated:
            props["date"] = dated.iso
        ref = _mentioned_as(ctx, cls[0], title, props.get("date")) or f"exhibit:{i}"
        ctx.collector.add(ref, cls[0], span, props, contained=True)


def _mentioned_as(ctx: DocContext, label: str, title: str, date: PropValue) -> str | None:
    """The mention the body made of an exhibit ("replacement notes ... in the form attached
    as Exhibit A (the "Replacement Notes")"): one instrument, whose text is attached."""
    want = norm_term(singular(title))
    for ref, e in ctx.collector.entities.items():
        t, d = e.props.get("title"), e.props.get("date")
        if e.label != label or e.contained or not isinstance(t, str):
            continue
        # "EXHIBIT A - AMENDED CREDIT AGREEMENT": the term the body gave the agreement
        names = {norm_term(singular(n)) for n in (t, *e.aliases)}
        if want in names and (d is None or date is None or d == date):
            return ref
    return None
