"""The date a sentence of its own gives the notes an agreement requires: "Each Note shall be
dated the date hereof", "The Term Notes shall be dated as of the Closing Date", "Each Revolving
Note shall be dated as of March 3, 1997".

Exists because the note clause readers (:mod:`ingest.relations.evidencing_notes`) date a note
only from the clause that describes it ("a promissory note dated ..."); bank forms often
define the notes in one place and date them in the section that requires them. The date is set
on the notes the subject names (a term the document defined for an instrument, issued under
the own agreement) where none is known yet: "the date hereof" is the own agreement's date,
"the Closing Date" only where the agreement makes its closing date its own.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.references.closing_date import closing_date_is_own
from ingest.relations.slots import labelled, trimmed
from ingest.rules import passage, rule

_DATED = rule(
    "relations.notes_dated",
    r"\b(?:Each|The|Such|All)\s+(?:such\s+)?(?P<term>(?:[A-Z][\w-]*\s+){0,3}Notes?)\s+shall\s+"
    r"(?:each\s+)?be\s+dated\s+(?:as\s+of\s+)?(?:(?P<own>the\s+date\s+(?:hereof|of\s+this\s+"
    r"Agreement))|(?P<closing>the\s+Closing\s+Date)\b|(?=[A-Z][a-z]+\.?\s+\d))",
    reads="a sentence that dates the notes an agreement requires",
    matches=[
        passage("Each Note shall be dated the date hereof and shall bear interest", term="Note"),
        passage(
            "The Term Notes shall be dated as of the Closing Date.",
            term="Term Notes",
            closing="the Closing Date",
        ),
        passage("Each Revolving Note shall be dated as of March 3, 1997", term="Revolving Note"),
    ],
    rejects=[
        "Each Note shall be dated the date of its issuance",
        "Each Note delivered hereunder shall be dated the date hereof",
        "the Existing Notes were dated May 1, 1990",
    ],
)


def extract_note_dating(ctx: DocContext) -> None:
    """Date the notes a dating sentence names, where no date is known for them; evidence: the
    sentence."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return
    text = ctx.text
    for m in _DATED.finditer(text):
        if m["own"]:
            date = own.props.get("date")
        elif m["closing"]:
            date = own.props.get("date") if closing_date_is_own(text) else None
        else:
            found = find_dates(text, m.end(), m.end() + 40)
            date = found[0].iso if found and found[0].start == m.end() else None
        if not isinstance(date, str):
            continue
        term = " ".join(m["term"].split())
        notes = labelled(ctx, ctx.lookup(term), "Instrument") or labelled(
            ctx, ctx.lookup(term[:-1] if term.endswith("s") else term + "s"), "Instrument"
        )
        for ref in notes:
            e = ctx.collector.get(ref)
            if (
                e is not None
                and e.props.get("kind") == "note"
                and e.props.get("date") is None
                # only the own agreement's notes: never another's the text recites
                and ("ISSUED_UNDER", ref, ctx.self_ref) in ctx.collector.relations
            ):
                span = trimmed(ctx, m.start(), m.end())
                ctx.collector.add(ref, "Instrument", span, {"date": date})
