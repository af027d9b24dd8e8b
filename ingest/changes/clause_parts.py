"""One operative clause read on its own: where it hands over to its wording (its colon), the
provisions inside its target that it names as what changes, the new numbered part it adds, and
the part an added wording's own label names. Pure functions of the clause's words, apart from
the walk over the body in :mod:`.operations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.bare_terms import INNER_BARE_DEFINITIONS, bare_terms
from ingest.changes.clauses import closes_quoted_place
from ingest.changes.instructions import (
    BLOCK_LABEL,
    FOLLOWING_STOP,
    INNER_SECTION,
    PART_WORDS,
    contains,
)
from ingest.changes.operative import INNER_DEFINITIONS, INNER_SUBSECTIONS, NEW_SECTION
from ingest.changes.quotes import QUOTED, quoted_term
from ingest.changes.targets import NUM, Target
from ingest.list_labels import is_successor, label_readings
from ingest.rules import rule


@dataclass(frozen=True, slots=True)
class Clause:
    """One operative phrase ("is hereby amended", "by deleting") and the clause it sits in."""

    a_start: int  # the operative phrase
    a_end: int
    kind: str  # which phrase: "passive", "active", "defs" or "by"
    clause_from: int  # the clause
    clause_to: int
    predicate: str  # from the operative phrase to the clause's end
    colon: int | None  # where the clause hands over to a wording or a list below it


def colon_of(masked: str, a_start: int, clause_to: int) -> int | None:
    """Where the clause hands over to what follows it: its closing colon, or its end when it
    says "the following." and the wording comes next."""
    colon = clause_to - 1 if masked[clause_to - 1 : clause_to] == ":" else None
    if colon is not None and closes_quoted_place(masked, a_start, colon):
        colon += 1  # '... after "due and payable, forthwith:"': the wording is past the quote
    if colon is None and FOLLOWING_STOP.search(masked, a_start, clause_to):
        colon = clause_to - 1  # "... replacing it with the following." then the wording
    return colon


def inner_targets(
    c: Clause, found: list[Target]
) -> tuple[list[Target], re.Match[str] | None, bool]:
    """The provisions inside the target that the predicate names as what changes (definitions,
    subsections, a section of an article), with the subsections' match and whether only a
    part of a definition changes."""
    predicate = c.predicate
    inner = INNER_DEFINITIONS.search(predicate)
    part_of_definition = False
    if inner and found[0].section and not found[0].term:
        # "Section 1.1 is amended by deleting the definitions "A" and "B" ...": the terms
        terms = [quoted_term(q) for q in re.findall(QUOTED, inner["terms"])]
        span = (c.a_start + inner.start(), c.a_start + inner.end())
        found = [Target(found[0].section, t, span) for t in terms]
        if re.search(PART_WORDS, predicate[: inner.start()], re.IGNORECASE):
            part_of_definition = True  # "by deleting clause (c) ... of the definition"
    bare = INNER_BARE_DEFINITIONS.search(predicate) if not inner else None
    if bare and found[0].section and not found[0].term:
        # "... by deleting the definitions of Acquisition Loan and Bridge Facility": the
        # terms, without the quotes a conversion lost
        span = (c.a_start + bare.start(), c.a_start + bare.end())
        found = [Target(found[0].section, t, span) for t in bare_terms(bare["terms"])]
        if re.search(PART_WORDS, predicate[: bare.start()], re.IGNORECASE):
            part_of_definition = True
    inner_subs = INNER_SUBSECTIONS.search(predicate)
    if inner_subs and len(found) == 1 and found[0].section and not found[0].term:
        # "Section 13.13 is amended by deleting subsections (a) and (b) in their entirety"
        subs = re.findall(r"\([a-zA-Z0-9]{1,5}\)", inner_subs["subs"])
        if not (found[0].section or "").endswith(subs[0]):  # not "clause (c) of Section 8.1"
            found = [Target(found[0].section + sub, None, found[0].span) for sub in subs]
    inner_sec = INNER_SECTION.search(predicate)
    if (
        inner_sec
        and len(found) == 1
        and not found[0].term
        and contains(found[0].section or "", inner_sec["num"])
    ):
        # "Article X is amended by deleting in its entirety Section 10.5 contained therein
        # and substituting ...": Section 10.5 is what changes
        span = (c.a_start + inner_sec.start("num"), c.a_start + inner_sec.end("num"))
        nums = [inner_sec["num"], *re.findall(NUM, re.sub(r"Section\s+", "", inner_sec["more"]))]
        found = [Target(re.sub(r"\s+", "", n), None, span) for n in nums]
        inner_subs = inner_sec
    return found, inner_subs, part_of_definition


def new_numbered(
    c: Clause, found: list[Target], action: str, named: str | None = None
) -> tuple[list[Target], str, re.Match[str] | None]:
    """A new section the clause adds ("by adding a new Section 5.14") as its target; a new
    clause of a provision (or of a definition) amends that provision instead. A new clause
    belongs to the section the clause names, not to a clause of it the same sentence deletes
    ("Section 6.1 ... by (a) deleting clause (c) ... and (b) inserting a new clause (f)")."""
    new_section = NEW_SECTION.search(c.predicate)
    if new_section and found[0].term:
        new_section = None  # "a new clause (g)" of a definition: the definition is amended
        action = "amend" if action == "add" else action
    if new_section:
        num = re.sub(r"\s+", "", new_section["num"])
        own = ""
        if num.startswith("(") and found[0].section:
            own = found[0].section
            if named and own.startswith(named) and own != named:
                own = named  # narrowed to the deleted clause: the new one is its sibling
            num = own + num
        if not num.startswith("("):  # "a new clause (f)" of a definition: it is amended
            more = _more_new(new_section["num"], own, new_section["more"] or "")
            found = [Target(n, None, found[0].span) for n in [num, *more]]
        else:
            new_section = None
            action = "amend" if action == "add" else action
    return found, action, new_section


def _more_new(first: str, own: str, more: str) -> list[str]:
    """The further new parts a clause names after its first: numbers after a number ("new
    Sections 6.15 and 6.16"), or the clauses that follow a new clause of a provision ("new
    clauses (n), (o) and (p) thereof", each one of ``own``), never the label of the
    instruction's next item ("a new clause (f) and (b) deleting ...")."""
    out: list[str] = []
    last = label_readings(first.strip()) if own else ()
    for m in re.findall(r"\([a-z0-9]{1,5}\)|\d[^\s,]*", more):
        if not m.startswith("("):
            if not own:
                out.append(m)
            continue
        if not (own and is_successor(label_readings(m), last)):
            break
        out.append(own + m)
        last = label_readings(m)
    return out


def labelled_addition(
    text: str, new_text: tuple[int, int], found: list[Target], action: str
) -> tuple[list[Target], str]:
    """What "by adding the following new subsection at the end thereof:" adds, from the
    label its wording opens with ("(d) ...")."""
    label = BLOCK_LABEL.match(text, new_text[0], new_text[1])
    if label:
        num = label["label"]
        if num.startswith("(") and found[0].section:
            num = found[0].section + num
        if not num.startswith("("):
            found, action = [Target(num, None, found[0].span)], "add"
    return found, action


#: "Section 6.3 is amended by striking the word "or" at the end of clause (iv), by striking
#: the period at the end of clause (v) and substituting "; or", and by adding the following
#: new clause (vi)": words of the section struck or substituted before its new clause is added.
_EDITS_BEFORE_NEW_PART = rule(
    "changes.edits_before_new_part",
    r"\b(?:striking|strike|deleting|delete|substituting|substitute|replacing|replace)\b"
    r"[^:]{0,120}?[\"“][^\"”\n]{1,40}[\"”]",
    re.IGNORECASE,
    reads="an operative clause that adds a new clause to a section: the words of the section "
    "it struck or substituted first",
    matches=[
        'by striking the word "or" at the end of clause (iv), and by adding',
        'by deleting "and" at the end of clause (ii) and inserting a new clause (iii)',
    ],
    rejects=["by adding the following new clause (vi)", "by deleting clause (c) thereof"],
)


def edits_before_new_part(
    c: Clause, named: list[Target], new_section: re.Match[str] | None
) -> Target | None:
    """The section a clause changes in part before adding a new clause to it (the new clause is
    an addition of its own; the struck or substituted words amend the section), where it does."""
    if (
        new_section is None
        or len(named) != 1
        or named[0].term
        or not named[0].section
        or not new_section["num"].startswith("(")
    ):
        return None
    edits = _EDITS_BEFORE_NEW_PART.search(c.predicate, 0, new_section.start())
    return named[0] if edits else None
