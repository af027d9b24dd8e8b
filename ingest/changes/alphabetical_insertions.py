"""Definitions added without the word "definitions": "Section 1.01 is amended by inserting
the following in the appropriate alphabetical order:" then the new definitions. The order
they go in is what says they are definitions; each one after the colon is ``add``, not one
change to the section that holds them.
"""

from __future__ import annotations

import re

from ingest.changes.definitions import opens_definition
from ingest.rules import rule

INSERTED_ALPHABETICALLY = rule(
    "changes.inserted_alphabetically",
    r"\b(?:add|adding|insert|inserting|added|inserted)\b[^:;.]{0,80}?\b(?:in|into)\s+"
    r"(?:the\s+|their\s+|its\s+)?(?:appropriate\s+|proper\s+|correct\s+|applicable\s+)?"
    r"alphabetic(?:al)?(?:ally)?\s+(?:order|sequence|place|position)s?\b",
    re.IGNORECASE,
    reads="an operative clause on a section: wording inserted in alphabetical order, which "
    "makes it new definitions",
    matches=[
        "is amended by inserting the following in the appropriate alphabetical order:",
        "is hereby amended by adding the following thereto in proper alphabetical sequence:",
    ],
    rejects=[
        "is amended by inserting the following at the end thereof:",
        "is amended by inserting the following new clause (e):",
    ],
)


def inserts_definitions(text: str, predicate: str, colon: int | None, end: int) -> bool:
    """Whether a clause inserts, in alphabetical order, wording after its colon that opens
    with a definition."""
    return (
        colon is not None
        and INSERTED_ALPHABETICALLY.search(predicate) is not None
        and opens_definition(text, colon + 1, end)
    )


#: "by adding the following terms:", "by inserting the following terms, each in its appropriate
#: place:": terms put in are new definitions, "new" said or not.
TERMS_ADDED = rule(
    "changes.terms_added",
    r"\b(?:add|adding|insert|inserting|include|including)\b(?:\s+(?:thereto|therein))?\s*,?\s+"
    r"(?:each\s+of\s+)?the\s+following\s+(?:defined\s+)?terms\b(?!\s+and\s+conditions)",
    re.IGNORECASE,
    reads="an operative clause over a block of definitions: the terms below put in, so each "
    "one is added",
    matches=[
        "is amended by inserting the following terms, each in its appropriate place:",
        "is hereby amended by adding thereto the following terms:",
        "is amended to include the following defined terms in alphabetical order:",
    ],
    rejects=[
        "is amended by restating the following terms in their entirety:",
        "is amended by adding the following terms and conditions at the end thereof:",
        "is amended by deleting the following terms:",
    ],
)
