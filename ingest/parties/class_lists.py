"""Companies the body lists as the members of a class of the own agreement's parties, each
with its descriptor, in running text: "The Debtors on the date hereof are the Company, Quillon
Housewares, Inc., a Delaware corporation, Ravenna Textile Mills, Inc., a North Carolina
corporation, ... and Ulmer Glass Works, L.P., an Ohio limited partnership".

Exists because the opening names such a class only by its term ("the Subsidiaries of the
Company party hereto (together with the Company, the "Debtors")") and the list that names
its members stands in the middle of the document, near the schedule of their offices, where
no parenthesis closes it (``described_lists`` reads a list a distributive term closes). Each
company of the list is a party in the class's role, with the jurisdiction and form its own
descriptor states.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import singular
from ingest.parties.add import add_party, party_to
from ingest.parties.described_lists import described_chain
from ingest.parties.descriptions import describe
from ingest.parties.role_words import role_of
from ingest.parties.runs import org_runs
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "The Debtors on the date hereof are", "The Subsidiary Guarantors as of the Closing Date
#: consist of", "the Grantors are", "The following Subsidiaries are Guarantors on the date
#: hereof:": a class of parties, in its defined term, said to be the companies that follow
_DAY = (
    r"(?:\s+(?:on|as\s+of|at)\s+the\s+(?:date\s+(?:hereof|of\s+this\s+Agreement)"
    r"|Closing\s+Date|Effective\s+Date))?"
)
_CLASS_IS = rule(
    "parties.class_list_lead",
    rf"\b[Tt]he\s+(?:(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}){_DAY}"
    r"\s+(?:are|shall\s+be|consist\s+of|include)"
    r"|following\s+(?:[A-Z]?[a-z]+\s+){1,2}(?:are|is|shall\s+be)\s+(?:the\s+)?"
    rf"(?P<after>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}){_DAY})"
    r"\s*:?\s+(?=(?:the\s+)?[A-Z])",
    reads="the words that say the companies after them are a class of the agreement's parties",
    matches=[
        passage("The Debtors on the date hereof are the Company, Quillon", term="Debtors"),
        passage(
            "the Subsidiary Guarantors as of the Closing Date consist of: Alder",
            term="Subsidiary Guarantors",
        ),
        passage("The Grantors are Harlow Mills, Inc.", term="Grantors"),
        passage(
            "The following Subsidiaries are Guarantors on the date hereof: Alder",
            after="Guarantors",
        ),
    ],
    rejects=[
        "The Debtors are not",
        "the Grantors are jointly and severally liable",
        "The Debtors shall",
    ],
)

#: where the sentence that holds the list ends: a full stop before a new sentence or a blank line
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(\"“]|\s*$)|\n[ \t]*\n")


def extract_class_lists(ctx: DocContext) -> None:
    """Each described company of a list the body says a class of the own agreement's parties
    consists of is a party in that class's role (the class named in the opening)."""
    st = analyze(ctx.text)
    if st.preamble is None or ctx.self_ref is None:
        return
    text = ctx.text
    opening = text[st.preamble.start : st.preamble.end]
    for m in _CLASS_IS.finditer(text, st.preamble.end, st.main_end):
        term = m["term"] or m["after"]
        role = role_of(term)
        if role is None or singular(term) == term:
            continue  # "The Debtors", "The Guarantors": a class, in its plural term
        if not re.search(rf"[\"“](?:{re.escape(term)}|{re.escape(singular(term))})[\"”]", opening):
            continue  # a class the opening makes parties of the own agreement
        end = _SENTENCE_END.search(text, m.end())
        limit = end.start() if end else min(len(text), m.end() + 2000)
        runs = org_runs(ctx, m.end(), limit)
        listed = described_chain(ctx, runs, limit)
        if len(listed) < 2:
            continue
        for run, run_limit in listed:
            party = describe(ctx, run, run_limit)
            if party is None:
                continue
            ref = add_party(ctx, run.text, run.start, run_limit, props=party.props, aliases=(role,))
            party_to(ctx, ref, role, run.start, run_limit)
            ctx.define(term, ref)  # "Each Debtor hereby grants ...": the class names it too
            ctx.define(singular(term), ref)
