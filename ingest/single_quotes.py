"""Defined terms in single quotes, as English drafting writes them: "WESTERLY TOOLS LIMITED
whose registered office is at ... (hereinafter referred to as 'the Principal') of the one
part", "(the 'Products')", "(\u2018Licensee\u2019)".

Every rule that reads a defined term expects double quotes, and a single quote is also an
apostrophe ("the Agent's duties"), so only a parenthesis that holds nothing but the term (a
"the" or a "hereinafter" cue before it), or a term right after a "hereinafter" cue with no
parenthesis ("Kestrel Ltd, hereinafter referred to as 'the Licensor', and"), is read as one.
The reading text has those two quotes as double quotes: the same length, every character at
the same offset, so that evidence, cut from the document text itself, cites exactly what the
filing says.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

_SINGLE_QUOTED = rule(
    "single_quotes.term",
    r"(?P<head>\(\s*(?:(?:hereinafter|hereafter)(?:\s+(?:referred\s+to|called|named))?"
    r"(?:\s+as)?,?\s+)?(?:the\s+)?)(?P<open>['\u2018])"
    r"(?P<term>(?:the[ \t]+)?[A-Z0-9][\w&.\-]*(?:[ \t]+[\w&.\-]+){0,5})(?P<close>['\u2019])"
    # "('Lochside' or 'Provider')": a second name of the same party after "or"
    r"(?:(?P<or>\s+or\s+(?:the\s+)?)(?P<open2>['\u2018])"
    r"(?P<term2>(?:the[ \t]+)?[A-Z0-9][\w&.\-]*(?:[ \t]+[\w&.\-]+){0,5})(?P<close2>['\u2019]))?"
    r"(?P<tail>\s*\))",
    reads="a parenthesis holding only a defined term in single quotes (or two, joined by "
    "'or'), after a cue",
    matches=[
        passage("(hereinafter referred to as 'the Principal')", term="the Principal"),
        passage("(the 'Products')", term="Products"),
        passage("(\u2018Licensee\u2019)", term="Licensee"),
        passage("(hereinafter called 'Westerly Tools')", term="Westerly Tools"),
        passage("('Lochside' or 'Provider')", term="Lochside", term2="Provider"),
    ],
    rejects=[
        "(the Agent's duties)",
        "(see the 'Products' list in Schedule 1)",
        "('s)",
        "(the 'Products' and the 'Territory')",
    ],
)
#: "Hollis Ltd, hereinafter referred to as 'the Company', and ...", "hereinafter called
#: ‘Contractor’ of the other part": the term right after a "hereinafter" cue, no parenthesis
#: around it; the cue says a term follows, so the quote after it opens one (never an
#: apostrophe), and the closing quote is followed by no letter ("the Company's" is none).
_SINGLE_QUOTED_AFTER_CUE = rule(
    "single_quotes.term_after_hereinafter",
    r"(?P<head>\b(?i:hereinafter|hereafter)(?:\s+(?:referred\s+to|called|named|known|designated))?"
    r"(?:\s+as)?,?\s+(?:the\s+)?)(?P<open>['\u2018])"
    r"(?P<term>(?:the[ \t]+)?[A-Z0-9][\w&.\-]*(?:[ \t]+[\w&.\-]+){0,5}?)(?P<close>['\u2019])"
    r"(?P<tail>)(?![\w'\u2019])",
    reads="a defined term in single quotes right after a 'hereinafter' cue, outside parentheses",
    matches=[
        passage("Hollis Ltd, hereinafter referred to as 'the Company', and", term="the Company"),
        passage(
            "Greenway plc, hereinafter \u2018Contractor\u2019 of the other part", term="Contractor"
        ),
        passage("Arden Mills, Inc. Hereinafter called 'Arden'.", term="Arden"),
    ],
    rejects=[
        "hereinafter referred to as the Company's agent",
        "the Licensor's 'Products' list",
        "hereinafter referred to as 'the Company's premises'",
    ],
)
_DOUBLE = {"'": '"', "\u2018": "\u201c", "\u2019": "\u201d"}


def with_double_quotes(text: str) -> str:
    """``text`` with every single-quoted term of a parenthesis or after a "hereinafter" cue in
    double quotes; ``text`` itself (the same object) when it has none."""
    if "'" not in text and "\u2018" not in text:
        return text
    return _SINGLE_QUOTED_AFTER_CUE.sub(_doubled, _SINGLE_QUOTED.sub(_doubled, text))


def _doubled(m: re.Match[str]) -> str:
    second = (
        f"{m['or']}{_DOUBLE[m['open2']]}{m['term2']}{_DOUBLE[m['close2']]}"
        if m.groupdict().get("term2")
        else ""
    )
    return f"{m['head']}{_DOUBLE[m['open']]}{m['term']}{_DOUBLE[m['close']]}{second}{m['tail']}"
