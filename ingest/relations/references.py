"""REFERENCES: the dated agreements and instruments a document mentions with no stronger
relation to it, read last so that every other relation is known.
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest.context import DocContext
from ingest.records import PropValue
from ingest.references.keys import norm_title


def extract_remaining_references(ctx: DocContext) -> None:
    """Dated agreements and instruments mentioned with no stronger relation: REFERENCES."""
    own = ctx.self_ref
    if not own:
        return
    linked = {k[2] for k in ctx.collector.relations if k[1] == own} | {
        k[1] for k in ctx.collector.relations if k[2] == own
    }
    mine = ctx.collector.entities[own]
    for ref, e in list(ctx.collector.entities.items()):
        if ref == own or ref in linked or e.contained or e.label not in ("Agreement", "Instrument"):
            continue
        if e.props.get("date") and e.props.get("title") and not _same(e.props, mine.props):
            ctx.collector.relate("REFERENCES", own, ref, e.evidence[0])


def _same(props: Mapping[str, PropValue], own: Mapping[str, PropValue]) -> bool:
    """A mention with the document's own title and date is the document itself (an 8-K's
    exhibit list naming the agreement it announces), not another agreement it refers to."""
    return props.get("date") == own.get("date") and norm_title(str(props.get("title"))) == (
        norm_title(str(own.get("title") or ""))
    )
