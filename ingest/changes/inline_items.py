"""Numbered items run together in one paragraph: "the parties agree to amend the Agreement as
set forth below: 1. Section 6.5 ... is hereby replaced in its entirety with the following: 6.5
... 2. Exhibit D ... is hereby replaced ...". A paragraph break never ends such an item's new
wording, the next item's number does: the wording of item N stops where "N+1." opens a new
sentence.

Vocabulary:
- *inline label*: the item number right before a clause ("1." after "as set forth below:", or
  "2." after the sentence that ended the item before).
- *next item*: "N+1." after a sentence end (a stop, a closing bracket or quote) or opening a
  paragraph, and before a capitalised word; the wording of item N ends before it.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: The label of the item a clause opens, right before it.
_LABEL_BEFORE = rule(
    "changes.inline_label",
    r"(?:[:.;\]\)\"”]\s+|\n\s*|^\s*)(?P<n>\d{1,2})\.\s*$",
    reads="an amendment's operative section: the number of the item a clause opens inline",
    matches=[
        passage("the Agreement as set forth below: 1. ", n="1"),
        passage("at the IAC Facility. 2. ", n="2"),
        passage("in full force and effect.\n\n3.  ", n="3"),
    ],
    rejects=["as defined in Section 2. ", "the amount of $1,000. ", "pursuant to 4.15. "],
)


def _next_item(n: int) -> re.Pattern[str]:
    # built per item number at run time: "N+1." after a sentence end, before a capital
    return re.compile(rf"(?:(?<=[.;\]\)\"”*])\s+|\n[ \t]*\n\s*){n + 1}\.\s+(?=[A-Z\[])")


def cut_at_next_item(
    text: str, clause_from: int, new_text: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The new wording of an inline item, ended where the next item's number opens a sentence
    ("... 6.5 Shipping Terms. ... [*] 2. Exhibit D of the Agreement is hereby replaced" keeps
    "6.5 ... [*]")."""
    if new_text is None:
        return None
    label = _LABEL_BEFORE.search(text, max(0, clause_from - 12), clause_from)
    if label is None:
        return new_text
    nxt = _next_item(int(label["n"])).search(text, new_text[0], new_text[1])
    if nxt is None:
        return new_text
    end = nxt.start()
    while end > new_text[0] and text[end - 1].isspace():
        end -= 1
    return (new_text[0], end) if end > new_text[0] else new_text
