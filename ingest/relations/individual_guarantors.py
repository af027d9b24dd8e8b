"""A person a definition of the guarantors names beside companies: '"Guarantor" means (a)
Halvern Capital Corporation, a Delaware corporation, (b) Mara Quell, and (c) every other
Person who agrees to guaranty the Indebtedness'. Small-business credit agreements take the
owner's personal guaranty; the owner is a guarantor as much as the parent company is.

Only a definition of the guarantors makes a person a party here (a list elsewhere may name
officers or a notice's addressee): a name that reads as a person's, that no term the document
defines is ("Pledged Accounts") and that holds no role word ("Domestic Subsidiary").
"""

from __future__ import annotations

from ingest.context import DocContext, norm_term
from ingest.defined_terms import find_definitions
from ingest.names import words
from ingest.parties.add import add_party
from ingest.parties.role_words import role_of
from ingest.records import Span
from ingest.signatures.signers import is_person


def individual_guarantor(ctx: DocContext, name: str, at: Span) -> list[str]:
    """The person ``name`` (cited at ``at``) as a new party, or none when it is no person's
    name."""
    if ctx.lookup(name) or not is_person(name) or any(role_of(w) for w in words(name)):
        return []
    if norm_term(name) in {norm_term(d.term) for d in find_definitions(ctx.text)}:
        return []
    return [add_party(ctx, name, at.start, at.end, kind="person")]
