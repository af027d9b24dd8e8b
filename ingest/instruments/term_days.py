"""The last day of a line of credit its lending clause gives by a defined term: "advances ...
up to and including the Business Day immediately preceding the Line of Credit Maturity Date",
with ""Line of Credit Maturity Date" means August 25, 2016" among the definitions.

A document with several facilities defines a maturity date for each ("Revolving Loan Maturity
Date", "Term Loan Maturity Date"): the one the clause names is the facility's.
"""

from __future__ import annotations

import re

from ingest.dates import parse_date
from ingest.references.titles import DATE
from ingest.rules import passage, rule

#: a day term a lending clause uses: "the Line of Credit Maturity Date", "the Revolving
#: Termination Date"
_DAY_TERM_USED = rule(
    "instruments.day_term_used",
    r"\bthe\s+(?P<term>(?:(?:[A-Z][\w-]*|of)\s+){0,5}(?:Maturity|Termination|Expiration)\s+Date)\b",
    reads="a lending clause: the defined term that names the last day of its credit",
    matches=[
        passage(
            "immediately preceding the Line of Credit Maturity Date, not to exceed",
            term="Line of Credit Maturity Date",
        ),
        passage("until the Revolving Termination Date", term="Revolving Termination Date"),
    ],
    rejects=["until the maturity date of the Note", "the Closing Date"],
)


#: a definition's day that is the first of several, the scheduled one the others may bring
#: forward: "the earlier of (a) March 1, 2004 and (b) the date the Commitments terminate", "the
#: earliest to occur of June 30, 2002 or the date on which ..."
_EARLIER_OF = rule(
    "instruments.earlier_of_day",
    r"(?:the\s+)?earli(?:er|est)(?:\s+to\s+occur)?\s+of\s*:?\s+(?:\((?:a|i|1)\)\s*)?",
    reads="a day term's definition that gives the scheduled day before the events that end the "
    "credit sooner",
    matches=[
        passage("the earlier of (a) March 1, 2004 and", match="the earlier of (a) "),
        passage("the earliest to occur of June 30, 2002 or", match="the earliest to occur of "),
    ],
    rejects=["the later of March 1, 2004 and"],
)


def term_last_day(text: str, clause: str) -> str | None:
    """The date the document's definition gives the first day term ``clause`` uses, when that
    definition is a plain date (""Line of Credit Maturity Date" means August 25, 2016") or
    opens on one ("the earlier of (a) August 25, 2016 and (b) ..."); the term may stand
    unquoted at the head of its line, as definitions lists whose terms lost their quotes
    write it ("Commitment Termination Date shall mean the earliest to occur of ...")."""
    for used in _DAY_TERM_USED.finditer(clause):
        words = r"\s+".join(map(re.escape, used["term"].split()))
        d = re.search(
            rf"(?:[\"\u201c]{words}[\"\u201d]|(?:^|\n)[ \t]*{words})\s+"
            rf"(?:means|shall\s+mean|is)\s+(?:{_EARLIER_OF.pattern})?(?P<date>{DATE})",
            text,
        )
        if d:
            return parse_date(d["date"])
    return None
