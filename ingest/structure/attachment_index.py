"""Where the signature pages end when an index of the attachments follows them: a heading
("EXHIBITS", "SCHEDULES", "Exhibits and Schedules", "LIST OF EXHIBITS") alone on its line, then
one line per exhibit or schedule, its label and its title ("A-1  Revolving Note", "7.17
Partnerships/Joint Ventures (Section 7.17)").

Exists because an index whose lines carry no "Exhibit"/"Schedule" word (a converted table:
the label in one cell, the title in the next) starts no attachment of its own, so the
signature region ran on over it and its titles were read as signing companies
("Investments", "Partnerships/Joint Ventures": lenders of the agreement). Only the signature
region is cut there; the attachments are still found by their own headings
(:mod:`ingest.structure.headings`).
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

_INDEX_HEADING = rule(
    "structure.attachment_index_heading",
    r"^[ \t]*(?:(?:LIST|INDEX)[ \t]+OF[ \t]+)?(?:EXHIBITS|SCHEDULES|ANNEXES)"
    r"(?:[ \t]+AND[ \t]+(?:EXHIBITS|SCHEDULES|ANNEXES))?[ \t]*:?[ \t]*$"
    r"|^[ \t]*(?:(?:List|Index)[ \t]+of[ \t]+)?(?:Exhibits|Schedules|Annexes)"
    r"(?:[ \t]+and[ \t]+(?:Exhibits|Schedules|Annexes))?[ \t]*:?[ \t]*$",
    re.MULTILINE,
    reads="the heading of an index of the attachments, alone on its line after the signatures",
    matches=[
        passage("\n\nEXHIBITS\n\nExhibit\tContents\nA-1\n\nTerm Note\n"),
        passage("\nExhibits and Schedules\n\nExhibit A  Form of Note\n"),
        passage("\nLIST OF EXHIBITS:\nA  Security Agreement\n"),
        passage("\n  Schedules\n\n2.1\n\nCommitments\n"),
    ],
    rejects=[
        "the Exhibits and Schedules hereto are a part of this Agreement",
        "EXHIBITS TO CREDIT AGREEMENT",
        "Schedules 7.6 and 7.11",
        "EXHIBIT A",
        "exhibits",
    ],
)


def attachment_index_start(text: str, start: int, end: int) -> int | None:
    """The first index heading in ``text[start:end]``; None when there is none."""
    m = _INDEX_HEADING.search(text, start, end)
    return m.start() if m else None
