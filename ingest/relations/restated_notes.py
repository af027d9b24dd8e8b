"""AMENDS between notes: a new note that "shall amend and restate, and be given in
substitution for (but not in payment of), the Existing Revolving Credit Note held by such
Bank", a note "which amends, restates and replaces the Original Note".

Exists because an amendment that raises commitments or extends a maturity delivers new notes
that restate the old ones; the note readers make both notes nodes, and only this clause says
that one restates the other.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.references.keys import norm_title
from ingest.references.titles import DATE
from ingest.relations.slots import instruments_in, labelled, trimmed
from ingest.rules import passage, rule

_RESTATES = rule(
    "relations.restated_notes",
    r"\b(?:which|that)\s+(?:shall|will|is\s+intended\s+to|are\s+intended\s+to)?\s*"
    r"(?:(?:amends?|restates?|replaces?|supersedes?)(?:,\s*|\s+and\s+|\s*,\s*and\s+))*"
    r"(?:amends?\s+and\s+restates?|restates?|replaces?|supersedes?|be\s+given\s+in\s+"
    r"substitution\s+for|(?:is|are)\s+given\s+in\s+substitution\s+for)"
    r"(?:,?\s+and\s+(?:(?:shall\s+)?be\s+given\s+)?in\s+substitution\s+for)?"
    r"(?:\s*\([^()]{0,40}\))?,?\s+(?:(?:in\s+(?:its|their)\s+entirety)\s+)?"
    r"(?P<old>(?:the|each|such)\s+(?:[A-Z][\w-]*\s+){0,5}Notes?)\b",
    reads="a new note's clause that it amends and restates (or replaces) an earlier note",
    matches=[
        passage(
            "which shall amend and restate, and be given in substitution for (but not in payment "
            "of), the Existing Revolving Credit Note held by such Bank",
            old="the Existing Revolving Credit Note",
        ),
        passage("which amends, restates and replaces the Original Note", old="the Original Note"),
    ],
    rejects=[
        "which shall amend the Credit Agreement",
        "which replaces the Agent under the Notes",
    ],
)

#: the new note the clause speaks of: the last note term defined before "which"
_DEFINED_NOTE = re.compile(
    r"\(\s*(?:each|collectively|together)?,?\s*(?:an?\s+|the\s+)?[\"\u201c]"
    r"(?P<term>(?:(?:[A-Z][\w-]*|and|of)\s+){0,8}Notes?)[\"\u201d]"
)


#: a note's own text saying which note it restates: "This Note amends and restates in its
#: entirety the Revolving Promissory Note dated March 3, 2021", "This Note is given in
#: substitution for the Term Note dated June 1, 2015"
_OWN_TEXT_RESTATES = rule(
    "relations.own_note_restates",
    r"\bThis\s+(?:[A-Z][\w-]*\s+){0,5}Note\s+(?:(?:hereby\s+)?(?:amends\s+and\s+restates"
    r"|restates|replaces|supersedes)(?:\s+in\s+(?:its|their)\s+entirety)?|is\s+(?:given|issued)"
    r"\s+in\s+(?:substitution|replacement|renewal)\s+(?:for|of))"
    # ", and is given in substitution for and not in satisfaction of,"
    r"(?:,[^.;,]{0,80},)?\s+(?:the|that\s+certain)\s+"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,6}Note)\b"
    rf"(?:,?\s+dated\s+(?:as\s+of\s+)?(?P<date>{DATE}))?",
    reads="a note's own text naming the earlier note it amends and restates or replaces",
    matches=[
        passage(
            "This Note amends and restates in its entirety the Revolving Promissory Note dated "
            "March 3, 2021 made by",
            title="Revolving Promissory Note",
            date="March 3, 2021",
        ),
        passage(
            "This Term Note is given in substitution for that certain Term Note, dated "
            "June 1, 2015",
            title="Term Note",
            date="June 1, 2015",
        ),
        passage(
            "This Note amends and restates in its entirety, and is given in substitution for and "
            "not in satisfaction of, the Promissory Note dated June 2, 2014",
            title="Promissory Note",
            date="June 2, 2014",
        ),
    ],
    rejects=[
        "This Note is issued pursuant to the Loan Agreement",
        "This Note amends the interest provisions of the Loan Agreement",
    ],
)


def restated_by_note_text(ctx: DocContext, note: str, start: int, end: int) -> None:
    """The note written out at ``text[start:end]`` AMENDS the one its own text says it amends
    and restates: the one other instrument of that title (and of that date, where the clause
    and the instrument both state one); evidence: the clause."""
    m = _OWN_TEXT_RESTATES.search(ctx.text, start, end)
    if m is None:
        return
    title, date = norm_title(m["title"]), parse_date(m["date"]) if m["date"] else None
    old = [
        ref
        for ref, e in ctx.collector.entities.items()
        if ref != note
        and e.label == "Instrument"
        and title in {norm_title(str(t)) for t in (e.props.get("title"), *e.aliases) if t}
        and (date is None or e.props.get("date") in (None, date))
    ]
    if len(old) == 1:
        ctx.collector.relate("AMENDS", note, old[0], ctx.span(m.start(), m.end()))


def _note(ctx: DocContext, term: str) -> list[str]:
    """The note a term names, singular or plural ("the Existing Revolving Credit Note" held by
    one bank, of the "Existing Revolving Credit Notes")."""
    for t in (term, term if term.endswith("s") else term + "s"):
        if refs := labelled(ctx, ctx.lookup(t), "Instrument"):
            return refs
    return instruments_in(ctx, term)


def extract_restated_notes(ctx: DocContext, lo: int, sentence: str) -> None:
    """The note a sentence defines before "which shall amend and restate ... the Existing
    Note" AMENDS that note."""
    for m in _RESTATES.finditer(sentence):
        defined = list(_DEFINED_NOTE.finditer(sentence, 0, m.start()))
        if not defined:
            continue
        new = _note(ctx, defined[-1]["term"])
        old = _note(ctx, re.sub(r"^(?:the|each|such)\s+", "", m["old"]))
        if len(new) != 1 or len(old) != 1 or new == old:
            continue
        ctx.collector.relate("AMENDS", new[0], old[0], trimmed(ctx, lo, lo + len(sentence)))
