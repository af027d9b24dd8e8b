"""A schedule row whose name is cut where its column wraps: "Istituto Bancario San Paolo Di
Torino    $70,000,000" over "Istituto Mobiliare Italiano S.p.A." (the second line, with no
figure of its own, is no row). The row names the party whose full name it begins, one the
signature pages or the preamble named already; never a new party of its own.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import plain_words

#: fewer words than this may begin many names ("First National", "Bank of")
_MIN_WORDS = 3


def wrapped_row_party(ctx: DocContext, name: str) -> str | None:
    """The one known party whose name begins with every word of ``name`` (three at least) and
    goes on past them, else None (no such party, or two: the row is ambiguous)."""
    row = plain_words(name)
    if len(row) < _MIN_WORDS:
        return None
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party"
        and len(full := plain_words(str(e.props.get("name") or ""))) > len(row)
        and full[: len(row)] == row
    ]
    return found[0] if len(found) == 1 else None
