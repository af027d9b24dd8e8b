"""The facilities a bank's facility letter or term sheet lists under headings, each with an
"Amount:" field that names it: "FACILITY B - NON-REVOLVING TERM LOAN" / "Amount:  $1,200,000
(the "Term Loan")". Each is a credit facility of that name and amount, ISSUED_UNDER the
letter (the document's own agreement), as a facility a credit agreement's sentence makes is.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.instruments.refs import instrument_ref
from ingest.instruments.terms import parse_amount
from ingest.records import PropValue
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "Amount:  $4,000,000 (the "Operating Line")": a field of a facility's terms, its name given
AMOUNT_FIELD = rule(
    "instruments.facility_amount_field",
    r"(?m)^[ \t]*(?:(?:Facility|Maximum|Principal)\s+)?(?:Amount|Limit)\s*:[ \t]*"
    r"(?P<amount>(?:U\.?S\.?\s*|CDN\s*)?\$\s*\d[\d,]*(?:\.\d+)?)[ \t]*\(\s*(?:the\s+)?"
    r"[\"“](?P<term>[A-Z][\w/&\- ]{1,40}?)[\"”]\s*\)",
    reads="a facility's 'Amount:' field in a facility letter or term sheet, naming it",
    matches=[
        passage('     Amount:          $4,000,000 (the "Operating Line").', term="Operating Line"),
        passage('Facility Amount: $300,000 (the "L/C Facility")', amount="$300,000"),
    ],
    rejects=[
        'The amount of $4,000,000 (the "Operating Line")',
        "Amount: $4,000,000, payable on demand",
    ],
)


def facility_fields(ctx: DocContext) -> None:
    """Each facility a field names in the own text: a credit facility ISSUED_UNDER the own
    agreement (a letter or an agreement, not an amendment), with the field's amount."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if ctx.self_ref is None or own is None or own.label != "Agreement":
        return
    if own.props.get("kind") == "amendment":
        return
    text = ctx.text
    for m in AMOUNT_FIELD.finditer(text, 0, analyze(text).main_end):
        term = " ".join(m["term"].split())
        found = parse_amount(m["amount"])
        props: dict[str, PropValue] = {"title": term, "kind": "credit_facility"}
        if found:
            props["amount"], props["currency"] = found
        known = [
            r for r in ctx.lookup(term) if (e := ctx.collector.get(r)) and e.label == "Instrument"
        ]
        ref = known[0] if known else instrument_ref(term)
        evidence = ctx.span(m.start("amount"), m.end())
        ctx.collector.add(ref, "Instrument", evidence, props, (term,))
        ctx.define(term, ref)
        ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
