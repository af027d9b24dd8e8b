"""Agreements mentioned by a title in lower case with their date and a defined
term ("the note purchase agreement dated as of ... (the "Note Purchase
Agreement")").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.references.add import add_mention, sentence_span
from ingest.references.dated import date_after
from ingest.references.mentions import TITLE_HEAD, Mention


def lower_case_mentions(ctx: DocContext, self_date: str | None) -> None:
    """ "the note purchase agreement dated as of December 30, 2022 (as amended, the "Note
    Purchase Agreement")": a title written in lower case is an agreement when the term it
    defines repeats it capitalised; the term is its title."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "paren" or ctx.lookup(d.term) or not TITLE_HEAD.search(d.term.split()[-1]):
            continue
        words = d.term.split()
        if len(words) < 2:
            continue
        pat = r"\b" + r"\W+".join(re.escape(w.lower()) for w in words) + r"\b"
        hits = list(re.finditer(pat, text[d.antecedent_start : d.clause_start]))
        if not hits:
            continue
        start = d.antecedent_start + hits[-1].start()
        end = d.antecedent_start + hits[-1].end()
        date, _ = date_after(text, end, self_date)
        mention = Mention(d.term, start, end, date, d.term)
        add_mention(ctx, mention, sentence_span(ctx, start, end))
