"""The company a short term stands for where the text defines the term in passing, right after
the company's name: "the balance sheet of Harbor Capital Corporation ("Harbor") and its
Subsidiaries", while the definitions only point there (""Harbor" has the meaning specified in
Section 4.01(e)").

Exists because a credit agreement's guarantor is often such a company: no party to the
agreement, its name given once in a representation, and the definitions describe its guaranty
by the term alone ("the Guaranty made by Harbor in favor of the Lender"). Read only where the
name before the parenthesis reads as an organisation's (a corporate word ends it).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import name_runs
from ingest.parties.add import add_party
from ingest.rules import passage, rule

#: '("Harbor")', '(the "Parent")', '(hereinafter called "Holdings")' right after a name
_PASSING_TERM = rule(
    "relations.company_term_in_passing",
    r"[ \t]*\(\s*(?:the\s+|herein(?:after)?\s+(?:called|referred\s+to\s+as)\s+)?"
    r"[\"\u201c](?P<term>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})[\"\u201d]\s*\)",
    reads="a term defined in passing by a parenthesis right after a company's name: the term",
    mode="match",
    matches=[
        passage(' ("Harbor") and its Subsidiaries', term="Harbor"),
        passage(' (the "Parent")', term="Parent"),
        passage(" (hereinafter called \u201cHoldings\u201d)", term="Holdings"),
    ],
    rejects=[" (as defined in the Indenture)", ' ("the Guaranty of the Parent")'],
)


def company_defined_in_passing(ctx: DocContext, term: str) -> list[str]:
    """The company whose name the term's passing definition follows, added as a party and bound
    to the term; [] when the term is defined so after no organisation's name."""
    text = ctx.text
    for d in _PASSING_TERM.finditer(text):
        if d["term"] != term:
            continue
        runs = [r for r in name_runs(text, max(0, d.start() - 160), d.start()) if r.is_org]
        if not runs or text[runs[-1].end : d.start()].strip(" \t\n,"):
            continue
        run = runs[-1]
        ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
        ctx.define(term, ref)
        return [ref]
    return []
