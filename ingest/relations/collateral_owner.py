"""Whose the collateral a "secured by" clause names is: "The Obligations shall be secured by a
first priority security interest in all of the Company's equipment, inventory and accounts":
the Company, whose assets stand behind the debt, secures it as a grantor does.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.slots import parties_named
from ingest.rules import passage, rule

_COLLATERAL_OWNER = rule(
    "relations.collateral_owner",
    r"(?:(?:substantially\s+)?all\s+(?:of\s+)?)?(?:(?P<owner>(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3})[\u2019']s\s+"
    # "secured by the Agent's Liens", "the Lender's first priority security interest": the
    # possessive names who holds the lien (the secured party), not whose assets it is on
    r"(?!(?i:(?:(?:first|second|senior)[\s-]+priority\s+|perfected\s+|continuing\s+)*"
    r"(?:liens?|security\s+interests?|charges?|mortgages?|pledges?))\b)"
    r"|(?:the\s+)?(?:assets|property|properties)\s+of\s+"
    r"(?P<of>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b(?!\s+and\b)"
    # "all accounts, inventory, equipment and general intangibles of the Borrower": a list of
    # classes of personal property whose owner closes it (never shares or notes "of" a company:
    # their issuer is not their owner)
    r"|(?:the\s+)?[a-z][^.;()]{0,160}?\b(?:accounts(?:\s+receivable)?|inventory|inventories"
    r"|equipment|intangibles|receivables|fixtures|goods|chattel\s+paper)\s+of\s+"
    r"(?P<classes_of>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*$)",
    reads="whose the collateral a 'secured by' clause names is (its owner)",
    mode="match",
    matches=[
        passage("all of the Company's equipment, inventory and accounts", owner="the Company"),
        passage("substantially all assets of the Borrower", of="the Borrower"),
        passage(
            "all accounts, inventory, equipment and general intangibles of the Borrower",
            classes_of="the Borrower",
        ),
        passage("all of the receivables and inventory of Holdings", classes_of="Holdings"),
    ],
    rejects=[
        "the Collateral",
        "all assets of the Company and its subsidiaries",
        "all of the issued and outstanding shares of the Subsidiary",
        "all accounts of the Borrower and its Subsidiaries",
        # the lien's holder, not the collateral's owner
        "the Agent's Liens",
        "the Lender\u2019s first priority security interest in the Collateral",
        "the Collateral Agent's perfected lien on all assets",
    ],
)


def collateral_owners(ctx: DocContext, asset: str, secured: str) -> list[str]:
    """The parties whose collateral ``asset`` describes ("all of the Company's equipment"), as
    securing the agreement ``secured``. A note is secured by its maker's assets, not by its
    maker: the owner secures an agreement only, as a grantor does."""
    target = ctx.collector.get(secured)
    m = _COLLATERAL_OWNER.match(asset)
    if m is None or target is None or target.label != "Agreement":
        return []
    owner = m["owner"] or m["of"] or m["classes_of"]
    return [p for p in parties_named(ctx, owner) if p != secured]
