"""Attachments replaced or added each by its own attached namesake: "Exhibits B and D to the
Credit Agreement are hereby replaced with Exhibits B and D, respectively, attached hereto",
"Exhibit B-1 attached hereto is hereby added to the Lease". Each target's new wording is the
attachment bearing its own label, where the amendment attaches one.

Vocabulary:
- *attachment target*: a target named "Schedule 2.01", "Exhibit B", "Annex I", "Appendix 2"
  or "Attachment 3".
- *attached cue*: "attached hereto", "annexed to this Amendment" in the operative clause.
"""

from __future__ import annotations

import re

from ingest.changes.targets import Target
from ingest.changes.wording import attachment_labelled
from ingest.rules import rule

_ATTACHMENT = re.compile(r"(?:Schedule|Exhibit|Annex|Appendix|Attachment)\s+\S+\Z")
_ATTACHED_CUE = rule(
    "changes.attached_each_cue",
    r"(?i)\b(?:attached|annexed)\s+(?:hereto|to\s+this\s+(?:Amendment|Agreement)\b)",
    reads="an operation on exhibits or schedules: the words that say the new ones are attached "
    "to the amendment",
    matches=[
        "replaced with Exhibits B and D, respectively, attached hereto",
        "in the forms annexed to this Amendment",
    ],
    rejects=["as attached to the Credit Agreement", "attached as Exhibit B to the Agreement"],
)


def each_attached(
    text: str, found: list[Target], clause: str, clause_to: int
) -> list[tuple[int, int] | None] | None:
    """The attached wording of each attachment target, by its own label; none unless the
    operative clause says they are attached and at least one is found."""
    if not found or not _ATTACHED_CUE.search(clause):
        return None
    if not all(t.section and not t.term and _ATTACHMENT.match(t.section) for t in found):
        return None
    pieces = [attachment_labelled(text, t.section or "", clause_to) for t in found]
    return pieces if any(pieces) else None
