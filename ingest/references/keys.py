"""The key a mentioned title is compared by within a document ("Second
Amendment" = "Amendment No. 2") and the ref a mention gets from its title and
date.
"""

from __future__ import annotations

import re

from ingest.context import norm_term
from ingest.references.titles import ORDINAL_NUMBERS, is_instrument_title
from ingest.rules import passage, rule

_NORMALISED = "a title in lower case, to one spelling: "
_NORM_NUMBER = rule(
    "references.norm_number",
    r"\s*(?:\b(?:no\.?|number)(?=[\s\d])|#)\s*",
    reads=_NORMALISED + "'No.', 'Number' and '#' before an amendment's number",
    matches=[
        passage("amendment no. 4", match=" no. "),
        passage("amendment number 4", match=" number "),
        passage("amendment #4", match=" #"),
    ],
    rejects=["notice of amendment", "amendment nos"],
)
_NORM_ORDINAL_AMENDMENT = rule(
    "references.norm_ordinal_amendment",
    rf"\b({'|'.join(k for k in ORDINAL_NUMBERS if k.endswith(('st', 'nd', 'rd', 'th')))})"
    r" amendment\b",
    reads=_NORMALISED + "an ordinal before 'amendment' ('second amendment' = 'amendment no 2')",
    matches=[passage("second amendment to lease", match="second amendment")],
    rejects=["second amended and restated note", "amendment no 2"],
)
_NORM_AMENDMENT_WORD_NUMBER = rule(
    "references.norm_amendment_word_number",
    r"\bamendment (one|two|three|four|five|six|seven|eight|nine|ten)\b",
    reads=_NORMALISED + "a number word after 'amendment' ('amendment two' = 'amendment no 2')",
    matches=[passage("amendment two to loan agreement", match="amendment two")],
    rejects=["amendment no two", "amendment twelve"],
)
_NORM_NO_WORD = rule(
    "references.norm_no_word",
    r"\bno (one|two|three|four|five|six|seven|eight|nine|ten)\b",
    reads=_NORMALISED + "a number word after 'no' ('no two' = 'no 2')",
    matches=[passage("amendment no two", match="no two")],
    rejects=["amendment no 2", "no ninety"],
)
_NORM_TO_THE = rule(
    "references.norm_to_the",
    r"\b(to|of) the\b",
    reads=_NORMALISED + "'to the' / 'of the' as 'to' / 'of'",
    matches=[passage("amendment no 4 to the credit agreement", match="to the")],
    rejects=["amendment no 4 to credit agreement", "note of thexton"],
)


def norm_title(title: str) -> str:
    """One spelling of a title for matching within a document ("Second" = "No. 2")."""
    t = norm_term(title).replace("\u2019", "'")
    t = _NORM_NUMBER.sub(" no ", t)
    t = _NORM_ORDINAL_AMENDMENT.sub(lambda m: f"amendment no {ORDINAL_NUMBERS[m.group(1)]}", t)
    t = _NORM_AMENDMENT_WORD_NUMBER.sub(lambda m: f"amendment no {ORDINAL_NUMBERS[m.group(1)]}", t)
    t = _NORM_NO_WORD.sub(lambda m: f"no {ORDINAL_NUMBERS[m.group(1)]}", t)
    t = _NORM_TO_THE.sub(r"\1", t)  # "Amendment No. 4 to the Credit Agreement"
    return " ".join(re.sub(r"[^a-z0-9%& ]+", " ", t).split())


def mention_ref(title: str, date: str | None) -> str:
    """The document-local ref of a mentioned agreement or instrument."""
    prefix = "instrument" if is_instrument_title(title) else "agreement"
    return f"{prefix}:{norm_title(title)}|{date or ''}"
