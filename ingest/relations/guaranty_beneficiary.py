"""PARTY_TO from the party a guaranty is given to, read in the guaranty's own operative clause:
"the undersigned ... hereby absolutely and unconditionally guarantees to the Lender the
payment ...", "each Guarantor jointly and severally guarantees to the Bank ...".

Exists because a standalone guaranty often names its beneficiary only in the recital that
defines it ("any loan ... made to X (the "Borrower") by Y (the "Lender")") and in this clause,
never in a preamble; the guaranty is given to it, so it is a party to the guaranty, in the
role its term names. Only in a document whose own agreement is a guaranty: elsewhere
"guarantees to the Lenders" is an article of a credit agreement its lenders are parties to
anyway.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.parties.add import party_to
from ingest.parties.role_words import role_of
from ingest.relations.slots import stated_parties
from ingest.rules import passage, rule

_GUARANTEES_TO = rule(
    "relations.guaranty_beneficiary",
    r"\bguarantees?\s+(?:and\s+promises?\s+)?(?:to|in\s+favou?r\s+of)\s+"
    r"(?P<to>(?:the\s+|each\s+)?[A-Z][\w'\u2019.&-]*(?:,?\s+[A-Z][\w'\u2019.&-]*){0,5})",
    reads="a guaranty's operative clause: the party it is given to",
    matches=[
        passage(
            "hereby absolutely and unconditionally guarantees to the Lender the full payment",
            to="the Lender",
        ),
        passage("jointly and severally guarantee to the Bank the payment", to="the Bank"),
        passage(
            "guarantees to Harbor National Bank, N.A. the payment",
            to="Harbor National Bank, N.A.",
        ),
    ],
    rejects=[
        "the Guarantor guarantees the payment of the Obligations to the Lender",
        "the guarantees to which the Lenders are entitled",
    ],
)


def extract_guaranty_beneficiary(ctx: DocContext, lo: int, sentence: str) -> None:
    """The party the own guaranty is given to, PARTY_TO it in the role its term names;
    evidence: the operative clause."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or own.props.get("kind") != "guaranty":
        return
    for m in _GUARANTEES_TO.finditer(sentence):
        to = re.sub(r"^(?:the|each)\s+", "", m["to"])
        for ref in stated_parties(ctx, to):
            e = ctx.collector.get(ref)
            if e is None or e.label != "Party":
                continue
            party_to(ctx, ref, role_of(to), lo + m.start(), lo + m.end())
