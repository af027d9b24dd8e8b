"""Operative-looking words that change nothing, and the insertion shape whose wording names
the new part: what the operation finder asks about a phrase before it reads it as a change.

Vocabulary:
- *hedged phrase*: "may be amended only by a writing", "shall not be amended", "is amended
  only as expressly set forth herein", "has requested that Section 6.1 be amended", and the
  active "shall not agree to amend Section 6" of a covenant: a statement about amending, or a
  request, not an amendment.
- *promised change*: the active "Neither party shall agree to amend Section 6", "the Borrower
  will agree to amend the Pledge Agreement": a covenant to amend later, not an amendment.
- *insertion after a part*: "by inserting immediately after clause (c) the following:" then
  "(d) ...": the wording's own label names the new part it adds.
"""

from __future__ import annotations

import re

from ingest.rules import rule

#: A modal or a negation right before the passive phrase: "may be amended", "shall not be".
_HEDGE_BEFORE = rule(
    "changes.hedge_before",
    r"\b(?:may|might|must|can|could|cannot|need|not|never)\s+(?:(?:only|hereafter|"
    r"thereafter|not)\s+)?$",
    reads="the words before an operative phrase: a modal or negation that makes it no change",
    matches=[
        "This Amendment may ",
        "No provision of the Agreement shall not ",
        "may only ",
        "The Company shall not ",
    ],
    rejects=["Section 2.1 of the Agreement shall ", "Section 2.1 is hereby "],
)
#: A request that a change be made, before the subjunctive "be amended": "the Borrower has
#: requested that Section 6.1 of the Agreement be amended to ..." asks, and changes nothing.
_REQUESTED = rule(
    "changes.requested_change",
    r"\b(?:request(?:ed|s)?|desire[sd]?|wish(?:es|ed)?|propose[sd]?|ask(?:ed|s)?)\s+that\b"
    r"(?:[^.;:]|\.(?=\d)){0,200}$",
    reads="the words before a subjunctive operative phrase ('be amended'): a request, no change",
    matches=[
        "The Borrower has requested that Section 6.1 of the Agreement ",
        'the parties desire that the definition of "Term" ',
    ],
    rejects=[
        "The Borrower has requested that the Lender agree. Section 6.1 ",
        "Section 6.1 of the Agreement shall ",
    ],
)
#: A future before the active "agree to amend": "Neither party shall agree to amend Section 6",
#: "the Borrower will agree to amend the Pledge Agreement": a covenant to amend later, while
#: the operative "The parties (hereby) agree to amend Section 3.1" speaks in the present.
_PROMISED = rule(
    "changes.promised_change",
    r"\b(?:shall|will|would|should)\s+(?:(?:not|never|only|promptly|hereafter|thereafter)\s+)?$",
    reads="the words before an active operative phrase ('agree to amend'): a promise to amend "
    "later, no change",
    matches=["Neither party shall ", "the Borrower will promptly ", "the Company will not "],
    rejects=["The parties hereby ", "The parties ", "Section 2.1 of the Agreement shall be "],
)
#: "amended only as", "amended solely to the extent", "amended from time to time" after it.
_HEDGE_AFTER = rule(
    "changes.hedge_after",
    r"\s*(?:only|solely|except|from\s+time\s+to\s+time|or\s+(?:supplemented|modified|waived)"
    r"\s+only|in\s+writing)\b",
    reads="the words after an operative phrase: a limit that makes it a statement, no change",
    matches=[
        " only as expressly set forth herein",
        " solely to the extent provided",
        " from time to time",
        " in writing signed by both parties",
    ],
    rejects=[" in its entirety to read as follows:", " by deleting clause (c)"],
    mode="match",
)
#: "by inserting immediately after clause (c) the following:", "by adding after paragraph (2)
#: thereof a new paragraph:": the wording below opens with the label of the part it adds.
INSERTED_AFTER_PART = rule(
    "changes.inserted_after_part",
    r"\b(?:adding|add|inserting|insert)\s+(?:immediately\s+)?(?:after|following|before)\s+"
    r"(?:the\s+)?(?:sub)?(?:clauses?|paragraphs?|subsections?|sections?)\s+\([a-zA-Z0-9]{1,5}\)"
    r"(?:\s+(?:thereof|therein|of\s+such\s+Section))?,?\s+(?:the\s+following|a\s+new)\b",
    reads="an operative clause: a new part inserted after a lettered one, its label below",
    matches=[
        "is amended by inserting immediately after clause (c) the following:",
        "by adding after paragraph (2) thereof a new paragraph:",
    ],
    rejects=[
        'by inserting after the words "the Borrower" the following words:',
        "by inserting the following after Section 7.2:",
    ],
)


def promised(masked: str, a_start: int) -> bool:
    """Whether the active operative phrase at ``a_start`` ("agree to amend") is promised for
    later ("Neither party shall agree to amend Section 6"), not made."""
    return bool(_PROMISED.search(masked[max(0, a_start - 40) : a_start]))


def hedged(masked: str, a_start: int, a_end: int) -> bool:
    """Whether the operative phrase at ``a_start``-``a_end`` is a statement about amending
    ("may be amended only by a writing", "The Borrower shall not agree to amend"), not a
    change."""
    before = masked[max(0, a_start - 40) : a_start]
    if re.match(r"be\b", masked[a_start:a_end]) and _REQUESTED.search(
        masked[max(0, a_start - 250) : a_start]
    ):
        return True  # "has requested that Section 6.1 be amended": a request
    return bool(_HEDGE_BEFORE.search(before) or _HEDGE_AFTER.match(masked, a_end))


#: "is hereby revoked", "shall be rescinded": a provision deleted only when it is the subject.
_WITHDRAWN = re.compile(
    r"(?i)(?:is|are|shall\s+be),?\s+(?:hereby\s+)?(?:revoked|rescinded|repealed)\b"
)
#: Before the provision a withdrawing verb deletes: nothing but an item's label, a heading and
#: "the" ("2. Section 9.5 of the Agreement is hereby revoked"); never a notice, an election or
#: a consent given under it ("The notice of termination delivered under Section 3.2 of the
#: Lease is hereby rescinded": the notice is withdrawn, the section stands).
WITHDRAWN_SUBJECT_LEAD = rule(
    "changes.withdrawn_subject_lead",
    r"\s*(?:\d{1,2}(?:\.\d{1,3})*\.?\s+|\([a-z0-9]{1,4}\)\s+|[•·\-–—]\s+)?"
    r"(?:[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and))*\.\s+)?(?:[Tt]he\s+)?",
    reads="an operative clause whose verb withdraws (revoked, rescinded, repealed): the words "
    "before its provision",
    matches=["2. ", "(b) The ", "Termination Right. ", ""],
    rejects=["The notice of termination delivered under ", "Tenant's election pursuant to "],
    mode="fullmatch",
)


def withdraws_other(masked: str, clause_from: int, target_start: int, a_start: int) -> bool:
    """Whether a withdrawing phrase ("is hereby rescinded") at ``a_start`` withdraws something
    given under the provision at ``target_start`` rather than the provision itself."""
    return bool(_WITHDRAWN.match(masked, a_start)) and not WITHDRAWN_SUBJECT_LEAD.fullmatch(
        masked, clause_from, target_start
    )
