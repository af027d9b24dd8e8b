"""The guarantors a "guaranteed ... by A, B and C" clause lists, whose obligations they
guarantee, and the notes a guaranty covers.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import looks_like_person, plain_words
from ingest.parties.add import add_party
from ingest.records import PropValue, Span
from ingest.relations.obligations import NAMED_AGREEMENT, guaranteed_agreement, secured_agreement
from ingest.relations.slots import (
    agreements_in,
    instruments_in,
    labelled,
    nearest_contained_instrument,
    party_or_company,
    stated_parties,
)
from ingest.roles import defined_company, listed_names
from ingest.rules import passage, rule

_ADVERBS = (
    r"(?:(?:absolutely|unconditionally|irrevocably|fully|jointly|and|severally|further|also),?\s+)*"
)

#: "The payment and performance of all indebtedness and other obligations of Borrower to Bank
#: shall be guaranteed jointly and severally by A, a Colorado corporation, B ... and C": the
#: guarantors are the agent of a passive guaranty of the deal's obligations.
GUARANTEED_BY = re.compile(
    r"\b(?:(?:shall|will|must|to)\s+(?:at\s+all\s+times\s+)?be|is|are|has\s+been|have\s+been)\s+"
    rf"{_ADVERBS}guarantee?d\s+{_ADVERBS}by\s+(?P<list>[^;]{{3,600}})"
)

#: "The debts of Party B under this Contract are secured by Ningbo Liantai Holdings Co., Ltd.,
#: Zhou Weiming and Lin Xiaohong as joint and several liability guarantors": a bank's loan
#: contract in translated style names its guarantors in the clause that says how the loan is
#: secured, by their capacity after the list (no "guaranteed by").
SECURED_BY_AS_GUARANTORS = rule(
    "relations.secured_by_as_guarantors",
    r"\b(?:(?:shall|will|must|to)\s+be|is|are|has\s+been|have\s+been)\s+secured\s+by\s+"
    r"(?P<list>[^;:()]{3,400}?)(?=,?\s+as\s+(?:(?:joint|several|jointly|severally)"
    r"(?:\s+and\s+several(?:ly)?)?\s+)?(?:liability\s+)?guarantors?\b)",
    reads="a clause saying who secures the debt as guarantors: the list before 'as joint "
    "liability guarantors'",
    matches=[
        passage(
            "The debts of Party B under this Contract are secured by Ningbo Liantai Holdings "
            "Co., Ltd., Zhou Weiming and Lin Xiaohong as joint and several liability guarantors",
            list="Ningbo Liantai Holdings Co., Ltd., Zhou Weiming and Lin Xiaohong",
        ),
        passage(
            "the Loan shall be secured by Harbin Sanyuan Trading Co., Ltd. and Mr. Liu Jun, as "
            "joint liability guarantors.",
            list="Harbin Sanyuan Trading Co., Ltd. and Mr. Liu Jun",
        ),
    ],
    rejects=[
        "The Loan is secured by a mortgage on the Property.",
        "the obligations are secured by the Collateral, and the Guarantors guarantee them",
        "secured by Harbin Sanyuan Trading Co., Ltd. as collateral agent",
    ],
)

#: '"Guaranty" shall mean the guaranty of Plattsmouth Terminal Company of all obligations of
#: the Borrower under the Loan Agreement': a recital or definition that names the guarantor
#: only as the maker of the guaranty it describes, between "guaranty of" (or "by") and the
#: obligations it covers (whose obligor and agreement follow)
GUARANTY_OF_OBLIGATIONS = rule(
    "relations.guaranty_of_obligations",
    r"\bguarant(?:y|ee)\s+(?:of|by)\s+(?P<list>[A-Z][^;:()\"\u201c\u201d]{2,300}?)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:(?:full\s+and\s+)?(?:prompt\s+)?payment\s+(?:and\s+"
    r"performance\s+)?of\s+)?(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:present\s+and\s+future\s+)?"
    r"(?P<what>(?:obligations|indebtedness|liabilities)\s+of\s+[^;]{1,160})",
    reads="a guaranty described by its maker and the obligations it covers: 'the guaranty of "
    "X of all obligations of the Borrower'",
    matches=[
        passage(
            '"Guaranty" shall mean the guaranty of Plattsmouth Terminal Company of all '
            "obligations of the Borrower under the Loan Agreement",
            list="Plattsmouth Terminal Company",
            what="obligations of the Borrower under the Loan Agreement",
        ),
        passage(
            "secured by the guaranty by Harlan Tool Works, Inc. of the payment of the "
            "indebtedness of the Company under this Agreement",
            list="Harlan Tool Works, Inc.",
        ),
    ],
    rejects=[
        "the guaranty of payment of all obligations of the Borrower",
        "the guaranty of each Guarantor of the obligations of the Borrower",
        "the Guaranty of Collection of the Note",
    ],
)

#: what the guaranteed obligations are: the deal's, not "the obligations of any other person"
_DEAL_OBLIGATIONS = re.compile(
    r"(?i)\b(?:obligations|indebtedness|liabilities|debts?|loans?|notes?|advances)\b(?![^,;]{0,40}"
    r"\b(?:of\s+others|of\s+any\s+other|of\s+another|of\s+third))"
)

#: whose obligations are guaranteed: "of Borrower", "of the Company" (the deal's), or of
#: another ("of Smart (Europe)"), whose guaranty stands behind a debt outside the deal
#: ("of Party B": a translated contract's term of a word and a letter is one term)
_OBLIGOR = re.compile(
    r"\bof\s+(?:the\s+|each\s+|any\s+)?(?P<who>[A-Z][\w().&'\u2019-]*(?:\s+[A-Z]\b(?!\.))?)"
)

#: ("of the Obligations": the deal's own debt by its defined term, no obligor's name; "of the
#: Notes": the deal's notes, whether or not a quoted term made "Notes" stand for them)
_DEAL_OBLIGOR = re.compile(
    r"(?i)(?:co-)?borrowers?\b|company\b|obligors?\b|loan\b|credit\b|debtors?\b"
    r"|(?-i:Obligations|Indebtedness|Liabilities|Notes?|Debentures?|Bonds?)\b"
)

#: where the guarantors' list ends: the guaranty's form or amount, a class of future ones
_GUARANTORS_END = re.compile(
    r"(?i)\s+as\s+evidenced\b|\s+in\s+the\s+(?:principal\s+)?amount\b|\s+by\s+(?:execution|means)\b"
    r"|\s+pursuant\s+to\b|,?\s+(?:each\s+)?jointly\s+and\s+severally\b|\s+in\s+form\b"
    r"|,\s+which\b|\s+(?:and|or)\s+(?:any|each|all|every)\b|\s+until\b|\s+under\b"
)


#: the term a guarantor's name defines right after it: ' ("Guarantor")', ' (the "Guarantor")'
_OWN_TERM = re.compile(
    r"\s*\(\s*(?:the\s+)?[\"\u201c](?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[\"\u201d]\s*\)"
)


#: a subject that names the notes by the common term ("payment of the Notes")
_THE_NOTES = re.compile(r"\b[Tt]he\s+Notes?\b(?!\s+[A-Z])")


#: where a guaranteed subject stops naming its obligations: how they are secured
_SECURED_HOW = re.compile(r"\b(?:(?:is|are|shall\s+be)\s+)?secured\s+by\b|\bpursuant\s+to\b")


def guaranteed_by(
    ctx: DocContext,
    lo: int,
    sentence: str,
    m: re.Match[str],
    evidence: Span,
    as_guarantors: bool = False,
) -> None:
    """Each company the list after "shall be guaranteed ... by" names SECURES the note or the
    agreement whose obligations the sentence's subject are: the one it names, else (in the own
    text) the document's credit agreement. Companies are read by their names (made parties where
    the document named them nowhere else) or by a term ("each of the Subsidiary
    Guarantors"); a class ("each Subsidiary, present and future") names no one. Where the list
    is given the capacity of guarantors (``as_guarantors``: "secured by A, B and C as joint
    liability guarantors"), a person it names is a guarantor too."""
    subject = sentence[: m.start()]
    if not _DEAL_OBLIGATIONS.search(subject):
        return
    # "The Note is guaranteed by ...": the note the subject names by its term or title, and the
    # agreement it names beside ("The obligations ... under the Notes and the Note Purchase
    # Agreement are guaranteed by ..."); "Payment of this Note is guaranteed by ...": the note
    # the sentence is written in
    # the obligations the subject names come before how they are secured ("... under the Note
    # are secured by ... pursuant to that certain Security Agreement ..., and are guaranteed by")
    named = _SECURED_HOW.split(subject, maxsplit=1)[0]
    notes = instruments_in(ctx, named)
    if not notes and _THE_NOTES.search(named):
        # "The payment of the Notes shall be ... guaranteed by" where an unquoted "(the Notes)"
        # bound no term: the document's one note
        notes = _the_one_note(ctx)
    targets = notes + agreements_in(ctx, named) if notes else _this_note(ctx, lo, subject)
    targets = targets or deal_agreement(ctx, subject)
    obligor = _OBLIGOR.search(subject)
    if obligor and instruments_in(ctx, obligor["who"]):
        obligor = None  # "Payment of the Note": the note's debt, no other obligor's
    if obligor and not _DEAL_OBLIGOR.match(obligor["who"]):
        # "All indebtedness of Pellham (Europe) to Bank": another's debt, not the deal's,
        # unless that company borrows under the deal itself (a party to the agreement)
        debtors = labelled(ctx, ctx.lookup(obligor["who"]), "Party") or _party_by_words(
            ctx, obligor["who"]
        )
        targets = [t for t in targets if any(_party_to(ctx, d, t) for d in debtors)]
    if not targets:
        return
    start = lo + m.start("list")
    end_m = _GUARANTORS_END.search(m["list"])
    end = start + (end_m.start() if end_m else len(m["list"]))
    guarantors = _listed_guarantors(ctx, start, end, as_guarantors)
    for t in targets:
        for g in guarantors:
            ctx.collector.relate("SECURES", g, t, evidence)
    # "... by the Parent pursuant to a Parent Guaranty dated ...": each guarantor is party to it
    if guaranty := _PURSUANT_TO_GUARANTY.search(m["list"]):
        for agreement in agreements_in(ctx, guaranty["title"])[:1]:
            for g in guarantors:
                ctx.collector.relate("PARTY_TO", g, agreement, evidence, {"role": "Guarantor"})
    elif guarantors and (named := _GUARANTY_AGREEMENTS_TERM.search(m["list"])):
        # "... pursuant to guaranty agreements in form ... acceptable to the Lenders (the
        # "Guaranties")": the guaranties the term names, each guarantor party to them
        defined = named["term"]
        known = labelled(ctx, ctx.lookup(defined), "Agreement")
        agreement = known[0] if known else f"agreement:{defined.lower()}"
        props: dict[str, PropValue] = {"title": defined, "kind": "guaranty"}
        ctx.collector.add(agreement, "Agreement", evidence, None if known else props, (defined,))
        ctx.define(defined, agreement)
        for g in guarantors:
            ctx.collector.relate("PARTY_TO", g, agreement, evidence, {"role": "Guarantor"})


def guaranty_of_obligations(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], evidence: Span
) -> None:
    """The maker a guaranty's description names ("the guaranty of X of all obligations of the
    Borrower under the Loan Agreement") SECURES the agreement whose obligations it covers: the
    one the description names, else the deal's; only the deal's obligor's obligations (of the
    borrower, the company, by its term), never another's."""
    obligor = _OBLIGOR.match(m["what"], m["what"].find(" of ") + 1)
    if obligor is None or not _DEAL_OBLIGOR.match(obligor["who"]):
        return
    start = lo + m.start("list")
    for g in _listed_guarantors(ctx, start, start + len(m["list"]), False):
        for t in deal_agreement(ctx, m["what"]):
            ctx.collector.relate("SECURES", g, t, evidence)


def _listed_guarantors(ctx: DocContext, start: int, end: int, as_guarantors: bool) -> list[str]:
    """The parties a list of guarantors in ``text[start:end]`` names: companies by their names
    (made parties where the document named them nowhere else), persons the clause defines or
    gives the guarantors' capacity, else bare terms standing for companies ("by Stake")."""
    guarantors: list[str] = []
    for s, e in listed_names(ctx.text, start, end):
        name = " ".join(ctx.text[s:e].split())
        found = party_or_company(ctx, name, ctx.span(s, e))
        term = _OWN_TERM.match(ctx.text, e)
        if not found and (term or as_guarantors) and looks_like_person(name):
            # "guaranteed by Robert J. Fielder ("Guarantor")": a person the clause defines
            found = [add_party(ctx, name, s, e, kind="person")]
            if term:
                ctx.define(term["term"], found[0])
        guarantors += [g for g in found if g not in guarantors]
    if not guarantors:
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", ctx.text[start:end]):
            word = re.sub(r"(?i)^\s*(?:the|each\s+of\s+the)\s+", "", item).strip()
            pointed = re.match(r"(?i)\s*(?:the|each\s+of\s+the)\s+[A-Z]", item)
            # "guaranteed by Stake and its Subsidiaries": a bare term may stand for a company
            if not pointed and not re.fullmatch(r"[A-Z][\w-]*", word):
                continue
            found = stated_parties(ctx, item) if pointed else []
            if not found and (company := defined_company(ctx, word)):
                # "guaranteed by the Parent", where '"Parent" means Acme Holdings, Inc.'
                name = " ".join(ctx.text[company[0] : company[1]].split())
                found = party_or_company(ctx, name, ctx.span(*company))
            guarantors += [g for g in found if g not in guarantors]
    return guarantors


#: the guaranty a passive "guaranteed by" names as its instrument
_PURSUANT_TO_GUARANTY = re.compile(
    r"^[^;]{0,200}?\b(?:pursuant\s+to|under|by\s+means\s+of|as\s+evidenced\s+by)\s+"
    r"(?:a|the|that\s+certain)\s+(?P<title>(?:[A-Z][\w'\u2019-]*\s+){0,3}Guarant(?:y|ee)"
    r"(?:\s+Agreement)?)\b"
)


#: guaranties a passive "guaranteed by" describes and defines by a term: "pursuant to guaranty
#: agreements in form and substance acceptable to the Lenders ... (the "Guaranties")"
_GUARANTY_AGREEMENTS_TERM = re.compile(
    r"^[^;]{0,200}?\bpursuant\s+to\s+(?:one\s+or\s+more\s+)?guarant(?:y|ee)\s+agreements\b"
    r"[^;()]{0,200}?\(\s*(?:the\s+)?[\"\u201c](?P<term>Guarant(?:ies|ees|y|ee))[\"\u201d]\s*\)"
)


#: what a guaranty guarantees, up to where its object ends ("guarantee to Lender the ... payment
#: ... of: (i) the Note, including all principal ..."), and what the amounts it guarantees are
#: payable under or on ("all amounts payable by Borrower under the Note", "interest on the Notes")
_GUARANTEED_OBJECT = re.compile(
    r"\b(?:of:?|under|on)\s+(?:\([a-z0-9]{1,4}\)\s+)?(?P<what>the\s+[^,;:]{1,80})"
)

_AGREEMENT_TITLE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){0,6}Agreements?\b")


def guaranteed_notes(ctx: DocContext, rest: str) -> list[str]:
    """The notes a guaranty names as what it guarantees ("guarantee ... payment ... of: (i) the
    Note"; "of the Notes and all obligations under the Indenture"): the instruments the object
    names by title or term (words of an agreement's title, "Note Purchase Agreement", name
    none)."""
    found: list[str] = []
    for m in _GUARANTEED_OBJECT.finditer(rest):
        what = _AGREEMENT_TITLE.sub(" ", m["what"])
        refs = instruments_in(ctx, what)
        if not refs and re.match(r"the\s+Notes?\b", what):
            refs = _the_one_note(ctx)
        found += [r for r in refs if r not in found]
    return found


def _the_one_note(ctx: DocContext) -> list[str]:
    """ "the Note" no term links to anything: the document's one note (an attached form of
    note read as its own text), else nothing."""
    notes = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument" and e.props.get("kind") == "note"
    ]
    return notes if len(notes) == 1 else []


#: the note, debenture or bond a sentence is written in ("Payment of this Note", "as security
#: for this Note")
THIS_NOTE = re.compile(r"\b[Tt]his\s+(?:Note|Debenture|Bond)\b")


def _this_note(ctx: DocContext, lo: int, subject: str) -> list[str]:
    """The note a subject names as "this Note", where the sentence is a note's own text (a
    note that never defines "Note" as a term of its own)."""
    if not THIS_NOTE.search(subject):
        return []
    note = nearest_contained_instrument(ctx, lo)
    return [note] if note else []


def _party_by_words(ctx: DocContext, short: str) -> list[str]:
    """The one party whose name holds every word of a short name of two words or more
    ("Smart(Europe)" for "Smart Modular Technologies (Europe) Limited"); [] unless one does."""
    want = plain_words(short)
    if len(want) < 2:
        return []
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party" and set(want) <= set(plain_words(str(e.props.get("name") or "")))
    ]
    return found if len(found) == 1 else []


def _party_to(ctx: DocContext, party: str, agreement: str) -> bool:
    """Whether the document made ``party`` a party to ``agreement``."""
    return any(
        k[0] == "PARTY_TO" and k[1] == party and k[2] == agreement for k in ctx.collector.relations
    )


def deal_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """The agreement a guaranty or a "secured by" stands behind: one the phrase names by title;
    else the deal's (a credit agreement's own, the one an amendment or a guaranty concerns),
    never another agreement the document merely defines ("The Parent hereby ... guarantees
    ... the Obligations" in a credit agreement's guaranty article or a guaranty attached)."""
    named = NAMED_AGREEMENT.search(phrase)
    own = secured_agreement(ctx)
    if own and (named is None or named["title"] == "Agreement"):
        return [own]
    return guaranteed_agreement(ctx, phrase)
