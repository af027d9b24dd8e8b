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
("2019-03-05", also "2010/06/01" and "2010.06.01" as translated Asian contracts write it), a
day written as an ordinal word ("the first day of July, 2017", "this twenty-third day of March
2011", "the first of June, 2010"), the year after "in the year (of our Lord)" and the month
as a word between hyphens ("01-Jun-2010").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ingest.amounts import ORDINAL_WORDS
from ingest.rules import passage, rule

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
#: A day written as an ordinal word, as deeds and older agreements write it: "the first day of
#: July", "this twenty-first day of March", "the thirtieth day of June".
DAY_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(ORDINAL_WORDS, 1)},
    **{f"twenty-{w}": 20 + i for i, w in enumerate(ORDINAL_WORDS[:9], 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
_DAY_WORD = (
    r"(?:(?:twenty|thirty)[\s\-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|thirtieth)"
)
#: Words between a day and its year: "the 1st day of June in the year 2010", "... in the year
#: of our Lord 2010", "A.D. 2010".
_YEAR_WORDS = r"(?:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?(?:A\.?D\.?\s+)?"
#: An ordinal suffix, also as PDF-to-text conversion splits it ("18t h day of August", "the
#: 1 st day of June", where the superscript became a word of its own).
_ORD = r"(?:[ \t]?(?:s\s?t|n\s?d|r\s?d|t\s?h)|/(?:st|nd|rd|th)/)?"

DATE_RE = rule(
    "dates.date",
    # no letter or digit on either side; an underscore may be ("Date: ____June 1, 2010____")
    rf"(?<![^\W_])(?:(?P<m1>{_MONTH})\s+(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD}(?:[ \t]?,\s*|\s+)"
    rf"(?P<y1>\d{{4}})"
    rf"|(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}(?:\s*day\s+|\s+)of\s+(?P<m2>{_MONTH})[ \t]?(?:,\s*|\s+)"
    rf"{_YEAR_WORDS}(?P<y2>\d{{4}})"
    rf"|(?P<d4>\d{{1,2}}){_ORD}\s+(?P<m4>{_MONTH}),?(?:\s+day\s+of)?\s+(?P<y4>\d{{4}})"
    rf"|(?<!\d[/.\-])(?P<m3>\d{{1,2}})/(?P<d3>\d{{1,2}})/(?P<y3>\d{{4}}|\d{{2}})"
    rf"|(?<!\d[/.\-])(?P<m5>\d{{1,2}})-(?P<d5>\d{{1,2}})-(?P<y5>\d{{4}})"
    rf"|(?<!\d[/.\-])(?P<d6>\d{{1,2}})\.(?P<m6>\d{{1,2}})\.(?P<y6>\d{{4}})"
    rf"|(?<![\d/.\-])(?P<y7>(?:19|20)\d{{2}})[-/.](?P<m7>\d{{1,2}})[-/.](?P<d7>\d{{1,2}})"
    rf"|(?P<d8>{_DAY_WORD})\s+(?:day\s+)?of\s+(?P<m8>{_MONTH})[ \t]?,?\s+{_YEAR_WORDS}"
    rf"(?P<y8>\d{{4}})"
    rf"|(?<![\d/.\-])(?P<d9>\d{{1,2}})-(?P<m9>{_MONTH})-(?P<y9>\d{{4}}|\d{{2}}))"
    rf"(?![^\W_])(?![/.\-]\d)",
    re.IGNORECASE,
    reads="any text: a written date, in the shapes of the module docstring",
    matches=[
        passage(
            "made and entered into as of December 14, 2006, by and between",
            match="December 14, 2006",
        ),
        passage("dated as of Sept. 3rd, 1999", match="Sept. 3rd, 1999", m1="Sept.", d1="3"),
        passage("executed this 21st day of\nMarch, 2011 by", match="21st day of\nMarch, 2011"),
        passage("entered into on the 5th of March 2019", d2="5", m2="March", y2="2019"),
        passage("effective 13 January 2004", match="13 January 2004"),
        passage("Date: 7/1/98", match="7/1/98", m3="7", d3="1", y3="98"),
        passage("signed at Zurich on 01.07.2005", d6="01", m6="07", y6="2005"),
        passage("as of 2019-03-05 (the Effective Date)", y7="2019", m7="03", d7="05"),
        passage("December 1,2019", match="December 1,2019"),
        passage("made this 29thday of June, 2001", d2="29", m2="June", y2="2001"),
        passage("dated as of September 30/th/, 1999", match="September 30/th/, 1999"),
        passage("entered into this 20 March day of 1998", d4="20", m4="March", y4="1998"),
        passage("made this first day of July, 2017, by", d8="first", m8="July", y8="2017"),
        passage("executed this twenty-third day of\nMarch 2011", d8="twenty-third", y8="2011"),
        passage("dated the Thirtieth day of June, 1999", d8="Thirtieth", m8="June"),
        passage("made this 1st day of June in the year 2010, by", d2="1", y2="2010"),
        passage("the first of June, 2010", d8="first", m8="June", y8="2010"),
        passage("Signed: 01-Jun-2010", d9="01", m9="Jun", y9="2010"),
        passage("dated 7-March-11 between", d9="7", m9="March", y9="11"),
        passage("signed on 2010.06.01 in Shanghai", y7="2010", m7="06", d7="01"),
        passage("as of June the 1st, 2010", m1="June", d1="1"),
        passage("made the 1 st day of June,2010 by", d2="1", m2="June", y2="2010"),
        passage("dated June 22 nd, 2008", m1="June", d1="22"),
        passage("Date: ____June 1, 2010____", match="June 1, 2010"),
    ],
    rejects=[
        "Section 4.12 of the Credit Agreement, 2006 edition",
        "telephone 212-555-0123",
        "the 2019 Annual Report",
        "version 1/2/3/4",
        "payable on the first day of each month",
        "the second day of the Term",
        "the first of the Products, 2010 models",
        "from June 1 through 2010",
        "XJune 1, 2010",
        "the 12/14/2006x file",
        "Part No. 12-May-ABC",
        "release 2010.6.1.4 of the Software",
    ],
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
    elif m["m9"]:
        month, day, year = _month(m["m9"]), int(m["d9"]), _year(m["y9"])
    elif m["m7"]:
        month, day, year = int(m["m7"]), int(m["d7"]), int(m["y7"])
    elif m["d8"]:
        day = DAY_WORDS["-".join(re.findall(r"[a-z]+", m["d8"].lower()))]
        month, year = _month(m["m8"]), int(m["y8"])
    else:
        month = _month(m["m1"] or m["m2"] or m["m4"])
        day = int(m["d1"] or m["d2"] or m["d4"])
        year = int(m["y1"] or m["y2"] or m["y4"])
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


#: What no agreement dates: a filer's page footer ("Source: ACME CORP, 8-K, 11/6/2019", the
#: filing date), on its own line or run into one, and a page number before a month ("Page 2
#: May 2004").
_NOT_A_DATE = rule(
    "dates.not_a_date",
    r"(?im)^[ \t]*Source:[^\n]*$|\bSource:[ \t]+[^\n]{1,100}?,[ \t]*[\w/\-. ()]{1,30},[ \t]*$"
    r"|\bpage[ \t]*$",
    reads="the line before a date: a filer's page footer (also where a converted page ran it "
    "into the text's line) or a page number, which date nothing",
    matches=[
        "Source: ACME CORP, 8-K, ",
        "Page ",
        "continued on page ",
        "of this Agreement.   4   Source: ACME HOLDINGS INC, 10-Q, ",
        "the Licensed Products.   Source: ACME, INC., S-1/A, ",
    ],
    rejects=[
        "This Agreement is dated as of ",
        "Sources and uses of funds on ",
        "The data source: our records, as updated, as of ",
    ],
)


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
