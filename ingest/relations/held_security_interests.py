"""SECURES from a security interest the lender is said to have, not one a grantor grants:
"Lender shall have a continuing security interest for the Indebtedness in, as well as the right
to set-off the obligations of Borrower hereunder against, all funds which Borrower may maintain
on deposit with Lender", "the Bank shall have a lien upon and a security interest in all
property of the Borrower in the Bank's possession".

Why a reader of its own: the grant readers (:mod:`.security`, :mod:`.security_grants`) start
from the grantor ("the Borrower hereby grants") or from the debt ("The Loans shall be secured
by"); bank-form agreements state the set-off and deposit security from the lender's side. The
holder must be the deal's creditor by its role word (the Lender, the Bank, the Agent, the
Secured Party); what is secured is the deal's agreement, read in its own text.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset, granted_assets
from ingest.relations.security_grants import _LIST_GOES_ON, _secured
from ingest.relations.slots import trimmed
from ingest.rules import passage, rule

_HOLDS_INTEREST = rule(
    "relations.held_security_interests.shall_have",
    r"\b(?:the\s+)?(?P<holder>(?:Administrative\s+|Collateral\s+)?Agent|Lenders?|Banks?"
    r"|Secured\s+Party)\s+shall\s+have\s+an?\s+"
    r"(?:(?:continuing|first|prior|perfected|valid)[\s-]+(?:priority\s+)?)*"
    r"(?:lien\s+(?:on|upon)\s+and\s+an?\s+)?security\s+interest\s+"
    r"(?:for\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+)?in"
    # "in, as well as the right to set-off ... against, all funds ...": the right beside it
    r"(?:,\s+as\s+well\s+as\s+[^,;]{1,200},)?\s+"
    r"(?P<asset>(?:all\s+of\s+|all\s+|the\s+|any\s+)[^.;,()]{3,120}?" + _LIST_GOES_ON + r")"
    r"(?=,|\s*[()]|\s+(?:which\s+shall|whether|now\s+or|to\s+secure|as\s+security)\b|[.;]|$)",
    reads="a security interest the deal's creditor is said to have in collateral",
    matches=[
        passage(
            "Lender shall have a continuing security interest for the Indebtedness in, as well "
            "as the right to set-off the obligations of Borrower hereunder against, all funds "
            "which Borrower may maintain on deposit with Lender, and Lender may apply them.",
            holder="Lender",
            asset="all funds which Borrower may maintain on deposit with Lender",
        ),
        passage(
            "the Bank shall have a lien upon and a security interest in all property of the "
            "Borrower in the Bank's possession or control which shall secure the Obligations.",
            holder="Bank",
            asset="all property of the Borrower in the Bank's possession or control",
        ),
    ],
    rejects=[
        "the Borrower shall have a security interest in the goods it sells.",
        "No Lender shall have any security interest in any Margin Stock.",
    ],
)

#: the sentence says the holder has it only on a condition, or has none
_NOT_STATED = re.compile(r"(?i)\b(?:if|unless|until|no|not|never|any\s+other)\b")


def extract_held_security_interests(ctx: DocContext, lo: int, sentence: str) -> None:
    """SECURES of the deal's agreement from the collateral a creditor "shall have a security
    interest in" (sentence at ``lo``), evidence: the sentence."""
    for m in _HOLDS_INTEREST.finditer(sentence):
        if _NOT_STATED.search(sentence[max(0, m.start() - 40) : m.start("asset")]):
            continue
        targets = _secured(ctx, lo, "")
        if not targets:
            return
        evidence = trimmed(ctx, lo, lo + len(sentence))
        # "... on deposit with Lender, and, subject to the foregoing, ...": no item of a list
        granted = re.sub(r",\s+(?:and|or)$", "", m["asset"])
        for described in granted_assets(ctx, granted, sentence[m.end() :]):
            asset = add_asset(ctx, described, evidence)
            for own in targets:
                ctx.collector.relate("SECURES", asset, own, evidence)
