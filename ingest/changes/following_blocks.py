"""Definition blocks under a lead-in that names no definition: "Section 1.01 is amended by
restating the following in their entirety:", "Article 1 of the Lease is amended by adding the
following at the end thereof:", "... (b) by restating the following in their entirety:" then
whole definitions. The verb before "the following" says what happens to each definition of
the block (``add``, ``replace``); the section that holds them changes no further.

A block whose first paragraph is no definition ("by adding the following at the end
thereof: "; provided that ..."") is words of the section, read as before; so is "the
following sentence", "the following new clause (e)" or any other part named after "the
following".
"""

from __future__ import annotations

import re

from ingest.changes.instructions import BY_ITEM
from ingest.changes.quotes import DEFINITION_START
from ingest.rules import passage, rule

FOLLOWING_BLOCK = rule(
    "changes.following_block",
    r"\b(?P<verb>add(?:ing)?|insert(?:ing)?|restat(?:e|ing)|replac(?:e|ing)|substitut(?:e|ing))"
    r"(?:\s+(?:thereto|therein|thereof))?\s*,?\s+(?:each\s+of\s+)?the\s+following\b"
    r"(?!\s+(?:new\s+)?(?:sentences?|clauses?|provisos?|(?:sub)?paragraphs?|(?:sub)?sections?"
    r"|words?|text|language|phrases?|schedules?|exhibits?|articles?|items?|rows?|tables?"
    r"|definitions?|defined|terms?|amendments?)\b)"
    r"[^:;.\"“]{0,120}:\s*$",
    re.IGNORECASE,
    reads="an operative clause on a section, up to its colon: whole wordings put in under "
    "'the following' with no part named, whose verb says what happens to each",
    matches=[
        passage("is amended by restating the following in their entirety:", verb="restating"),
        passage("is amended by adding the following at the end thereof:", verb="adding"),
        passage(
            "by amending and restating the following in their entirety to read as follows:",
            verb="restating",
        ),
        passage("and (b) by inserting the following:", verb="inserting"),
    ],
    rejects=[
        "is amended by adding the following sentence at the end thereof:",
        "is amended by inserting the following new clause (e):",
        "is amended by restating the following definitions in their entirety:",
        "is amended by adding the following at the end thereof: provided",
    ],
)


def following_definitions(text: str, predicate: str, colon: int | None, end: int) -> str | None:
    """The action on each definition of the block after ``colon`` when the clause puts in
    "the following" whole (``add`` or ``replace``) and the block opens with a definition;
    else None."""
    if colon is None:
        return None
    m = FOLLOWING_BLOCK.search(predicate)
    if m is None or DEFINITION_START.match(text, colon + 1, end) is None:
        return None
    return "add" if m["verb"].lower().startswith(("add", "insert")) else "replace"


def cut_at_by_item(text: str, block: tuple[int, int] | None) -> tuple[int, int] | None:
    """A block of definitions ended before a line that opens the next item of its sentence
    ("and (b) by restating the following in their entirety:"), which says what happens to the
    definitions below it."""
    if block is None:
        return None
    for m in BY_ITEM.finditer(text, block[0], block[1]):
        line = text.rfind("\n", block[0], m.start())
        if line > block[0] and re.fullmatch(r"\s*(?:(?:and|or)\s+)?", text[line : m.start()]):
            return block[0], line
    return block
