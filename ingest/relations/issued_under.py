"""ISSUED_UNDER from an instrument's statement of where it comes from: "This Note is issued
pursuant to", "the Warrants that were issued under", "referred to in", "as contemplated by";
and from a definition of the agreement that governs a class of securities.

Reads every sentence of a document that has the cue words, so it asks for an instrument as the
sentence's subject. The note readers (:mod:`ingest.notes.issuing_agreement`) read the same
cues, and weaker ones, inside a note text whose note they already know;
:mod:`.provided_under` reads no clause at all (the agreement by the document's kind).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.records import PropValue
from ingest.references.keys import mention_ref
from ingest.references.kinds import title_kind
from ingest.relations.issued_hereunder import this_agreement
from ingest.relations.slots import (
    QUOTE,
    QUOTED_TERM,
    agreements_in,
    instruments_in,
    nearest_contained_instrument,
    self_label,
    trimmed,
)
from ingest.rules import passage, rule

_SECURITY_WORD = r"(?:Notes?|Warrants?|Debentures?|Bonds?)"


#: "This Note is issued pursuant to", "This unsecured Note is being delivered pursuant to",
#: "the Warrants that were issued under", "This Debenture is one of the Debentures referred to
#: in", "made and delivered in accordance with", "as contemplated by", "Borrower's outstanding
#: 7-3/4% Convertible Subordinated Debentures due 2014 issued pursuant to the Indenture", "This
#: Warrant is issued to the Holder pursuant to the Placement Agency Agreement": an
#: instrument tied to the agreement it was issued under.
_ISSUED_UNDER = re.compile(
    rf"(?P<subj>\b(?:This|The|the|such|each|Each|its|their|[A-Z][\w-]*['\u2019]s)\s+"
    rf"(?:[A-Za-z0-9][\w%/.-]*,?\s+){{0,5}}?{_SECURITY_WORD}"
    rf"(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_SECURITY_WORD})?)\b"
    r"(?:\s*\([^()]{0,60}\))?[^.;]{0,100}?\b(?:(?:issued|delivered|executed|made|sold|granted)"
    r"(?:\s+(?:and|or)\s+(?:issued|delivered|executed|sold))?"
    r"(?:\s+to\s+the\s+(?:Holder|Purchaser|Lender|Payee|Investor|Buyer)s?)?\s+(?:under\s+and\s+)?"
    r"(?:pursuant\s+to|under|in\s+accordance\s+with|in\s+connection\s+with)"
    r"|referred\s+to\s+in|as\s+contemplated\s+(?:by|in|under))"
    r",?\s+(?:(?:the\s+terms\s+(?:and\s+(?:provisions|conditions)\s+)?|Section\s+[\d.()a-z]+\s+)of\s+)?"
    r"(?P<agr>(?:a\s+certain|that\s+certain|the|this|an?)\s+"
    r"(?:[A-Z][\w'\u2019-]*\s+(?:(?:[A-Z][\w'\u2019-]*|and|of)\s+){0,7}?)?(?:Agreement|Indenture))"
)


#: "The Issuer has issued $325,000,000 aggregate principal amount of its 7.875% Senior Secured
#: Notes due 2028 (the "Notes") under an Indenture dated as of ...": an issuer's active clause,
#: the instrument after the verb and before the agreement it is issued under (a recital of a
#: guarantee or collateral agreement given for notes)
_ISSUED_ITS_UNDER = rule(
    "relations.issued_under.issued_its_under",
    r"\b(?:issued|issues|sold)\s+(?:\$\s?[\d,]+(?:\.\d+)?\s+(?:in\s+)?aggregate\s+principal\s+"
    rf"amount\s+of\s+)?(?P<subj>(?:its|their)\s+(?:[A-Za-z0-9][\w%/.-]*,?\s+){{0,6}}?"
    rf"{_SECURITY_WORD})\b(?P<rest>(?:,?\s+(?:due|Series)\s+[^.;()]{{1,30}}?)?)(?:\s*\((?P<paren>[^()]{{0,60}})\))?,?\s+"
    r"(?:pursuant\s+to|under)\s+"
    r"(?P<agr>(?:that\s+certain|the|an?)\s+(?:[A-Z][\w'\u2019-]*\s+){0,5}?(?:Agreement|Indenture))\b",
    reads="an issuer's clause issuing its notes under an agreement: the notes, then the agreement",
    matches=[
        passage(
            "The Issuer has issued $325,000,000 aggregate principal amount of its 7.875% Senior "
            'Secured Notes due 2028 (the "Notes") under an Indenture dated as of April 14, 2021',
            subj="its 7.875% Senior Secured Notes",
            agr="an Indenture",
        ),
        passage(
            "the Company issued its 6% Convertible Debentures pursuant to the Securities Purchase "
            "Agreement",
            subj="its 6% Convertible Debentures",
            agr="the Securities Purchase Agreement",
        ),
    ],
    rejects=[
        "the Company issued 100,000 shares of its Common Stock under the Plan",
        "the Notes issued under the Indenture",
        "the Company has issued its Notes and the Guarantors have guaranteed them under the "
        "Indenture",
    ],
)


#: the cheap test a sentence passes before the patterns run: one of these words (of
#: ``_ISSUED_UNDER``'s verbs, or "with respect to" of ``_GOVERNING``) and a ``SECURITY_CUES`` word
ISSUED_UNDER_CUES = (
    "respect to",
    "issued",
    "delivered",
    "executed",
    "made",
    "sold",
    "granted",
    "referred",
    "contemplated",
)


#: the instrument words ``_ISSUED_UNDER`` needs: most sentences with "made" name none
SECURITY_CUES = ("note", "warrant", "debenture", "bond")


#: a definition of the agreement that governs a class of securities: ""Indenture" means that
#: certain Indenture, dated as of October 26, 2005, between the Parent and U.S. Bank National
#: Association, as trustee, with respect to the Parent's 2.25% Senior Convertible Notes due 2025"
_GOVERNING = re.compile(
    rf"^\s*{QUOTE}(?P<term>(?:[A-Z][\w\s'-]{{0,40}}?\s)?(?:Agreement|Indenture)){QUOTE}\s+(?:means|shall\s+mean)"
    r"[^;]{0,300}?\b(?:with\s+respect\s+to|relating\s+to|governing|providing\s+for\s+the\s+issuance\s+of)"
    r"\s+(?P<subj>(?:(?:the|its|their)\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?"
    r"(?:[A-Za-z0-9][\w%/.-]*,?\s+){0,6}?"
    rf"{_SECURITY_WORD})\b"
)


def extract_issued_under(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUED_UNDER from one sentence (at ``lo``) tying an instrument to its agreement."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    governs = _GOVERNING.match(sentence)
    if governs:
        agreements = agreements_in(ctx, governs["term"]) or _defined_agreement(ctx, governs["term"])
        subj = governs["subj"]
        for inst in instruments_in(ctx, subj) or _titled_in(ctx, subj):
            for agr in agreements[:1]:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)
    for m in _ISSUED_ITS_UNDER.finditer(sentence):
        term = QUOTED_TERM.search(m["paren"] or "")
        subj = f"the {term.group(1)}" if term else m["subj"]
        for inst in (instruments_in(ctx, subj) or _titled_in(ctx, m["subj"] + m["rest"]))[:1]:
            for agr in (agreements_in(ctx, m["agr"]) or _defined_agreement(ctx, m["agr"]))[:1]:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)
    for m in _ISSUED_UNDER.finditer(sentence):
        agreements = (
            this_agreement(ctx, m["agr"])
            or agreements_in(ctx, m["agr"])
            or _defined_agreement(ctx, m["agr"])
        )
        subj = m["subj"]
        if subj.startswith("This ") and self_label(ctx) == "Instrument" and ctx.self_ref:
            instruments = [ctx.self_ref]
        elif subj.startswith("This "):
            near = nearest_contained_instrument(ctx, lo)
            instruments = [near] if near else []
        else:
            instruments = (
                instruments_in(ctx, subj) or _own_class(ctx, subj) or _titled_in(ctx, subj)
            )
        for inst in instruments:
            for agr in agreements[:1]:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)


def _own_class(ctx: DocContext, subj: str) -> list[str]:
    """ "the Warrants that were issued under the Purchase Agreement", written in a warrant: the
    class this instrument belongs to, so what is said of the class is said of it."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or not subj.endswith("s"):
        return []
    kind = own.props.get("kind")
    head = subj.split()[-1].lower().rstrip("s")
    return [ctx.self_ref] if ctx.self_ref and kind == head else []


def _defined_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """The agreement a defined term names when its definition spells it in lowercase, so that no
    earlier step made it a node (""Indenture" means that certain indenture dated as of October
    5, 1989 between the Company and ..."): added with the title the term gives it. (The note
    readers' :func:`ingest.notes.defined_agreement.defined_agreement` finds instead an agreement
    already made whose title stands before the short term a note defines.)"""
    term = re.sub(r"^(?:a\s+certain|that\s+certain|the|an?)\s+", "", " ".join(phrase.split()))
    if not re.fullmatch(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}", term):
        return []
    words = r"\s+".join(map(re.escape, term.split()))
    m = re.search(
        rf"{QUOTE}{words}{QUOTE}\s+(?:means|shall\s+mean)\s+(?:that\s+certain|the)\s+"
        rf"(?:[a-z][\w-]*\s+){{0,6}}(?i:agreement|indenture)\b(?P<rest>[^.;]{{0,200}})",
        ctx.text,
    )
    if m is None:
        return []
    dates = find_dates(m["rest"][:80])  # the date stands among the first words after the title
    date = dates[0].iso if dates else None
    kind = "indenture" if term.lower().endswith("indenture") else title_kind(term)
    props: dict[str, PropValue] = {"title": term, "kind": kind, "date": date}
    ref = ctx.collector.add(
        mention_ref(term, date), "Agreement", trimmed(ctx, m.start(), m.end()), props
    )
    ctx.define(term, ref)
    return [ref]


def _titled_in(ctx: DocContext, subj: str) -> list[str]:
    """Instruments whose title or alias the subject spells ("Borrower's outstanding 7-3/4%
    Convertible Subordinated Debentures"), when no defined term names them."""
    words = f" {' '.join(subj.lower().split())} "
    out: list[str] = []
    for ref, e in ctx.collector.entities.items():
        names = [e.props.get("title"), *e.aliases] if e.label == "Instrument" else []
        if any(
            isinstance(n, str) and len(n.split()) > 1 and f" {n.lower()} " in words for n in names
        ):
            out.append(ref)
    return out
