"""Warrants, notes and debentures a purchase agreement defines by whom they are delivered to:
""Warrants" means, collectively, the Common Stock purchase warrants delivered to the
Purchasers at the Closing in accordance with Section 2.2(a)(iii)", ""Debentures" means the
debentures sold to the Purchasers hereunder, in the form of Exhibit A".

The definition names the buyers, not the seller: in a purchase agreement the seller is the
party in the issuer's role ("the Company"), which ISSUES them; the buyers the term names
("the Purchasers") HOLD them; delivered at the closing or under the agreement, they are
ISSUED_UNDER it. Separate from :mod:`.issuance` and :mod:`.defined_securities`, whose
definitions name the issuer ("issued by the Company to ...").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.records import PropValue
from ingest.relations.purchaser_schedules import own_purchase_agreement
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_DELIVERED_TO = rule(
    "relations.delivered_securities.defined",
    r"^\W*[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?P<noun>Warrants?|Notes?|Debentures?))"
    r"[\"\u201d]\s+(?:shall\s+)?means?\b(?P<body>[^;\"\u201c]{0,200}?)\b(?:delivered|sold|issued"
    r"|issuable)\s+to\s+(?:the\s+|each\s+)?(?P<to>Purchasers?|Buyers?|Investors?|Subscribers?)\b"
    r"(?P<rest>[^;]{0,200})",
    reads="a purchase agreement's definition of the securities it sells by the buyers they are "
    "delivered to: the term, the buyers' term and whether the closing delivers them",
    matches=[
        passage(
            "\u201cWarrants\u201d means, collectively, the Common Stock purchase warrants "
            "delivered to the Purchasers at the Closing in accordance with Section 2.2(a)(iii).",
            term="Warrants",
            to="Purchasers",
        ),
        passage(
            '"Debentures" means the 8% Convertible Debentures sold to the Purchasers hereunder, '
            "in the form of Exhibit A.",
            term="Debentures",
        ),
    ],
    rejects=[
        # the issuer named: the issuance readers' shape
        '"Notes" means the notes issued by the Company to the Purchasers hereunder.',
        '"Warrant Shares" means the shares of Common Stock issuable upon exercise of the Warrants.',
        "The Warrants shall be delivered to the Purchasers at the Closing.",
    ],
)

#: the agreement delivers them: at its closing, under it, by its section
_UNDER_OWN = re.compile(
    r"(?i)\b(?:at\s+(?:the|each)\s+closing|hereunder|hereof|pursuant\s+to\s+this\s+agreement"
    r"|section\s+\d)"
)

_KINDS = {"warrant": "warrant", "note": "note", "debenture": "debenture"}


def extract_delivered_securities(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUES, HOLDS and ISSUED_UNDER of the securities such a definition names (see the
    module doc). Evidence: the sentence."""
    m = _DELIVERED_TO.match(sentence)
    own = own_purchase_agreement(ctx) if m else None
    if m is None or own is None:
        return
    issuers = parties_named(ctx, "Company") or parties_named(ctx, "Issuer")
    if len(issuers) != 1:
        return
    term = m["term"]
    evidence = trimmed(ctx, lo, lo + len(sentence))
    found = labelled(ctx, ctx.lookup(term), "Instrument")
    if found:
        ref = found[0]
    else:
        kind = _KINDS[m["noun"].lower().rstrip("s")]
        props: dict[str, PropValue] = {"title": term, "kind": kind}
        ref = ctx.collector.add(
            f"instrument:delivered:{term.lower()}", "Instrument", evidence, props
        )
        ctx.define(term, ref)
    ctx.collector.relate("ISSUES", issuers[0], ref, evidence)
    for holder in parties_named(ctx, m["to"]):
        if holder != issuers[0]:
            ctx.collector.relate("HOLDS", holder, ref, evidence)
    if _UNDER_OWN.search(m["body"] + m["rest"]):
        ctx.collector.relate("ISSUED_UNDER", ref, own, evidence)
