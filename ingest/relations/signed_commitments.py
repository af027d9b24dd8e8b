"""A lender's commitment written beside its name on a signature page: "$20,000,000
MORGAN GUARANTY TRUST COMPANY" under a "Commitments" heading (or after its label, "Commitment:
$30,000,000   NORTHERN BANK"), or "THE BANK OF NEW YORK        $8,833,333" with the amount in a
column of its own.

Exists because a syndicate that names its lenders only on the signature pages states each
one's share there too: the amount the lender's LENDS_TO extends.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.records import PropValue, Span
from ingest.relations.slots import amount_props
from ingest.rules import passage, rule

_COMMITMENT_CELL = rule(
    "relations.signed_commitment",
    r"(?:^|(?<=\s{2})|(?<=:\s))[ \t]*(?P<amount>\$[ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?)[ \t]*"
    r"(?=\s{2,}|$)",
    reads="a money amount standing alone in a column beside a lender's name on its line",
    matches=[
        passage("$20,000,000    MORGAN GUARANTY TRUST COMPANY", amount="$20,000,000"),
        passage("THE BANK OF NEW YORK        $8,833,333.33", amount="$8,833,333.33"),
        # its label before it: "Commitment: $30,000,000   NORTHERN BANK"
        passage("Commitment: $30,000,000   ", amount="$30,000,000"),
    ],
    rejects=[
        "By: /s/ Jane Roe",
        "Commitment of $5,000,000 to the Borrower",
        "FIRST BANK, $10,000,000 Term Loan",
    ],
)


#: "€32,500,000" / (blank lines) / "ABN AMRO BANK N.V.": a lender's commitment alone on its line
#: above its name, the blank lines between at most three
_COMMITMENT_ABOVE = rule(
    "relations.signed_commitment_above",
    r"(?m)^[ \t]*(?P<amount>[$\u20ac\u00a3][ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?)[ \t]*\n"
    r"(?:[ \t]*\n){0,3}[ \t]*\Z",
    reads="a money amount alone on its line right above a lender's name on a signature page",
    matches=[
        passage("Initial Lenders\n\u20ac32,500,000\n\n\n", amount="\u20ac32,500,000"),
        passage("$25,000,000\n", amount="$25,000,000"),
    ],
    rejects=["Title: Vice President\n\n", "Total Commitments $40,000,000\n\n", "2\n\n"],
)


#: "Revolving Credit      CITICORP USA, INC." over "Commitment      $25,000,000": the label of a
#: commitments column at the left of the names, wrapped so that its amount stands on the line
#: under the name's
_COMMITMENT_BELOW = rule(
    "relations.signed_commitment_below",
    r"[ \t]*(?:[A-Z][\w-]*[ \t]+){0,3}(?i:commitment)[ \t]*:?[ \t]+"
    r"(?P<amount>[$\u20ac\u00a3][ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?)(?=[ \t]{2,}|[ \t]*(?:\n|$))",
    reads="a commitment amount labelled at the left of the line right under a lender's name",
    matches=[
        passage("Commitment           $25,000,000\nBy:", amount="$25,000,000"),
        passage("Commitment:      $50,000,000   Individually and as Agent", amount="$50,000,000"),
        passage("Term Loan Commitment   $10,000,000.00   ", amount="$10,000,000.00"),
    ],
    rejects=[
        "Commitment Fee Rate   0.25%",
        "By: /s/ Jane Roe",
        "Commitment of $5,000,000 to the Borrower",
    ],
    mode="match",
)


def signed_commitment(ctx: DocContext, span: Span) -> dict[str, PropValue]:
    """The amount on the line of a lender's name (outside the name), else alone on the line
    right above it, else labelled at the left of the line right under it (short of the name's
    column), as LENDS_TO properties; {} when the line holds none or more than one."""
    text = ctx.text
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.start)
    hi = len(text) if hi < 0 else hi
    # the line without the name: what stands before it, and after it on the same line
    line = text[lo : span.start] + "    " + text[min(span.end, hi) : hi]
    cells = list(_COMMITMENT_CELL.finditer(line))
    if len(cells) == 1:
        return amount_props(cells[0]["amount"])
    above = _COMMITMENT_ABOVE.search(text[max(0, lo - 200) : lo]) if not cells else None
    if cells or above:
        return amount_props(above["amount"]) if above else {}
    below = _COMMITMENT_BELOW.match(text, hi + 1) if hi < len(text) else None
    if below and below.end("amount") - (hi + 1) <= span.start - lo:
        return amount_props(below["amount"])
    return {}
