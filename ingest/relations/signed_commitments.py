"""A lender's commitment written beside its name on a signature page: "$20,000,000
MORGAN GUARANTY TRUST COMPANY" under a "Commitments" heading, or "THE BANK OF NEW YORK
$8,833,333" with the amount in a column of its own.

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
    r"(?:^|(?<=\s{2}))[ \t]*(?P<amount>\$[ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?)[ \t]*(?=\s{2,}|$)",
    reads="a money amount standing alone in a column beside a lender's name on its line",
    matches=[
        passage("$20,000,000    MORGAN GUARANTY TRUST COMPANY", amount="$20,000,000"),
        passage("THE BANK OF NEW YORK        $8,833,333.33", amount="$8,833,333.33"),
    ],
    rejects=[
        "By: /s/ Jane Roe",
        "Commitment of $5,000,000 to the Borrower",
        "FIRST BANK, $10,000,000 Term Loan",
    ],
)


def signed_commitment(ctx: DocContext, span: Span) -> dict[str, PropValue]:
    """The amount on the line of a lender's name (outside the name), as LENDS_TO properties;
    {} when the line holds none or more than one."""
    text = ctx.text
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.start)
    hi = len(text) if hi < 0 else hi
    # the line without the name: what stands before it, and after it on the same line
    line = text[lo : span.start] + "    " + text[min(span.end, hi) : hi]
    cells = list(_COMMITMENT_CELL.finditer(line))
    return amount_props(cells[0]["amount"]) if len(cells) == 1 else {}
