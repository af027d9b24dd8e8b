"""The agreement the notes, letters of credit and loans a document provides for are issued
under.

Usually the document's own agreement. An amendment's new notes are the amended agreement's;
and a guaranty issues nothing: its recitals tell the credit its obligor gets ("the Loan is
evidenced by a Promissory Note ... made by Borrower payable to the order of Lender"), and
what that credit is issued under is the credit or loan agreement the guaranty stands behind.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.obligations import secured_agreement

#: the kinds of own agreement whose instruments are another agreement's
_BORROWED_KINDS = frozenset({"amendment", "guaranty"})


def issuing_agreement(ctx: DocContext) -> str | None:
    """The own agreement, or for an amendment or a guaranty the agreement it amends or
    guarantees (None when the document names none it can be)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return None
    if own.props.get("kind") in _BORROWED_KINDS:
        return secured_agreement(ctx)
    return ctx.self_ref


def guaranty_own(ctx: DocContext) -> bool:
    """Whether the document's own agreement is a guaranty (it issues no instrument itself)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    return own is not None and own.label == "Agreement" and own.props.get("kind") == "guaranty"
