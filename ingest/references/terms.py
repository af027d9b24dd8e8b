"""The defined term introduced right after a title ("(as amended, the
"Agreement")"), taken only where it can name what the title names.
"""

from __future__ import annotations

import re

from ingest.references.keys import norm_title
from ingest.references.titles import HEAD_WORD
from ingest.rules import passage, rule

_Q = '["\u201c\u201d]'
#: "(as heretofore modified, the "Existing Credit Agreement", and together with this
#: Amendment, the "Credit Agreement")": the first term a parenthesis defines names the title
_TERM_PAREN = rule(
    "references.term_paren",
    rf"\s*\((?:[^()\"\u201c\u201d]|\([^()]*\))*?{_Q}(?P<term>[^\"\u201c\u201d]{{1,60}}){_Q}"
    rf"(?:\s*,\s*(?:and\s+)?together\s+with\b[^()]{{0,120}})?\s*\)",
    reads="right after a mentioned title: the parenthesis that gives it a defined term",
    matches=[
        passage(' (the "Credit Agreement") and', term="Credit Agreement"),
        passage(
            ' (as heretofore modified, the "Existing Credit Agreement", and together with this '
            'Amendment, the "Credit Agreement")',
            term="Existing Credit Agreement",
        ),
        passage(" (as amended, the \u201cLoan Agreement\u201d)", term="Loan Agreement"),
    ],
    rejects=[" (as defined below)", ', the "Agreement"'],
    mode="match",
)
#: ", as the same may be amended ... from time to time," before a defined term
_AS_AMENDED = rule(
    "references.as_amended",
    r"\s*,?\s*(?:and\s+)?as\s+(?:the\s+same\s+|so\s+)?(?:may\s+(?:have\s+been\s+|be\s+)"
    r"|has\s+been\s+|heretofore\s+)?(?:further\s+)?(?:amended|modified|supplemented|restated|hereby"
    # "as in effect on the date hereof prior to giving effect to this Agreement"
    r"|in\s+effect)"
    r"[^()\"\u201c\u201d;]{0,120}?(?=\s*,?\s*\()\s*,?",
    reads="right after a mentioned title: 'as amended ...' before its defined term",
    matches=[
        passage(
            ", as the same may be amended from time to time (the",
            match=", as the same may be amended from time to time ",
        ),
        passage(" and as heretofore supplemented, (", match=" and as heretofore supplemented,"),
        passage(
            ", as in effect on the date hereof prior to giving effect to this Agreement (the",
            match=", as in effect on the date hereof prior to giving effect to this Agreement ",
        ),
    ],
    rejects=[", as amended.", " (as amended, the"],
    mode="match",
)


#: "in the form attached hereto as Exhibit "D"" between a mentioned title and its defined term:
#: "a Security Agreement in the form of Exhibit C (the "Security Agreement")"
_IN_THE_FORM = rule(
    "references.in_the_form",
    r"\s*,?\s+(?:substantially\s+)?in\s+the\s+forms?\s+(?:of|(?:attached|annexed)\s+hereto\s+as)"
    r"\s+Exhibits?\s+[\"\u201c]?[A-Z0-9][\w.-]{0,4}[\"\u201d]?(?:\s+(?:hereto|attached\s+hereto))?,?"
    r"(?=\s*\()",
    reads="right after a mentioned title: the exhibit giving its form, before its defined term",
    matches=[
        passage(
            ' in the form attached hereto as Exhibit "D" (the',
            match=' in the form attached hereto as Exhibit "D"',
        ),
        passage(
            " substantially in the form of Exhibit C hereto (",
            match=" substantially in the form of Exhibit C hereto",
        ),
    ],
    rejects=[" in the form of Exhibit C.", " (the"],
    mode="match",
)


#: The word "amendment" in a title.
AMENDMENT_WORD = rule(
    "references.amendment_word",
    r"(?i)\bamendment\b",
    reads="a mentioned title: the word 'amendment', in any case",
    matches=["Amendment Four to the Credit Agreement", "LIMITED WAIVER AND AMENDMENT"],
    rejects=["Amended and Restated Note", "Amendments"],
)
#: A term that names a change of an agreement, which an amendment's term may be.
_CHANGE_TERM = rule(
    "references.change_term",
    r"(?i)\b(?:amendment|supplement|modification|waiver|consent)",
    reads="a defined term after an amendment's title: a term that can name the amendment",
    matches=["Fourth Amendment", "the Supplemental Indenture", "Waiver"],
    rejects=["Credit Agreement", "Existing Loan Documents"],
)


def names_same_thing(term: str, title: str) -> bool:
    """A term can name a titled mention if it ends in a head noun or shares a word with it
    ("Debenture Agreement", "Senior NPA"); "(the "Closing")" after a title names something else."""
    words = set(norm_title(title).split()) - {"and", "to", "of", "the", "no"}
    if AMENDMENT_WORD.search(title) and not _CHANGE_TERM.search(term):
        # "Amendment Four to the Credit Agreement ... (as amended, the "Credit Agreement")":
        # the term names the amended agreement, never the amendment
        return False
    head = HEAD_WORD.search(term.split()[-1])
    if head and _same_head(head.group(0), words):
        return True
    if head and HEAD_WORD.search(title):
        # "the Credit Agreement (the "Existing Guaranty")": the term heads another kind of
        # document, named earlier in the clause
        return False
    return bool(words & set(norm_title(term).split()))


def _same_head(head: str, title_words: set[str]) -> bool:
    """Whether a term's head noun occurs in the title ("Guaranty" = "Guarantee", "Notes" =
    "Note")."""
    h = norm_title(head).rstrip("s").replace("guarantee", "guaranty")
    return any(w.rstrip("s").replace("guarantee", "guaranty") == h for w in title_words)


#: "as amended by X": a chain, not a filler before a term.
_BY = rule(
    "references.by",
    r"\bby\s",
    reads="the filler between a mentioned title and its term: 'by' that makes it a chain",
    matches=[", as amended by the First Amendment"],
    rejects=[", as amended from time to time", "bylaws"],
)
#: "(as amended by X ..., the "Y")": a chain in the parenthesis that defines a term.
_AMENDED_BY = rule(
    "references.amended_by",
    r"\b(?:amended|supplemented|modified)\s+by\b",
    reads="the parenthesis defining a mentioned title's term: a chain inside it",
    matches=['(as amended by the First Amendment, the "Agreement")'],
    rejects=['(as amended, the "Agreement")', "(as amended hereby)"],
)
#: "(herein, the "Lease")", "(collectively, ...)": the words of a parenthesis that defines.
_DEFINING_WORD = rule(
    "references.defining_word",
    r"\b(?:herein|hereinafter|the|this|as\s+amended|collectively)\b",
    re.I,
    reads="the parenthesis after a mentioned title: words that make it define a term",
    matches=['(hereinafter, "Lease")', '(collectively, "Notes")', '(as amended, "Agreement")'],
    rejects=['(each a "Note")', '("Lender")'],
)
#: A parenthesis that opens with the quoted term: '("Agreement")'.
_QUOTE_OPENS = rule(
    "references.quote_opens",
    rf"\s*\(\s*{_Q}",
    reads="the parenthesis after a mentioned title: it opens with the quoted term",
    matches=[' ("Agreement")', "(\u201cNote\u201d)"],
    rejects=['(each a "Note")'],
    mode="match",
)


def term_after(text: str, pos: int, title: str) -> tuple[str | None, int]:
    """A defined term introduced right after ``pos`` ("(as amended, the "Agreement")")."""
    filler = _AS_AMENDED.match(text, pos) or _IN_THE_FORM.match(text, pos)
    if filler and _BY.search(filler.group(0)):
        filler = None  # "as amended by X" is a chain, read by the caller
    m = _TERM_PAREN.match(text, pos) or (_TERM_PAREN.match(text, filler.end()) if filler else None)
    if not m or len(m.group(0)) > 250 or not names_same_thing(m["term"], title):
        return None, pos
    if _AMENDED_BY.search(m.group(0)):
        return None, pos  # "(as amended by X ..., the "Y")" is a chain, read by the caller
    inner = m.group(0)
    if _DEFINING_WORD.search(inner) or _QUOTE_OPENS.match(inner):
        return " ".join(m["term"].split()), m.end()
    return None, pos
