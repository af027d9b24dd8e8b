"""A provision replaced by naming it after the verb: "The Credit Agreement is hereby amended
by replacing Exhibit D thereto with Exhibit D attached hereto", "by deleting Schedule 2.1
and substituting therefor Schedule 2.1 hereto", "by replacing Section 6.3 thereof with the
following:", "Section 6.5 is amended by replacing clause (d) thereof with the following:". The
agreement or section is amended, but what the clause names after "replacing" (or
"deleting ... and substituting") is put anew whole (``replace``), not changed in part, as
"the words ... are replaced with" would be.

Vocabulary:
- *named provision*: a section, clause, schedule, exhibit or annex named right after the verb
  (and maybe "thereof", "thereto" or "to the Credit Agreement").
"""

from __future__ import annotations

import re

from ingest.changes.targets import NUM
from ingest.rules import rule

_NAMED = (
    # ("clause (d) thereof": a part of the section the clause names)
    rf"(?:(?:Section|clause|subsection|paragraph)s?\s+(?:{NUM}|(?:\([a-z0-9]{{1,4}}\))+)"
    r"|(?:Schedule|Exhibit|Annex|Appendix)\s+(?-i:[A-Z0-9])[\w.\-]*(?:\([a-z0-9]{1,3}\))?)"
    r"(?:\s*\([A-Z][^()]{0,60}\))?"  # its title in brackets: "Exhibit B (Form of Note)"
    r"(?:\s+(?:thereof|thereto|of\s+the\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){0,3}"
    r"|to\s+the\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){0,3}))?"
    r"(?:\s+in\s+(?:its|their)\s+entirety)?"
)

#: What puts it anew: the wording that follows, or the attachment of the amendment that takes its
#: place ("Exhibit D attached hereto"), never another provision ("with Section 6.5": a
#: reference swapped).
_ANEW = (
    r"(?:the\s+following\b|therefor\b|in\s+(?:lieu|place)\s+thereof\b"
    r"|(?:(?:therefor|in\s+(?:lieu|place)\s+thereof)\s+)?(?:a\s+new\s+)?"
    r"(?:Schedule|Exhibit|Annex|Appendix)\s+\S+(?:\s*\([^()]{0,60}\))?\s+"
    r"(?:attached\s+)?(?:hereto|to\s+this\s+Amendment)\b)"
)

REPLACING_NAMED = rule(
    "changes.replacing_named",
    rf"\b(?:replacing\s+{_NAMED}\s+with\s+{_ANEW}"
    rf"|(?:deleting|striking)\s+{_NAMED}\s+and\s+(?:by\s+)?"
    rf"(?:substituting|inserting|replacing\s+it\s+with)\s+{_ANEW})",
    re.IGNORECASE,
    reads="an operative clause's predicate: a provision named after the verb that replaces it",
    matches=[
        "is hereby amended by replacing Exhibit D thereto with Exhibit D attached hereto",
        "is amended by deleting Schedule 2.1 to the Credit Agreement and substituting therefor",
        "by deleting Exhibit D thereto and substituting Exhibit D attached hereto therefor",
        "is amended by replacing Section 6.3 thereof with the following:",
        "Section 6.5 is amended by replacing clause (d) thereof with the following:",
        "amended by replacing Exhibit B (Form of Note) in its entirety with Exhibit B hereto",
        "by replacing Annex A to the Credit Agreement with a new Annex A to this Amendment",
    ],
    rejects=[
        'is amended by replacing the words "Section 6.3" with "Section 6.4"',
        "is amended by replacing the reference to Section 6.3 with a reference to Section 6.4",
        'Section 6.3 is amended by deleting "$100" and substituting "$200" therefor',
        "is amended by replacing Section 6.3(b) and Section 6.3(c) of the Agreement",
        "Section 6.3 is amended by replacing Section 6.4 with Section 6.5 in clause (b)",
        'Section 6.5 is amended by replacing clause (d) thereof with "clause (e)"',
    ],
)
