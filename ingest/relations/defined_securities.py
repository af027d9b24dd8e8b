"""Notes, debentures and bonds a credit document defines by who issues them, with no holder:
""Convertible Subordinated Notes" shall mean up to $175,000,000 aggregate principal amount of
Convertible Subordinated Notes due 2002, issued by the Borrower as contemplated by the Offering
Memorandum", ""Senior Notes" means the senior notes issued by the Company under the Indenture".

The issuer ISSUES the defined instrument. It is ISSUED_UNDER an agreement only where the
definition says so: "under"/"pursuant to" the document's own agreement ("this Agreement",
"Section 2.4", "hereunder"), or a defined agreement ("the Indenture"). Securities sold to the
market are issued under their own indenture, never under the credit agreement that mentions
them.

Separate from :mod:`.issuance` (whose definition reader needs "issued by X to Y", the shape of
a note or warrant the credit agreement itself delivers to its lender).
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.instruments.terms import parse_amount
from ingest.records import PropValue
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_DEFINED_ISSUED_BY = rule(
    "relations.defined_securities.issued_by",
    r"[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d]{0,60}?\b(?P<noun>Notes?|Debentures?|Bonds?))"
    r"[\"\u201d]\s+(?:shall\s+)?means?\b(?P<body>[^;]{0,300}?)\bissued\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,4})\b"
    r"(?P<rest>(?!\s+to\s)[^;]{0,160})",
    reads="a definition of notes, debentures or bonds by the party that issues them (no holder "
    "named): the issuer, and the agreement they are issued under when the definition names it",
    matches=[
        passage(
            '"Convertible Subordinated Notes" shall mean up to $175,000,000 aggregate principal '
            "amount of Convertible Subordinated Notes due 2002, issued by the Borrower as "
            "contemplated by the Offering Memorandum.",
            term="Convertible Subordinated Notes",
            by="Borrower",
        ),
        passage(
            "\u201cSenior Notes\u201d means the 7.25% senior notes due 2015 issued by the Company "
            "pursuant to the Indenture.",
            by="Company",
            rest=" pursuant to the Indenture.",
        ),
    ],
    rejects=[
        # a holder named: the issuance reader's shape ("issued by Borrower to Lender")
        '"Note" means the promissory note issued by Borrower to Lender.',
        # no instrument of debt defined
        '"Letter of Credit" means a letter of credit issued by the Bank.',
        # a definition that names no issuer
        '"Senior Notes" means the notes described in the Offering Memorandum.',
    ],
)

#: the definition says the instrument is issued under the agreement defining it
_UNDER_OWN = re.compile(
    r"(?i)\b(?:under|pursuant\s+to)\s+(?:this\s+agreement|section\s+\d|article\s+[ivx\d])"
    r"|\bhereunder\b"
)
#: "pursuant to the Indenture", "under the Note Purchase Agreement": a defined agreement
_UNDER_NAMED = re.compile(
    r"\b(?:under|pursuant\s+to)\s+(?:the\s+|that\s+certain\s+)?"
    r"(?P<agreement>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
)


def extract_defined_securities(ctx: DocContext, lo: int, sentence: str) -> None:
    """The issuer a definition of notes, debentures or bonds names ISSUES them; ISSUED_UNDER
    the agreement the definition says (see the module doc). Evidence: the sentence."""
    m = _DEFINED_ISSUED_BY.search(sentence)
    if m is None:
        return
    name = re.split(r",|\s+(?:as|in|on|for|under|pursuant)\s", m["by"])[0]
    issuers = parties_named(ctx, name)
    if len(issuers) != 1:
        return
    term = " ".join(m["term"].split())
    evidence = trimmed(ctx, lo, lo + len(sentence))
    known = labelled(ctx, ctx.lookup(term), "Instrument")
    ref = known[0] if known else f"instrument:defined:{norm_term(term)}"
    props: dict[str, PropValue] = {"title": term, "kind": m["noun"].lower().rstrip("s")}
    found = parse_amount(m["body"])
    if found:
        props["amount"], props["currency"] = found
    ctx.collector.add(ref, "Instrument", evidence, props, (term,))
    if not known:
        ctx.define(term, ref)
    ctx.collector.relate("ISSUES", issuers[0], ref, evidence)
    under = _under(ctx, m["rest"])
    if under is not None:
        ctx.collector.relate("ISSUED_UNDER", ref, under, evidence)


def _under(ctx: DocContext, rest: str) -> str | None:
    """The agreement the words after the issuer say the instrument is issued under."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if _UNDER_OWN.search(rest) and own is not None and own.label == "Agreement":
        return None if own.props.get("kind") == "amendment" else ctx.self_ref
    named = _UNDER_NAMED.search(rest)
    if named is None:
        return None
    agreements = labelled(ctx, ctx.lookup(named["agreement"]), "Agreement") or [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement"
        and norm_term(str(e.props.get("title") or "")) == norm_term(named["agreement"])
    ]
    return agreements[0] if len(agreements) == 1 else None
