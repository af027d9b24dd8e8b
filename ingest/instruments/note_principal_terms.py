"""The principal of a note a credit agreement requires, where the clause states it by a defined
term rather than a figure: "The Borrowers shall execute and deliver to Lender a promissory note
... in an original principal amount equal to the Revolving Commitment Amount", with ""Revolving
Commitment Amount" means Five Million and 00/100 Dollars ($5,000,000.00)" among the
definitions.

Exists because single-lender agreements state the size of the facility once, in the definition
of its cap, and the note clause refers to that definition by name; the note's principal is the
amount the definition gives. Read by the readers of defined instruments
(:mod:`ingest.instruments.defined`) and of note clauses (:mod:`ingest.relations.evidencing_notes`)
where the clause states no figure, only for a term that ends in "Amount", "Commitment" or
"Limit" and is defined with a figure (:func:`ingest.instruments.lines_of_credit.term_amount`).
"""

from __future__ import annotations

from ingest.instruments.lines_of_credit import term_amount
from ingest.rules import passage, rule

_EQUAL_TO_TERM = rule(
    "instruments.principal_equal_to_term",
    r"(?i:principal\s+(?:sum|amount)\s+(?:equal\s+to|of))\s+(?P<term>the\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Amount|Commitment|Limit))\b",
    reads="a note clause that states the principal by a defined amount term",
    matches=[
        passage(
            "in an original principal amount equal to the Revolving Commitment Amount to",
            term="the Revolving Commitment Amount",
        ),
        passage(
            "in the principal sum of the Maximum Line Limit, payable", term="the Maximum Line Limit"
        ),
    ],
    rejects=[
        "in a principal amount equal to the unpaid balance of the Loans",
        "in the original principal amount of $2,000,000",
    ],
)


def principal_by_term(text: str, clause: str) -> tuple[float | int, str] | None:
    """The principal ``clause`` states by an amount term the text defines with a figure, as
    (number, ISO currency); None when it names no such term."""
    m = _EQUAL_TO_TERM.search(clause)
    if m is None:
        return None
    found = term_amount(text, m["term"])
    return (found[0].plain, found[0].currency) if found else None
