"""The note a credit document says its borrower shall execute to evidence its debt: "The Borrower
shall execute a Note, in the amount of $18,000,000 ("Note") ..., evidencing the Loan", "the
Borrower shall execute and deliver to the Lender a promissory note ..., which note shall
evidence the Lender's Loan", "Company agrees to execute a term note ... as evidence of the
indebtedness hereunder (herein called "Term Note-A")", and an amendment's "shall execute and
deliver to each Lender an amended and restated Revolving Note ..., in replacement of the
Revolving Note previously delivered to such Lender".

A third way of writing the note clause :mod:`.evidencing_notes` reads ("shall be evidenced by
a promissory note"): the rule here finds the note and says what it evidences, and that module
reads its maker, payee and issuing agreement the same way. A note executed for another purpose
("shall execute and deliver a Note to the assignee Lender" on an assignment) says nothing of
the debt, and is left alone.

Small loan agreements and amendments often say only that the borrower "shall execute and
deliver to the Bank its promissory note in the principal amount of $1,500,000, payable to the
order of the Bank" (or "an amended and restated Note in the principal amount of $6,000,000"),
define no term, and then call it "the Note": the note is known by its principal or its payee,
its maker is the clause's subject and, where no payee is written, the one it is delivered to
holds it (:data:`DELIVERS_PAYABLE_NOTE`).
"""

from __future__ import annotations

from ingest.rules import passage, rule

EXECUTES_NOTE = rule(
    "relations.executed_notes.shall_execute",
    r"(?i:\b(?:shall|will|agrees?\s+to)\s+execute(?:\s+and\s+deliver)?"
    r"(?:\s+to\s+(?:the\s+|each\s+|such\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?)\s+"
    r"(?P<det>(?i:an?|one\s+or\s+more))\s+(?P<words>(?i:amended\s+and\s+restated\s+)?"
    r"(?:[\w-]+\s+){0,3}?)(?P<noun>(?i:notes?))\b"
    r"(?=(?:[^.;]|\.\d){0,300}?\b(?i:evidencing|(?:shall|will)\s+evidence|as\s+evidence\s+of"
    r"|in\s+(?:replacement|substitution|exchange)\s+(?:of|for))\b)",
    reads="a borrower's promise to execute a note that evidences its debt: the note (the note "
    "clause reader finds its maker and payee)",
    matches=[
        passage(
            'The Borrower shall execute a Note, in the amount of $5,000,000 ("Note") and in the '
            "form attached hereto as Exhibit A, evidencing the Loan.",
            noun="Note",
        ),
        passage(
            "Upon the request of the Lender, the Borrower shall execute and deliver to the Lender "
            "a promissory note in form satisfactory to the Lender, which note shall evidence the "
            "Lender's Loans.",
            words="promissory ",
        ),
        passage(
            "At the time of borrowing, Company agrees to execute a term note in form similar to "
            'that annexed hereto as Exhibit "C" as evidence of the indebtedness hereunder (herein '
            'called "Term Note-A").',
            words="term ",
        ),
        # an amendment's replacement note: it evidences the debt the note it replaces did
        passage(
            "On the Amendment Effective Date the Borrower shall execute and deliver to each Lender "
            "an amended and restated Revolving Note in the amount of such Lender's Revolving "
            "Commitment, in replacement of the Revolving Note previously delivered to such Lender.",
            words="amended and restated Revolving ",
        ),
    ],
    rejects=[
        # a note for an assignment: the clause says nothing of the debt it evidences
        "Upon request, the Borrower shall execute and deliver a Note to the assignee Lender.",
        # a note already executed: a recital, read elsewhere
        "The Borrower executed a promissory note evidencing the Prior Loan.",
        # not a note
        "The Borrower shall execute a security agreement evidencing the Lien.",
    ],
)


#: "the Borrower shall execute and deliver to the Bank its promissory note in the principal
#: amount of $1,500,000, payable to the order of the Bank": a note of a stated principal or
#: payee the clause's subject (``maker``) gives the one it names, with no word of what it
#: evidences
DELIVERS_PAYABLE_NOTE = rule(
    "relations.executed_notes.delivers_payable_note",
    r"(?P<maker>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s+(?:shall|will|agrees?\s+to)\s+"
    r"execute\s+and\s+deliver\s+to\s+(?P<to>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
    r"(?P<det>its|an?)\s+(?P<words>(?:amended\s+and\s+restated\s+)?(?:promissory\s+)?)"
    r"(?P<noun>(?i:note))\b(?!\s+[A-Z])"
    r"(?=(?:[^.;]|\.\d){0,250}?\b(?:payable\s+to|principal\s+(?:amount|sum)\s+of)\b)",
    reads="a borrower's promise to give a lender its note of a stated principal or payee, no "
    "term defined: the note and its maker (the note clause reader finds its payee and terms)",
    matches=[
        passage(
            "On the date of this Agreement the Borrower shall execute and deliver to the Bank its "
            "promissory note in the principal amount of $1,500,000, payable to the order of the "
            "Bank and dated the date hereof.",
            maker="Borrower",
            to="the Bank",
            words="promissory ",
        ),
        passage(
            "Borrower shall execute and deliver to Bank an amended and restated Note in the "
            "principal amount of $6,000,000, dated the date of this Second Amendment.",
            maker="Borrower",
            words="amended and restated ",
            noun="Note",
        ),
        passage(
            "The Company agrees to execute and deliver to the Lender a promissory note payable to "
            "the Lender on demand.",
            maker="The Company",
            det="a",
        ),
    ],
    rejects=[
        # a note to an assignee: no principal, no payee
        "Upon request, the Borrower shall execute and deliver to the assignee Lender a Note.",
        # a note of a defined class: the clause names a titled note, read elsewhere
        "The Borrower shall execute and deliver to the Lender a Note Purchase Agreement in the "
        "principal amount of $5,000,000.",
        # no note
        "The Borrower shall execute and deliver to the Bank a security agreement payable to it.",
    ],
)
