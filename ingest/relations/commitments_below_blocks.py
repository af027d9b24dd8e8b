"""A lender's commitments written on labelled lines under its signature block:

    NORWEST BANK, as Bank and as Agent
    By ______
    Its ______
    Revolving Commitment:      $9,375,000
    Revolving Percentage:      62.50%
    Term Commitment:           $15,625,000

(or, in a converted HTML table, "Revolving" / "Commitment:" / "$9,375,000", each cell on a line
of its own; the amount's cell may share its line with the next column's, a notice address set off
by a tab: "$40,000,000.00<TAB>200 Market Street"). Exists because a syndicate that names its banks
only on the signature pages states each one's share under its block, one line per facility: the
amount the bank's LENDS_TO extends is their sum (as the gold of agreements with several
facilities per lender states it).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.records import PropValue, Span
from ingest.relations.slots import amount_props
from ingest.roles import Signing
from ingest.rules import passage, rule

_LABELLED_COMMITMENT = rule(
    "relations.commitment_below_block",
    r"(?m)^[ \t]*(?:[A-Z][\w-]*\s+){0,3}Commitment(?:\s+Amount)?[ \t]*:\s*"
    r"(?P<amount>\$[ \t]*\d{1,3}(?:,\d{3})+(?:\.\d{2})?)"
    # the line's end, or a column gap (a tab, or two spaces) before the next column's cell
    r"(?=[ \t\xa0]*$|[ \xa0]*\t|[ \xa0]{2})",
    reads="a labelled commitment line under a lender's signature block (one per facility)",
    matches=[
        passage("Revolving Commitment:            $9,375,000", amount="$9,375,000"),
        passage("Commitment: $12,500,000.00", amount="$12,500,000.00"),
        passage("Term Loan Commitment Amount:   $4,000,000", amount="$4,000,000"),
        # a converted table's cells, each set apart by a blank line
        passage("Revolving\n\nCommitment:\n\n$35,000,000", amount="$35,000,000"),
        # the amount's cell beside the next column's (a notice address) on one line
        passage("Commitment:\n\n$40,000,000.00\t\xa0\t200 Market Street", amount="$40,000,000.00"),
        passage("Term Commitment:   $7,500,000      Attention: Loans", amount="$7,500,000"),
    ],
    rejects=[
        "Revolving Percentage:            62.50%",
        "the Revolving Commitment: $9,375,000 of each Bank shall be reduced",
        "Commitment Fee: 0.25% per annum",
        "Commitment: $9,375,000 of each Bank shall be reduced",
    ],
)

#: how far under a block its commitments may stand (a block, its signer and title lines)
_REACH = 1_200


def extract_commitments_below(ctx: DocContext, signed: list[Signing]) -> None:
    """Each signing lender that LENDS_TO one borrower and states no amount yet: the sum of the
    labelled commitments under its block, onto that edge; evidence: its signature block."""
    starts = sorted(s.span.start for s in signed)
    for s in signed:
        targets = [
            k for k, r in ctx.collector.relations.items() if k[0] == "LENDS_TO" and k[1] == s.ref
        ]
        if len(targets) != 1 or ctx.collector.relations[targets[0]].props.get("amount"):
            continue
        nxt = min((x for x in starts if x > s.span.end), default=len(ctx.text))
        money = _commitments_below(ctx.text, s.span, nxt)
        if money:
            ctx.collector.relate("LENDS_TO", s.ref, targets[0][2], s.span, money)


def _commitments_below(text: str, span: Span, next_start: int) -> dict[str, PropValue]:
    """The sum of the labelled commitments between a lender's name (``span``) and the next
    block (``next_start``) or the page's end, as LENDS_TO properties; {} for none."""
    end = min(next_start, span.end + _REACH, len(text))
    page = text.find("<PAGE>", span.end, end)
    end = page if page >= 0 else end
    found = [amount_props(m["amount"]) for m in _LABELLED_COMMITMENT.finditer(text, span.end, end)]
    values = [a.get("amount") for a in found]
    numbers = [float(v) for v in values if isinstance(v, int | float)]
    if not numbers or len(numbers) != len(values):
        return {}
    total = sum(numbers)
    return {**found[0], "amount": int(total) if total.is_integer() else total}
