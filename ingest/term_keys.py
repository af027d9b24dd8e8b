"""The key a defined term is looked up by: "the Borrower", "“Borrower”" and "borrower" are one
term. A leaf of its own, so that the readers the document context builds its reading text
with (:mod:`ingest.bare_parenthesised_terms` asks :mod:`ingest.parties.role_words`) can compare
terms without importing that context.
"""

from __future__ import annotations


def norm_term(term: str) -> str:
    """Normalise a defined term for lookup: case, curly quotes, a leading "the", spaces."""
    t = term.replace("\u201c", "").replace("\u201d", "").replace('"', "").strip().lower()
    if t.startswith("the "):
        t = t[4:]
    return " ".join(t.split())
