"""The agreement the notes and loans a document provides for or recites are issued under.

Usually the document's own agreement. An amendment's new notes are the amended agreement's, and
a waiver or consent letter about a loan agreement issues no notes of its own. A security
document (a security agreement, pledge, mortgage or deed of trust) or a guaranty issues nothing
either: its recitals tell the credit its obligor gets ("the loans under the Credit Agreement
are evidenced by the Pledgor's promissory notes", "the Loan is evidenced by a Promissory Note
... made by Borrower payable to the order of Lender"), and that credit is issued under the
credit or loan agreement the document secures or guarantees.

Why a module of its own: the note clauses (:mod:`.evidencing_notes`) and the lending clauses
(:mod:`ingest.instruments.lines_of_credit`, which keeps an amendment's own facility) both took
the document's own agreement. The letters of credit (:mod:`.letters_of_credit`) read only
:func:`guaranty_own` here: theirs are the agreement an amendment or a guaranty concerns, and a
waiver's, consent's or security document's own. (:mod:`ingest.notes.issuing_agreement`, of
the same name, reads the agreement a note's own text says it is issued under.)
"""

from __future__ import annotations

from ingest.amended_agreements import AMENDING_KINDS
from ingest.context import DocContext
from ingest.relations.obligations import secured_agreement

#: the kinds of own agreement whose instruments are another agreement's
_BORROWED_KINDS = AMENDING_KINDS | {"security_agreement", "pledge_agreement", "guaranty", "joinder"}


def issuing_agreement(ctx: DocContext) -> str | None:
    """The own agreement; for an amendment, waiver, consent, security document or guaranty, the
    credit or loan agreement it concerns (the own one when its title is a credit or loan
    agreement's, as a "Loan and Security Agreement"), else none."""
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
