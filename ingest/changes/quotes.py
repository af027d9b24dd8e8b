"""The quote characters and the quoted-term shape every reader of amendments shares (a term
in straight, curly or typewriter quotes; a definition opening with its quoted term), and a
quoted term cleaned of its quotes: one place so that a target, a new wording and a
definition all read a quoted term the same way.
"""

from __future__ import annotations

import re

_QUOTE_CHARS = "\"“”`'‘’"
Q_OPEN = '"“'
Q_CLOSE = '"”'
#: A quoted term: in double quotes ("X", “X”), in curly single quotes (‘X’) or typewriter ones
#: (`X'); a term may break over a line, never over a blank line.
QUOTED = (
    r"(?:[\"“](?:[^\"”]{1,90})[\"”]|‘(?:[^’\n]|\n(?![ \t]*\n)){1,90}’"
    r"|`(?:[^`'\n]|\n(?![ \t]*\n)){1,90}')"
)


DEFINITION_START = re.compile(
    # a lettered list of definitions, "(a) "X" means", or one set with bullets, "•  "X" means"
    r"\s*(?:\((?:[a-z]{1,3}|\d{1,2})\)\s+|[•·▪]\s+)?"
    rf"(?P<q>[\"“]?{QUOTED}|[\"“]?[ \t]?[‘`'](?:[^’'\n]|\n(?![ \t]*\n)){{1,90}}[’'])"
    # (a parenthesis after the term: '"Seller Debt" (as such term may be amended from time to
    # time with the consent of the Agent) means')
    r"\s*(?:\([^)]{0,150}\)\s*)?"
    # a qualifier before "means": ""Interest Coverage Ratio" for any period shall mean"
    r"(?:,?\s+(?:for|of|with\s+respect\s+to|as\s+to|as\s+applied\s+to|in\s+respect\s+of|when\s+used)\b"
    r"[^.;:\"“”]{0,60}?)?"
    r"(?:[,:]?\s*(?:means|mean|shall\s+mean|has\s+the\s+"
    rf"meaning|shall\s+have\s+the\s+meaning|refers|includes|shall\s+include|is\s+defined\s+in)\b"
    # the colon style of some banks' forms: ""Pricing Grid": the Applicable Margin ..."
    r"|:[ \t]+(?=\S))",
    re.IGNORECASE,
)


def quoted_term(quoted: str) -> str:
    """A quoted defined term without its quotes or the list punctuation American style puts
    inside them ("Agreement," "EBITDA,")."""
    return " ".join(quoted.strip(_QUOTE_CHARS).split()).rstrip(",;.").strip(_QUOTE_CHARS + " ")
