"""The size of a credit agreement's one facility where only its cover page states it: "$600,000,000
/ CREDIT AGREEMENT / dated as of October 26, 2006", "U.S. $300,000,000 / Credit Agreement".

Exists because a syndicated agreement often gives the facility no amount in its body: each
lender lends "up to its Commitment", the commitments stand on a schedule, and the total is the
figure its cover page heads the title with. Read only where the agreement provides for one
facility (a swing line beside it is a part of it): with a revolver and a term loan, the cover's
figure is their sum, the size of neither.
"""

from __future__ import annotations

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: the cover's figure right above (or before) the agreement's title
_COVER_AMOUNT_TITLE = rule(
    "instruments.cover_amount_title",
    r"(?im)^[ \t]*(?:U\.?\s?S\.?\s*)?\$[ \t]?\d{1,3}(?:,\d{3}){2,}(?:\.\d{2})?[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?:[\w-]+[ \t]+){0,4}(?:credit|loan|facility)(?:[ \t]+facility)?[ \t]+agreement\b",
    reads="a cover page's figure standing right above the agreement's title: its facility's size",
    matches=[
        passage("\n$600,000,000\n\nCREDIT AGREEMENT\n", match="$600,000,000\n\nCREDIT AGREEMENT"),
        passage(
            "U.S. $300,000,000\n\n\n\nCredit Agreement\n",
            match="U.S. $300,000,000\n\n\n\nCredit Agreement",
        ),
        passage(
            "$250,000,000\nFIVE-YEAR REVOLVING CREDIT AGREEMENT",
            match="$250,000,000\nFIVE-YEAR REVOLVING CREDIT AGREEMENT",
        ),
    ],
    rejects=[
        "$600,000,000\n\nSENIOR NOTES DUE 2016\n",
        "$2,500,000\nSECURITY AGREEMENT\n",
        "Commitments of $600,000,000 under the Credit Agreement",
    ],
)


def cover_amount(text: str) -> Amount | None:
    """The one figure a cover page heads the agreement's title with, before the preamble."""
    st = analyze(text)
    m = _COVER_AMOUNT_TITLE.search(text, 0, st.preamble.start if st.preamble else 0)
    amounts = find_amounts(text, m.start(), m.end()) if m else []
    return amounts[0] if len(amounts) == 1 else None


def extract_cover_amounts(ctx: DocContext) -> None:
    """The amount of the own agreement's one credit facility, where the cover states it and
    no reader found one; evidence: the cover's figure."""
    if ctx.self_ref is None or (a := cover_amount(ctx.text)) is None:
        return
    facilities = [
        ref
        for kind, ref, target in ctx.collector.relations
        if kind == "ISSUED_UNDER"
        and target == ctx.self_ref
        and (e := ctx.collector.get(ref)) is not None
        and e.label == "Instrument"
        and e.props.get("kind") == "credit_facility"
        and "swing" not in str(e.props.get("title") or "").lower()
    ]
    if len(facilities) != 1:
        return
    ref = facilities[0]
    if ctx.collector.entities[ref].props.get("amount") is not None:
        return
    ctx.collector.add(
        ref,
        "Instrument",
        ctx.span(a.start, a.end),
        {"amount": a.plain, "currency": a.currency},
    )
