"""What a syndicated facility's lenders commit in all, where the agreement states it as the sum
of their commitments rather than as a limit of the loans: "The Borrower and the Lenders
acknowledge and agree that the Commitments of the Lenders aggregate $250,000,000 on the date
hereof", with the lending sentence "each Lender severally agrees to make ... Revolving Loans
... up to the amount of such Lender's Commitment".

Exists because such a lending sentence caps each lender's loans by its own commitment and
states no amount, and the commitment definition ("as to any Lender, the obligation of such
Lender to make Revolving Loans ... not to exceed the amount set forth opposite such Lender's
name on Schedule 1") gives none either: the sentence that adds the commitments up is the one
place that says how large the facility is. Read only for the commitments the lending sentence
itself names ("such Lender's Commitment", "its Term Loan Commitment").
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.rules import passage, rule

#: the facility's amount, where the agreement gives it as what its lenders' commitments add up
#: to: "the Term Loan Commitments of the Lenders aggregate $17,000,000 on the date hereof"
COMMITMENTS_AGGREGATE = rule(
    "instruments.commitments_aggregate",
    r"\b(?P<term>(?:[A-Z][\w-]*\s+){0,3}Commitments)\s+of\s+(?:the\s+|all\s+)?(?:Lenders|Banks)\s+"
    r"(?:aggregate|total|equal\s+in\s+the\s+aggregate)\s+(?P<amount>(?:U\.?S\.?)?\$\s?\d[\d,]*(?:\.\d+)?)",
    reads="what the lenders' commitments add up to, as a sentence states it",
    matches=[
        passage(
            "the Term Loan Commitments of the Lenders aggregate $17,000,000 on the date hereof",
            amount="$17,000,000",
            term="Term Loan Commitments",
        ),
        passage(
            "acknowledge and agree that the Commitments of the Lenders aggregate $250,000,000 on",
            amount="$250,000,000",
            term="Commitments",
        ),
    ],
    rejects=["the Commitments of the Lenders may be reduced to $5,000,000"],
)


def commitments_total(text: str, clause: str) -> list[Amount]:
    """The sum of the commitments the lending ``clause`` caps its loans by ("up to the amount
    of such Lender's Commitment"), where the agreement ``text`` states it; else none."""
    for m in COMMITMENTS_AGGREGATE.finditer(text):
        term = re.sub(r"^(?:The|THE)\s+", "", m["term"])  # "The Commitments of the Lenders ..."
        one = r"\s+".join(map(re.escape, term[:-1].split()))
        # the lenders' own commitments, not a longer term that ends alike ("Term Commitment")
        if re.search(rf"(?:['\u2019]s|\bits|\btheir|\bthe|\bsuch)\s+{one}s?\b", clause):
            return find_amounts(m["amount"])[:1]
    return []
