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
itself names ("such Lender's Commitment", "its Term Loan Commitment"); or the definition of
the commitments together that states what they come to on the day the agreement is made, where
the lending sentence caps each lender's loans by its share of them ("such Lender's Commitment
Percentage of the Aggregate Commitments").
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


#: the same sum where a definition of the lenders' commitments together states what they come
#: to on the day the agreement is made: ""Aggregate Commitments" means the total of the
#: Commitments of all the Lenders which, as of the date hereof, shall be $72,500,000"
COMMITMENTS_DEFINED_TOTAL = rule(
    "instruments.commitments_defined_total",
    r"[\"\u201c](?P<term>(?:Aggregate|Total)\s+(?:[A-Z][\w-]*\s+){0,2}Commitments)[\"\u201d]\s+"
    r"(?:means|shall\s+mean)\s+[^.;\"\u201c\u201d]{0,200}?"
    r"\b(?:as\s+of|on)\s+the\s+(?:date\s+hereof|(?:Closing|Effective)\s+Date),?\s+"
    r"(?:shall\s+be|is|are|equals?)\s+(?P<amount>(?:U\.?S\.?)?\$\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?)",
    reads="what the lenders' commitments add up to on the closing day, as defined",
    matches=[
        passage(
            "\u201cAggregate Commitments\u201d means the total of the Commitments of all the"
            " Lenders which, as of the date hereof, shall be $72,500,000, but which may be",
            amount="$72,500,000",
            term="Aggregate Commitments",
        ),
        passage(
            '"Total Revolving Commitments" means the sum of the Revolving Commitments of the'
            " Lenders, which on the Closing Date is $40,000,000",
            amount="$40,000,000",
            term="Total Revolving Commitments",
        ),
    ],
    rejects=[
        '"Aggregate Commitments" means the Commitments of all the Lenders.',
        '"Total Commitments" means the sum of the Commitments, not to exceed $50,000,000',
        '"Aggregate Commitments" means the Commitments of all the Lenders. On the Closing Date'
        " the Borrower shall pay a fee of $50,000",
    ],
)


def commitments_total(text: str, clause: str) -> list[Amount]:
    """The sum of the commitments the lending ``clause`` caps its loans by ("up to the amount
    of such Lender's Commitment", "its Commitment Percentage of the Aggregate Commitments"),
    where the agreement ``text`` states it; else none."""
    stated = [*COMMITMENTS_AGGREGATE.finditer(text), *COMMITMENTS_DEFINED_TOTAL.finditer(text)]
    for m in stated:
        term = re.sub(r"^(?:The|THE)\s+", "", m["term"])  # "The Commitments of the Lenders ..."
        one = r"\s+".join(map(re.escape, term[:-1].split()))
        # the lenders' own commitments, not a longer term that ends alike ("Term Commitment")
        if re.search(rf"(?:['\u2019]s|\bits|\btheir|\bthe|\bsuch)\s+{one}s?\b", clause):
            return find_amounts(m["amount"])[:1]
    return []
