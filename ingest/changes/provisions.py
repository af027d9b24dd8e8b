"""Provisions and the edges of a change: a Provision node scoped to its agreement (its ref,
its heading read from the new wording), PROVISION_OF the agreement, and the amending
agreement's CHANGES edge with its action, effective date and evidence. ``provision_ref`` is
also how ``ingest.sections`` names a section of an agreement.
"""

from __future__ import annotations

import re

from ingest.changes.clauses import mask
from ingest.changes.operations import Operation
from ingest.changes.targets import Target
from ingest.context import DocContext, norm_term
from ingest.records import PropValue, Span


def provision_ref(agreement_ref: str, section: str | None, term: str | None) -> str:
    what = f"term:{norm_term(term)}" if term else f"section:{(section or '').lower()}"
    return f"provision:{agreement_ref}:{what}"


def _heading(text: str, span: tuple[int, int] | None, section: str | None) -> str | None:
    """The heading a new wording opens with: "3.02 TERM OF ... FACILITY. Subject ..." ->
    "TERM OF ... FACILITY"."""
    if span is None or not section:
        return None
    head = mask(text[span[0] : min(span[1], span[0] + 300)])
    m = re.match(
        rf"\s*(?:Section\s+)?{re.escape(section)}\.?\s+"
        r"(?P<h>[A-Z][A-Za-z ,;&'/\-]{2,100}?)\.(?=\s)",
        head,
    )
    return " ".join(m["h"].split()) if m else None


def add_change(
    ctx: DocContext, own: str, target: str, t: Target, op: Operation, date: PropValue
) -> None:
    ref = provision_ref(target, t.section, t.term)
    named = ctx.span(*t.span) if op.action != "add" or not t.term else ctx.span(*op.clause)
    props: dict[str, PropValue] = {
        "agreement": target,
        "section": None if t.term else t.section,
        "term": t.term,
        "heading": _heading(ctx.text, op.new_text, t.section) if not t.term else None,
    }
    ctx.collector.add(ref, "Provision", named, props)
    ctx.collector.relate("PROVISION_OF", ref, target, named)
    clause = ctx.span(*op.clause)
    rel_props: dict[str, PropValue] = {"action": op.action, "effective_date": date}
    evidence: list[Span] = [clause]
    if op.new_text is not None:
        new = ctx.span(*op.new_text)
        rel_props["new_text"] = new.text
        evidence.append(new)
    for ev in evidence:
        ctx.collector.relate("CHANGES", own, ref, ev, rel_props)
