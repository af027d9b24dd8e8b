"""The amount on a LENDS_TO edge where the document states it once for that lender: for a
single lender, the amount of the one line of credit the own agreement makes available ("the
Bank agrees to make advances ... not to exceed ... ($10,000,000) (the "Line of Credit")"; the
defining clause, read before the principal of a note form attached with blanks), else the
principal of the one note the borrower issues and the lender holds ("Revolving Credit Note
... $5,000,000 ... to the order of the Bank": each lender's own note in a syndicate; never a
note payable to several lenders together, whose principal is none of theirs alone),
whichever reader found the lending (roles, a signature page, an operative sentence); else
the commitment a schedule lists beside the lender's name ("Schedule 2.01 - Commitments",
:mod:`ingest.relations.scheduled_commitments`), or a table of the body does
(:mod:`ingest.relations.commitment_tables`). A syndicate lender with none of these is left
alone: its share is not stated once.
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest.context import DocContext
from ingest.records import PropValue
from ingest.relations.commitment_tables import tabled_commitments
from ingest.relations.obligations import secured_agreement
from ingest.relations.provided_under import evidenced_notes_under
from ingest.relations.scheduled_commitments import scheduled_commitments
from ingest.structure.analysis import analyze


def extract_lent_amounts(ctx: DocContext) -> None:
    """Fill the amount, currency and instrument of LENDS_TO edges that have none; evidence:
    the clause stating the amount."""
    relations = ctx.collector.relations
    lending = [key for key in relations if key[0] == "LENDS_TO"]
    line = _one_line_of_credit(ctx) if len({source for _, source, _ in lending}) == 1 else None
    priced = [ref for ref, e in ctx.collector.entities.items() if e.props.get("amount") is not None]
    unpriced = [key for key in lending if relations[key].props.get("amount") is None]
    unpriced_lenders = list(dict.fromkeys(k[1] for k in unpriced))
    scheduled = scheduled_commitments(ctx, unpriced_lenders) or tabled_commitments(
        ctx, unpriced_lenders, _body_end(ctx)
    )
    for key in lending:
        _, lender, borrower = key
        if relations[key].props.get("amount") is not None:
            continue
        held = [
            ref
            for ref in priced
            if ("HOLDS", lender, ref) in relations
            and ("ISSUES", borrower, ref) in relations
            and _one_holder(relations, ref)
        ]
        source = ctx.collector.get(line or (held[0] if len(held) == 1 else ""))
        if source is None:
            if lender in scheduled:
                amount, start, end = scheduled[lender]
                ctx.collector.relate("LENDS_TO", lender, borrower, ctx.span(start, end), amount)
            continue
        props: dict[str, PropValue] = {
            "amount": source.props["amount"],
            "currency": source.props.get("currency"),
            "instrument": source.ref,
        }
        ctx.collector.relate("LENDS_TO", lender, borrower, source.evidence[0], props)


#: the kinds of own agreement that stand behind another agreement's loans (not amendments, whose
#: recited amounts may be the ones they change)
_SECURING_KINDS = frozenset({"security_agreement", "pledge_agreement", "guaranty", "joinder"})


def _body_end(ctx: DocContext) -> int:
    """Where the agreement's body ends: its signature pages (a table of commitments in the body
    stands before them)."""
    sig = analyze(ctx.text).signatures
    return sig.start if sig else len(ctx.text)


def _one_line_of_credit(ctx: DocContext) -> str | None:
    """The one credit facility with a stated amount the own agreement makes available (for a
    guaranty, pledge, security document or joinder: the one its recitals say the agreement it
    concerns makes available, "the Loan Agreement, pursuant to which the Bank has agreed to make
    revolving loans ... not to exceed $18,000,000 ... (the "Revolving Loans")"); for an
    amendment with none of its own, the one of the agreement it amends (the loans a section it
    restates makes, :mod:`ingest.instruments.restated_lending`)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    kind = own.props.get("kind") if own is not None else None
    under = evidenced_notes_under(ctx) if kind in _SECURING_KINDS else ctx.self_ref
    facilities = _priced_facilities(ctx, under)
    if not facilities and kind == "amendment":
        facilities = _priced_facilities(ctx, secured_agreement(ctx))
    return facilities[0] if len(facilities) == 1 else None


def _priced_facilities(ctx: DocContext, under: str | None) -> list[str]:
    """The credit facilities with a stated amount ISSUED_UNDER the agreement ``under``."""
    return [
        e.ref
        for e in ctx.collector.entities.values()
        if e.label == "Instrument"
        and e.props.get("kind") == "credit_facility"
        and e.props.get("amount") is not None
        and ("ISSUED_UNDER", e.ref, under) in ctx.collector.relations
    ]


def extract_lent_letters_of_credit(ctx: DocContext) -> None:
    """The amount on the one lender's LENDS_TO edges that still have none, when the agreement
    makes no credit facility at all and the lender extends credit only by issuing letters of
    credit under a cap ("to extend credit to Borrower in the form of commercial and standby
    letters of credit ... not to exceed $10,000,000"): the cap is what it lends. Read after
    :mod:`ingest.relations.lc_sublimits` gives the letters their cap; beside loans the cap is a
    sublimit of the facility, not what the bank lends, and is left alone."""
    relations = ctx.collector.relations
    lending = [key for key in relations if key[0] == "LENDS_TO"]
    if len({lender for _, lender, _ in lending}) != 1 or ctx.self_ref is None:
        return
    lender = lending[0][1]
    instruments = [
        e
        for e in ctx.collector.entities.values()
        if e.label == "Instrument" and ("ISSUED_UNDER", e.ref, ctx.self_ref) in relations
    ]
    if any(e.props.get("kind") == "credit_facility" for e in instruments):
        return
    capped = [
        e
        for e in instruments
        if e.props.get("kind") == "letter_of_credit"
        and e.props.get("amount") is not None
        and ("ISSUES", lender, e.ref) in relations
    ]
    if len(capped) != 1:
        return
    letters = capped[0]
    props: dict[str, PropValue] = {
        "amount": letters.props["amount"],
        "currency": letters.props.get("currency"),
        "instrument": letters.ref,
    }
    for key in lending:
        if relations[key].props.get("amount") is None:
            ctx.collector.relate("LENDS_TO", lender, key[2], letters.evidence[0], props)


def _one_holder(relations: Mapping[tuple[str, str, str], object], note: str) -> bool:
    """Whether one party alone holds ``note``."""
    return sum(1 for kind, _, target in relations if kind == "HOLDS" and target == note) == 1
