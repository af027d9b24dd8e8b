"""Notes a credit agreement defines as the notes "of" a party, and the indenture it defines as
the one "relating to" them: ""Senior Notes" shall mean the 9 3/8% Senior Notes of Company due
February 1, 2008 in the original principal amount of $125,000,000", ""Senior Debt Indenture"
shall mean the Indenture relating to the Senior Notes".

The party the notes are "of" ISSUES them (their principal and the day they are due read from
the definition); the notes are ISSUED_UNDER the indenture defined as relating to them. Why a
reader of its own: :mod:`.defined_securities` reads "issued by", the shape of newer drafting;
the older bank forms name the issuer by "of" and the indenture in a definition of its own.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.dates import parse_date
from ingest.instruments.terms import parse_amount
from ingest.records import PropValue
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.references.titles import DATE
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_NOTES_OF = rule(
    "relations.defined_notes_of.notes_of",
    r"[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d]{0,40}?\b(?P<noun>Notes|Debentures|Bonds))"
    r"[\"\u201d]\s+(?:shall\s+)?means?\s+the\s+(?P<body>[^;\"\u201c]{0,80}?)\b(?:Notes|Debentures"
    r"|Bonds)\s+of\s+(?:the\s+)?(?P<by>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})"
    rf"(?:\s*,?\s+due\s+(?P<due>{DATE}))?(?P<rest>[^;]{{0,120}})",
    reads="a definition of notes as the notes of a party: the issuer, when they are due and "
    "their principal",
    matches=[
        passage(
            '"Senior Notes" shall mean the 9 3/8% Senior Notes of Company due February 1, 2008 '
            "in the original principal amount of $125,000,000.",
            term="Senior Notes",
            by="Company",
            due="February 1, 2008",
        ),
        passage(
            "\u201cSubordinated Debentures\u201d means the 12% Subordinated Debentures of the "
            "Borrower issued in 1996.",
            by="Borrower",
        ),
    ],
    rejects=[
        '"Notes" means the promissory notes of the Borrower payable to the Lenders',
        '"Senior Notes" means the senior notes issued by the Company under the Indenture.',
    ],
)

_INDENTURE_FOR = rule(
    "relations.defined_notes_of.indenture_for",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}Indenture)[\"\u201d]\s+(?:shall\s+)?means?\s+"
    r"the\s+(?:[A-Z][\w-]*\s+){0,3}Indenture\s+(?:relating\s+to|governing|under\s+which\s+"
    r"(?:were|are)\s+issued)\s+the\s+(?P<notes>(?:[A-Z][\w-]*\s+){0,3}(?:Notes|Debentures|Bonds))",
    reads="a definition of an indenture as the one relating to notes the agreement defines",
    matches=[
        passage(
            '"Senior Debt Indenture" shall mean the Indenture relating to the Senior Notes.',
            term="Senior Debt Indenture",
            notes="Senior Notes",
        ),
        passage(
            "\u201cIndenture\u201d means the Indenture governing the Senior Subordinated Notes.",
            term="Indenture",
            notes="Senior Subordinated Notes",
        ),
    ],
    rejects=['"Indenture" means the indenture of the Trustee', '"Notes" means the Senior Notes'],
)

#: a form of note a credit agreement delivers to its lender (read by the loan-note readers)
_LOAN_NOTE = re.compile(r"(?i)\b(?:promissory|revolving|term|credit|loan|grid|swing)\b")


def extract_defined_notes_of(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUES from the party a definition says the notes are "of" (their principal and due
    day). Evidence: the defining sentence."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _NOTES_OF.finditer(sentence):
        term = " ".join(m["term"].split())
        issuers = parties_named(ctx, m["by"])
        if len(issuers) != 1 or _LOAN_NOTE.search(f"{term} {m['body']}"):
            continue
        known = labelled(ctx, ctx.lookup(term), "Instrument")
        ref = known[0] if known else f"instrument:defined:{norm_term(term)}"
        props: dict[str, PropValue] = {"title": term, "kind": m["noun"].lower().rstrip("s")}
        if found := parse_amount(m["rest"]):
            props["amount"], props["currency"] = found
        if m["due"]:
            props["maturity_date"] = parse_date(m["due"])
        ctx.collector.add(ref, "Instrument", evidence, props, (term,))
        if not known:
            ctx.define(term, ref)
        ctx.collector.relate("ISSUES", issuers[0], ref, evidence)


def extract_defined_indentures(ctx: DocContext) -> None:
    """ISSUED_UNDER the indenture a definition says relates to notes the agreement defines
    (read once every definition is known: the indenture's may come first). Evidence: the
    indenture's definition."""
    text = ctx.text
    for m in _INDENTURE_FOR.finditer(text):
        notes = labelled(ctx, ctx.lookup(m["notes"]), "Instrument")
        if len(notes) != 1:
            continue
        term = " ".join(m["term"].split())
        evidence = ctx.span(m.start(), m.end())
        mention = Mention(term, m.start("term"), m.end("term"))
        indenture = labelled(ctx, ctx.lookup(term), "Agreement") or labelled(
            ctx, [add_mention(ctx, mention, evidence)], "Agreement"
        )
        for agreement in indenture[:1]:
            ctx.collector.relate("ISSUED_UNDER", notes[0], agreement, evidence)
