"""Defined terms in single quotes, as English drafting writes them: "WESTERLY TOOLS LIMITED
whose registered office is at ... (hereinafter referred to as 'the Principal') of the one
part", "(the 'Products')", "(\u2018Licensee\u2019)".

Every rule that reads a defined term expects double quotes, and a single quote is also an
apostrophe ("the Agent's duties"), so only a parenthesis that holds nothing but the term (a
"the" or a "hereinafter" cue before it) is read as one. The reading text has those two
quotes as double quotes: the same length, every character at the same offset, so that
evidence, cut from the document text itself, cites exactly what the filing says.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

_SINGLE_QUOTED = rule(
    "single_quotes.term",
    r"(?P<head>\(\s*(?:(?:hereinafter|hereafter)(?:\s+(?:referred\s+to|called|named))?"
    r"(?:\s+as)?,?\s+)?(?:the\s+)?)(?P<open>['\u2018])"
    r"(?P<term>(?:the[ \t]+)?[A-Z0-9][\w&.\-]*(?:[ \t]+[\w&.\-]+){0,5})(?P<close>['\u2019])"
    r"(?P<tail>\s*\))",
    reads="a parenthesis holding only a defined term in single quotes, after a cue",
    matches=[
        passage("(hereinafter referred to as 'the Principal')", term="the Principal"),
        passage("(the 'Products')", term="Products"),
        passage("(\u2018Licensee\u2019)", term="Licensee"),
        passage("(hereinafter called 'Westerly Tools')", term="Westerly Tools"),
    ],
    rejects=[
        "(the Agent's duties)",
        "(see the 'Products' list in Schedule 1)",
        "('s)",
        "(the 'Products' and the 'Territory')",
    ],
)
_DOUBLE = {"'": '"', "\u2018": "\u201c", "\u2019": "\u201d"}


def with_double_quotes(text: str) -> str:
    """``text`` with every single-quoted term of a parenthesis in double quotes; ``text``
    itself (the same object) when it has none."""
    if "'" not in text and "\u2018" not in text:
        return text
    return _SINGLE_QUOTED.sub(_doubled, text)


def _doubled(m: re.Match[str]) -> str:
    return f"{m['head']}{_DOUBLE[m['open']]}{m['term']}{_DOUBLE[m['close']]}{m['tail']}"
