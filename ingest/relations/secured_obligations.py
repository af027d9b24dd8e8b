"""What a grant or pledge secures: the obligations "as security for" names, a defined
term for them ("the "Obligations""), a guaranty, or the notes "securing" follows.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.relations.obligations import NAMED_AGREEMENT, guaranteed_agreement
from ingest.relations.slots import QUOTE, agreements_in, instruments_in, labelled
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "... as security for the performance of the Borrower's obligations under this Agreement
#: and the Notes": what a grant secures, stated after it
_SECURITY_AFTER = re.compile(
    r"(?i)^[^;]{0,300}?\bas\s+(?:collateral\s+)?security\s+for\b(?P<what>[^;]{0,200})"
)

#: notes a clause names by title ("the Term Note", "The Notes"); shared with the grants reader
NAMED_NOTES = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}Notes?\b")


def secured_after(ctx: DocContext, lo: int, after: str) -> list[str]:
    """The agreements and notes a grant's following "as security for ... under this Agreement
    and the Notes" names: "this Agreement" is the own one (in the own text only), the notes
    those the document knows by that name."""
    m = _SECURITY_AFTER.match(after)
    if m is None:
        return []
    found: list[str] = []
    for t in _OBLIGATION_TITLE.finditer(m["what"]):
        phrase = t.group(0)
        if phrase.startswith("this "):
            refs = [ctx.self_ref] if ctx.self_ref and in_own_text(ctx, lo) else []
        else:
            refs = agreements_in(ctx, phrase) or instruments_in(ctx, phrase)
        found += [r for r in refs if r not in found]
    for n in NAMED_NOTES.finditer(m["what"]):
        refs = instruments_in(ctx, n.group(0)) or _defined_notes(ctx, n.group(0).split()[-1])
        found += [r for r in refs if r not in found]
    return found


#: "... as collateral security for the prompt payment in full of the Secured Obligations": what
#: a grant secures, by the defined term of the obligations
_SECURES_TERMED = rule(
    "relations.grant_secures_defined_obligations",
    r"(?i)\b(?:as\s+(?:collateral\s+)?security\s+for|to\s+secure)\b[^.;]{0,120}?"
    r"\bthe\s+(?-i:(?P<term>(?:Secured\s+)?Obligations))\b",
    reads="a grant securing the obligations by their defined term",
    matches=[
        passage(
            "as collateral security for the prompt payment in full of the Secured Obligations.",
            match="as collateral security for the prompt payment in full of the Secured "
            "Obligations",
        ),
        passage("to secure the payment and performance of the Obligations, each Pledgor"),
    ],
    rejects=[
        "as security for the payment of the Notes",
        "the Secured Obligations shall be paid in full",
        "to secure the obligations of the Issuer under the Indenture",
    ],
)

#: notes a definition names ("the Notes"), not a class named after them ("the Note Guarantees")
_DEFINED_NOTES = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){0,3}Notes?\b(?!\s+[A-Z])")

#: the kinds of document whose grant secures notes the obligations' definition names
_SECURITY_KINDS = ("security_agreement", "pledge_agreement")


def notes_of_secured_obligations(ctx: DocContext, phrase: str) -> list[str]:
    """The notes a security or pledge agreement's grant secures through the definition of its
    obligations ("as collateral security for ... the Secured Obligations", where '"Secured
    Obligations" means the Notes, the Note Guarantees and all other obligations of the Grantors
    under the Indenture'): the notes, not only the indenture they are issued under. A credit
    agreement's "Obligations" (the loans' notes among the lenders' claims) are left to its own
    readers."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    m = _SECURES_TERMED.search(phrase)
    if m is None or own is None or own.props.get("kind") not in _SECURITY_KINDS:
        return []
    want = m["term"].split()
    defs = [d for d in find_definitions(ctx.text) if d.style == "means" and d.term.split() == want]
    if not defs:
        return []
    clause = ctx.text[defs[0].end : defs[0].clause_end]
    found: list[str] = []
    for n in _DEFINED_NOTES.finditer(clause):
        refs = instruments_in(ctx, n.group(0)) or _defined_notes(ctx, n.group(0).split()[-1])
        found += [r for r in refs if r not in found]
    return found


def _defined_notes(ctx: DocContext, term: str) -> list[str]:
    """The notes a '"Notes" shall mean the $9,000,000 Promissory Note, dated ...' definition
    names by title, when no reader linked the term to them."""
    out: list[str] = []
    for d in find_definitions(ctx.text):
        if d.style != "means" or d.term != term:
            continue
        body = " ".join(ctx.text[d.end : d.clause_end].split()).lower()
        for ref, e in ctx.collector.entities.items():
            title = str(e.props.get("title") or "")
            if e.label == "Instrument" and title and title.lower() in body and ref not in out:
                out.append(ref)
    return out


#: "As security for the performance ... under this Guaranty, ...", "To secure the payment of
#: all obligations of the Borrower under the Loan Agreement, ...": the obligation secured
_AS_SECURITY_FOR = re.compile(
    r"(?i)(?:\bas\s+(?:collateral\s+)?security\s+for|(?:^|[.(,:;]|\bin\s+order)\s*to\s+secure)\b"
    r"(?P<what>[^;]{0,400})$"
)


_OBLIGATION_TITLE = re.compile(
    r"\b(?:(?-i:this)\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,6}(?:Agreement|Guaranty|Guarantee|Indenture"
    r"|Lease|Note|Debenture)\b"
)


#: "... under the Guarantee to which it is a party (the "Secured Obligations")": the obligations
#: a grant secures, named by a term of their own for the grants that follow.
_OBLIGATIONS_TERM = re.compile(
    rf"\(\s*(?:the\s+)?{QUOTE}(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}Obligations){QUOTE}\s*\)"
)


#: a guaranty the recitals define ("pursuant to certain Guarantees ... (... a "Guarantee")")
_GUARANTY_TERM = re.compile(rf"{QUOTE}(?P<term>Guarant(?:y|ee))(?:{QUOTE}|\s)")


def secured_obligation(ctx: DocContext, before: str, at: int) -> list[str]:
    """What a grant introduced by "As security for ..." secures: the first agreement or
    instrument that clause names, "this Guaranty" being the document's own; a guaranty the
    document defines by a term only ("the Guarantee to which it is a party") becomes an
    Agreement; "the Secured Obligations" are what an earlier grant defined them to be."""
    m = _AS_SECURITY_FOR.search(before)
    if m is None:
        return []
    found: list[str] = []
    for t in _OBLIGATION_TITLE.finditer(m["what"]):
        if t.group(0).startswith("this ") and ctx.self_ref:
            found = [ctx.self_ref]
            break
        found = (
            agreements_in(ctx, t.group(0))
            or instruments_in(ctx, t.group(0))
            or _defined_guaranty(ctx, t.group(0))
        )
        if found:
            found = found[:1]
            break
    if not found:
        for term in re.finditer(r"(?:[A-Z][\w-]*\s+){1,3}Obligations\b", m["what"]):
            found = labelled(ctx, ctx.lookup(term.group(0)), "Agreement")[:1]
            if found:
                break
    obligations = re.search(r"(?:[A-Z][\w-]*\s+){0,2}Obligations\b", m["what"])
    if not found and obligations:
        found = _defined_obligations(ctx, obligations.group(0), at)
    named = _OBLIGATIONS_TERM.search(m["what"])
    if found and named and not ctx.lookup(named["term"]):
        ctx.define(named["term"], *found)
    return found


def _defined_obligations(ctx: DocContext, term: str, at: int) -> list[str]:
    """The agreement the nearest definition of the obligations before ``at`` names
    ('"Obligations" means all ... obligations of Guilford to the Secured Party ... under the
    Credit Agreement'): what a security agreement's grant "as security for ... the
    Obligations" secures. A definition naming "this Agreement" outside the own text speaks
    of the attached agreement itself, not of the deal: nothing."""
    want = term.split()[-2:] if term.startswith(("Secured", "Guaranteed")) else ["Obligations"]
    found = [
        d
        for d in find_definitions(ctx.text)
        if d.style == "means" and d.term.split() == want and d.start < at
    ]
    if not found:
        return []
    d = found[-1]
    clause = ctx.text[d.end : d.clause_end]
    named = NAMED_AGREEMENT.search(clause)
    if named is None or (named.group(0).startswith("this") and not in_own_text(ctx, d.start)):
        return []
    return guaranteed_agreement(ctx, named.group(0))[:1]


def _defined_guaranty(ctx: DocContext, phrase: str) -> list[str]:
    """ "the Guarantee": a guaranty the text defines by that term (quoted) but names by no
    title, made an Agreement the first time a grant secures it."""
    word = phrase.split()[-1]
    if word not in ("Guaranty", "Guarantee"):
        return []
    if ctx.lookup(word):
        return labelled(ctx, ctx.lookup(word), "Agreement")
    m = next((g for g in _GUARANTY_TERM.finditer(ctx.text) if g["term"] == word), None)
    if m is None:
        return []
    ref = f"agreement:{word.lower()}"
    ctx.collector.add(
        ref, "Agreement", ctx.span(m.start(), m.end()), {"title": word, "kind": "guaranty"}
    )
    ctx.define(word, ref)
    return [ref]


def in_own_text(ctx: DocContext, pos: int) -> bool:
    """Whether ``pos`` lies before the own agreement's signature pages (after them come the
    exhibits and annexes, whose "this Agreement" is themselves)."""
    sig = analyze(ctx.text).signatures
    return sig is None or pos < sig.start
