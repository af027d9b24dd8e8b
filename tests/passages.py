"""Extracting a passage written in a drafting shape, and reading the facts a rule's test checks.

Every rule is tested on passages composed in the general shape it reads; these helpers keep
those tests about the shape, not about walking an :class:`~ingest.records.Extraction`.
"""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

OWN = "agreement:self"


def extract_text(text: str) -> Extraction:
    """The extraction of ``text`` as one document."""
    return extract(SourceDocument(text=text, path="passage.txt"))


def entity_names(x: Extraction) -> dict[str, str]:
    """Entity ref -> its name (a party) or title (an agreement or instrument)."""
    return {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}


def edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """The relations of one type as (source name, target name)."""
    n = entity_names(x)
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == type_}


def own_roles(x: Extraction) -> dict[str, object]:
    """Party name -> the role its PARTY_TO edge to the passage's own agreement states."""
    n = entity_names(x)
    return {
        n[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == OWN
    }


def own_parties(text: str) -> dict[str, tuple[str, ...]]:
    """Name -> aliases of the parties made party to the passage's own agreement."""
    ex = extract_text(text)
    to_own = {r.source for r in ex.relations if r.type == "PARTY_TO" and r.target == OWN}
    return {
        str(e.props["name"]): e.aliases
        for e in ex.entities
        if e.label == "Party" and e.ref in to_own
    }
