"""The agreement the instruments a document provides for are issued under, judged by the kind
of the document's own agreement rather than read from a clause.

Usually the document's own agreement. An amendment's new notes are the amended agreement's, and
a waiver or consent letter about a loan agreement issues no notes of its own. A security
document (a security agreement, pledge, mortgage or deed of trust) or a guaranty issues nothing
either: its recitals tell the credit its obligor gets ("the loans under the Credit Agreement
are evidenced by the Pledgor's promissory notes", "the Loan is evidenced by a Promissory Note
... made by Borrower payable to the order of Lender"), and that credit is issued under the
credit or loan agreement the document secures or guarantees ("the agreement it concerns",
:func:`ingest.relations.obligations.secured_agreement`).

The readers differ in which kinds of own agreement borrow another agreement's instruments
(the rest issue under the own agreement), one function each:

- :func:`evidenced_notes_under` (notes said to evidence the loans): amendment, waiver,
  consent, security document, guaranty and joinder;
- :func:`facility_under` (a line of credit the document establishes): the same but amendment;
- :func:`delivered_notes_under` (notes delivered to listed lenders): amendment only;
- :func:`letters_of_credit_under` (letters of credit provided for): amendment and guaranty.

Two letter of credit readers do not ask here: the letters of credit a promise names by a term of
their own (:mod:`.termed_letters_of_credit`) are any own agreement's, and those named one by one
(:mod:`.named_letters_of_credit`) any own agreement's but an amendment's.

Why four: each reader's choice is what its tests pin. An amendment that sets up a line of
credit ("the Line of Credit") makes a facility of its own, while the notes it says evidence its
loans are the amended agreement's; the other differences were never reconciled, and one rule
for all would change what the readers extract.

Not to be confused with the readers of a clause that *says* what an instrument is issued
under: :mod:`ingest.notes.issuing_agreement` (a note's own text: "This Note is referred to in
... the Credit Agreement") and :mod:`.issued_under` (any sentence whose subject is an
instrument: "the Warrants that were issued under the Purchase Agreement").
"""

from __future__ import annotations

from ingest.amended_agreements import AMENDING_KINDS
from ingest.context import DocContext
from ingest.relations.obligations import secured_agreement
from ingest.relations.slots import labelled

#: the kinds of own agreement whose instruments are another agreement's
_BORROWED_KINDS = AMENDING_KINDS | {"security_agreement", "pledge_agreement", "guaranty", "joinder"}


def evidenced_notes_under(ctx: DocContext) -> str | None:
    """The agreement of the notes and loans a document says evidence its debt: the own
    agreement; for an amendment, waiver, consent, security document, guaranty or joinder, the
    credit or loan agreement it concerns (the own one when its title is a credit or loan
    agreement's, as a "Loan and Security Agreement"), else none."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return None
    if own.props.get("kind") in _BORROWED_KINDS:
        return secured_agreement(ctx)
    return ctx.self_ref


def facility_under(ctx: DocContext) -> str | None:
    """The agreement of a line of credit the document establishes: as
    :func:`evidenced_notes_under`, but an amendment's facility is its own."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is not None and own.label == "Agreement" and own.props.get("kind") == "amendment":
        return ctx.self_ref
    return evidenced_notes_under(ctx)


def delivered_notes_under(ctx: DocContext) -> str | None:
    """The agreement of notes a clause delivers to listed lenders: the own agreement, or the
    one it amends."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return None
    return secured_agreement(ctx) if own.props.get("kind") == "amendment" else ctx.self_ref


def letters_of_credit_under(ctx: DocContext) -> str | None:
    """The agreement of the letters of credit a document provides for: the one an amendment or
    a guaranty concerns (none when it names none), else the own agreement, else the one the
    document defines as "Agreement" (a letter of credit application under a credit
    agreement)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is not None and (own.props.get("kind") == "amendment" or _guaranty_own(ctx)):
        # an amendment's letters of credit are the amended agreement's: "Section 2.1 of the
        # Agreement is amended ... the Bank agrees to ... issue Letters of Credit"; those a
        # guaranty's recitals tell of, the guaranteed agreement's
        return secured_agreement(ctx)
    if own is not None and own.label == "Agreement" and ctx.self_ref:
        return ctx.self_ref
    defined = labelled(ctx, ctx.lookup("Agreement"), "Agreement")
    return defined[0] if defined else None


def _guaranty_own(ctx: DocContext) -> bool:
    """Whether the document's own agreement is a guaranty (it issues no instrument itself)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    return own is not None and own.label == "Agreement" and own.props.get("kind") == "guaranty"
