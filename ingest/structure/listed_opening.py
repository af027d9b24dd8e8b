"""An opening that lists its parties one to a line and closes with the operative words, with
no "between" or "among" and no defined terms::

                          LOAN AGREEMENT

                     HARBOR POINT REALTY TRUST,
                  FIRST UNION BANK OF OHIO, N.A.,
                         KEYSTONE BANK, N.A.
                                and
                  FIRST UNION BANK OF OHIO, N.A.,
                as Administrative Agent for the Banks,
           agree as follows as of the 3rd day of March, 1997:

The names are in capitals, so the preamble's cues (:mod:`ingest.structure.preamble`) read the
paragraph as a cover page; the list lines and the closing words tell it apart from one.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: A line of the list: a name in capitals ended by a comma ("KEYSTONE BANK, N.A.,").
_LIST_LINE = rule(
    "structure.listed_opening_line",
    r"(?m)^[ \t]*[A-Z][A-Z0-9&.,'\\/\- ]{2,90},[ \t]*$",
    reads="a line of an opening that lists its parties: a name in capitals ended by a comma",
    matches=[
        passage("\n   KEYSTONE BANK, N.A.,\n", match="   KEYSTONE BANK, N.A.,"),
        passage("\n  HARBOR POINT REALTY TRUST,\n", match="  HARBOR POINT REALTY TRUST,"),
    ],
    rejects=["\nas Administrative Agent for the Banks,\n", "\nARTICLE 1 - DEFINITIONS\n"],
)

#: The closing words: the listed parties, after a comma, "agree as follows" (the date may follow).
_AGREE_CLOSE = rule(
    "structure.listed_opening_close",
    r",\s*(?:hereby\s+)?agree\s+as\s+follows\b",
    re.IGNORECASE,
    reads="where an opening that lists its parties closes: ', agree as follows (as of ...)'",
    matches=[
        passage(
            "as Agent,\n  agree as follows as of the 3rd day of March, 1997:",
            match=",\n  agree as follows",
        ),
        passage("KEYSTONE BANK, N.A., HEREBY AGREE AS FOLLOWS:", match=", HEREBY AGREE AS FOLLOWS"),
    ],
    rejects=[
        "NOW, THEREFORE, the parties agree as follows:",
        "the parties hereto agree as follows",
    ],
)

#: Words of the paragraph that closes the recitals, which also ends in "agree as follows" ("NOW,
#: THEREFORE, in consideration of ..., the parties, intending to be bound, agree as follows").
_RECITALS_CLOSE = rule(
    "structure.listed_opening_not_recitals",
    r"\bNOW,?\s+THEREFORE\b|\bconsideration\b|\bWHEREAS\b|\bintending\b",
    re.IGNORECASE,
    reads="the words of a paragraph that closes the recitals, not one that lists the parties",
    matches=[
        passage("NOW, THEREFORE, the parties", match="NOW, THEREFORE"),
        passage("In consideration of the premises", match="consideration"),
    ],
    rejects=["HARBOR POINT REALTY TRUST,\nKEYSTONE BANK, N.A.,"],
)

#: How many list lines the opening needs (two parties at least, before the last).
_MIN_LINES = 2


def lists_parties_then_agrees(par: str) -> bool:
    """Whether the paragraph ``par`` is an opening that lists its parties one to a line (in
    capitals, each ended by a comma) and closes with ", agree as follows"."""
    close = _AGREE_CLOSE.search(par)
    if close is None or _RECITALS_CLOSE.search(par, 0, close.start()):
        return False
    return len(_LIST_LINE.findall(par, 0, close.start())) >= _MIN_LINES
