"""Instructions listed one to a paragraph under a lead-in that ends "by:": "Section 1.01 of the
Credit Agreement is hereby amended by:" then "(i) adding the following definition ...:", its
definition, "(ii) amending and restating the following definition in its entirety:", its
definition, and "(iii) deleting the definition of "X" in its entirety." The items are the
inline list of :mod:`ingest.changes.sentence_items` set out in paragraphs: each an instruction
of its own in the lead-in's section, without a "by" of its own, which changes nothing itself.

Vocabulary:
- *first item*: "(i)", "(a)", "(1)" or "(A)" opening the paragraph right after the operative
  phrase and its "by:", with a verb of change.
- *next item*: the label that follows the one before it, opening a later paragraph with a verb
  of change; between two items only the wording the item before brings (its definitions, their
  lettered clauses, a page break), never a numbered section of the amendment ("2.
  Miscellaneous"), which ends the list.
"""

from __future__ import annotations

import re

from ingest.changes.sentence_items import VERB, Run, follows, names_own
from ingest.rules import passage, rule

_FIRST = rule(
    "changes.paragraph_items_first",
    r"\b(?:is|are|be),?\s+(?:hereby\s+)?(?:further\s+)?(?:amended|modified|supplemented"
    r"|revised)(?:\s*,[^,;:()]{0,80},)?\s+by\s*:[ \t]*\n\s*"
    rf"(?P<label>\((?:i|a|1|A)\))\s*(?={VERB})",
    reads="an amendment's operative sentence ending 'is hereby amended by:': the first of the "
    "instructions it lists one to a paragraph",
    matches=[
        passage("is hereby amended by:\n\n(i) adding the following", label="(i)"),
        passage("shall be amended by:\n(a) deleting the definition", label="(a)"),
    ],
    rejects=[
        "is hereby amended by (i) adding",
        "is hereby amended as follows:\n\n(a) by deleting",
        "is amended by:\n\n(a) the Borrower shall",
    ],
)
_NEXT = re.compile(
    rf"\n[ \t]*\n[ \t]*(?P<label>\([a-zA-Z0-9]{{1,4}}\))\s*(?:and\s+)?(?={VERB})", re.IGNORECASE
)
#: A paragraph the amendment numbers itself: the list above it has ended.
_OWN_SECTION = re.compile(
    r"\n[ \t]*\n[ \t]*(?:(?:SECTION|Section|ARTICLE|Article)\s+\w|\d{1,2}\.(?:\d{1,2}\.?)?\s)"
)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
#: How far an item may run (its definitions included) before the next one opens.
_ITEM_REACH = 6_000


def paragraph_runs(masked: str, start: int, end: int) -> list[Run]:
    """The lists of instructions set one to a paragraph under a lead-in ending "by:" between
    ``start`` and ``end`` (quoted words masked), each counted when at least two of its items
    name a provision of their own (as an inline run is)."""
    runs: list[Run] = []
    for first in _FIRST.finditer(masked, start, end):
        items = [first.start("label")]
        label = first["label"]
        at = first.end()
        while (nxt := _NEXT.search(masked, at, min(end, at + _ITEM_REACH))) is not None:
            if not follows(nxt["label"], label) or _OWN_SECTION.search(masked, at, nxt.start()):
                break
            items.append(nxt.start("label"))
            label, at = nxt["label"], nxt.end()
        stop = _PARAGRAPH_END.search(masked, at, end)
        if len(items) >= 2 and sum(names_own(masked, i) for i in items) >= 2:
            runs.append(Run(tuple(items), stop.start() if stop else end))
    return runs
