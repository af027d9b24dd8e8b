"""Defined terms whose quotes stand apart from the words (text converted from a web page that
set the term in bold: ``(the \u201c Notes \u201d)``, ``(the " Company ")``).

Every rule that reads a defined term expects its quotes to touch its words. The *reading text*
is the document text with each such quote moved over the spaces it stands apart by
(``(the  \u201cNotes\u201d )``): the same length, every character at the same offset, so that
evidence, cut from the document text itself, cites exactly what the filing says.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

_SPACED = rule(
    "spaced_quotes.term",
    r"(?P<open>[\"\u201c])(?=[ \t\u00a0]|[^\"\u201c\u201d\n]{0,80}?[ \t\u00a0][\"\u201d])"
    r"(?P<lead>[ \t\u00a0]*)(?P<term>[A-Z0-9][^\"\u201c\u201d\n]{0,80}?)"
    r"(?P<trail>[ \t\u00a0]*)(?P<close>[\"\u201d])(?=[\s),;:.])",
    reads="a defined term in quotes, one or both of which may stand apart from its words",
    matches=[
        passage('(the " Notes ")', term="Notes"),
        passage("(the \u201c Effective Date \u201d)", term="Effective Date"),
        passage('(individually, a " Buyer " and collectively, the " Buyers ")', term="Buyer"),
        passage("(the \u201cHolder \u201d)", term="Holder"),
    ],
    rejects=['(the "Notes")', '"Company" and " Holder"', 'the " notes "'],
)


def reading_text(text: str) -> str:
    """``text`` with every spaced quote of a defined term moved against its words; ``text``
    itself (the same object) when it has none."""
    if '" ' not in text and "\u201c " not in text and "\u201c\u00a0" not in text:
        return text
    return _SPACED.sub(_tightened, text)


def _tightened(m: re.Match[str]) -> str:
    return f"{m['lead']}{m['open']}{m['term']}{m['close']}{m['trail']}"
