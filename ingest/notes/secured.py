"""What secures a note written out in the document: "This Note is the Note referred to in
the Credit Agreement dated as of ..., is secured by the Collateral described therein and is
guaranteed by the Guaranty".

Why a step of its own: the relation readers run before an attached note becomes an instrument
(:mod:`ingest.agreements.exhibits`), so its "This Note" had no node to point at; the notes step
knows each note text and its node.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.extract import sentences
from ingest.relations.security import note_secured_by


def note_security(ctx: DocContext, note: str, start: int, end: int) -> None:
    """SECURES into ``note`` from each "This Note ... secured by" of its text ``[start, end)``."""
    for lo, hi in sentences(ctx.text[start:end]):
        sentence = ctx.text[start + lo : start + hi]
        if "secured" in sentence.lower():
            note_secured_by(ctx, start + lo, sentence, note)
