"""Quotation marks typed as two characters or as guillemets: ``(''Licensee'')``,
``(``Distributor'')`` and ``(\u2018\u2018Licensor\u2019\u2019)`` in filings converted from word
processors and typesetting systems that had no double quote, ``(hereinafter
\u00abLicensor\u00bb)`` in European drafting, ``\u201eKunde\u201c`` (or ``\u201eKunde"``) in
German.

Every rule that reads a defined term expects a double quote (straight or curly), so a preamble
typed with any of these marks defines nobody's term. The reading text has each such pair as
double quotes of the same length, every character at the same offset: a two-character mark
becomes one quote and a space on its far side (``( "Licensee" )``), a guillemet or a low
quote a curly one, so that evidence, cut from the document text itself, cites exactly what the
filing says. Only a pair on one line that holds a capitalised term (or "the" and one) is
read: a lone ``''`` (inches, a ditto) or a pair around a lower-case phrase is left alone.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

_PAIR = rule(
    "typed_quotes.pair",
    r"(?<![\w'`\u2018])(?P<open>''|``|\u2018\u2018|\u00ab|\u201e)"
    r"(?P<term>(?:the[ \t]+)?[A-Z0-9][^'`\"\u00ab\u00bb\u2018\u2019\u201c\u201d\u201e\n]{0,80}?)"
    r"(?P<close>''|\u2019\u2019|\u00bb|\u201c|\u201d|\")(?![\w'`\u2019])",
    reads="a term between quotation marks typed as two apostrophes, two backticks, two "
    "single quotes, guillemets or a low opening quote",
    matches=[
        passage("a New York corporation (''Licensor''), and", term="Licensor"),
        passage(
            "having its principal place of business at Carlsbad (``Quillon''), and", term="Quillon"
        ),
        passage("(\u2018\u2018Licensee\u2019\u2019)", term="Licensee"),
        passage("(hereinafter \u00abLicensee\u00bb)", term="Licensee"),
        passage("(nachfolgend \u201eKunde\u201c genannt)", term="Kunde"),
        passage('Dorval Machines Inc. (\u201eBuyer")', term="Buyer"),
        passage("(the ''Effective Date'')", term="Effective Date"),
        passage("hereinafter referred to as ``the Agent''.", term="the Agent"),
    ],
    rejects=[
        "a panel of 24'' x 36'' boards",
        "the words ''as is'' mean",
        "the Licensee''s rights",
        "(''Licensor\nand Licensee'')",
        '("Licensor")',
    ],
)
#: What each opening mark reads as, and the closing marks that pair with it.
_OPEN = {"''": ' "', "``": ' "', "\u2018\u2018": " \u201c", "\u00ab": "\u201c", "\u201e": "\u201c"}
_PAIRS = {
    "''": ("''", "\u2019\u2019"),
    "``": ("''", "\u2019\u2019"),
    "\u2018\u2018": ("''", "\u2019\u2019"),
    "\u00ab": ("\u00bb",),
    "\u201e": ("\u201c", "\u201d", '"'),
}
_CLOSE = {
    "''": '" ',
    "\u2019\u2019": "\u201d ",
    "\u00bb": "\u201d",
    "\u201c": "\u201d",
    "\u201d": "\u201d",
    '"': '"',
}


def with_plain_quotes(text: str) -> str:
    """``text`` with every term between typed quotation marks in double quotes of the same
    length; ``text`` itself (the same object) when it has none."""
    if not any(mark in text for mark in _OPEN):
        return text
    return _PAIR.sub(_plain, text)


def _plain(m: re.Match[str]) -> str:
    if m["close"] not in _PAIRS[m["open"]]:
        return m.group()
    return f"{_OPEN[m['open']]}{m['term']}{_CLOSE[m['close']]}"
