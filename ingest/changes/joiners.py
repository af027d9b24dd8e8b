"""The joiner of a lead-in's list at the end of one item's new definition: under "Section
1.01 is hereby amended:", the item "(c) by amending and restating the definition of "Rate" to
read as follows: "Rate" means 5% per annum; and" then "(d) by ...". The "; and" joins the
amendment's items; a definition ends on its own last words.

Vocabulary:
- *joiner*: "; and", "; or", "; and/or" closing an item of a list of instructions.
"""

from __future__ import annotations

from ingest.changes.quotes import DEFINITION_START
from ingest.rules import rule

_JOINER = rule(
    "changes.list_joiner",
    r"\s*;\s*(?:and/or|and|or)\s*$",
    reads="the end of one item's new definition under a lead-in: the list's joiner",
    matches=[
        '"Rate" means 5% per annum; and',
        '"Cap" means $1,000,000;  or\n',
        '"Cap" means $1,000,000; and/or',
    ],
    rejects=['"Rate" means 5% per annum.', '"Rate" means 5% per annum;', "the Borrower and"],
)


def cut_joiner(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A definition's wording without the list joiner it ends on (other wordings as they
    are: "(c) Liens on Equipment; and" is the restated clause's own)."""
    if span is None or not DEFINITION_START.match(text, span[0], span[1]):
        return span
    m = _JOINER.search(text, span[0], span[1])
    return (span[0], m.start()) if m else span
