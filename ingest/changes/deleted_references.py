"""A provision deleted whole while references to it elsewhere are put right in the same
sentence: "The definition of "Existing Agent" is hereby deleted in its entirety, and each
reference to "Existing Agent" is replaced with "Agent"", "by deleting the definition of "Term B
Loan" in its entirety and by substituting "Term Loan" for "Term B Loan" wherever it appears".
The replacing words are about the references, not the provision, which is deleted.

Vocabulary:
- *whole deletion*: the passive "is (hereby) deleted", or an active "deleting ..." with "in its
  entirety".
- *references swapped*: "and each (every, all, any) reference(s) ...", "and replacing each
  reference ...", "and substituting "X" for "Y"", "and replacing "Y" with "X"".
"""

from __future__ import annotations

import re

from ingest.changes.quotes import QUOTED
from ingest.rules import rule

_REFERENCES = (
    r"(?:(?:each|every|all|any)\s+(?:other\s+)?references?\b"
    r"|(?:replacing|substituting)\s+(?:each|every|all|any)\s+references?\b"
    rf"|(?:substituting|inserting)\s+{QUOTED}\s+(?:for|in\s+(?:lieu|place)\s+of)\s+{QUOTED}"
    rf"|replacing\s+{QUOTED}\s+with\s+{QUOTED})"
)

DELETED_REFERENCES_SWAPPED = rule(
    "changes.deleted_references_swapped",
    r"(?:\b(?:is|are)\s+(?:hereby\s+)?deleted\b(?:[^.;:]|\.(?=\d)){0,60}?"
    r"|\bdelet(?:ing|e)\b(?:[^.;:]|\.(?=\d)){0,150}?\bin\s+(?:its|their)\s+entirety)"
    rf"\s*,?\s+and\s*,?\s+(?:by\s+)?{_REFERENCES}",
    re.IGNORECASE,
    reads="the predicate of an operation on a provision: the provision deleted whole and the "
    "references to it replaced elsewhere, which deletes it",
    matches=[
        "is hereby deleted in its entirety, and each reference in the Credit Agreement to "
        '"Existing Agent" is replaced with a reference to "Agent".',
        'by deleting the definition of "Existing Agent" in its entirety and replacing each '
        'reference to "Existing Agent" with "Agent"',
        'by deleting the definition of "Term B Loan" in its entirety and by substituting "Term '
        'Loan" for "Term B Loan" wherever it appears',
        "is hereby deleted and all references to Section 7.5 are replaced with references to "
        "Section 7.6",
    ],
    rejects=[
        "is hereby deleted in its entirety and replaced with the following:",
        'by deleting the words "Existing Agent" and replacing each reference to it with "Agent"',
        "by deleting the definition in its entirety and substituting the following therefor:",
    ],
)
