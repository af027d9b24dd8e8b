"""A lender's commitment printed in a column of its own to the left of its name, under a
"Commitments" heading: "$30,000,000        FIRST BANK OF OHIO," with the capacity wrapped flush
left below it ("Individually and as Agent"), or with its label on the same line ("Commitment
$50,000,000  FIRST BANK OF OHIO,"). The amount column is empty under its one cell, so the lines
below the name belong to the name's block whatever column they start in.
"""

from __future__ import annotations

from ingest.amounts import TYPED_DOLLARS
from ingest.rules import passage, rule

COMMITMENT_LEAD = rule(
    "signatures.commitment_lead",
    r"[ \t]*" + TYPED_DOLLARS + r"[ \t]{2,}",
    reads="a lone commitment amount standing before a lender's name on its signature-page line",
    matches=[
        passage("$30,000,000        ", match="$30,000,000        "),
        passage("  $7,500,000.00   ", match="  $7,500,000.00   "),
    ],
    rejects=["By: ", "GUARANTORS:      ", "$30,000,000 of Loans ", "Commitment: $5,000,000  "],
    mode="fullmatch",
)


#: the amount after its label, "Commitment" or "Revolving Credit Commitment:", the name two
#: spaces on (a label typed beside the amount leaves the name less room than a lone amount),
#: its article standing outside the name ("THE FIRST NATIONAL BANK OF CHICAGO")
LABELLED_COMMITMENT_LEAD = rule(
    "signatures.labelled_commitment_lead",
    r"[ \t]*(?:[A-Z][a-z]+[ \t]+){0,3}Commitments?:?[ \t]+"
    + TYPED_DOLLARS
    + r"[ \t]{2,}(?:[Tt][Hh][Ee][ \t]+)?",
    reads="a commitment amount and its label standing before a lender's name on its line",
    matches=[
        passage("Commitment        $50,000,000  ", match="Commitment        $50,000,000  "),
        passage("Revolving Credit Commitment: $7,500,000.00   "),
        passage("  Commitment  $ 25,000,000    "),
        passage("Commitment   $40,000,000   THE "),
    ],
    rejects=[
        "Commitment Fee: 0.25%   ",
        "Commitment        $50,000,000 ",
        "By: ",
        "Total Commitments of $40,000,000 and  ",
    ],
    mode="fullmatch",
)


def commitment_lead(lead: str) -> bool:
    """Whether what stands before a block's name on its line is only a commitment amount."""
    return COMMITMENT_LEAD.fullmatch(lead) is not None


def labelled_commitment_lead(lead: str) -> bool:
    """Whether what stands before a block's name on its line is a commitment amount after its
    label ("Commitment  $50,000,000  THE FIRST NATIONAL BANK,")."""
    return LABELLED_COMMITMENT_LEAD.fullmatch(lead) is not None
