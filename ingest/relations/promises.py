""" "X promises to pay to the order of Y": the maker and payee of a note, and what the note
text says it is issued under.

Kept apart because :mod:`ingest.notes` reads the same promise in the notes written out in a
document (:func:`note_makers`, :func:`note_payees`, :func:`notes_agreement`), while
:func:`extract_promises` turns it into LENDS_TO, ISSUES and HOLDS for the document's own note.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.references import norm_title
from ingest.relations.slots import (
    QUOTED_TERM,
    agreements_in,
    amount_props,
    labelled,
    named_only,
    nearest_contained_instrument,
    parties_named,
    subject_before,
    trimmed,
)

_PROMISE = re.compile(
    r"(?is)\bpromises?\s+to\s+pay(?:,[^,;()]{1,40},)?\s+to\s+(?:the\s+order\s+of\s+)?"
    r"(?P<payee>[^,;()]{2,120}?)"
    r"(?=\s*\(|\s*,|\s+or\s+(?:its\s+)?(?:registered\s+)?assigns|\s+the\s+principal|\s+in\s+lawful)"
)


def _makers(ctx: DocContext, before: str) -> list[str]:
    """Makers named before "promise(s) to pay": the names listed, else their defined term.

    The names come first: "A, B and C (collectively "Borrowers")" makes all three makers
    even when an earlier clause of the document gave A a term of its own ("Parent")."""
    tail = re.split(r"(?i)\bthe\s+undersigned\b", before)[-1]
    # drop "(the "Borrower")", keep "(TURKIYE)" of a name
    tail = re.sub(r"\([^()]*[\"\u201c\u201d][^()]*\)", " ", tail)
    found: list[str] = []
    for chunk in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", tail):
        if QUOTED_TERM.search(chunk) or not re.match(r"\s*[A-Z]", chunk):
            continue
        for r in named_only(ctx, chunk):
            if r not in found:
                found.append(r)
    if found:
        return found
    for term in reversed(QUOTED_TERM.findall(before)):
        refs = labelled(ctx, ctx.lookup(term), "Party")
        if refs:
            return refs
    return []


def extract_promises(ctx: DocContext, lo: int, sentence: str) -> None:
    """ "X promises to pay to the order of Y the principal sum of $A": Y LENDS_TO X, X ISSUES
    the note, Y HOLDS it."""
    m = _PROMISE.search(sentence)
    if not m or re.search(r"_{3,}|\[", m["payee"]):
        return
    makers = _makers(ctx, sentence[: m.start()])
    payees = parties_named(ctx, m["payee"])
    after = sentence[m.end() : m.end() + 200]
    if not payees:
        term = QUOTED_TERM.search(after[:60])
        payees = labelled(ctx, ctx.lookup(term.group(1)), "Party") if term else []
    note = nearest_contained_instrument(ctx, lo)
    evidence = trimmed(ctx, lo, lo + len(sentence))
    money = amount_props(sentence[m.end() :])
    for maker in makers:
        if note:
            ctx.collector.relate("ISSUES", maker, note, evidence)
        for payee in payees:
            if payee != maker:
                ctx.collector.relate(
                    "LENDS_TO", payee, maker, evidence, {**money, "instrument": note}
                )
    for payee in payees:
        if note and payee not in makers:
            ctx.collector.relate("HOLDS", payee, note, evidence, {"amount": money.get("amount")})


#: words between a maker and its promise: "the Company hereby jointly and severally promises"
_PROMISE_ADVERBS = re.compile(
    r"(?i)(?:[\s,]+(?:hereby|jointly|and|severally|unconditionally|irrevocably|absolutely))+\s*$"
)


def note_makers(ctx: DocContext, before: str) -> list[str]:
    """The makers a note text names before its promise to pay (see :func:`_makers`), else the
    party its subject names ("the Company hereby promises")."""
    return _makers(ctx, before) or subject_before(ctx, _PROMISE_ADVERBS.sub("", before))


def note_payees(ctx: DocContext, clause: str) -> list[str]:
    """The payees of a promise to pay ("to the order of First Bank (the "Bank")"): the party
    named, else the one its defined term after the name stands for; none for a blank."""
    m = _PROMISE.search(clause)
    if not m or re.search(r"_{3,}|\[", m["payee"]):
        return []
    payees = parties_named(ctx, m["payee"])
    if not payees:
        term = QUOTED_TERM.search(clause[m.end() : m.end() + 60])
        payees = labelled(ctx, ctx.lookup(term.group(1)), "Party") if term else []
    return payees


#: "This note is the Revolving Note referred to in the Credit Agreement", "as such term is
#: defined in the Credit Agreement between ...", "issued pursuant to that certain Note Purchase
#: Agreement": the agreement a note text says it belongs to (title words may be joined by
#: "and", "of", "to": "Revolving Credit and Term Loan Agreement").
_NOTE_UNDER = re.compile(
    r"(?s)\b(?:referred\s+to\s+in|(?:issued|delivered|executed|made)\s+(?:under|pursuant\s+to"
    r"|in\s+connection\s+with)|defined\s+in|subject\s+to\s+the\s+terms\s+of)\s*,?\s+"
    r"(?P<agr>(?:that\s+certain|the|a\s+certain)\s+(?:(?:[A-Z][\w'\u2019-]*|and|of|to|for)\s+)"
    r"{0,10}?(?:Agreement|Indenture))\b"
)


def notes_agreement(
    ctx: DocContext, text: str, start: int, end: int
) -> tuple[str, tuple[int, int]] | None:
    """The agreement a note text (``text[start:end]``) is issued under and the clause saying
    so: the first one it names that resolves to an agreement of the document."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_title = norm_title(str(own.props.get("title") or "")) if own else ""
    for m in _NOTE_UNDER.finditer(text, start, end):
        phrase = re.sub(r"^(?:that\s+certain|the|a\s+certain)\s+", "", " ".join(m["agr"].split()))
        want = norm_title(phrase)
        found = [
            ref
            for ref, e in ctx.collector.entities.items()
            if e.label == "Agreement" and norm_title(str(e.props.get("title") or "")) == want
        ] or agreements_in(ctx, phrase)
        own_named = own_title == want or own_title.endswith(" " + want)
        if not found and own is not None and own.label == "Agreement" and ctx.self_ref:
            found = [ctx.self_ref] if len(want.split()) >= 2 and own_named else []
        if found:
            return found[0], (m.start(), m.end())
    return None
