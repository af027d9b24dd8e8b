"""What each buyer pays on its own signature page of a purchase agreement that sells notes:
"Name of Purchaser: Mercer Ridge Partners, L.P. ... Subscription Amount: $1,500,000".

A PIPE agreement names its buyers and their money only on these pages; a buyer of notes lends
the issuer what it pays. Each page's buyer LENDS_TO the party that issues the agreement's notes
or debentures, with the page's amount. Separate from the schedule readers
(:mod:`.purchaser_schedules`), whose buyers are rows of one table.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.instruments.terms import parse_amount
from ingest.relations.slots import bears_name, parties_named, trimmed
from ingest.rules import passage, rule

_BUYER_LINE = rule(
    "relations.subscription_pages.buyer",
    r"(?m)^[ \t]*Name\s+of\s+(?:Purchaser|Investor|Buyer|Subscriber|Holder)\s*:[ \t]*"
    r"(?P<name>[A-Z][^\n]{1,120}?)[ \t]*$",
    reads="a buyer's signature page: the line naming the buyer",
    matches=[
        passage(
            "Name of Purchaser: Mercer Ridge Partners, L.P.", name="Mercer Ridge Partners, L.P."
        )
    ],
    rejects=["Name of Authorized Signatory: Celia Vantongeren", "Name of Purchaser: ________"],
)
_AMOUNT_LINE = rule(
    "relations.subscription_pages.amount",
    r"(?m)^[ \t]*(?:Subscription\s+Amount|Aggregate\s+Purchase\s+Price|Purchase\s+Price"
    r"|Principal\s+Amount\s+of\s+(?:Notes|Debentures))\s*:[ \t]*"
    r"(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?)",
    reads="a buyer's signature page: the line stating what the buyer pays",
    matches=[passage("Subscription Amount: $1,500,000", amount="$1,500,000")],
    rejects=["Warrant Shares: 348,837", "Subscription Amount: $__________"],
)
#: how far below its buyer line a page states the amount
_PAGE = 1_500
_DEBT = ("note", "debenture", "bond")


def extract_subscription_pages(ctx: DocContext) -> None:
    """Each buyer page's buyer LENDS_TO the issuer of the agreement's debt (see the module
    doc), with the amount the page states. Evidence: the amount's line."""
    if ctx.self_ref is None:
        return
    issued = {
        (k[1], k[2])
        for k in ctx.collector.relations
        if k[0] == "ISSUES"
        and ctx.collector.entities[k[2]].props.get("kind") in _DEBT
        and ("ISSUED_UNDER", k[2], ctx.self_ref) in ctx.collector.relations
    }
    issuers = sorted({issuer for issuer, _ in issued})
    if len(issuers) != 1:
        return
    issuer, text = issuers[0], ctx.text
    buyers = list(_BUYER_LINE.finditer(text))
    for i, buyer in enumerate(buyers):
        end = min(buyer.end() + _PAGE, buyers[i + 1].start() if i + 1 < len(buyers) else len(text))
        amount = _AMOUNT_LINE.search(text, buyer.end(), end)
        found = parse_amount(amount["amount"]) if amount else None
        if amount is None or found is None:
            continue
        name = " ".join(buyer["name"].split())
        named = [p for p in parties_named(ctx, name) if bears_name(ctx, p, name)]
        instrument = sorted(inst for who, inst in issued if who == issuer)[0]
        for party in named:
            if party != issuer:
                props = {"amount": found[0], "currency": found[1], "instrument": instrument}
                ev = trimmed(ctx, amount.start(), amount.end())
                ctx.collector.relate("LENDS_TO", party, issuer, ev, props)
