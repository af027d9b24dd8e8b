"""The defined term a named issue is given further on in its clause: "that certain 10% Senior
Convertible Note due December 31, 2020, dated June 1, 2018, in the original principal amount
of $4,000,000 (the "Existing Note")".

The term was read first, as an instrument of its own (:mod:`ingest.instruments.defined`); the
named issue is that instrument, not a second one beside it.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.slots import QUOTE, labelled
from ingest.rules import passage, rule

_TERM_LATER = rule(
    "relations.issue_term_later",
    rf"^(?P<between>[^();.]|\.\d|\b[A-Z]\.){{0,200}}?\(\s*(?:the\s+|a\s+|an\s+)?{QUOTE}"
    rf"(?P<term>[^\"\u201c\u201d]{{1,60}}){QUOTE}(?=\s*(?:\)|,|;|and\b))",
    reads="after a named issue, in its clause: the term its parenthesis defines",
    matches=[
        passage(
            ", dated June 1, 2018, in the original principal amount of $4,000,000 "
            '(the "Existing Note")',
            term="Existing Note",
        ),
        passage(' issued by the Company on March 3, 2019 ("Series C Note")', term="Series C Note"),
        passage(
            ' due May 1, 2012 (the "Series B Notes" and, together with the Series A Notes',
            term="Series B Notes",
        ),
    ],
    rejects=['. The Company (the "Borrower")', '; and the Warrants (the "Warrants'],
    mode="match",
)

#: another instrument named between the issue and the term: the term may name that one
_OTHER_INSTRUMENT = rule(
    "relations.issue_term_other_instrument",
    r"(?i)\b(?:notes?|debentures?|bonds?|warrants?|securities)\b",
    reads="between a named issue and a later term: another instrument the term may name",
    matches=[", together with the Warrants issued therewith"],
    rejects=[", dated June 1, 2018, in the original principal amount of $4,000,000"],
)

#: a term that names notes, debentures or bonds: the terms a named issue is given
DEBT_TERM = rule(
    "relations.debt_security_term",
    r"(?i)\b(?:note|debenture|bond)s?$",
    reads="a term given a named issue: one that names notes, debentures or bonds",
    matches=["Existing Note", "Series B Notes", "Debentures"],
    rejects=["Note Purchase Agreement", "Warrants", "Banknotes"],
)


def issue_term(ctx: DocContext, after: str) -> str | None:
    """The instrument the term defined right after a named issue names, when the text read it
    as a note, debenture or bond of its own (titled by the term itself); else None."""
    m = _TERM_LATER.match(after)
    if m is None or _OTHER_INSTRUMENT.search(m["between"]):
        return None
    term = " ".join(m["term"].split())
    if not DEBT_TERM.search(term):
        return None
    for ref in labelled(ctx, ctx.lookup(term), "Instrument"):
        e = ctx.collector.get(ref)
        if e is not None and str(e.props.get("title") or "").lower() == term.lower():
            return ref
    return None
