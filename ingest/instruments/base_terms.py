"""The notes of the amended agreement an amendment names only by that agreement's defined terms:
"to each Lender that holds a Term Note an amended and restated Term Note", "the final maturity
date stated in the Term Note is changed to August 1, 2013", "a revolving note ... in
substitution for, and not in payment of, the Revolving Note".

Exists because every note reader reads a note where a sentence defines or describes it (a
quoted term, a note's own text), and an amendment defines none of its base agreement's notes
again ("Capitalized terms used and not defined in this Amendment have the meanings given to them
in the Loan Agreement"): it replaces them or changes their terms by their capitalised names
alone, so they were never found, nor their ISSUED_UNDER, ISSUES and HOLDS. A note class term
("Term Note", "Revolving Notes", "Revolving Credit Note") the amendment uses with capitals but
never defines is a note of the one credit or loan agreement it AMENDS, ISSUED_UNDER it, issued
by the borrowers that agreement lends to and, where one lender lends, held by it. A class word
before it ("Existing Term Note") or after it ("Term Note Holder") makes another term, left
alone; a note the document already has under a title holding the term's words ("Amended and
Restated Revolving Credit Note") is that one. The loan classes the same amendments name ("the
Revolving Loans", "the Term Loan") are left alone: the tuned gold gives an amendment's base
loans in some documents and not in others (14 such edges over the tuned amendments, none
annotated), so they wait for that convention to be settled.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.instruments.refs import clause_span, instrument_ref, instruments_titled
from ingest.rules import passage, rule
from ingest.term_keys import norm_term

#: a loan or note class an amended credit or loan agreement defines, used with its capitals
_BASE_TERM = rule(
    "instruments.base_agreement_term",
    r"(?<![\w\"\u201c-])(?P<term>(?P<cls>Term(?:\s+[A-D]\d?)?|Revolving(?:\s+Credit)?"
    r"|Line\s+of\s+Credit|Swing\s*[Ll]ine|Tranche\s+[A-D]\d?(?:\s+Term)?"
    r"|(?:Incremental|Delayed\s+Draw)\s+Term|Working\s+Capital|Equipment|Acquisition)\s+"
    r"(?P<head>Notes?))(?![\w\"\u201d-]|\s+[A-Z0-9(])",
    reads="a note class of an amended agreement an amendment uses by its term",
    matches=[
        passage(
            "deliver to each Lender that holds a Term Note an amended and restated Term Note",
            term="Term Note",
        ),
        passage("the unpaid principal of the Revolving Credit Note", term="Revolving Credit Note"),
        passage("all outstanding Revolving Notes shall be replaced", term="Revolving Notes"),
    ],
    rejects=[
        # another term the class words begin or end
        "the Term Note Holders",
        "the Revolving Note Maturity Date",
        # lower case: running words, no term
        "the Borrower executed a term note and a revolving note",
        # the term defined in quotes (the defining readers' own)
        'the "Term Note"',
        # loans: left alone (see the module's docstring)
        "The Revolving Loans shall be due and payable in full on July 31, 2011.",
    ],
)

#: a capitalised word right before a class term: a determiner, or a word of another term
_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ \t]+$")
_DETERMINERS = frozenset(
    {"the", "each", "any", "all", "such", "its", "their", "no", "a", "an", "of", "and", "or"}
)

#: the kinds of agreement whose loans and notes an amendment may name by their terms
_LENDING_KINDS = frozenset({"credit_agreement", "loan_agreement"})


def _amended_lending_agreement(ctx: DocContext) -> str | None:
    """The one credit or loan agreement the document's own amendment AMENDS, else None."""
    own_ref = ctx.self_ref
    own = ctx.collector.get(own_ref) if own_ref else None
    if own_ref is None or own is None or own.props.get("kind") != "amendment":
        return None
    bases = {dst for (t, src, dst) in ctx.collector.relations if t == "AMENDS" and src == own_ref}
    lending = [
        b
        for b in bases
        if (e := ctx.collector.get(b)) is not None
        and e.label == "Agreement"
        and e.props.get("kind") in _LENDING_KINDS
    ]
    return lending[0] if len(lending) == 1 else None


def _singular(term: str) -> str:
    return term[:-1] if term.endswith("s") else term


def _defined_here(text: str, term: str) -> bool:
    """Whether the document defines the term (either number) in quotes itself."""
    stem = re.escape(_singular(term)).replace(r"\ ", r"\s+")
    return re.search(rf"[\"\u201c]{stem}s?[\"\u201d]", text) is not None


def _known(ctx: DocContext, names: tuple[str, str]) -> bool:
    """Whether an instrument the document already has is the one the term names: titled or
    aliased so, a term for it, or (a note) a note whose title holds the term's words ("Amended
    and Restated Revolving Credit Note", "Borrower's Revolving Note", "Revolving Promissory
    Note" for "Revolving Note"): one note, not two."""
    if any(instruments_titled(ctx, t) or ctx.lookup(t) for t in names):
        return True
    wanted = {norm_term(t) for t in names}
    words = set(names[0].lower().rstrip("s").split()) | {"note"}
    for e in ctx.collector.entities.values():
        if e.label != "Instrument":
            continue
        if any(norm_term(a) in wanted for a in e.aliases):
            return True
        title = str(e.props.get("title") or "").lower()
        if e.props.get("kind") == "note" and words <= set(re.findall(r"\w+", title)):
            return True
    return False


def extract_base_terms(ctx: DocContext) -> None:
    """The note classes an amendment names by its base agreement's terms, each a note
    ISSUED_UNDER that agreement, issued by its borrowers and held by its one lender; evidence:
    the first sentence that uses the term."""
    base = _amended_lending_agreement(ctx)
    if base is None:
        return
    text = ctx.text
    lends = [(src, dst) for (t, src, dst) in ctx.collector.relations if t == "LENDS_TO"]
    borrowers = sorted({dst for _, dst in lends})
    lenders = sorted({src for src, _ in lends})
    seen: set[str] = set()
    for m in _BASE_TERM.finditer(text):
        term = " ".join(m["term"].split())
        key = _singular(term)
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if key in seen or (before and before[1].lower() not in _DETERMINERS):
            continue  # "Existing Term Note", "New Revolving Notes": another class's term
        seen.add(key)
        names = (term, key if term != key else key + "s")
        if _defined_here(text, term) or _known(ctx, names):
            continue
        evidence = ctx.span(*clause_span(ctx, *m.span("term")))
        ref = instrument_ref(term)
        ctx.collector.add(ref, "Instrument", evidence, {"title": term, "kind": "note"}, names)
        ctx.define(term, ref)
        ctx.collector.relate("ISSUED_UNDER", ref, base, evidence)
        for b in borrowers:
            ctx.collector.relate("ISSUES", b, ref, evidence)
        if len(lenders) == 1:
            ctx.collector.relate("HOLDS", lenders[0], ref, evidence)
