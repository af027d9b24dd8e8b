"""The terms of instruments already known: the document's own instrument (read from
its heading and promise to pay) and the titled instruments references found, whose
amount follows them ("Promissory Note dated ... in the original principal amount of").
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.terms import (
    exercise_price,
    heading_rate,
    interest_rate,
    maturity_date,
    money,
    parse_amount,
)
from ingest.records import PropValue
from ingest.references.titles import DATE
from ingest.rules import passage, rule


def fill_self(ctx: DocContext) -> None:
    """The own instrument's terms: from its heading (first lines) and its operative text."""
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if e is None or e.label != "Instrument" or ctx.self_ref is None:
        return
    text = ctx.text
    head = text[:3000]
    props: dict[str, PropValue] = {}
    # a warrant's figures are its price per share and the loan it was given with, never an
    # amount it is issued for
    warrant = e.props.get("kind") == "warrant"
    found = parse_amount(head[:1500]) if not warrant else None
    if found:
        props["amount"], props["currency"] = found
    elif not warrant:
        money(props, head)
    props["interest_rate"] = (
        interest_rate(head) or interest_rate(text[:20000]) or heading_rate(head[:1500])
    )
    props["maturity_date"] = maturity_date(head) or maturity_date(text[:20000])
    props["exercise_price"] = exercise_price(text[:20000])
    ctx.collector.add(ctx.self_ref, e.label, e.evidence[0], props)


#: a face amount written right before a note's title ("the $9,000,000 Promissory Note")
_FACE_AMOUNT = rule(
    "instruments.face_amount",
    r"\b(?:the|a|its)\s+(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)\s+$",
    reads="a face amount written right before a note's title",
    matches=[
        passage("delivery of the $9,000,000 ", amount="$9,000,000"),
        passage("its US $250,000.00 ", amount="US $250,000.00"),
    ],
    rejects=["the $9,000,000 principal ", "$9,000,000 "],
)


def fill_mentioned(ctx: DocContext) -> None:
    """Amounts right after titled instrument mentions; dates and amounts of instrument exhibits
    (an exhibit's heading: "US $5,000,000.00    January 13, 2004")."""
    text = ctx.text
    for ref, e in list(ctx.collector.entities.items()):
        if e.label != "Instrument" or ref == ctx.self_ref or not e.evidence:
            continue
        props: dict[str, PropValue] = {}
        ev = e.evidence[0]
        title = e.props.get("title")
        exhibit = (
            isinstance(title, str)
            and len(title.split()) > 1
            and (e.contained or re.match(r"This\s", ev.text) is not None)
        )
        if not exhibit:
            if e.props.get("kind") != "warrant":  # a warrant's figures are shares and prices
                money(props, text[ev.end : ev.end + 250].split(". ")[0])
                # "the $9,000,000 Promissory Note, dated as of the date hereof": its face amount
                at = text.rfind(str(title), ev.start, ev.end) if title else -1
                at = ev.start if at < 0 else at
                lead = _FACE_AMOUNT.search(text, max(0, at - 40), at)
                found = parse_amount(lead["amount"]) if lead and not props else None
                if found:
                    props["amount"], props["currency"] = found
            ctx.collector.add(ref, "Instrument", ev, props)
            continue
        around = text[max(0, ev.start - 1500) : ev.end + 600]
        m = re.search(
            rf"(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)[ \t]+(?P<date>{DATE})", around
        )
        if m:
            props["date"] = e.props.get("date") or parse_date(m["date"])
            found = parse_amount(m["amount"])
            if found:
                props["amount"], props["currency"] = found
        ctx.collector.add(ref, "Instrument", ev, props, contained=True)
