"""AMENDS from an agreement that says it amends and restates earlier agreements it names only
by a defined term: "Pursuant to one or more agreements ("Prior Loan Agreements"), the Lender
has made available ..." and, further on, "This Credit Agreement amends, restates, and
supersedes in their entirety the Prior Loan Agreements".

The earlier agreements have no title of their own, so no reference reader made them a node:
the term the document defines for them becomes their title (a referenced agreement, as the
text names it), and the restating sentence is the evidence of the AMENDS.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.records import PropValue
from ingest.references.keys import mention_ref
from ingest.references.kinds import title_kind

#: "This Credit Agreement amends, restates, and supersedes in their entirety the Prior Loan
#: Agreements", "This Agreement hereby amends and restates the Existing Agreements"
_RESTATES = re.compile(
    r"\bThis\s+(?:[A-Z][\w-]*\s+){0,4}(?:Agreement|Guarant(?:y|ee))\s+(?:hereby\s+)?amends,?\s+"
    r"(?:and\s+)?restates(?:,?\s+and\s+(?:supersedes|replaces))?(?:\s+in\s+(?:its|their)\s+"
    r"entirety)?\s+the\s+(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+"
    r"(?:Agreements?|Guarant(?:y|ee|ies|ees)))\b"
)


def _defined(ctx: DocContext, term: str) -> re.Match[str] | None:
    """Where the document defines ``term`` for agreements it describes: "one or more
    agreements ("Prior Loan Agreements")"."""
    words = r"\s+".join(map(re.escape, term.split()))
    return re.search(
        rf"(?i:agreements?)[^.;()]{{0,40}}\(\s*(?:the\s+)?[\"\u201c]{words}[\"\u201d]\s*\)",
        ctx.text,
    )


def extract_restatements(ctx: DocContext) -> None:
    """The own agreement AMENDS the earlier agreements its restating sentence names by a
    defined term: the one the term already names, else the one its definition describes."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    for m in _RESTATES.finditer(ctx.text):
        term = " ".join(m["term"].split())
        named = [
            r
            for r in ctx.lookup(term)
            if r != ctx.self_ref and (e := ctx.collector.get(r)) and e.label == "Agreement"
        ]
        if not named and not ctx.lookup(term) and (d := _defined(ctx, term)):
            props: dict[str, PropValue] = {"title": term, "kind": title_kind(term)}
            ref = ctx.collector.add(
                mention_ref(term, None), "Agreement", ctx.span(d.start(), d.end()), props
            )
            ctx.define(term, ref)
            named = [ref]
        end = ctx.text.find(".", m.end())
        evidence = ctx.span(m.start(), end + 1 if end >= 0 else m.end())
        for ref in named[:1]:
            ctx.collector.relate("AMENDS", ctx.self_ref, ref, evidence)
