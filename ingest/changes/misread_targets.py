"""An agreement read out of an amendment's own title: "as amended by ... a Fourth Amendment to
Credit Agreement dated as of October 1, 1996 (as so amended, the "Agreement")" yields a
"Credit Agreement" dated October 1, 1996 that no one signed that day: the date is the Fourth
Amendment's. An operation that names "the Agreement" changes the agreement the document
amends, never that phantom.

Vocabulary:
- *phantom*: a mentioned (not contained) agreement, not itself an amendment, whose title is the
  tail of a mentioned amendment's title ("... Amendment to <title>") and whose date is that
  amendment's.
"""

from __future__ import annotations

from ingest.amended_agreements import AMENDING_KINDS
from ingest.context import DocContext
from ingest.references.keys import norm_title


def is_phantom(ctx: DocContext, ref: str) -> bool:
    """Whether ``ref`` is the tail of an amendment's title read as an agreement of its own."""
    e = ctx.collector.get(ref)
    if e is None or e.contained or e.props.get("kind") in AMENDING_KINDS:
        return False
    title, date = norm_title(str(e.props.get("title") or "")), e.props.get("date")
    if not title or not date:
        return False
    return any(
        a.ref != ref
        and a.props.get("kind") in AMENDING_KINDS
        and a.props.get("date") == date
        and norm_title(str(a.props.get("title") or "")).endswith(" to " + title)
        for a in ctx.collector.entities.values()
    )
