"""Capacities written into a list of another agreement's parties: "among Acme Mortgage Company,
Harbor Savings Bank, Individually and as Agent, and Union Trust Company". The capacity belongs
to the name before it: "Individually" is no word of the bank's name, and "Agent" after "as"
is the role the bank takes, not a second party (read as a defined term, "Agent" would name
whoever is agent under the document that mentions the list).
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: " Individually": a capitalised capacity word a name run swallows at its end.
_INDIVIDUALLY_TAIL = rule(
    "parties.list_individually_tail",
    r"\s+(?:Individually|INDIVIDUALLY)$",
    reads="the end of a name run in a party list: the capacity word 'Individually'",
    matches=[
        passage("Harbor Savings Bank Individually", match=" Individually"),
        passage("UNION TRUST COMPANY INDIVIDUALLY", match=" INDIVIDUALLY"),
    ],
    rejects=["Harbor Savings Bank", "Individually Managed Accounts LLC"],
)

#: "..., as Agent", "and as Collateral Agent": the words before a capacity, not a party.
_AS_BEFORE = rule(
    "parties.list_as_capacity",
    r"(?<![Kk]nown)(?<![Ss]uch)(?<![Bb]usiness)(?<![Ss]ame)\s+(?:as|AS)\s+(?:the\s+|an?\s+)?$",
    reads="the words before a name run in a party list: 'as', so the run is a capacity",
    matches=[
        passage("Harbor Savings Bank, Individually and as ", match=" as "),
        passage("Union Trust Company, as the ", match=" as the "),
    ],
    rejects=["formerly known as ", "lenders such as ", "by and among "],
)


def individually_cut(text: str, start: int, end: int) -> int:
    """The end of the name run ``text[start:end]`` without a trailing "Individually"."""
    m = _INDIVIDUALLY_TAIL.search(text, start, end)
    return m.start() if m else end


def is_capacity(text: str, start: int) -> bool:
    """Whether the name run at ``start`` is the capacity of the name before it ("as Agent")."""
    return _AS_BEFORE.search(text, max(0, start - 40), start) is not None
