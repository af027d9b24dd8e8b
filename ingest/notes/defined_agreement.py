"""The agreement a note names by a short term it defines itself: "the Credit and Security
Agreement dated the same date as this Revolving Note that was entered into by the Lender and
the Borrower (as amended from time to time, the "Credit Agreement")" and then "subject to the
terms of the Credit Agreement". The short term is no title of any agreement; the title the
definition gives before it is.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.defined_terms import definitions_in
from ingest.references.keys import norm_title


def defined_agreement(ctx: DocContext, term: str, start: int, end: int) -> str | None:
    """The agreement whose title stands before the definition of ``term`` in the note text
    ``ctx.text[start:end]`` (the document's own agreement first), or None."""
    want = norm_term(re.sub(r"^(?:the|a|an|that\s+certain)\s+", "", " ".join(term.split())))
    text = ctx.text
    agreements = sorted(
        (ref for ref, e in ctx.collector.entities.items() if e.label == "Agreement"),
        key=lambda ref: ref != ctx.self_ref,
    )
    for d in definitions_in(text, start, end):
        if d.style != "paren" or norm_term(d.term) != want:
            continue
        named = f" {norm_title(text[d.antecedent_start : d.clause_start])} "
        for ref in agreements:
            title = norm_title(str(ctx.collector.entities[ref].props.get("title") or ""))
            if len(title.split()) >= 2 and f" {title} " in named and title != want:
                return ref
    return None
