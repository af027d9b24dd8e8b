"""A security document a credit agreement says its borrower enters into with the lender, and
what it grants: "In order to induce the Lenders to make the Loans, the Borrower is entering
into a Second Amended and Restated Pledge and Security Agreement with the Agent (the
"Security Agreement"), granting to the Agent a security interest in the Collateral described
therein".

The one who enters into it and the one it is entered into with are its parties; the one who
enters into it and what it grants SECURE the own credit agreement. Why a reader of its own:
the grant readers look for a subject right before "grants", and :mod:`.delivered_grants` for
"executed by"; here the grantor is the subject of "entering into", and the document's title
is its own (an "... Agreement and Collateral Assignment" title the closing lists never write).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.parties.role_words import role_of
from ingest.references.add import add_mention
from ingest.references.mentions import Mention
from ingest.relations.collateral import add_asset
from ingest.relations.obligations import secured_agreement
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

_ENTERING_INTO = rule(
    "relations.entered_security_documents.entering_into",
    r"(?:^|[,;]\s+|\bthat\s+)(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,4})"
    r"\s+(?:(?:is|are)\s+(?:concurrently\s+|simultaneously\s+)?entering|(?:has|have)\s+entered"
    r"|(?:shall|will)\s+enter)\s+into\s+(?:an?|the|that\s+certain)\s+"
    r"(?P<doc>(?:(?:[A-Z][\w-]*|and)\s+){0,8}?(?:Security|Pledge|Collateral)\s+(?:Agreement|Assignment)"
    r"(?:\s+and\s+(?:[A-Z][\w-]*\s+){0,2}(?:Agreement|Assignment))?)"
    r"(?P<dated>\s+(?:dated\s+(?:as\s+of\s+)?|of\s+)[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?"
    r"\s+with\s+(?:the\s+)?(?P<with>[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,4})"
    r"(?P<gap>[^;]{0,200}?)\b(?:granting|pledging|creating)\b[^;.]{0,80}?"
    r"\bsecurity\s+interests?\s+(?:in|on|upon)\s+(?:all\s+of\s+)?(?:the\s+)?"
    r"(?P<asset>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|all\b[^.;,()]{2,100})",
    reads="a party that enters into a security document with another, and what it grants",
    matches=[
        passage(
            "In order to induce the Lenders to make the Loans, the Borrower is entering into a "
            "Second Amended and Restated Pledge and Security Agreement with the Agent (the "
            '"Security Agreement"), granting to the Agent a security interest in the Collateral '
            "described therein.",
            by="the Borrower",
            doc="Second Amended and Restated Pledge and Security Agreement",
            asset="Collateral",
        ),
        passage(
            "Debtor has entered into a Security Agreement and Collateral Assignment dated as of "
            "May 1, 2002 with Harbor Bank, creating a first priority security interest in all of "
            "its accounts and inventory.",
            by="Debtor",
            asset="all of its accounts and inventory",
        ),
    ],
    rejects=[
        "the Borrower shall not enter into any Security Agreement with any Person granting a "
        "security interest in the Collateral",
        "the Borrower is entering into a Note Purchase Agreement with the Purchasers",
    ],
)
#: '(the "Security Agreement")': the term the document is defined by, between it and its grant
_TERM = re.compile(
    r"\(\s*(?:the\s+|herein\s+called\s+the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,60})[\"\u201d]\s*\)"
)


def extract_entered_security_documents(ctx: DocContext, lo: int, sentence: str) -> None:
    """The document entered into, its two parties, and SECURES of the own credit agreement from
    the grantor and the collateral granted (see the module doc). Evidence: the sentence."""
    if not in_own_text(ctx, lo) or (own := secured_agreement(ctx)) is None:
        return
    for m in _ENTERING_INTO.finditer(sentence):
        grantors = _own_parties(ctx, parties_named(ctx, m["by"]))
        if not grantors:
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        term = _TERM.search(m["gap"])
        mention = Mention(
            " ".join(m["doc"].split()),
            lo + m.start("doc"),
            lo + m.end("doc"),
            parse_date(m["dated"]) if m["dated"] else None,
            term["term"] if term else None,
        )
        document = add_mention(ctx, mention, evidence)
        # the term that names each party is its role there ("with the Agent": the Agent)
        for who, parties in ((m["by"], grantors), (m["with"], parties_named(ctx, m["with"]))):
            role = role_of(re.sub(r"^the\s+", "", who))
            for party in _own_parties(ctx, parties):
                ctx.collector.relate(
                    "PARTY_TO", party, document, evidence, {"role": role} if role else {}
                )
        asset = add_asset(ctx, " ".join(m["asset"].split()), evidence)
        ctx.collector.relate("SECURES", asset, own, evidence)
        for party in grantors:
            ctx.collector.relate("SECURES", party, own, evidence)


def _own_parties(ctx: DocContext, refs: list[str]) -> list[str]:
    """Of the parties a term names, those party to the own agreement when there are any: the
    "Agent" a sentence of the credit agreement means is its own agent, not the agent of an
    agreement its definitions mention."""
    own = [
        r
        for r in refs
        if any(
            k[0] == "PARTY_TO" and k[1] == r and k[2] == ctx.self_ref
            for k in ctx.collector.relations
        )
    ]
    return own or refs
