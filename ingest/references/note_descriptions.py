"""The description of a note a recital writes between the note's title and its defined term:
"that certain Promissory Note dated May 15, 1996, in the original principal amount of THREE
MILLION AND NO/100 DOLLARS ($3,200,000.00), payable to the order of Holder, bearing interest at
the rate of 8.75% per annum, and maturing on May 15, 1999 (the "Note")".

Exists because :mod:`ingest.references.mentions` reads only a figure amount and a payee in that
gap: a note described with an amount in words, its rate or its maturity lost its defined term,
and with it every clause that names the note by that term (who made it, who holds it, what
modifies it). A modification or forbearance recites its note this way as a rule.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: a title that names a note (not an agreement about notes)
NOTE_TITLE = re.compile(r"\b(?:Note|Notes|Debenture|Debentures)$", re.I)

_NOTE_DESCRIPTION = rule(
    "references.note_description_gap",
    r"(?P<gap>,?(?:[^.;()\"\u201c\u201d]|(?<=\d)\.(?=\d)|\([^()\"\u201c\u201d]{0,60}\)){1,400}?)"
    r"(?=\s*\(\s*(?:the\s+|this\s+)?[\"\u201c])",
    reads="right after a mentioned note's date: its description (amount in words or figures, "
    "payee, rate, maturity) up to its defined term",
    matches=[
        passage(
            ", in the original principal amount of THREE MILLION AND NO/100 DOLLARS "
            "($3,200,000.00), payable to the order of Holder, bearing interest at the rate of "
            '8.75% per annum, and maturing on May 15, 1999 (the "Note")',
            gap=", in the original principal amount of THREE MILLION AND NO/100 DOLLARS "
            "($3,200,000.00), payable to the order of Holder, bearing interest at the rate of "
            "8.75% per annum, and maturing on May 15, 1999",
        ),
        passage(
            ', executed by Maker, payable to Lender and due June 1, 2004 ("Note")',
            gap=", executed by Maker, payable to Lender and due June 1, 2004",
        ),
    ],
    rejects=[
        '. The Borrower has requested (the "Request")',
        '; and the Lenders party thereto (the "Lenders")',
    ],
    mode="match",
)

#: what a note's description says of it; one must occur in the gap
_DESCRIBES_NOTE = re.compile(
    r"\b(?:principal\s+(?:amount|sum)|payable|bearing\s+interest|interest\s+at|matur\w*|due\s+"
    r"(?:on\s+)?[A-Z])",
    re.I,
)

#: a clause of its own (a verb) or another document named in the gap: the term after it is not
#: this note's ("... shall bear interest at the rates set forth in the Line of Credit Note and
#: Subfeature Note, respectively (the "Notes")", "..., as evidenced by the Promissory Note (")
_NOT_A_DESCRIPTION = re.compile(
    r"\b(?:shall|will|may|must|is|are|was|were|has|have)\b"
    r"|\b(?:Notes?|NOTES?|Debentures?|Agreements?|AGREEMENTS?|Guarant(?:y|ee|ies))\b"
)


#: the agreement a note is made under, named inside its description ("made by Borrower in favor
#: of Lender under the Loan Agreement, bearing interest at ..."): part of the description, not
#: another document the term after it could name
_MADE_UNDER = rule(
    "references.note_description_made_under",
    r"\b(?:under|pursuant\s+to)\s+(?:the|that\s+certain)\s+(?:[A-Z][\w'\u2019-]*\s+){0,5}"
    r"Agreement\b(?!\s*\()",
    reads="inside a mentioned note's description: the agreement it is made under",
    matches=[
        passage(
            "made by Borrower in favor of Lender under the Loan Agreement, bearing",
            match="under the Loan Agreement",
        ),
        "issued pursuant to that certain Note Purchase Agreement",
    ],
    rejects=["under the Loan Agreement (the", "in the form attached to the Loan Agreement"],
)


def note_description_end(text: str, pos: int, title: str) -> int | None:
    """Where the description of the note ``title`` that starts at ``pos`` ends (right before
    its defined term); None when ``title`` names no note or the text there describes none."""
    if not NOTE_TITLE.search(title):
        return None
    m = _NOTE_DESCRIPTION.match(text, pos)
    if m is None or not _DESCRIBES_NOTE.search(m["gap"]):
        return None
    if _NOT_A_DESCRIPTION.search(_MADE_UNDER.sub(" ", m["gap"])):
        return None
    return m.end()
