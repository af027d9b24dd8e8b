"""Dates as drafted in agreements, to ISO ``YYYY-MM-DD``.

Shapes: "December 14, 2006", "Dec. 14, 2006", "December 30th, 2022", "14th day of December,
2006", "the 13th day of January, 2004" (also "the 18t h day", as converted PDFs split it, "the
29thday", and "September 30/th/, 1999", EDGAR's way of writing a superscript), "the 20 March
day of 1998",
"13 January 2004", "12/14/2006", "July 11 , 2006"; numeric dates with a two-digit year
("7/7/98", "03/24/06"), day first where the first number cannot be a month ("13/07/05",
"29/3/18"), with hyphens ("12-23-2019") or, European style and day first, with dots
("01.07.2005"). Line breaks inside a date
("December\\n14, 2006") are common in EDGAR text and accepted, as are a comma without its space
("December 1,2019"), a day without "day" ("the 5th of March, 2019") and the ISO form
("2019-03-05").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
#: An ordinal suffix, also as PDF-to-text conversion splits it ("18t h day of August").
_ORD = r"(?:s\s?t|n\s?d|r\s?d|t\s?h|/(?:st|nd|rd|th)/)?"

DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORD}(?:[ \t]?,\s*|\s+)(?P<y1>\d{{4}})"
    rf"|(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}(?:\s*day\s+|\s+)of\s+(?P<m2>{_MONTH})[ \t]?,?\s+"
    rf"(?:A\.?D\.?\s+)?"
    rf"(?P<y2>\d{{4}})"
    rf"|(?P<d4>\d{{1,2}}){_ORD}\s+(?P<m4>{_MONTH}),?(?:\s+day\s+of)?\s+(?P<y4>\d{{4}})"
    rf"|(?<!\d[/.\-])(?P<m3>\d{{1,2}})/(?P<d3>\d{{1,2}})/(?P<y3>\d{{4}}|\d{{2}})"
    rf"|(?<!\d[/.\-])(?P<m5>\d{{1,2}})-(?P<d5>\d{{1,2}})-(?P<y5>\d{{4}})"
    rf"|(?<!\d[/.\-])(?P<d6>\d{{1,2}})\.(?P<m6>\d{{1,2}})\.(?P<y6>\d{{4}})"
    rf"|(?<![\d/.\-])(?P<y7>(?:19|20)\d{{2}})-(?P<m7>\d{{2}})-(?P<d7>\d{{2}}))\b(?![/.\-]\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    iso: str


def _month(word: str) -> int:
    return _MONTH_NUMBERS[word.lower().rstrip(".")[:3]]


def _year(digits: str) -> int:
    """A two-digit year as filings write it: "98" is 1998, "05" is 2005."""
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 50 else 2000
    return year


def _iso(m: re.Match[str]) -> str | None:
    if m["m3"] or m["m5"]:
        first, second = int(m["m3"] or m["m5"]), int(m["d3"] or m["d5"])
        year = _year(m["y3"] or m["y5"])
        # month first as US filings write it, unless the first number cannot be a month
        month, day = (second, first) if first > 12 else (first, second)
    elif m["m6"]:
        month, day, year = int(m["m6"]), int(m["d6"]), int(m["y6"])
    elif m["m7"]:
        month, day, year = int(m["m7"]), int(m["d7"]), int(m["y7"])
    else:
        month = _month(m["m1"] or m["m2"] or m["m4"])
        day = int(m["d1"] or m["d2"] or m["d4"])
        year = int(m["y1"] or m["y2"] or m["y4"])
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


#: What no agreement dates: a filer's page footer ("Source: ACME CORP, 8-K, 11/6/2019", the
#: filing date) and a page number before a month ("Page 2   May 2004").
_NOT_A_DATE = re.compile(r"(?im)^[ \t]*Source:[^\n]*$|\bpage[ \t]*$")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every valid date in ``text[start:end]``, with offsets into ``text``."""
    out: list[DateMatch] = []
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        iso = _iso(m)
        line = text.rfind("\n", 0, m.start()) + 1
        if iso and not _NOT_A_DATE.search(text, line, m.start()):
            out.append(DateMatch(m.start(), m.end(), iso))
    return out


def parse_date(text: str) -> str | None:
    """ISO form of the first date written in ``text``, or None."""
    found = find_dates(text)
    return found[0].iso if found else None
