"""REFERENCES: the dated agreements and instruments a document mentions with no stronger
relation to it, read last so that every other relation is known.
"""

from __future__ import annotations

from ingest.context import DocContext


def extract_remaining_references(ctx: DocContext) -> None:
    """Dated agreements and instruments mentioned with no stronger relation: REFERENCES."""
    own = ctx.self_ref
    if not own:
        return
    linked = {k[2] for k in ctx.collector.relations if k[1] == own} | {
        k[1] for k in ctx.collector.relations if k[2] == own
    }
    for ref, e in list(ctx.collector.entities.items()):
        if ref == own or ref in linked or e.contained or e.label not in ("Agreement", "Instrument"):
            continue
        if e.props.get("date") and e.props.get("title"):
            ctx.collector.relate("REFERENCES", own, ref, e.evidence[0])
