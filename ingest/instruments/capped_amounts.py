"""The amount of a loan its lending sentence caps by a defined term rather than a figure: "the
Lender agrees to make one term loan to the Borrower ... such that the aggregate of the Loan
outstanding shall not exceed the Committed Amount", with ""Committed Amount" means an aggregate
principal amount of $13,600,000" among the definitions.

Exists because single-lender agreements often state the facility's size only once, in the
definition of the cap ("Committed Amount", "Maximum Loan Amount", "Commitment"), and the
sentence that makes the loan refers to it by name.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.rules import passage, rule

#: the lending sentence caps the loan by a defined term
_CAPPED_BY = rule(
    "instruments.loan_capped_by_term",
    r"\b(?i:not\s+(?:to\s+)?exceed|up\s+to|in\s+excess\s+of)\s+(?:the\s+)?(?P<term>"
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Amount|Commitment))\b",
    reads="a lending sentence that caps the loan by a defined amount: the amount's term",
    matches=[
        passage(
            "such that the aggregate of the Loan outstanding at any time shall not exceed the "
            "Committed Amount.",
            term="Committed Amount",
        ),
        passage("in an aggregate amount up to the Maximum Loan Amount", term="Maximum Loan Amount"),
        passage("not to exceed the Commitment", term="Commitment"),
    ],
    rejects=["shall not exceed $5,000,000", "not to exceed the amount of the Borrowing Base"],
)
#: how far after its term's "means" a definition's amount may stand
_REACH = 160


def capped_amount(text: str, sentence: str) -> Amount | None:
    """The amount the definition of the term capping the loan in ``sentence`` states, with its
    span in ``text``; None when the sentence names no cap or the definition gives no amount."""
    m = _CAPPED_BY.search(sentence)
    if m is None:
        return None
    cue = re.search(
        rf"[\"\u201c]{re.escape(m['term'])}[\"\u201d]\s*(?:means|shall\s+mean|is)\s+", text
    )
    found = find_amounts(text, cue.end(), cue.end() + _REACH) if cue else []
    return found[0] if found else None
