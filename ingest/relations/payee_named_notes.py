"""Notes a credit agreement names one per payee: "the Loans made by each Bank shall be evidenced
by a promissory note of the Company payable to the order of such Bank: the note payable to
Harbor (the "Harbor Note"), the note payable to Keystone (the "Keystone Note") and the note
payable to Lakeshore (the "Lakeshore Note"; collectively, the "Notes")".

Exists because :mod:`.evidencing_notes` reads one note per clause, the first term the clause
defines, and gives it to every lender "such Bank" stands for: here each term names the note of
one bank, so each bank HOLDS its own note only, and each note is an instrument of its own
(ISSUED by the clause's maker, ISSUED_UNDER the agreement as the clause's note would be).
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

NOTE_PER_PAYEE = rule(
    "relations.evidencing_notes.note_per_payee",
    r"\b(?:the|a|its|one)\s+(?:promissory\s+)?note\s+(?:made\s+)?payable\s+to\s+"
    r"(?:the\s+order\s+of\s+)?(?:the\s+)?"
    r"(?P<payee>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.,-]*|of|and)){0,5}?)"
    r"\s*\(\s*(?:the\s+|a\s+)?[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d]{0,40}?\bNote)"
    r"[\"\u201d]",
    reads="one note of a list of notes each named after its payee ('the note payable to "
    'Harbor (the "Harbor Note")\'): the payee and the term naming its note',
    matches=[
        passage(
            'the note payable to Keystone (the "Keystone Note") and the note payable to '
            'Lakeshore (the "Lakeshore Note")',
            payee="Keystone",
            term="Keystone Note",
        ),
        passage(
            "one promissory note payable to the order of First Prairie Bank (the \u201cPrairie "
            "Note\u201d), and one payable to the order of Oakmont Savings",
            payee="First Prairie Bank",
            term="Prairie Note",
        ),
    ],
    rejects=[
        # the class of notes, payable to each lender: evidencing_notes' one note
        'a promissory note payable to the order of each Lender (the "Notes")',
        # a note named but not after a payee it is payable to
        'the note of the Company dated March 1, 2004 (the "Harbor Note")',
    ],
)


def notes_per_payee(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The notes a clause (``text[start:end]``) names one per payee, when it names two or more
    (one such note is the clause's own note, read as usual)."""
    found = list(NOTE_PER_PAYEE.finditer(text, start, end))
    terms = {" ".join(m["term"].split()) for m in found}
    return found if len(terms) >= 2 else []
