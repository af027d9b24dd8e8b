"""More of what may stand between a target and its operative phrase than
:data:`ingest.changes.operative.SUBJECT_GAP` allows: where the new wording sits ("Section
4.15 set forth below is hereby added") and the date of the agreement named ("Section 4.2 of
the Security Agreement dated as of June 1, 2008 is hereby deleted"), the heading of the
section named ('Section 3 entitled "Royalties" of the Supply Agreement is amended'), and the
attachment the amendment brings ("Exhibit B-1 attached hereto is hereby added", "a new Schedule
2.4 in the form attached hereto as Annex 1 is hereby added").

Vocabulary:
- *subject gap*: the words from the end of a target to the operative phrase; a target whose
  gap reads otherwise is a section mentioned on the way, not what changes.
- *opening qualifier*: "Subject to Section 3,", "Notwithstanding Section 9.2 hereof,": a
  provision the clause opens by naming on the way to its subject, never what changes (nor
  the first of a list with it: "Subject to Section 3, Section 2.3 ... is amended").
- *where defined*: the appositive that says where a term is defined, set off by commas ("The
  term "Maturity Date", as defined in Section 1 of the Note, is hereby amended").
"""

from __future__ import annotations

from ingest.rules import rule

#: "set forth below", "as set forth below", "contained herein": the new wording follows.
_WORDING_PLACE = (
    r"\s+(?:as\s+)?(?:set\s+forth|stated|contained|appearing)\s+(?:below|hereinafter)\s*"
)
#: "of the Security Agreement dated as of June 1, 2008": the agreement named with its date.
_DATED_AGREEMENT = (
    r"\s+(?:of|to|in|under)\s+(?:the\s+|that\s+certain\s+)?(?:[A-Z][\w\-]*\s+){1,6}"
    r"dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"\s*,?\s*(?:\([^()]{0,120}\)\s*)?"
)
#: ", as defined in Section 1 of the Note, ", " of the Note, " (the rest of it after a target
#: that took "as defined in Section 1"): where a term is defined, set off by commas.
_WHERE_DEFINED = (
    r",?\s*(?:as\s+(?:defined|used)\s+)?(?:in\s+(?:Section|Article|paragraph)\s+[\w.()]+\s+)?"
    r"(?:of|in|under)\s+(?:the|this)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}\s*,\s*"
)
#: " attached hereto", " in the form annexed to this Amendment": an exhibit or schedule the
#: amendment attaches, named as what it adds or replaces ("Exhibit B-1 attached hereto is
#: hereby added to the Lease").
_ATTACHED_HERE = (
    # (after the attachment's heading: "Exhibit E (Service Levels) in the form attached")
    r"(?:\s*\([^()\n]{1,80}\))?"
    r"\s+(?:in\s+the\s+form\s+)?(?:attached|annexed)\s+(?:hereto|to\s+this\s+Amendment)\s*"
    # ("a new Schedule 2.4 in the form attached hereto as Annex 1 is hereby added": the
    # attachment that holds its wording, named apart)
    r"(?:as\s+(?:Annex|Exhibit|Schedule|Appendix|Attachment)\s+[A-Z0-9][\w.\-]*\s*)?"
)
#: ' entitled "Royalties"', ', captioned "Term",': the heading of the section a target names.
_HEADING_NAMED = (
    r",?\s+(?:(?:which\s+is\s+)?(?:entitled|captioned|headed|titled))\s+[\"“][^\"”\n]{1,80}[\"”]"
    r",?\s*"
)
SUBJECT_GAP_MORE = rule(
    "changes.subject_gap_more",
    rf"(?:{_WORDING_PLACE}|{_DATED_AGREEMENT}|{_WHERE_DEFINED}|{_HEADING_NAMED}|{_ATTACHED_HERE})(?:(?:to|of|in)\s+the\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s*)?",
    reads="an operative clause, between its target and its operative phrase: where the new "
    "wording sits, the agreement named with its date, where a term is defined, or the "
    "heading of the section named, or the attachment it brings",
    matches=[
        " set forth below ",
        ", as defined in Section 1.1 of the Loan Agreement, ",
        ", as used in the Warrant, ",
        " of the Note, ",
        " of the Security Agreement dated as of June 1, 2008 ",
        " to the Supply Agreement dated 4 May 2015, ",
        ' entitled "Royalties" of the Supply Agreement ',
        ", captioned “Term”, ",
        " attached hereto ",
        " in the form annexed to this Amendment ",
        " (Service Levels) in the form attached to this Amendment ",
        " in the form attached hereto as Annex 1 ",
    ],
    rejects=[
        " of the Security Agreement, the Borrower shall ",
        " set forth in the Loan Agreement, the Borrower ",
        " dated as of June 1, 2008 ",
        ", as defined in Section 1.1 of the Loan Agreement, the Borrower ",
        " in Section 2 of the Note and the Borrower ",
        ' entitled "Royalties" and the Borrower ',
        " attached to the Credit Agreement ",
    ],
    mode="fullmatch",
)


#: "Subject to Section 3,", "Notwithstanding Section 9.2 hereof,", "Except as provided in
#: Section 4 below,": a provision named on the way before the clause's subject.
_OPENING_QUALIFIER = rule(
    "changes.opening_qualifier",
    r"\s*(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?i:subject\s+to|notwithstanding|except\s+as\s+"
    r"(?:otherwise\s+)?(?:provided|set\s+forth)\s+in|pursuant\s+to|in\s+accordance\s+with)"
    r"\s+(?:the\s+terms\s+of\s+)?(?i:(?:sub)?sections?|paragraphs?|articles?|clauses?)\s+"
    r"[\w.()]+(?:\s+(?:and|or)\s+[\w.()]+)?(?:\s+(?:below|above|hereof|herein"
    r"|of\s+this\s+(?:Amendment|Agreement)))?\s*,\s*",
    reads="the opening of an operative clause: a provision named on the way before its "
    "subject (which the qualifier's comma parts from it)",
    matches=[
        "Subject to Section 3, ",
        "Notwithstanding Section 9.2 hereof, ",
        " Except as provided in Sections 4 and 5 below, ",
        "(b) Subject to paragraph 6 of this Amendment, ",
    ],
    rejects=["Section 3, Section 4 and Section 5 ", "Subject to the conditions, "],
    mode="match",
)


def past_qualifier(masked: str, clause_from: int, a_start: int) -> int:
    """Where a clause's subject may start: after its opening qualifier ("Subject to Section
    3, Section 2.3 ... is amended": 2.3 changes, 3 is named on the way), else its start."""
    m = _OPENING_QUALIFIER.match(masked, clause_from, a_start)
    return m.end() if m else clause_from
