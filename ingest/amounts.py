"""Money, percentages and per-share prices as drafted, to plain numbers.

"$60,000,000", "U.S. $75,000,000", "US $5,000,000.00", "$2.5 million",
"Sixty Million Dollars ($60,000,000)" (the figure in parentheses is authoritative, the words
are read when there is none), "7%", "seven percent (7%)", "$28.06 per share".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.rules import passage, rule

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A dollar figure typed in a table's cell (a signature page's commitment, a schedule's row):
#: the sign, thousands separators, cents or none ("$ 25,000,000", "$7,500,000.00").
TYPED_DOLLARS = r"\$[ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?"
#: Dollars that are not US dollars: "CAD$", "Cdn$", "C$", "AUD $", "A$", "S$", "HK$", in
#: capitals only (a sentence's "A $5,000 fee" is no Australian amount), the letter glued to
#: the sign unless it is a three-letter code.
_OTHER_DOLLAR = r"(?-i:\b(?:(?:CAD|CDN|AUD|SGD|HKD|NZD)\s?\$|(?:Cdn|C|A|S|HK|NZ)\$))"
#: A currency written as its ISO code alone before the figure, as project-finance and
#: non-US drafts write it: "CAD 7,500,000", "GBP 2,000,000", "CAD100,000" (capitals only).
_ISO_CODE = r"(?-i:\b(?:CAD|AUD|GBP|CHF|SGD|HKD|NZD)\s?(?=\d))"
MONEY_RE = rule(
    "amounts.money",
    rf"(?P<cur>U\.\s?S\.\s?\$|US\s?\$|USD\s?\$?|{_OTHER_DOLLAR}|{_ISO_CODE}|\$|€|£|EUR\s)\s?"
    rf"(?P<num>{_NUMBER})"
    r"(?:\s+(?P<scale>million|billion|thousand)\b)?",
    re.IGNORECASE,
    reads="any text: an amount of money in figures, its currency and scale",
    matches=[
        passage("a principal amount of $60,000,000", num="60,000,000"),
        passage("up to U.S. $75,000,000.00", cur="U.S. $", num="75,000,000.00"),
        passage("US$5,000,000", cur="US$"),
        passage("a fee of $2.5 million", num="2.5", scale="million"),
        passage("EUR 10,000", cur="EUR "),
        passage("\u20ac250,000", num="250,000"),
        passage("a facility of CAD$40,000,000", cur="CAD$", num="40,000,000"),
        passage("up to AUD $2,500,000", cur="AUD $"),
        passage("a loan of C$1,250,000", cur="C$"),
        passage("A $5,000 fee is payable", cur="$", num="5,000"),
        passage("a facility in the amount of CAD 7,250,000", cur="CAD ", num="7,250,000"),
        passage("not less than GBP250,000", cur="GBP", num="250,000"),
    ],
    rejects=["Section 5,000", "2.5 million shares", "#100", "the CAD drawings", "cad 500"],
)
PERCENT_RE = rule(
    "amounts.percent",
    rf"(?P<num>{_NUMBER})\s?(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
    reads="any text: a percentage in figures",
    matches=[
        passage("interest at 7% per annum", num="7"),
        passage("seven percent (7.25 percent)", num="7.25"),
        passage("a rate of 12.5 per cent", num="12.5"),
    ],
    rejects=["seven percent", "the percentage of Lenders"],
)
PER_SHARE_RE = rule(
    "amounts.per_share",
    rf"\$\s?(?P<num>{_NUMBER})\s+per\s+(?:share|Warrant\s+Share|share\s+of\s+Common\s+Stock)",
    re.IGNORECASE,
    reads="any text: a price per share",
    matches=[
        passage("an Exercise Price of $28.06 per share", num="28.06"),
        passage("$1.00 per Warrant Share", num="1.00"),
        passage("$0.50 per share of Common Stock", num="0.50"),
    ],
    rejects=["$28.06 in cash", "28.06 per share"],
)

UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
#: "first" ... "twentieth": ordinal words, as amendments are numbered and days are written.
ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_TENS = {
    w: 10 * i
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_CURRENCY = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "eur": "EUR",
    **{f"{k}$": "CAD" for k in ("cad", "cdn", "c")},
    **{f"{k}$": "AUD" for k in ("aud", "a")},
    **{f"{k}$": "SGD" for k in ("sgd", "s")},
    **{f"{k}$": "HKD" for k in ("hkd", "hk")},
    **{f"{k}$": "NZD" for k in ("nzd", "nz")},
    **{code.lower(): code for code in ("CAD", "AUD", "GBP", "CHF", "SGD", "HKD", "NZD")},
}
WORDS_RE = rule(
    "amounts.number_words",
    r"\b(?:(?:" + "|".join([*UNITS, *_TENS, *_SCALES, "and"]) + r")[\s-]+)*"
    r"(?:" + "|".join([*UNITS, *_TENS, *_SCALES]) + r")\b",
    re.IGNORECASE,
    reads="the words before 'Dollars' or 'percent': a number in words",
    matches=[
        passage("Sixty Million", match="Sixty Million"),
        passage(
            "in the sum of One Hundred Twenty-Five Thousand",
            match="One Hundred Twenty-Five Thousand",
        ),
        passage("two and one", match="two and one"),
    ],
    rejects=["the aggregate amount", "someone"],
)


#: "Five Million Dollars": an amount written in words only.
_DOLLAR_WORDS = rule(
    "amounts.dollar_words",
    r"(?P<w>[A-Za-z\s-]+?)\s+Dollars\b",
    re.IGNORECASE,
    reads="a clause stating an amount in words only: the words before 'Dollars'",
    matches=[
        passage("Five Million Dollars", w="Five Million"),
        "in the amount of Forty-Two dollars",
    ],
    rejects=["$5,000,000", "Dollar General"],
)
#: "Seven Percent": a rate written in words only.
_PERCENT_WORDS = rule(
    "amounts.percent_words",
    r"(?P<w>[A-Za-z\s-]+?)\s+(?:percent|per\s+cent)\b",
    re.IGNORECASE,
    reads="a clause stating a rate in words only: the words before 'percent'",
    matches=[
        passage("Seven Percent", w="Seven"),
        passage("two and one-half per cent", w="two and one-half"),
    ],
    rejects=["7%", "percentage"],
)


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str = "USD"

    @property
    def plain(self) -> int | float:
        """The value as an int when it is whole (what the graph stores)."""
        return int(self.value) if self.value.is_integer() else self.value


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def words_to_number(words: str) -> float | None:
    """ "Sixty Million" -> 60000000; None when a word is not a number word."""
    total, current = 0, 0
    seen = False
    for w in re.split(r"[\s-]+", words.strip().lower()):
        if not w or w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _currency(symbol: str) -> str:
    s = symbol.strip().lower().replace(".", "").replace(" ", "")
    if s.startswith(("us", "usd")):
        return "USD"
    return _CURRENCY.get(s, "USD")


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every money amount in ``text[start:end]`` with offsets into ``text``."""
    out = []
    for m in MONEY_RE.finditer(text, start, len(text) if end is None else end):
        value = _num(m["num"])
        if m["scale"]:
            value *= _SCALES[m["scale"].lower()]
        out.append(Amount(m.start(), m.end(), value, _currency(m["cur"])))
    return out


def parse_amount(text: str) -> float | None:
    """The first money amount in ``text``: figures first, else "Five Million Dollars"."""
    found = find_amounts(text)
    if found:
        return found[0].value
    m = _DOLLAR_WORDS.search(text)
    if m:
        w = WORDS_RE.search(m["w"])
        return words_to_number(w.group()) if w else None
    return None


def parse_percent(text: str) -> float | None:
    """ "7%", "seven percent (7%)", "Seven Percent" -> 7.0."""
    m = PERCENT_RE.search(text)
    if m:
        return _num(m["num"])
    w = _PERCENT_WORDS.search(text)
    if w:
        words = WORDS_RE.search(w["w"])
        return words_to_number(words.group()) if words else None
    return None


def parse_per_share(text: str) -> float | None:
    """ "an Exercise Price of $28.06 per share" -> 28.06."""
    m = PER_SHARE_RE.search(text)
    return _num(m["num"]) if m else None
