"""The number of every amendment the document names, read from its title once all are known.

Exists because amendments enter the graph through many readers (the document's own title, a
mention in a recital, an amendment appended after the signatures, a note's amendment read as an
instrument, a report's announcement) and the number is a fact of the title alone: one place
reads it for all of them, so "Amendment No. 4 to Promissory Note" made by the notes reader
carries its 4 as the own agreement's "Second Amendment" carries its 2.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.references.titles import amendment_number


def extract_amendment_numbers(ctx: DocContext) -> None:
    """Give each agreement or instrument whose title numbers an amendment that number."""
    for e in list(ctx.collector.entities.values()):
        if e.label not in ("Agreement", "Instrument") or not e.evidence:
            continue
        title = e.props.get("title")
        if isinstance(title, str) and (number := amendment_number(title)) is not None:
            ctx.collector.add(e.ref, e.label, e.evidence[0], {"amendment_number": number})
