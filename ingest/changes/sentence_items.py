"""Instructions listed inside one sentence: "Section 1.01 of the Credit Agreement is hereby
amended by (i) adding the following new definition in the appropriate alphabetical order:
"Term SOFR" means ...; (ii) amending the definition of "Applicable Margin" by deleting "2.25%"
and inserting "2.50%" in lieu thereof; and (iii) deleting the definition of "LIBOR Rate" in its
entirety." Each item is an instruction of its own: the lead-in ("Section 1.01 ... is hereby
amended by") gives the items their section and changes nothing itself, and an item's clause and
new wording end where the next item opens.

Vocabulary:
- *first item*: "(i)", "(a)", "(1)", "(A)" or "(x)" (of the "(x) ... and (y) ..." some counsel
  write) right after an operative phrase ("is hereby amended by", "shall be amended" then its
  own "by", "the parties hereby amend the Agreement by"), opening a verb of change ("adding",
  "deleting", "amending and restating" ...); a recital's "the First Amendment amended the
  Agreement by (i) ..." opens none.
- *next item*: the label that follows the one before it, after a semicolon, a comma or "and"
  (or "or"), opening a verb of change, in the same paragraph.
- *run*: the first item and the items that follow it, to the end of their paragraph; a run
  counts when at least two of its items name a provision of their own ("the definition of
  "X"", "Section 6.5", "the following new definition", "the following as a new Section
  5.5"). Items that name none change the lead-in's provision in parts ("The definition of
  "EBITDA" is amended by (i) deleting the word "and" ..., (ii) inserting ..."): one change,
  read as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.instructions import BY_OBJECT
from ingest.changes.operative import ADDED_PART, DEFINITIONS_ADDED
from ingest.changes.targets import TARGET
from ingest.list_labels import label_readings
from ingest.rules import passage, rule

VERB = (
    r"(?:by\s+)?(?:amending|deleting|inserting|adding|replacing|striking|substituting|restating"
    r"|changing|modifying|increasing|decreasing|reducing|extending)\b"
)
_FIRST = rule(
    "changes.sentence_items_first",
    # "is hereby amended (, effective as of ...,) by (i)", "shall be amended (a) by", or "the
    # parties hereby amend the Credit Agreement by (i)": an operative phrase, never a recital's
    # "the First Amendment amended the Agreement by (i) ..."
    r"(?:\b(?:is|are|be),?\s+(?:hereby\s+)?(?:further\s+)?(?:amended|modified|supplemented"
    r"|revised)(?:\s*,[^,;:()]{0,80},)?"
    r"|\bhereby\s+(?:amends?|modif(?:y|ies))\s+(?:the\s+)?[A-Z][^.;:()]{0,80}?(?=\s+by\s))"
    # ("by (x) deleting Section 5.4 and (y) inserting ...": x then y, as some counsel letter)
    rf"\s+(?:by\s+)?(?P<label>\((?:i|a|1|A|x)\))\s*(?={VERB})",
    reads="an amendment's operative sentence: the first of the instructions it lists inline, "
    "right after 'is hereby amended by'",
    matches=[
        passage("is hereby amended by (i) adding the following", label="(i)"),
        passage("shall be amended (a) by deleting", label="(a)"),
        passage(
            "are hereby amended, effective as of the Effective Date, by (A) deleting", label="(A)"
        ),
        passage("The parties hereby amend the Credit Agreement by (i) deleting", label="(i)"),
        passage("The Lease is hereby amended by (x) deleting", label="(x)"),
    ],
    rejects=[
        "is amended by adding (i) the following",
        "as set forth in clause (a) deleting",
        "The First Amendment amended the Agreement by (i) deleting",
        "consent to amending the Agreement by (a) deleting",
        "The Borrower may amend the Disclosure Letter by (a) deleting",
    ],
)
_NEXT = rule(
    "changes.sentence_items_next",
    rf"(?:[;,][ \t]*\n?[ \t]*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    rf"(?P<label>\([a-zA-Z0-9]{{1,4}}\))\s*(?={VERB})",
    reads="an amendment's operative sentence, after its first inline instruction: the label "
    "of a later one",
    matches=[
        passage('"Rate" means 5%; (ii) amending the', label="(ii)"),
        passage("in its entirety, and (c) by adding", label="(c)"),
        passage("in its entirety and (ii) amending", label="(ii)"),
    ],
    rejects=["; (ii) the Borrower shall", "(b) adding"],
)
#: An item's label and its verb: where its instruction's operative words end.
ITEM_VERB = re.compile(rf"\([a-zA-Z0-9]{{1,4}}\)\s*(?:and\s+)?(?P<verb>{VERB})", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Run:
    """The instructions one sentence lists: where each item's label opens, and where the
    paragraph holding them ends."""

    items: tuple[int, ...]
    end: int


def follows(label: str, before: str) -> bool:
    """Whether ``label`` is the one right after ``before`` in the same style of list."""
    return any(
        s == t and n == m + 1 for s, n in label_readings(label) for t, m in label_readings(before)
    )


def names_own(masked: str, item: int) -> bool:
    """Whether the item at ``item`` names a provision of its own after its verb (or the new
    part it adds: "inserting the following as a new Section 5.5")."""
    verb = ITEM_VERB.match(masked, item)
    if verb is None:
        return False
    obj = BY_OBJECT.match(masked, verb.end())
    at = obj.end() if obj else verb.end()
    return bool(
        TARGET.match(masked, at)
        or DEFINITIONS_ADDED.match(masked, verb.start("verb"))
        or ADDED_PART.match(masked, verb.start("verb"))
    )


def item_runs(masked: str, start: int, end: int) -> list[Run]:
    """The runs of inline instructions between ``start`` and ``end`` (quoted words masked)."""
    runs: list[Run] = []
    pos = start
    while (first := _FIRST.search(masked, pos, end)) is not None:
        stop = _PARAGRAPH_END.search(masked, first.end(), end)
        par_end = stop.start() if stop else end
        items = [first.start("label")]
        label = first["label"]
        at = first.end()
        while (nxt := _NEXT.search(masked, at, par_end)) is not None:
            if not follows(nxt["label"], label):
                at = nxt.end()
                continue
            items.append(nxt.start("label"))
            label, at = nxt["label"], nxt.end()
        if sum(names_own(masked, i) for i in items) >= 2:
            runs.append(Run(tuple(items), par_end))
        pos = first.end()
    return runs


def item_starts(runs: list[Run]) -> list[int]:
    """Where each item of the runs opens (the anchors of their instructions)."""
    return [i for run in runs for i in run.items]


def lead_in_end(masked: str, runs: list[Run], a_start: int, clause_to: int) -> int | None:
    """Where the lead-in of a run ends, if the clause from ``a_start`` is one: its first item
    opens before the clause would end, or in the paragraph right after it ("is hereby amended
    by:" then "(i) adding ...")."""
    for run in runs:
        first = run.items[0]
        if a_start < first < clause_to or (
            clause_to <= first
            and masked[clause_to - 1 : clause_to] == ":"
            and not masked[clause_to:first].strip()
        ):
            return first
    return None


def own_run(runs: list[Run], pos: int) -> Run | None:
    """The run whose items ``pos`` sits in."""
    return next((r for r in runs if r.items[0] <= pos < r.end), None)


_TAIL = re.compile(r"(?:[\s;,]|\band\b|\bor\b)+$")


def cut_at_next(
    runs: list[Run], text: str, at: int, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """A clause's end or an item's new wording, ended before the next item of its run opens,
    without the joiner ("; and") before that item."""
    if span is None:
        return None
    run = own_run(runs, at)
    if run is None:
        return span
    nxt = next((i for i in run.items if i > at), None)
    if nxt is None or not span[0] < nxt < span[1]:
        return span
    tail = _TAIL.search(text, span[0], nxt)
    end = tail.start() if tail else nxt
    return (span[0], end) if end > span[0] else span


def end_before_next(runs: list[Run], text: str, at: int, end: int) -> int:
    """Where the clause of the item at ``at`` ends: at ``end``, or before the next item."""
    return (cut_at_next(runs, text, at, (at, end)) or (at, end))[1]
