"""A party's short-name term, then its capacity and a term for that capacity: `THE FIRST
NATIONAL BANK ("First"), as Administrative Agent ("Agent")`. The second term names the same
party, in the capacity it was just given.

Separate from :data:`ingest.parties.cues.SECOND_TERMS`, which reads only a descriptor between
two terms and never a capacity: "as agent for the lenders (the "Lenders")" gives the lenders
their term, not the agent. Here the capacity must name the role the term does.
"""

from __future__ import annotations

import re

from ingest.names import singular
from ingest.rules import passage, rule

#: Between a party's first term and a second one: its capacity alone, "as" and up to four
#: words with no preposition or list word ("as agent for the Lenders" goes on to others).
CAPACITY_BEFORE_TERM = rule(
    "parties.capacity_before_term",
    r"[\"\u201d]?\s*\)\s*,?\s*(?:individually\s+and\s+)?as\s+(?:the\s+|an?\s+)?"
    r"(?P<capacity>(?:(?!(?:and|or|for|of|on|to|under|with)\b)[A-Za-z][\w-]*\s+){0,3}"
    r"(?!(?:and|or|for|of|on|to|under|with)\b)[A-Za-z][\w-]*)\s*",
    reads="a capacity between a party's short-name term and the term for that capacity",
    matches=[
        passage('"), as Administrative Agent ', capacity="Administrative Agent"),
        passage("\u201d), as collateral agent ", capacity="collateral agent"),
        passage('") as Trustee ', capacity="Trustee"),
    ],
    rejects=[
        '"), as agent for the lenders ',
        '"), and Orland Holdings, Inc., as Agent ',
        '"); as Agent ',
    ],
    mode="fullmatch",
)


def capacity_names_term(between: str, term: str) -> bool:
    """Whether ``between`` is only a capacity ending in the word the term ends in: "as
    Administrative Agent" before ("Agent"), "as collateral agent" before (the "Collateral
    Agent"); never "as Issuing Bank" before (the "Lenders")."""
    m = CAPACITY_BEFORE_TERM.fullmatch(between)
    if m is None:
        return False
    last = re.findall(r"[A-Za-z][\w-]*", term)
    return bool(last) and singular(m["capacity"].split()[-1].lower()) == singular(last[-1].lower())
