"""A lender's commitment printed in a column of its own to the left of its name, under a
"Commitments" heading: "$30,000,000        FIRST BANK OF OHIO," with the capacity wrapped flush
left below it ("Individually and as Agent"). The amount column is empty under its one cell, so
the lines below the name belong to the name's block whatever column they start in.
"""

from __future__ import annotations

from ingest.rules import passage, rule

COMMITMENT_LEAD = rule(
    "signatures.commitment_lead",
    r"[ \t]*\$[ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?[ \t]{2,}",
    reads="a lone commitment amount standing before a lender's name on its signature-page line",
    matches=[
        passage("$30,000,000        ", match="$30,000,000        "),
        passage("  $7,500,000.00   ", match="  $7,500,000.00   "),
    ],
    rejects=["By: ", "GUARANTORS:      ", "$30,000,000 of Loans ", "Commitment: $5,000,000  "],
    mode="fullmatch",
)


def commitment_lead(lead: str) -> bool:
    """Whether what stands before a block's name on its line is only a commitment amount."""
    return COMMITMENT_LEAD.fullmatch(lead) is not None
