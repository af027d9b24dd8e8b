"""The agreement the notes and loans a document requires or recites are issued under.

Why a module of its own: the note clauses (:mod:`.evidencing_notes`) and the lending clauses
(:mod:`ingest.instruments.lines_of_credit`) both took the document's own agreement; a security
document (a security agreement, pledge, mortgage or deed of trust, guaranty) only recites the
notes and loans of the credit or loan agreement it secures ("the loans under the Credit
Agreement are evidenced by the Pledgor's promissory notes"), which are issued under that
agreement and never under the pledge.
"""

from __future__ import annotations

from ingest.amended_agreements import AMENDING_KINDS
from ingest.context import DocContext
from ingest.relations.obligations import secured_agreement

#: the kinds of an own document that secures another's debt and issues none of its own
_SECURING_KINDS = frozenset({"security_agreement", "pledge_agreement", "guaranty"})


def issuing_agreement(ctx: DocContext) -> str | None:
    """The own agreement; for an amendment, a waiver or consent (a letter that concerns a loan
    agreement issues no notes of its own) or a security document, the credit or loan agreement
    it concerns (the own one, when its title is a credit or loan agreement's, as a
    "Loan and Security Agreement"), else none."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return None
    if own.props.get("kind") in AMENDING_KINDS | _SECURING_KINDS:
        return secured_agreement(ctx)
    return ctx.self_ref
