"""A letter's subject ("Re:") runs over several lines; a line of it is no heading.

Exists because a subject that names the agreement a letter concerns ("Re: Loan Agreement
dated as of February 2, 1996 between ... and ... Bank and Trust Company, as amended by
letter amendment dated ...") wraps, and its later lines read like a heading of their own
("Bank and Trust Company, as amended by letter amendment"): the letter is titled by the
letter reader (:mod:`ingest.letters`), never by a piece of the agreement it names.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_SUBJECT_OPENING = rule(
    "agreements.subject_opening",
    r"[ \t]*(?:Re|RE|Subject|SUBJECT)\s*:",
    reads="the first line of a letter's subject block (Re:), whose later lines continue it",
    matches=[passage("     Re:  Loan Agreement dated as of"), passage("SUBJECT: Waiver")],
    rejects=["Regarding the Loan Agreement", "Reference is made to"],
    mode="match",
)


def opens_subject(line: str) -> bool:
    """Whether ``line`` is the first line of a letter's subject ("Re: Credit Agreement dated as
    of July 23, 2008 ..."): it names the agreement the letter concerns, never heads a document."""
    return bool(_SUBJECT_OPENING.match(line))


def continues_subject(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a later line of a paragraph opened by a "Re:" line."""
    para = max(text.rfind("\n\n", 0, pos), text.rfind("\n \n", 0, pos))
    first = para + 2 if para >= 0 else 0
    while first < pos and text[first] in " \t\n":
        first += 1
    first_line_end = text.find("\n", first)
    return (
        bool(_SUBJECT_OPENING.match(text, first)) and first_line_end != -1 and first_line_end < pos
    )
