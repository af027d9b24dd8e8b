"""Whether a note clause's subject is a facility the agreement itself provides: "Facility B is
evidenced by Borrower's Term Note", "The Line is evidenced by the Revolving Note".

Exists because the note clause reader (:mod:`.evidencing_notes`) takes a note as one the
agreement provides for by its operative words ("shall be evidenced", "hereunder") and as a
loan's note by a loan word before it; a bank form states in the present tense that a facility it
names by a term ("Facility B", "the Equipment Line") is evidenced by a note. A facility a reader
made ISSUED_UNDER the agreement is the agreement's own: its note is issued under it too, and
held by its lender.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.rules import passage, rule

_FACILITY_SUBJECT = rule(
    "relations.facility_note_subject",
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Facility(?:\s+[A-Z0-9]{1,2}\b)?|Line(?:\s+of\s+Credit)?|Loans?"
    r"|Advances?|Tranche\s+[A-Z0-9]{1,2}\b)",
    reads="a facility's term before a note clause: its subject",
    matches=[
        passage("Facility B is evidenced by", match="Facility B"),
        passage("The Equipment Line is evidenced by", match="The Equipment Line"),
    ],
    rejects=["the obligations are evidenced by", "each advance is evidenced by"],
)


def evidences_own_facility(ctx: DocContext, before: str, under: str | None) -> bool:
    """Whether ``before`` (the clause before its note) names a facility ISSUED_UNDER ``under``."""
    if under is None:
        return False
    for m in _FACILITY_SUBJECT.finditer(before):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            for ref in ctx.lookup(" ".join(words[-n:])):
                if ("ISSUED_UNDER", ref, under) in ctx.collector.relations:
                    return True
    return False
