"""A document that defines its "Closing Date" as its own date ("'Closing Date' means the date
of this Agreement", "shall mean the effective date of this Agreement") dates what it calls
"dated as of the Closing Date" (a guaranty, a note, a security agreement) with its own date.

Where the Closing Date is a later event ("the date on which the conditions of Section 4.1 are
satisfied"), or not defined, such a mention stays undated.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.rules import passage, rule

#: the definition that makes the Closing Date the own agreement's date
_CLOSING_IS_OWN_DATE = rule(
    "references.closing_date_is_own_date",
    r"[\"\u201c]Closing\s+Date[\"\u201d]\s+(?:shall\s+mean|means|is|shall\s+be)\s+"
    r"(?:the\s+(?:effective\s+)?date\s+(?:of\s+this\s+(?:[A-Z]\w+\s+){0,2}Agreement|hereof)"
    r"|the\s+Effective\s+Date)\s*[.;]",
    reads="a definition: the Closing Date is the own agreement's date",
    matches=[
        '"Closing Date" means the date of this Agreement.',
        '"Closing Date" shall mean the effective date of this Agreement.',
        "\u201cClosing Date\u201d means the date hereof;",
        '"Closing Date" means the date of this Credit Agreement.',
    ],
    rejects=[
        '"Closing Date" means the date on which the conditions set forth in Section 4.1 are met.',
        '"Closing Date" means the date of this Agreement or such later date as the Bank agrees.',
        '"Closing Date" means the date of the initial Loan.',
    ],
)

#: "dated as of the Closing Date", "dated the Closing Date", "of even date with the Closing Date"
DATED_CLOSING = rule(
    "references.dated_closing_date",
    r"dated\s+(?:as\s+of\s+)?the\s+Closing\s+Date\b",
    reads="the text after a mentioned title: it is dated the Closing Date",
    matches=[
        passage(" dated the Closing Date executed by", match="dated the Closing Date"),
        passage(" dated as of the Closing Date (the", match="dated as of the Closing Date"),
    ],
    rejects=[" delivered on the Closing Date", " dated as of the Closing Dates of each Loan"],
)


@lru_cache(maxsize=4)
def closing_date_is_own(text: str) -> bool:
    """Whether ``text`` defines its Closing Date as its own date."""
    return _CLOSING_IS_OWN_DATE.search(text) is not None
