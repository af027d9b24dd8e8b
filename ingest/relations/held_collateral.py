"""Where granted funds or property are held, said after the words that end the description of
the collateral: "a security interest in all funds of the Borrower now or hereafter or from time
to time on deposit with the Lender" grants the funds on deposit with the Lender, not all the
Borrower's funds. The place is part of the asset's description, and so is the rest of a street
address the grant's words stop inside ("the real property located at 1450 Industrial Parkway,
Valdosta, Lowndes County, Georgia": the list of collateral ends at a comma, the address not).
"""

from __future__ import annotations

import re

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


#: a granted description that ends inside a street address ("the real property located at
#: 1450 Industrial Parkway"): the grant's list stops at the comma before the city
_AT_ADDRESS = re.compile(
    r"(?i)\b(?:located|situated|situate|lying)\s+(?:at|on)\s+\d[\w-]*\s+[A-Z][^,;()]{1,60}$"
    r"|\b(?:commonly\s+)?known\s+as\s+\d[\w-]*\s+[A-Z][^,;()]{1,60}$"
)

_ADDRESS_GOES_ON = rule(
    "relations.held_collateral.address_goes_on",
    r"(?P<rest>(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}){1,3})"
    r"(?=\s*[,.;(]|\s+(?:and|together|now|whether|as|to|which|in)\b|\s*$)",
    reads="right after a granted street address: its city, county and state",
    matches=[
        passage(
            ", Valdosta, Lowndes County, Georgia, together with all fixtures",
            rest=", Valdosta, Lowndes County, Georgia",
        ),
        passage(", Dallas, Texas.", rest=", Dallas, Texas"),
    ],
    rejects=[", whether now owned or hereafter acquired", ", and all proceeds thereof"],
    mode="match",
)


def address_rest(granted: str, after: str) -> str:
    """The rest of a street address a granted description ends in (", Dallas, Texas"), else
    "": real property is described by its whole address, not by its street alone."""
    if not _AT_ADDRESS.search(granted):
        return ""
    m = _ADDRESS_GOES_ON.match(after)
    return m["rest"] if m else ""
