"""ISSUED_UNDER from an issue whose agreement follows the instrument: "the Company issued to
the Holder that certain Senior Secured Promissory Note dated May 5, 2012 in the original
principal amount of $2,000,000 (the "Note"), pursuant to that certain Note Purchase Agreement
dated as of May 5, 2012".

Exists because amendments, waivers and note modifications recite the note they change this
way: the issue clause (:mod:`.issuance`) reads the issuer, the holder and the note, and the
agreement named after "pursuant to" or "under" is the one the note was issued under.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.records import Span
from ingest.relations.slots import agreements_in, instruments_in
from ingest.rules import passage, rule

_PURSUANT_AFTER = rule(
    "relations.issued_pursuant_after",
    r",?\s+(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?!which\b)"
    r"(?P<agr>(?:the|that\s+certain|a)\s+(?:[A-Z][\w'\u2019-]*\s+(?:and\s+|of\s+)?){0,6}?"
    r"(?:Agreement|Indenture))\b",
    reads="the agreement an issue clause names after the instrument it issued",
    matches=[
        passage(
            'a Promissory Note (the "Note"), pursuant to that certain Note Purchase Agreement',
            agr="that certain Note Purchase Agreement",
        ),
        passage(
            "its 8% Debentures due 2019 under the Securities Purchase Agreement dated",
            agr="the Securities Purchase Agreement",
        ),
    ],
    rejects=[
        "a Note, pursuant to which the Holder may convert",
        "a Note payable under the terms thereof",
    ],
)


def issued_pursuant_after(ctx: DocContext, what: str, evidence: Span) -> None:
    """Each instrument an issue clause names before "pursuant to (that certain) ... Agreement"
    is ISSUED_UNDER the agreement it names (one the document knows)."""
    m = _PURSUANT_AFTER.search(what)
    if m is None:
        return
    agreements = agreements_in(ctx, m["agr"])[:1]
    for inst in instruments_in(ctx, what[: m.start()]) if agreements else []:
        if inst != agreements[0]:
            ctx.collector.relate("ISSUED_UNDER", inst, agreements[0], evidence)
