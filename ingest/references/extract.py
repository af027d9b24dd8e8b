"""``extract_references`` runs the readers of mentions in order: the mentions and
their chains, the own document's AMENDS, terms given to titles, lower-case
titles.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.references.add import (
    add_mention,
    dated_names,
    identified,
    own_agreement_date,
    sentence_span,
)
from ingest.references.amends import (
    amend_named_targets,
    restates,
    self_amends_by_subject,
    self_amends_by_text,
    self_amends_title_base,
    self_relates_to_base,
)
from ingest.references.defined_security_documents import defined_security_documents
from ingest.references.lower_case import lower_case_mentions
from ingest.references.mentions import NAME_SUFFIX, Mention, find_mentions
from ingest.references.renamed import terms_of_titles
from ingest.references.restating_clauses import self_restates_by_clause
from ingest.references.terms import AMENDMENT_WORD
from ingest.references.titles import is_amendment_title


def extract_references(ctx: DocContext) -> None:
    """Mentioned agreements/instruments, their defined terms, and every AMENDS the text states."""
    self_date = own_agreement_date(ctx)
    found = find_mentions(ctx.text, self_date)
    named = dated_names(m for head, chain in found for m in (head, *chain))
    deferred: list[tuple[Mention, list[Mention]]] = []
    for head, chain in found:
        if NAME_SUFFIX.search(head.title.split()[-1]):
            deferred.append((head, chain))  # named by a definition: resolved once all are read
            continue
        head = identified(head, named)
        chain = [identified(m, named) for m in chain]
        last = chain[-1] if chain else head
        # "Fifth Amendment dated ... to the Credit Agreement": the base may follow its amendment
        evidence = sentence_span(
            ctx, min([head.start, *(c.start for c in chain)]), max(head.end, last.end)
        )
        head_ref = add_mention(ctx, head, sentence_span(ctx, head.start, head.end))
        # "the First Mortgage Amendment, as further amended by the Second ...": the later
        # amendments amend what the first one amends, not the first one
        amended = not AMENDMENT_WORD.search(head.title)
        for amendment in chain:
            amend_ref = add_mention(ctx, amendment, evidence)
            if amend_ref != head_ref and amended:
                ctx.collector.relate("AMENDS", amend_ref, head_ref, evidence)
    lower_case_mentions(ctx, self_date)
    terms_of_titles(ctx, named, self_date)
    defined_security_documents(ctx, self_date)
    for head, chain in deferred:
        for head_ref in ctx.lookup(head.title)[:1]:
            evidence = sentence_span(ctx, min(head.start, chain[0].start), head.end)
            for amendment in chain:
                amend_ref = add_mention(ctx, amendment, evidence)
                if amend_ref != head_ref:
                    ctx.collector.relate("AMENDS", amend_ref, head_ref, evidence)
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if not isinstance(title, str) or e.label not in ("Agreement", "Instrument"):
            continue
        date = e.props.get("date")
        if is_amendment_title(title):
            amend_named_targets(ctx, ref, title, e.evidence[0])
        restates(ctx, ref, title, date if isinstance(date, str) else None, e.evidence[0])
    self_amends_by_text(ctx)
    self_amends_by_subject(ctx)
    self_restates_by_clause(ctx)
    self_relates_to_base(ctx)
    self_amends_title_base(ctx)
