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
    r"(?:\s+[A-Z][\w-]*){0,3})[\u2019']s\s+|(?:the\s+)?(?:assets|property|properties)\s+of\s+"
    r"(?P<of>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b(?!\s+and\b))",
    reads="whose the collateral a 'secured by' clause names is (its owner)",
    mode="match",
    matches=[
        passage("all of the Company's equipment, inventory and accounts", owner="the Company"),
        passage("substantially all assets of the Borrower", of="the Borrower"),
    ],
    rejects=["the Collateral", "all assets of the Company and its subsidiaries"],
)


def collateral_owners(ctx: DocContext, asset: str, secured: str) -> list[str]:
    """The parties whose collateral ``asset`` describes ("all of the Company's equipment"), as
    securing the agreement ``secured``. A note is secured by its maker's assets, not by its
    maker: the owner secures an agreement only, as a grantor does."""
    target = ctx.collector.get(secured)
    m = _COLLATERAL_OWNER.match(asset)
    if m is None or target is None or target.label != "Agreement":
        return []
    return [p for p in parties_named(ctx, m["owner"] or m["of"]) if p != secured]
