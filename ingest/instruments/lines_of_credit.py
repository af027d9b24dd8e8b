"""Lines of credit an agreement establishes or makes available, and the last day they
are available.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.refs import clause_span, instrument_ref
from ingest.records import PropValue
from ingest.references.titles import DATE
from ingest.rules import passage, rule

#: a line of credit an agreement defines: "Bank hereby agrees to make advances to Borrower from
#: time to time up to and including March 22, 2013, not to exceed ... Three Million Dollars
#: ($3,000,000) (the "Line of Credit")", "Lender agrees to make a credit facility available to
#: Borrower (the "Credit Facility")", "... not to exceed $15,000,000 (the "Line of Credit" or
#: the "Loan")"
_LINE_OF_CREDIT = rule(
    "instruments.line_of_credit",
    r"\(\s*(?:the\s+)?[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Line\s+of\s+Credit"
    r"(?:\s+Commitment)?|Credit\s+Facility|Revolving\s+Facility|LINE\s+OF\s+CREDIT"
    r"(?:\s+COMMITMENT)?|CREDIT\s+FACILITY|REVOLVING\s+FACILITY))[\"\u201d]"
    r"(?:\s+or\s+the\s+[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d])?\s*\)",
    reads="a line of credit an agreement defines by its term",
    matches=[
        passage('not to exceed $3,000,000 (the "Line of Credit")', term="Line of Credit"),
        passage(
            "available to Borrower (the “Revolving Credit Facility”)",
            term=("Revolving Credit Facility"),
        ),
        passage('(the "Line of Credit" or the "Loan")', term="Line of Credit"),
        passage(
            'the sum of $5,000,000 (the "LINE OF CREDIT COMMITMENT")',
            term="LINE OF CREDIT COMMITMENT",
        ),
    ],
    rejects=['(the "Loan")', "the Line of Credit described above"],
)

#: the words by which the agreement itself makes the line available (not a prior line a recital
#: recalls): "hereby agrees to make advances", "shall make"
_ESTABLISHES = rule(
    "instruments.establishes",
    r"(?i)\b(?:hereby|agrees?\s+to|ha(?:s|ve)\s+agreed\s+to|shall|will)\b",
    reads="the words by which the agreement itself makes a line of credit available",
    matches=[
        passage("Bank hereby agrees to make advances", match="hereby"),
        passage("Lender agrees to make a credit facility available", match="agrees to"),
        passage("the Lenders have agreed to establish a credit facility", match="have agreed to"),
    ],
    rejects=[
        "the Bank made advances under the prior line",
        "as previously agreed",
        "the Bank had agreed to make advances",
    ],
)

#: the last day advances may be made: "up to and including March 22, 2013"
_AVAILABLE_UNTIL = rule(
    "instruments.available_until",
    rf"(?i)\bup\s+to\s+and\s+including\s+(?P<date>{DATE})",
    reads="the last day advances may be made",
    matches=[
        passage("from time to time up to and including March 22, 2013", date=("March 22, 2013"))
    ],
    rejects=["up to and including the Maturity Date", "up to $3,000,000"],
)


#: the day an agreement defines as the last of its credit: "until the Expiration Date" with
#: ""Expiration Date" means June 30, 2009", "terminates on July 31, 2013 (the "Termination
#: Date")", "due and payable on July 31, 2013 (the "Maturity Date")"
_LAST_DAY = rule(
    "instruments.last_day",
    rf"(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c](?P<t>Maturity|Termination|Expiration)\s+Date"
    rf"[\"\u201d]\s*\)|[\"\u201c](?P<t2>Maturity|Termination|Expiration)\s+Date[\"\u201d]\s+"
    rf"(?:means|shall\s+mean|is)\s+(?P<date2>{DATE})",
    reads="the day an agreement defines as the last of its credit",
    matches=[
        passage(
            'terminates on July 31, 2013 (the "Termination Date")',
            date="July 31, 2013",
            t="Termination",
        ),
        passage('"Expiration Date" means June 30, 2009', t2="Expiration", date2="June 30, 2009"),
    ],
    rejects=['July 31, 2013 (the "Closing Date")', '"Maturity Date" means the earlier of'],
)


def _last_day(text: str) -> str | None:
    """The one day the agreement defines as its maturity, termination or expiration date (none
    when it defines several different days)."""
    days = {parse_date(m["date"] or m["date2"]) for m in _LAST_DAY.finditer(text)}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def lines_of_credit(ctx: DocContext) -> None:
    """The line of credit the document's own agreement makes available: a credit facility with
    its amount and last day, ISSUED_UNDER that agreement (evidence: the defining clause)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    text = ctx.text
    for m in _LINE_OF_CREDIT.finditer(text):
        term = " ".join(m["term"].split())
        if ctx.lookup(term) or re.match(r"(?i)existing|prior|former", term):
            continue
        lo, _ = clause_span(ctx, m.start(), m.end())
        if not _ESTABLISHES.search(text, lo, m.start()):
            continue
        # the amount before the term ("not to exceed ... ($3,000,000) (the "Line of
        # Credit")"), else the one its clause goes on to give ("(the "Credit Facility") in
        # the maximum amount of ... ($1,000,000)")
        _, hi = clause_span(ctx, m.start(), m.end())
        amounts = find_amounts(text[lo : m.start()]) or find_amounts(text[m.end() : hi])[:1]
        until = _AVAILABLE_UNTIL.search(text, lo, m.start())
        props: dict[str, PropValue] = {
            "title": term,
            "kind": "credit_facility",
            "amount": amounts[-1].plain if amounts else None,
            "currency": amounts[-1].currency if amounts else None,
            "maturity_date": parse_date(until["date"]) if until else _last_day(text),
        }
        ref = instrument_ref(term)
        evidence = ctx.span(lo, m.end())
        ctx.collector.add(ref, "Instrument", evidence, props, (term,))
        ctx.define(term, ref)
        ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
