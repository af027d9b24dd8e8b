""" "X promises to pay to the order of Y": the maker and payee of a note.

Kept apart because :mod:`ingest.notes` reads the same promise in the notes written out in a
document (:func:`note_makers`, :func:`note_payees`; it reads the agreement a note is issued
under itself), while
:func:`extract_promises` turns it into LENDS_TO, ISSUES and HOLDS for the document's own note.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import is_org_name, looks_like_person
from ingest.parties.add import add_party
from ingest.relations.payee_lists import listed_payees
from ingest.relations.slots import (
    QUOTE,
    QUOTED_TERM,
    amount_props,
    labelled,
    name_key,
    named_only,
    nearest_contained_instrument,
    parties_named,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

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
    payees = _spelled(ctx, m["payee"]) or parties_named(ctx, m["payee"])
    after = sentence[m.end() : m.end() + 200]
    if not payees:
        payees = written_payees(ctx, m["payee"], lo + m.start("payee"))
    if not payees:
        term = QUOTED_TERM.search(after[:60])
        payees = labelled(ctx, ctx.lookup(term.group(1)), "Party") if term else []
    note = nearest_contained_instrument(ctx, lo)
    evidence = trimmed(ctx, lo, lo + len(sentence))
    money = amount_props(sentence[m.end() :])
    if listed := [p for p in listed_payees(ctx, sentence) if p not in makers]:
        # payable to several lenders named in a list: the principal is theirs together
        payees, money = listed, {}
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


def _spelled(ctx: DocContext, payee: str) -> list[str]:
    """The party whose legal name a payee phrase spells in full ("to or to the order of SPROTT
    RESOURCE LENDING PARTNERSHIP"): it, before any party a last word of the name defines."""
    want = name_key(re.sub(r"(?i)^or\s+to\s+(?:the\s+order\s+of\s+)?", "", payee.strip()))
    return [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party" and want and name_key(str(e.props.get("name") or "")) == want
    ][:1]


#: words between a maker and its promise: "the Company hereby jointly and severally promises"
_PROMISE_ADVERBS = re.compile(
    r"(?i)(?:[\s,]+(?:hereby|jointly|and|severally|unconditionally|irrevocably|absolutely))+\s*$"
)


def note_makers(ctx: DocContext, before: str) -> list[str]:
    """The makers a note text names before its promise to pay (see :func:`_makers`), else the
    party its subject names ("the Company hereby promises")."""
    return _makers(ctx, before) or subject_before(ctx, _PROMISE_ADVERBS.sub("", before))


def note_payees(ctx: DocContext, clause: str, offset: int | None = None) -> list[str]:
    """The payees of a promise to pay ("to the order of First Bank (the "Bank")"): the party
    named, else the one its defined term after the name stands for; none for a blank. With the
    clause's ``offset``, payees written out by name only there become parties."""
    m = _PROMISE.search(clause)
    if not m or re.search(r"_{3,}|\[", m["payee"]):
        return []
    payees = parties_named(ctx, m["payee"])
    if not payees and offset is not None:
        payees = written_payees(ctx, m["payee"], offset + m.start("payee"))
    if not payees:
        term = QUOTED_TERM.search(clause[m.end() : m.end() + 60])
        payees = labelled(ctx, ctx.lookup(term.group(1)), "Party") if term else []
    return payees


#: a company's name by its last word ("..., L.P.", "... Bank", "... AB"): a payee written out
_COMPANY_END = rule(
    "relations.promises.company_end",
    r"(?i)\b(?:inc|l\.?\s?p|l\.?l\.?[cp]|ltd|limited|fund|trust|partners|partnership|bank"
    r"|company|co|corp\w*|n\.?\s?a|ab|ag|gmbh|s\.?a|plc|b\.?v|n\.?v)\.?$",
    reads="a payee a promise writes out by name: a company's name by its last word",
    matches=[
        passage("Nordic Venture Partners AB", match="AB"),
        passage("Tidewater Capital Fund I, LLC", match="LLC"),
        # a maker a schedule of pledged notes names nowhere else: "made by Seabright Co."
        passage("Seabright Fabrication Co.", match="Co."),
    ],
    rejects=["the Holder", "Payee", "the bearer hereof", "New Mexico"],
)

#: the term a promise gives its written-out payees: ", or registered assigns (the "Holder")",
#: "(together, "Lender")"
_PAYEE_TERM = rule(
    "relations.promises.payee_term",
    rf"\s*,?\s*(?:or\s+(?:its|his|her|their)?\s*(?:registered\s+|permitted\s+)?assigns\s*,?\s*)?"
    rf"\(\s*(?:(?:together|collectively|jointly)\s*,?\s*)?(?:the\s+)?{QUOTE}"
    rf"(?P<term>[A-Z][\w -]{{0,30}}){QUOTE}",
    reads="right after a payee's name: the term the note calls it by",
    matches=[
        passage(', or registered assigns (the "Holder")', term="Holder"),
        passage(' (together, "Lender")', term="Lender"),
    ],
    rejects=[", the principal sum of", ' and its affiliates ("Lender'],
    mode="match",
)


#: a company's form a comma sets after the name a slot cut at that comma: "Harbor Fund|, L.P."
_FORM_AFTER = rule(
    "relations.promises.form_after",
    r",\s*(?:Inc|Corp|L\.?\s?P|L\.?L\.?[CP]|Ltd|N\.?\s?A)\b\.?",
    reads="right after a payee's name cut at a comma: the company's form",
    matches=[passage(", L.P. or its registered assigns", match=", L.P."), ", Inc. (the"],
    rejects=[", or registered assigns", ", a Delaware corporation"],
    mode="match",
)


def written_payees(ctx: DocContext, phrase: str, start: int) -> list[str]:
    """Payees a promise writes out by name and no earlier step made parties ("to ANNE M.
    KELLER, or registered assigns", "to the order of JAMES L. ORTEGA and MARIA S. ORTEGA"): each
    a person, or a company by its last word, the names joined by "and"; [] when a piece is no
    name (a blank, a role word, "the bearer hereof"). The term after them names them too."""
    if re.search(r"_{3,}|\[", phrase):
        return []
    form = _FORM_AFTER.match(ctx.text, start + len(phrase.rstrip()))
    phrase = ctx.text[start : form.end()] if form else phrase
    whole = phrase.strip()
    pieces = [(whole, phrase.find(whole))] if _COMPANY_END.search(whole) else []
    if not pieces:
        pos = 0
        for piece in re.split(r"\s+and\s+", phrase):
            at = phrase.find(piece, pos)
            pos = at + len(piece)
            pieces.append((piece.strip(), at + len(piece) - len(piece.lstrip())))
    found: list[tuple[str, int, str]] = []
    for name, at in pieces:
        if not re.match(r"[A-Z]", name):
            return []
        if _COMPANY_END.search(name) and is_org_name(name):
            found.append((name, at, "organization"))
        elif looks_like_person(name):
            found.append((name, at, "person"))
        else:
            return []
    refs = [add_party(ctx, n, start + a, start + a + len(n), kind=k) for n, a, k in found]
    end = start + len(phrase.rstrip())
    if refs and (t := _PAYEE_TERM.match(ctx.text, end)) and not ctx.lookup(t["term"]):
        ctx.define(t["term"], *refs)
    return refs
