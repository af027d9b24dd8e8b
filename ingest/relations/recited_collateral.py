"""SECURES from a recital or representation that the debt is secured by the deal's defined
collateral: "the obligations of the Borrower under the Credit Agreement are guaranteed by
... and are secured by a first priority security interest in all accounts ... (the
"Collateral") pursuant to a Security Agreement", "The Obligations are secured by, among other
things, a first priority security interest in and lien upon all of the Collateral", "the
Company's obligations under the Note are secured by a security interest in substantially all
of the assets of the Company (the "Collateral")".

Exists because amendments, waivers and note modifications recite the security of the deal
they change in one sentence with its guaranties, a "among other things" or the note as the
obligation; the collateral is read only by its defined term ("Collateral", "Pledged
Collateral"), so a described lien that names no collateral adds nothing.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset
from ingest.relations.guaranteed_by import deal_agreement
from ingest.relations.obligations import guaranteed_agreement
from ingest.relations.slots import instruments_in, trimmed
from ingest.rules import passage, rule

_RECITED = rule(
    "relations.recited_collateral",
    r"\b(?P<subj>(?:the\s+)?Obligations"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir|(?:the\s+)?[A-Z][\w-]*[\u2019']s)\s+obligations\s+"
    r"(?:of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)?"
    r"(?:under|pursuant\s+to|in\s+respect\s+of)\s+"
    r"(?P<obj>(?:the|this)\s+(?:[A-Z][\w'\u2019%-]*\s+){0,6}?(?:Agreement|Notes?|Debentures?)))\s+"
    r"(?:is|are|shall\s+be|will\s+be|have\s+been|has\s+been)\s+"
    # "are guaranteed by A and B (each a "Guarantor") ..., and are secured by"
    r"(?:[^;]{0,400}?,?\s+and\s+(?:is|are|shall\s+be|will\s+be)\s+)?"
    r"(?:(?:fully|additionally)\s+)?secured\s+by,?\s+(?:among\s+other\s+things,?\s+)?"
    r"(?:an?\s+(?:(?:first|prior|continuing|perfected|valid)(?:[\s-]+priority)?,?\s+)*"
    r"(?:security\s+interests?|liens?)(?:\s+in\s+and\s+(?:a\s+)?liens?)?\s+(?:in|on|upon)"
    r"(?:\s+and\s+to)?\s+)?"
    r"(?P<asset>(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:[A-Z][\w-]*\s+){0,2}Collateral\b"
    r"|[^;()]{2,250}?\s*\((?:collectively,?\s+|together,?\s+)?(?:the\s+)?[\"\u201c]"
    r"(?P<term>(?:[A-Z][\w-]*\s+){0,2}Collateral)[\"\u201d]\))",
    reads="a recital that the deal's obligations are secured by its defined collateral",
    matches=[
        passage(
            "the obligations of the Borrower under the Loan Agreement are secured by a first "
            'priority security interest in all inventory and equipment of the Borrower (the "'
            'Collateral") pursuant to the Security Agreement',
            obj="the Loan Agreement",
            term="Collateral",
        ),
        passage(
            "The Obligations are secured by, among other things, a perfected security interest "
            "in and lien upon all of the Collateral granted by the Borrowers",
            asset="all of the Collateral",
        ),
        passage(
            "the Issuer's obligations under the Debentures are guaranteed by Ridley Tools, Inc. "
            "and are secured by the Pledged Collateral described in the Pledge Agreement",
            obj="the Debentures",
        ),
    ],
    rejects=[
        "the Obligations are secured by a Security Agreement dated as of May 1, 2006",
        "the obligations of the Borrower under the Credit Agreement are secured by liens on "
        "substantially all of its assets",
    ],
)


def extract_recited_collateral(ctx: DocContext, lo: int, sentence: str) -> None:
    """The defined collateral a recital says secures the deal's obligations SECURES the
    agreement (or the note) whose obligations they are."""
    for m in _RECITED.finditer(sentence):
        obj = m["obj"]
        if obj is None:
            targets = deal_agreement(ctx, "")
        elif re.search(r"(?:Notes?|Debentures?)$", obj):
            targets = instruments_in(ctx, obj)
        else:
            targets = guaranteed_agreement(ctx, obj)
        if not targets:
            continue
        term = m["term"] or re.sub(r"^(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)", "", m["asset"])
        evidence = trimmed(ctx, lo, lo + len(sentence))
        asset = add_asset(ctx, term, evidence)
        for t in targets:
            ctx.collector.relate("SECURES", asset, t, evidence)
