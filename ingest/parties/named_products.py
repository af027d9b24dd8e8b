"""Products and brands a preamble names for a party read before them ("authorizes Beta,
Inc. ("Reseller") to resell licenses of the Acme Portals ("Portals")"): a capitalised run after
"the" that opens with a party's name and goes on with words no organisation's name holds is
what the party sells, never another party (the term it is given is the product's).
"""

from __future__ import annotations

from ingest.name_words import ORG_WORDS
from ingest.names import words
from ingest.parties.descriptions import Party
from ingest.parties.spellings import core_words
from ingest.rules import rule

#: "of the Acme Portals", "resell the Acme Platform": a lower-case article right before the
#: run. Alone it proves nothing ("and the Orbis Foundation" is a party): it is one of the
#: signs :func:`names_a_product` asks for.
_THE_BEFORE = rule(
    "parties.article_before_product",
    r"(?<![\w.])the[ \t]+$",
    reads="the list of parties: a lower-case 'the' right before a capitalised run",
    matches=["licenses of the ", "to market the "],
    rejects=["by and between ", "The ", "and ", "Corporation, "],
)


def names_a_product(text: str, start: int, run_text: str, found: list[Party]) -> bool:
    """Whether the run at ``start`` names a product of a party read before it: "the" right
    before it, a party's name (its core words, or one of its terms) opening it, and after
    that only words no organisation's name holds ("the Acme Foundation", "the Acme Europe
    GmbH" are bodies of their own)."""
    if not _THE_BEFORE.search(text, max(0, start - 8), start):
        return False
    ws = words(run_text)
    for party in found:
        for name in (party.run.text, *party.aliases):
            head = core_words(name)
            rest = ws[len(head) :]
            if head and rest and ws[: len(head)] == head and not set(rest) & ORG_WORDS:
                return True
    return False
