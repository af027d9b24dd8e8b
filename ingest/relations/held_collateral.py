"""Where granted funds or property are held, said after the words that end the description of
the collateral: "a security interest in all funds of the Borrower now or hereafter or from time
to time on deposit with the Lender" grants the funds on deposit with the Lender, not all the
Borrower's funds. The place is part of the asset's description.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_HELD_WITH = rule(
    "relations.held_collateral.held_with",
    r"\s+(?:now\s+or\s+(?:at\s+any\s+time\s+)?hereafter(?:\s+or\s+from\s+time\s+to\s+time)?\s+)?"
    r"(?P<where>(?:on\s+deposit\s+with|held\s+by|maintained\s+with|in\s+the\s+possession\s+of)"
    r"\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})",
    reads="right after a granted asset: where the funds or property granted are held",
    matches=[
        passage(
            " now or hereafter or from time to time on deposit with the Lender, with",
            where="on deposit with the Lender",
        ),
        passage(" held by the Bank", where="held by the Bank"),
    ],
    rejects=[" now owned or hereafter acquired", " on deposit with any bank"],
    mode="match",
)


def held_with(after: str) -> str | None:
    """The place the text right after a granted asset says it is held ("on deposit with the
    Lender"), else None."""
    m = _HELD_WITH.match(after)
    return m["where"] if m else None
