"""Where the signature pages end when the next attachment's label stands in quotation marks,
as Texas bank forms write it: `EXHIBIT “A”` over a notice of borrowing the borrower signs.

Only the signature region is cut there. The attachments themselves are still found by the
unquoted headings of :mod:`ingest.structure.headings` (and the notes among them by the appended
regions): the blocks of a form after the own signature pages are no signatures of the own
agreement ("The undersigned ACME INC. ... By: ____" under the lenders' caption is no lender).
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

_QUOTED_ATTACHMENT_HEADING = rule(
    "structure.quoted_attachment_heading",
    r"^[ \t]*(?:EXHIBIT|SCHEDULE|ANNEX|APPENDIX|Exhibit|Schedule|Annex|Appendix)[ \t]+"
    r"[\"\u201c][A-Z0-9][A-Za-z0-9.()\-]{0,6}[\"\u201d][ \t]*$",
    re.MULTILINE,
    reads="an attachment's heading whose label stands in quotation marks, on a line of its own",
    matches=[
        passage("\nEXHIBIT \u201cA\u201d\nNOTICE OF BORROWING"),
        passage('\nSchedule "2(e)"\nEXISTING LETTERS OF CREDIT'),
    ],
    rejects=[
        'as set forth in Exhibit "A" hereto',
        'Exhibit "A"  Promissory Note',  # a line of an index of exhibits
        "EXHIBIT A",
    ],
)


def quoted_attachment_start(text: str, start: int, end: int) -> int | None:
    """The first quoted attachment heading in ``text[start:end]``; None when there is none."""
    m = _QUOTED_ATTACHMENT_HEADING.search(text, start, end)
    return m.start() if m else None
