"""A title the preamble names as another document: "Reference is made to that certain Loan
and Security Agreement dated ...", "as an inducement to Landlord entering into that certain
Office Lease". Under a heading that names the document itself ("CONSENT AND REAFFIRMATION OF
GUARANTORS", "GUARANTY OF LEASE"), such a title is the agreement the document concerns, not
the document's own: a consent, guaranty or letter opens on what it refers to.
"""

from __future__ import annotations

import re

from ingest.dates import DateMatch, find_dates
from ingest.rules import passage, rule

#: the words right before a title that point at a document already made
_POINTS_AT = rule(
    "agreements.referenced_in_preamble",
    r"(?i)\b(?:that\s+certain|reference\s+is\s+(?:hereby\s+)?made\s+to(?:\s+the)?"
    # "to make a loan ... evidenced by a Promissory Note dated ...", "pursuant to the Loan
    # Agreement": a document the opening sentence speaks of, not the one it opens
    r"|(?:evidenced\s+by|pursuant\s+to|governed\s+by|under)\s+(?:a|an|the)"
    # an indefinite article never names the document itself ("This Guaranty", "THIS NOTE")
    r"|(?<![\w-])(?-i:an?))\s*$",
    reads="the words before a title in the preamble that make it a reference to another document",
    matches=[
        passage("Reference is made to that certain "),
        passage("entering into that certain "),
        passage("Reference is hereby made to the "),
        passage("to Borrower, evidenced by a "),
        passage("the loan made pursuant to the "),
        passage("Borrower has executed and delivered to Lender an "),
    ],
    rejects=[
        "This ",
        "THIS CONTINUING GUARANTY is made by ",
        "the certain ",
        "FOR VALUE RECEIVED, the undersigned, in this ",
        "Schedule A ",
    ],
)
#: How far before a title its pointing words may stand
_REACH = 60


def referenced(text: str, start: int) -> bool:
    """Whether the title starting at ``start`` is written as a reference to another document."""
    return bool(_POINTS_AT.search(text[max(0, start - _REACH) : start]))


#: "The Loan Agreement made and entered into as of March 1, 2001, by and between Harbor Tool
#: Works, Inc. and Midland State Bank, is hereby amended as follows:": an opening whose subject
#: is an agreement already made and whose verb changes it (a bank's short amendment under a
#: "FIRST AMENDMENT TO LOAN AGREEMENT" heading)
_AMENDED_SUBJECT = rule(
    "agreements.amended_subject_opening",
    r"(?i)\b(?:is|are)\s+hereby\s+(?:further\s+)?(?:amended|modified|supplemented|changed)\b",
    reads="the verb of a preamble sentence whose subject is the agreement it changes",
    matches=[
        passage(", is hereby amended as follows:", match="is hereby amended"),
        passage(
            " is hereby further modified in the following respects",
            match="is hereby further modified",
        ),
    ],
    rejects=["is made and entered into", "as amended hereby", "is hereby agreed"],
)
#: the article a document already made is named with ("The Loan Agreement made ..."), never
#: the "This" of the document itself
_DEFINITE = re.compile(r"(?i)^(?:the|that\s+certain)\s")
#: the end of the opening's paragraph, which bounds where its verb may stand
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def amended_subject(text: str, title: str, start: int, end: int) -> bool:
    """Whether the preamble's title at ``start:end`` is the subject of the paragraph's verb that
    changes it: "The Credit Agreement dated ..., by and between RDO EQUIPMENT CO. ... and AG
    CAPITAL COMPANY ..., is hereby modified as follows" (its parties' "CO." and "INC." end no
    sentence here: the paragraph bounds the search)."""
    before = text[max(0, start - 20) : start]
    named = bool(_DEFINITE.match(title) or re.search(r"(?i)\b(?:the|that\s+certain)\s+$", before))
    blank = _BLANK_LINE.search(text, end, end + 800)
    return named and bool(_AMENDED_SUBJECT.search(text, end, blank.start() if blank else end + 800))


def date_line(text: str, start: int, end: int) -> DateMatch | None:
    """The date standing alone on a line of ``text[start:end]`` (a letter's date under its
    heading: "November 9, 2012"), the first such; a cued date in the preamble that follows
    is the referenced document's ("dated as of July 1, 2010")."""
    for d in find_dates(text, start, end):
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start : d.start].strip() and not text[d.end : line_end].strip(" \t."):
            return d
    return None
