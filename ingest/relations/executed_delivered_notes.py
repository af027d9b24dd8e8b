"""The note a credit agreement names by its title as the evidence of a facility, and says who
executes it and to whom it is delivered: "The obligation of the Borrower to repay the Revolving
Advances shall be evidenced by the Revolving Credit Note substantially in the form of Exhibit
"A", which shall be duly executed by the Borrower and delivered to the Lender."

Exists because :mod:`ingest.relations.evidencing_notes` reads a clause that describes its note
("a promissory note of the Borrower payable to ..."), never one that points at a note by its
title ("the Revolving Credit Note"), whose maker and payee this shape writes after it instead;
such notes are often known only from the exhibit list ("Exhibit A - Revolving Credit Note"),
so the reader runs after the exhibits. The one who executes the note ISSUES it, the one it is
delivered to HOLDS it, and it is ISSUED_UNDER the document's own agreement (the clause says
what shall be).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.references.keys import norm_title
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_PARTY = r"[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,3}"

_EXECUTED_DELIVERED = rule(
    "relations.executed_delivered_notes.evidenced_by_titled_note",
    r"\bevidenced\s+by\s+the\s+(?P<note>(?:[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|of)\s+){0,6}?)?Notes?)\b,?"
    r"(?:\s+(?:substantially\s+)?in\s+the\s+form\s+(?:of|attached\s+(?:hereto\s+)?as)\s+"
    r"(?:Exhibit|EXHIBIT)\s+[\"\u201c]?[\w.-]+[\"\u201d]?(?:\s+hereto)?)?,?\s+"
    r"which\s+(?:shall|will)\s+be\s+(?:duly\s+)?executed\s+by\s+(?:the\s+)?(?P<by>"
    + _PARTY
    + r")\s+and\s+delivered\s+to\s+(?:the\s+)?(?P<to>"
    + _PARTY
    + r")(?=[\s.,;:()]|$)",
    reads="a titled note that evidences a facility, then who executes it and to whom it is "
    "delivered",
    matches=[
        passage(
            "the aggregate unpaid principal amount of the Revolving Advances shall be evidenced "
            'by the Revolving Credit Note substantially in the form of Exhibit "A", which shall '
            "be duly executed by the Borrower and delivered to the Lender.",
            note="Revolving Credit Note",
            by="Borrower",
            to="Lender",
        ),
        passage(
            "shall be evidenced by the Line of Credit Note, which will be executed by Tallis Foods "
            "and delivered to the Bank;",
            note="Line of Credit Note",
            by="Tallis Foods",
            to="Bank",
        ),
    ],
    rejects=[
        "shall be evidenced by a promissory note of the Borrower payable to the Lender",
        "evidenced by the Term Note, which the Borrower has executed and delivered to the Bank",
    ],
)


def extract_executed_delivered_notes(ctx: DocContext) -> None:
    """ISSUES, HOLDS and ISSUED_UNDER of each known note the shape names. Evidence: the
    clause."""
    if ctx.self_ref is None:
        return
    text = ctx.text
    for m in _EXECUTED_DELIVERED.finditer(text):
        note = _known_note(ctx, " ".join(m["note"].split()))
        if note is None:
            continue
        makers = parties_named(ctx, m["by"])
        holders = parties_named(ctx, m["to"])
        if not makers or not holders:
            continue
        evidence = trimmed(ctx, m.start(), m.end())
        for maker in makers:
            ctx.collector.relate("ISSUES", maker, note, evidence)
        for holder in holders:
            ctx.collector.relate("HOLDS", holder, note, evidence)
        ctx.collector.relate("ISSUED_UNDER", note, ctx.self_ref, evidence)


def _known_note(ctx: DocContext, title: str) -> str | None:
    """The instrument the document knows by this term or title."""
    refs = labelled(ctx, ctx.lookup(title), "Instrument")
    if refs:
        return refs[0]
    want = norm_title(title)
    for ref, e in ctx.collector.entities.items():
        if e.label == "Instrument" and norm_title(str(e.props.get("title") or "")) == want:
            return ref
    return None
