"""A party's jurisdiction from the representation of its organisation, where the list of
parties leaves it out: "Asset Holdings, Inc., a corporation (\"Borrower\")" and later
"Borrower is a corporation, duly organized and existing and in good standing under the laws of
the state of California". A user asks where the borrower is incorporated; the preamble of many
bank forms names no state, the representations do.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.parties.forms import place_of
from ingest.relations.slots import labelled
from ingest.rules import passage, rule

#: "The Borrower is a corporation duly organized, validly existing and in good standing under
#: the laws of the State of Ohio": one party, by its term, and the place it is organised in.
_ORGANIZED_UNDER = rule(
    "parties.organized_under",
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=\.\s\s))\s*(?:The\s+|the\s+)?(?P<term>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})"
    r"\s+is\s+(?:a|an)\s+(?:[a-z]+\s+){0,3}?(?:corporation|company|partnership|association|bank)"
    r"\b[^.;]{0,60}?\b(?:duly\s+)?(?:organized|organised|incorporated|formed)\b[^.;]{0,80}?"
    r"\bunder\s+the\s+laws\s+of\s+(?:the\s+)?(?:[Ss]tate|STATE|[Cc]ommonwealth)\s+of\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
    reads="a representation of a party's organisation: the party's term and its jurisdiction",
    matches=[
        passage(
            "Borrower is a corporation, duly organized and existing and in good standing under "
            "the laws of the state of California, without limit",
            term="Borrower",
            place="California",
        ),
        passage(
            "2.1 Organization. The Company is a limited liability company duly formed under the "
            "laws of the State of New Mexico.",
            term="Company",
            place="New Mexico",
        ),
    ],
    rejects=[
        "Each Borrower is a corporation duly organized under the laws of its state",
        "The Borrower and each Subsidiary is duly organized under the laws of Ohio",
        "such Person is a corporation organized under the laws of the State of Ohio",
    ],
)


def extract_organized_under(ctx: DocContext) -> None:
    """The jurisdiction a party's representation states, for a party that has none yet (the
    first representation of each party counts)."""
    seen: set[str] = set()
    for m in _ORGANIZED_UNDER.finditer(ctx.text):
        refs = labelled(ctx, ctx.lookup(m["term"]), "Party")
        if len(refs) != 1 or refs[0] in seen:
            continue
        seen.add(refs[0])
        give_jurisdiction(ctx, refs[0], m.start("term"), m.end(), m["place"])


def give_jurisdiction(ctx: DocContext, ref: str, start: int, end: int, place: str) -> None:
    """The party's jurisdiction, where it is an organization that has none yet (a first
    statement counts; a person has no jurisdiction of organization)."""
    party = ctx.collector.get(ref)
    if party is None or party.props.get("jurisdiction") or party.props.get("kind") == "person":
        return
    ctx.collector.add(ref, "Party", ctx.span(start, end), {"jurisdiction": place_of(place)})
