"""SECURES from a security document described with who executes it and what it grants, in a
credit agreement's own text: "(c) a Security Agreement, duly executed by the Borrower and
Acme Stores, LLC, granting the Bank a first priority security interest in all of their
personal property", "To secure the payment of the Obligations, the Borrower has executed and
delivered to the Bank a Stock Pledge Agreement pledging all of the capital stock of Acme Sub,
Inc. (the "Pledged Stock")".

Why a reader of its own: the grantor is the one who executes the document, named in a clause
between the document and its grant, where the grant readers look for a subject before "grants".
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset, defined_term
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import party_or_company, trimmed
from ingest.roles import listed_names
from ingest.rules import passage, rule

#: a security document's title: "Security Agreement", "Stock Pledge Agreement", "Mortgage"
_DOCUMENT = (
    r"(?P<doc>(?:[A-Z][\w-]*\s+){0,3}(?:Security|Pledge|Collateral)\s+Agreement|Mortgage"
    r"|Deed\s+of\s+Trust)"
)
#: what the document grants, up to its term, a comma or the sentence's end
_GRANT = (
    r",?\s+(?:granting|pledging|creating)\s+(?:to\s+)?(?:(?:the\s+)?[A-Z][\w-]*\s+)?"
    r"(?:(?:an?\s+)?(?:(?:first|continuing|valid|perfected)[\s-]+(?:priority\s+)?)*"
    r"(?:security\s+interests?|liens?)\s+(?:in|on|upon)\s+)?"
    r"(?P<asset>(?:all|substantially\s+all|the|its|their)\b[^.;,()]{2,120})"
)

_EXECUTED_BY_GRANTING = rule(
    "relations.delivered_grants.executed_by_granting",
    r"\b(?:an?|the)\s+" + _DOCUMENT + r"[^;()]{0,60}?,?\s+(?:duly\s+)?executed\s+"
    r"(?:and\s+delivered\s+)?by\s+(?P<by>[^;()]{2,160}?)" + _GRANT,
    reads="a security document, who executes it and what it grants (a closing delivery)",
    matches=[
        passage(
            "(c) a Security Agreement, duly executed by the Borrower and Acme Stores, LLC, "
            "granting the Bank a first priority security interest in all of their personal "
            "property.",
            by="the Borrower and Acme Stores, LLC",
            asset="all of their personal property",
        ),
    ],
    rejects=[
        "a Security Agreement duly executed by the Borrower.",
        "any Mortgage executed by a Subsidiary shall be recorded",
    ],
)
_DELIVERED_GRANTING = rule(
    "relations.delivered_grants.delivered_granting",
    r"(?:^|,\s+)(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,5})\s+"
    r"(?:has|have|shall|will)\s+(?:duly\s+)?execute[ds]?\s+and\s+deliver(?:ed|s)?\s+to\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:an?|the)\s+"
    + _DOCUMENT
    + r"[^;()]{0,60}?"
    + _GRANT,
    reads="a party that executes and delivers a security document, and what the document grants",
    matches=[
        passage(
            "To secure the Obligations, the Borrower has executed and delivered to the Bank a "
            "Stock Pledge Agreement of even date herewith pledging all of the capital stock of "
            'Acme Sub, Inc. (the "Pledged Stock").',
            by="the Borrower",
            asset="all of the capital stock of Acme Sub",
        ),
    ],
    rejects=[
        "The Borrower shall not execute and deliver to any Person a Security Agreement",
        "the Borrower has executed and delivered to the Bank a Note",
    ],
)


def extract_delivered_grants(ctx: DocContext, lo: int, sentence: str) -> None:
    """Who executes a security document the own text describes, and what it grants, SECURE
    the own credit agreement."""
    if not in_own_text(ctx, lo) or (own := secured_agreement(ctx)) is None:
        return
    for pattern in (_EXECUTED_BY_GRANTING, _DELIVERED_GRANTING):
        for m in pattern.finditer(sentence):
            evidence = trimmed(ctx, lo, lo + len(sentence))
            asset = defined_term(sentence[m.end() :]) or m["asset"].strip()
            ctx.collector.relate("SECURES", add_asset(ctx, asset, evidence), own, evidence)
            for s, e in listed_names(ctx.text, lo + m.start("by"), lo + m.end("by")):
                name = " ".join(ctx.text[s:e].split())
                if re.fullmatch(r"(?i)(?:the\s+)?(?:bank|lender|agent)s?", name):
                    continue  # the grantee, never a grantor
                for party in party_or_company(ctx, name, ctx.span(s, e)):
                    ctx.collector.relate("SECURES", party, own, evidence)
