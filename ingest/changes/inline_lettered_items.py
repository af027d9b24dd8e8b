"""Lettered items run together in one paragraph: "1. Maturity. (a) The definition of "Maturity
Date" is hereby amended to read as follows: ""Maturity Date" means March 31, 2023." (b)
Section 2 of each Note is hereby amended by deleting ...". The wording of item (a) runs to
the end of its paragraph unless something ends it: the next letter, opening a sentence that
itself changes a provision, does.

Vocabulary:
- *inline letter*: the letter right before a clause, after a sentence end, a colon or the
  start of a line ("(a)" after "1. Maturity.").
- *next lettered item*: the following letter after a sentence end, opening a clause that
  names a provision and is amended, deleted, replaced or restated; never one inside a wording
  that holds its own "(a)" (a section's own clauses, "(a) ... (b) ...").
"""

from __future__ import annotations

import re

from ingest.changes.quotes import Q_OPEN
from ingest.changes.wording import unquote
from ingest.rules import passage, rule

#: The letter of the item a clause opens, right before it.
_LETTER_BEFORE = rule(
    "changes.inline_letter",
    r"(?:[:.;\"”]\s+|\n\s*|^\s*)\((?P<l>[a-h])\)\s*$",
    reads="an amendment's operative section: the letter of the item a clause opens inline",
    matches=[
        passage("1. Maturity. (a) ", l="a"),
        passage('in lieu thereof." (c) ', l="c"),
        passage("as follows:\n\n(b)  ", l="b"),
    ],
    rejects=["as defined in clause (a) ", "Section 2.1(a) ", "pursuant to (iv) "],
)
#: How far before a clause its item's letter may stand: a sentence end, spaces, "(b)", spaces.
_LABEL_REACH = 12
#: An operation's opening words: a provision named, then its verb within the sentence.
_OPERATION_AHEAD = (
    r"(?:the\s+)?(?:Sections?\s+\d|Article\s|definitions?\s+of\b|Schedule\s|Exhibit\s|Annex\s)"
    r"[^;:]{0,200}?\b(?:is|are)\s+(?:hereby\s+)?(?:amended|deleted|replaced|restated|modified)\b"
)


def _next_letter(letter: str) -> re.Pattern[str]:
    # built per item letter at run time: "(b)" after a sentence end, before an operation
    nxt = chr(ord(letter) + 1)
    return re.compile(rf"(?<=[.;\"”])[ \t]+\({nxt}\)[ \t]+(?={_OPERATION_AHEAD})", re.IGNORECASE)


def cut_at_next_letter(
    text: str, clause_from: int, new_text: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The new wording of an inline lettered item, ended where the next letter opens another
    operation in the same paragraph ('..." means March 31, 2023." (b) Section 2 of each Note is
    hereby amended' keeps '"Maturity Date" means March 31, 2023."')."""
    if new_text is None:
        return None
    label = _LETTER_BEFORE.search(text, max(0, clause_from - _LABEL_REACH), clause_from)
    if label is None:
        return new_text
    own = f"({label['l']})"
    nxt = _next_letter(label["l"]).search(text, new_text[0], new_text[1])
    if nxt is None or own in text[new_text[0] : nxt.start()]:
        return new_text
    end = nxt.start()
    while end > new_text[0] and text[end - 1].isspace():
        end -= 1
    if end <= new_text[0]:
        return new_text
    # the quotes around the wording close before the next letter: they are not its words
    start = new_text[0] - 1 if new_text[0] > 0 and text[new_text[0] - 1] in Q_OPEN else new_text[0]
    return unquote(text, start, end)
