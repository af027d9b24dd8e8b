"""A column of commitments typed at the left of the lenders' signature blocks, its label
wrapped over two lines and the amount on the second:

    Revolving Credit                    CITICORP USA, INC.
    Commitment           $25,000,000   Individually and as Agent

The label and the amount belong to no block: the block is the name and what stands under it
in its own column. Exists because the column reader took the label's cells for a column of
their own, so the names stood in a column with no "By:" line and their blocks were never read
(and a name wrapped beside the amount, "SAVINGS ASSOCIATION,", was read as a company of its
own). The amount itself is read by :mod:`ingest.relations.signed_commitments`.
"""

from __future__ import annotations

from ingest.amounts import TYPED_DOLLARS
from ingest.rules import passage, rule
from ingest.signatures.fields import FIELD

#: the label of the commitments column (one line of it), with the amount after it or not
COMMITMENT_LABEL = rule(
    "signatures.commitment_column_label",
    r"(?i:(?:(?:initial|aggregate|total|revolving|credit|term|loan)[ \t]+){0,3}"
    r"(?:commitments?|revolving[ \t]+credit|term[ \t]+loan|initial[ \t]+aggregate"
    r"|aggregate[ \t]+initial)[ \t]*:?)(?:[ \t]+" + TYPED_DOLLARS + r")?",
    reads="the label of a commitments column beside the lenders' signature blocks, one line "
    "of it, and the amount after it",
    matches=[
        passage("Revolving Credit", match="Revolving Credit"),
        passage("Commitment           $25,000,000", match="Commitment           $25,000,000"),
        passage("Term Loan Commitment:", match="Term Loan Commitment:"),
        passage("COMMITMENTS", match="COMMITMENTS"),
    ],
    rejects=["CREDIT SUISSE", "Revolving Credit Note", "Commitment Fee", "$25,000,000"],
    mode="fullmatch",
)

#: the amount of the commitments column in a cell of its own, after its label's
_AMOUNT = rule(
    "signatures.commitment_column_amount",
    TYPED_DOLLARS,
    reads="a commitment amount in a cell of its own, after the commitments column's label",
    matches=[passage("$12,500,000.00", match="$12,500,000.00")],
    rejects=["$12 million", "12,500,000"],
    mode="fullmatch",
)

#: an amount typed close before the capacity beside it ("$50,000,000   Individually and as
#: Agent": fewer spaces than a column's gap)
_LEADING_AMOUNT = rule(
    "signatures.commitment_column_amount_lead",
    TYPED_DOLLARS + r"[ \t]{2,}(?=\S)",
    reads="a commitment amount heading a cell, the capacity or the name's tail after it",
    matches=[
        passage("$50,000,000   Individually and as Agent", match="$50,000,000   "),
        passage("$7,500,000.00  SAVINGS BANK,", match="$7,500,000.00  "),
    ],
    rejects=["$50,000,000 of Loans", "Individually and as Agent", "$50,000,000"],
    mode="match",
)


def without_commitment_column(
    text: str, line: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """The cells (column, start, end) of one signature-page line without the commitments
    column's: its label's cell at the left, the amount's after it, and an amount heading the
    cell beside them. A line that holds nothing else keeps none; a line whose cell beside is a
    block's field ("Commitment:   $23,000,000     By: /s/ J. Doe") is left as typed, the
    field's column being another layout's."""
    if not line or not COMMITMENT_LABEL.fullmatch(text, line[0][1], line[0][2]):
        return line
    rest = line[1:]
    if rest and _AMOUNT.fullmatch(text, rest[0][1], rest[0][2]):
        rest = rest[1:]
    if rest and FIELD.match(text[rest[0][1] : rest[0][2]]):
        return line
    if rest and (lead := _LEADING_AMOUNT.match(text, rest[0][1], rest[0][2])):
        col, s, e = rest[0]
        rest = [(col + lead.end() - s, lead.end(), e), *rest[1:]]
    return rest
