"""A party's short name and jurisdiction from the definition of that name: "\"Detrex\" shall
mean Detrex Corporation, a Michigan corporation." Agreements whose opening names the parties by
reference (the borrowers listed on a schedule), without a state or without a defined term
("AGREEMENT dated as of ... among JOHNSON CONTROLS, INC., the LENDERS ... and CITIBANK, N.A.")
define each party's short name among the definitions, and the definition says where it is
organised. The short name is read before the parties' roles are ("Company", "Borrower"), so the
party the opening names bare takes the role its definition gives it.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.jurisdictions import JURISDICTIONS
from ingest.parties.organized_under import give_jurisdiction
from ingest.relations.slots import labelled, name_key
from ingest.rules import passage, rule

#: '"Holdings" shall mean Larkspur Holdings, Inc., a Delaware corporation': the term, the
#: party's name and the place it is organised in (a state or country written before the form)
_DEFINED_AS = rule(
    "parties.defined_as",
    r"[\"\u201c](?P<term>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[\"\u201d]\s+(?:shall\s+mean|means)"
    r"\s+(?P<name>[A-Z][\w&.'-]*(?:,?[ \t\n]+[\w&.'-]+){0,7}?),?\s+an?\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:corporation|company|partnership|association|bank)\b",
    reads="a definition of a party's short name: the term, the name and its jurisdiction",
    matches=[
        passage(
            '"Larkspur" shall mean Larkspur Holdings, Inc., a Delaware corporation.',
            term="Larkspur",
            name="Larkspur Holdings, Inc.",
            place="Delaware",
        ),
        passage(
            "\u201cParent\u201d means Tolland Mills LLC, an Ohio limited liability company, "
            "and its successors.",
            term="Parent",
            name="Tolland Mills LLC",
            place="Ohio",
        ),
    ],
    rejects=[
        '"Subsidiary" shall mean, as to any Person, a corporation of which shares are owned',
        '"Person" means an individual, a corporation, a partnership or a trust',
    ],
)


def extract_defined_as(ctx: DocContext) -> None:
    """The jurisdiction a party's definition states, for a party known by that term or that
    name (one party, no jurisdiction yet, not a person); a term no earlier step defined names
    the party known by that name."""
    for m in _DEFINED_AS.finditer(ctx.text):
        if m["place"].lower() not in JURISDICTIONS:
            continue  # "a Person", "a Restricted Subsidiary": no place
        by_name = "party:" + name_key(" ".join(m["name"].split()))
        refs = labelled(ctx, ctx.lookup(m["term"]), "Party")
        if not refs and (refs := labelled(ctx, [by_name], "Party")):
            ctx.define(m["term"], by_name)
        if len(refs) != 1:
            continue
        give_jurisdiction(ctx, refs[0], m.start("name"), m.end(), m["place"])
