"""Notes a credit agreement names one per payee: "the Loans made by each Bank shall be evidenced
by a promissory note of the Company payable to the order of such Bank: the note payable to
Harbor (the "Harbor Note"), the note payable to Keystone (the "Keystone Note") and the note
payable to Lakeshore (the "Lakeshore Note"; collectively, the "Notes")".

Exists because :mod:`.evidencing_notes` reads one note per clause, the first term the clause
defines, and gives it to every lender "such Bank" stands for: here each term names the note of
one bank, so each bank HOLDS its own note only, and each note is an instrument of its own
(ISSUED by the clause's maker, ISSUED_UNDER the agreement as the clause's note would be).

Loans to several borrowers are written the other way round, one note per maker: "The Loan to
each Borrower shall be evidenced by a promissory note ... payable to the order of the Lender
..., as follows: the promissory note of Cedarmount in the amount of $1,200,000 (the "Cedarmount
Note"), the promissory note of Pinehaven ... (the "Pinehaven Note")": each borrower ISSUES its
own note only, of the amount written beside it, and the clause's payee HOLDS each.
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


NOTE_PER_MAKER = rule(
    "relations.evidencing_notes.note_per_maker",
    r"\b(?:the|a|its|one)\s+(?:promissory\s+)?note\s+(?:of|made\s+by|executed\s+by|issued\s+by)"
    r"\s+(?:the\s+)?(?P<maker>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.,-]*|of|and)){0,5}?)"
    r"(?:\s+in\s+the\s+(?:original\s+|maximum\s+)?(?:principal\s+)?amount\s+of\s+"
    r"(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?))?"
    r"\s*\(\s*(?:the\s+|a\s+)?[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d]{0,40}?\bNote)[\"\u201d]",
    reads="one note of a list of notes each named after its maker ('the promissory note of "
    'Pinehaven in the amount of $950,000 (the "Pinehaven Note")\'): the maker, its amount and the'
    " term naming its note",
    matches=[
        passage(
            "the promissory note of Cedarmount in the amount of $1,200,000 (the "
            '"Cedarmount Note"), the promissory note of Pinehaven',
            maker="Cedarmount",
            amount="$1,200,000",
            term="Cedarmount Note",
        ),
        passage(
            'a note made by Halden Foods, Inc. (the "Halden Note") and a note made by',
            maker="Halden Foods, Inc.",
            term="Halden Note",
        ),
    ],
    rejects=[
        # the class of notes, of the borrowers: evidencing_notes' one note
        'a promissory note of the Borrowers (the "Notes")',
        # a note named after its payee: the payee rule's
        'the note payable to Keystone (the "Keystone Note")',
    ],
)


def notes_per_party(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The notes a clause (``text[start:end]``) names one per payee or one per maker, when it
    names two or more of one kind (one such note is the clause's own note, read as usual)."""
    for pattern in (NOTE_PER_PAYEE, NOTE_PER_MAKER):
        found = list(pattern.finditer(text, start, end))
        if len({" ".join(m["term"].split()) for m in found}) >= 2:
            return found
    return []
