"""The term the body gives an exhibit by its label: "a promissory note of the Company in the
form attached hereto as Exhibit A (the "Note")". The exhibit holds the text of what the body
calls the Note, whatever its own heading says ("AMENDED AND RESTATED PROMISSORY NOTE"): one
instrument, not two.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.rules import passage, rule

#: "in the form attached hereto as Exhibit A (the "Note")", "substantially in the form of
#: Exhibit B hereto (each, a "Warrant")": the exhibit's label and the term given to it
FORM_AS_EXHIBIT = rule(
    "agreements.form_as_exhibit",
    r"(?i:in\s+the\s+form\s+(?:attached\s+(?:hereto\s+|to\s+this\s+\w+\s+)?as|of|set\s+forth\s+"
    r"(?:in|as))\s+)(?P<label>(?i:exhibit|annex|attachment)\s+[A-Z0-9][\w.\-]*)"
    r"(?:\s+(?i:hereto|to\s+this\s+\w+))?\s*,?\s*\(\s*(?:the|this|each|such|each,\s+(?:a|an))?"
    r"\s*[\"“](?P<term>[A-Z][^\"”]{1,40})[\"”]",
    reads='the body\'s term for an exhibit by its label: in the form of Exhibit A (the "Note")',
    matches=[
        passage(
            'a promissory note in the form attached hereto as Exhibit A (the "Note")',
            label="Exhibit A",
            term="Note",
        ),
        passage(
            "a warrant substantially in the form of Exhibit B hereto (each, a “Warrant”)",
            label="Exhibit B",
            term="Warrant",
        ),
    ],
    rejects=['attached hereto as Exhibit A and the Note (the "Note")', "the Note (Exhibit A)"],
)


#: a note term defined as the form an exhibit gives: ""Revolving Credit Note" means a
#: promissory note of the Borrower payable to the order of any Lender, delivered pursuant to
#: Section 2.15, in substantially the form of Exhibit A-1": the exhibit is that note's form
DEFINED_NOTE_FORM = rule(
    "agreements.defined_note_form",
    r"^[ \t]*[\"\u201c](?P<term>[A-Z0-9][^\"\u201d\n]{0,40}?\bNotes?)[\"\u201d]\s+"
    r"(?:means|shall\s+mean)\b(?:[^.;]|\.(?=\d)){0,300}?\bin\s+(?:substantially\s+)?the\s+"
    r"form\s+of\s+(?P<label>(?i:exhibit)\s+[A-Z0-9](?:[\w.\-]*[A-Za-z0-9])?)",
    re.MULTILINE,
    reads="a note term defined as a note in the form of an exhibit: the exhibit's term",
    matches=[
        passage(
            '"Term Note" means a promissory note of the Borrower payable to the order of a '
            "Lender, delivered under Section 2.06, in substantially the form of Exhibit B-2.",
            term="Term Note",
            label="Exhibit B-2",
        ),
        passage(
            "\u201cSwing Line Note\u201d shall mean the promissory note of the Company in the "
            "form of Exhibit C",
            term="Swing Line Note",
            label="Exhibit C",
        ),
    ],
    rejects=[
        '"Assignment and Acceptance" means an assignment in substantially the form of Exhibit D',
        '"Notice of Borrowing" means a notice. The Note shall be in the form of Exhibit A',
    ],
)


def _label_key(label: str) -> str:
    return " ".join(label.upper().split())


def exhibit_terms(text: str, label: str, body_end: int, titled: bool = False) -> list[str]:
    """The terms the body gives the exhibit ``label`` ("EXHIBIT A") by its label; with
    ``titled`` (the exhibit's heading names its kind of note, not only "PROMISSORY NOTE"), also
    the note term a definition gives its form (``DEFINED_NOTE_FORM``): forms under one generic
    heading and date are one node in the graph, so the body's distinct notes would merge."""
    want = _label_key(label)
    out: list[str] = []
    for m in FORM_AS_EXHIBIT.finditer(text, 0, body_end):
        term = " ".join(m["term"].split())
        if _label_key(m["label"]) == want and term not in out:
            out.append(term)
    for m in DEFINED_NOTE_FORM.finditer(text, 0, body_end if titled else 0):
        term = " ".join(m["term"].split())
        if _label_key(m["label"]) == want and term not in out:
            out.append(term)
    return out


def name_exhibit(ctx: DocContext, terms: list[str], entity_label: str, ref: str) -> str:
    """The entity the exhibit is: the one a term of ``terms`` already names (an instrument the
    body defined), else ``ref``, which the terms name from here on."""
    for term in terms:
        for known in ctx.lookup(term):
            e = ctx.collector.get(known)
            if e is not None and e.label == entity_label and not e.contained:
                return known
    for term in terms:
        if not ctx.lookup(term):
            ctx.define(term, ref)
    return ref
