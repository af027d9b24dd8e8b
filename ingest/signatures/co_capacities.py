"""A co-title as the capacity a bank signs in: "NATIONSBANK OF TEXAS, N.A. / as Co-Agent and as
a Lender", "as Co-Arranger". The role words read "Co-Agent" as one hyphenated word that is no
role word, so the capacity was dropped with the rest of the line and the bank kept only its
other capacity ("Lender").

Only the agents' and arrangers' co-titles: a co-borrower's or co-obligor's capacity is the
borrowers' (:mod:`ingest.signatures.co_titles`).
"""

from __future__ import annotations

from ingest.rules import passage, rule

_CO_CAPACITY = rule(
    "signatures.co_capacity",
    r"(?i)(?P<qual>(?:(?:administrative|syndication|documentation|managing|lead)[ \t]+)?)"
    r"co-(?P<head>agent|arranger|manager|lead[ \t]+arranger)s?",
    reads="a co-title a bank signs in: Co-Agent, Co-Arranger, Co-Lead Arranger",
    matches=[
        passage("Co-Agent", head="Agent"),
        passage("CO-ARRANGER", head="ARRANGER"),
        passage("Co-Lead Arranger", head="Lead Arranger"),
    ],
    rejects=["Co-Borrower", "co-obligors", "Agent", "Co-Agent Bank"],
    mode="fullmatch",
)


def co_capacity(part: str) -> str | None:
    """ "Co-Agent" for "co-agent" (one part of a capacity, articles already cut); None unless
    the part is an agent's or arranger's co-title."""
    m = _CO_CAPACITY.fullmatch(part.strip())
    if m is None:
        return None
    qual = " ".join(w.capitalize() for w in m["qual"].split())
    head = " ".join(w.capitalize() for w in m["head"].split())
    return f"{qual} Co-{head}".strip()
