"""The term a note's "secured by" clause gives the collateral it describes: "This Note is
secured by all of Borrower's accounts, inventory, equipment and general intangibles, and all
proceeds thereof (the "Collateral"), as more fully described in ...".

Why a reader of its own: the "secured by" reader stops the description at its first comma, so
the asset would be named by the first item of a list ("all of Borrower's accounts"); the term
the clause defines for the whole list is the name the rest of the document uses.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.rules import passage, rule

_TERMED = rule(
    "relations.termed_collateral",
    r"^[^;()\"\u201c\u201d]{0,200}?\(\s*(?:(?:collectively|together)\s*,?\s+)?(?:the\s+)?"
    r"[\"\u201c](?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[\"\u201d]\s*\)",
    reads="the rest of a described collateral up to the parenthesis that names it: its term",
    mode="match",
    matches=[
        passage(
            ", inventory, equipment and general intangibles, and all proceeds thereof (the "
            '"Collateral"), as more fully described in the Security Agreement',
            term="Collateral",
        ),
        passage(
            ", fermentation tanks and bottling line of the Company located at 12 Mill Road, "
            'Salem, Oregon (collectively, the "Equipment"), pursuant to',
            term="Equipment",
        ),
    ],
    rejects=[
        ", pursuant to the Security Agreement (as amended) dated as of May 1, 2010",
        '; and by the Guaranty (the "Guaranty")',
    ],
)


def collateral_term(ctx: DocContext, after: str) -> str | None:
    """The term the parenthesis closing a collateral's description defines for it, unless the
    document uses that term for a party, an agreement or an instrument (a grantor's or a
    security document's term, not the collateral's)."""
    m = _TERMED.match(after)
    if m is None:
        return None
    term = m["term"]
    if any(
        (e := ctx.collector.get(ref)) is not None and e.label != "Asset" for ref in ctx.lookup(term)
    ):
        return None
    return term
