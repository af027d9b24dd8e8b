"""A definition deleted and a new one put in its place, in one operation on the section that
holds it: "Section 1.1 is amended by deleting the definition of "Termination Date" and
substituting the following:" then the new definition. The definition is restated whole
(``replace``), not changed in part, though the section's verb is "amended by".

Vocabulary:
- *definition swap*: "deleting (in its entirety) the (existing) definition of "X" (in its
  entirety) and substituting / replacing it with / inserting in lieu thereof" the new one; or
  several at once, "the existing definitions of "X" and "Y" and substituting the following",
  each restated by its own new definition below.
"""

from __future__ import annotations

import re

from ingest.changes.quotes import QUOTED
from ingest.rules import rule

DEFINITION_SWAP = rule(
    "changes.definition_swap",
    r"\b(?:deleting|striking)\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:the\s+)?(?:existing\s+)?"
    rf"definitions?\s+of\s+{QUOTED}(?:\s*,?\s*(?:and\s+)?{QUOTED})*"
    r"(?:\s+(?:set\s+forth|contained|appearing)\s+(?:therein|in\s+such\s+Section))?"
    r"(?:\s+in\s+(?:its|their)\s+entirety)?\s*,?\s+and\s+(?:by\s+)?"
    r"(?:substituting|replacing\s+(?:it|them|the\s+same)|inserting\s+in\s+(?:lieu|place)\s+thereof"
    r"|inserting\s+the\s+following\s+in\s+(?:lieu|place)\s+thereof)\b",
    re.IGNORECASE,
    reads="the predicate of an operation on a section: a definition it holds deleted and a new "
    "one substituted, which restates the definition whole",
    matches=[
        'is amended by deleting the definition of "Termination Date" and substituting the '
        "following:",
        "by deleting in its entirety the definition of “Applicable Rate” and replacing it with "
        "the following:",
        'by deleting the definition of "Borrowing Base" in its entirety and inserting in lieu '
        "thereof the following:",
        'by deleting the existing definitions of "Eligible Accounts" and "Inventory Sublimit" '
        "and substituting the following in lieu thereof:",
        "by deleting the definitions of “Loan Limit”, “Term Loan” and “Term Note” and "
        "replacing the same with the following:",
    ],
    rejects=[
        'by deleting the definition of "LIBOR" in its entirety.',
        'by deleting the words "or Affiliate" in the definition of "Person" and substituting',
        'by deleting the definition of "LIBOR" and adding the following new definition:',
        'by deleting the existing definitions of "Loan" and "Note" in their entirety.',
    ],
)
