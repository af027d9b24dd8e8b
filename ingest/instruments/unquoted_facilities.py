"""Credit facilities a lending sentence names by a term in parentheses without quotes: "the Bank
agrees to make available to the Borrower a revolving line of credit (the Line) in an amount not
to exceed $3,500,000", "Lender will make revolving loans to Borrower (Facility A) up to the
Facility A Limit shown on the Schedule", "Lender will make a term loan to Borrower (Facility B)".

Exists because the readers of lending sentences (:mod:`.lines_of_credit`) take a term only in
quotes, and bank forms and small lenders' agreements often write their terms bare, putting the
figures in a schedule of labelled lines ("Facility A Limit: $1,500,000.", "Facility A Maturity
Date: June 9, 2022."). Each facility is a credit facility ISSUED_UNDER the own agreement (not an
amendment, whose facilities are another agreement's), with the limit its sentence states (else
its labelled line's) and the maturity its labelled line or "<term> Maturity Date" definition
gives.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.refs import add_credit_facility, clause_span
from ingest.references.titles import DATE
from ingest.relations.provided_under import facility_under
from ingest.rules import passage, rule

_FACILITY_WORD = (
    r"(?:Line(?:\s+of\s+Credit)?|Credit\s+Line|Facility(?:\s+[A-Z0-9]{1,2}\b)?|Loans?"
    r"|Advances?|Tranche\s+[A-Z0-9]{1,2}\b)"
)

_BARE_TERM = rule(
    "instruments.unquoted_facility_term",
    rf"\((?:the\s+)?(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}{_FACILITY_WORD})\)",
    reads="a facility's term in parentheses without quotes",
    matches=[
        passage("a revolving line of credit (the Line) in an amount", term="Line"),
        passage("make revolving loans to Borrower (Facility A) up to", term="Facility A"),
        passage("imaging equipment (the Equipment Line), in an amount", term="Equipment Line"),
        passage("a term loan to the Company (the Term Loan) of", term="Term Loan"),
    ],
    rejects=[
        '(the "Line")',
        "(the Loan Agreement)",
        "(as defined in the Loan Agreement)",
        "(the Lender)",
        "(the line)",
    ],
)

#: the lender's promise in the clause before the term: "agrees to make available", "will make"
_LENDS = rule(
    "instruments.unquoted_facility_lends",
    r"(?i)\b(?:agrees?\s+to|will|shall|hereby)\s+(?:make\s+available|make|extend|lend"
    r"|provide|establish)\b",
    reads="a lender's promise to lend, before a facility's bare term",
    matches=[
        passage(
            "the Bank agrees to make available to the Borrower", match="agrees to make available"
        ),
        passage("Lender will make revolving loans", match="will make"),
        passage("the Lender shall extend to the Borrower", match="shall extend"),
    ],
    rejects=["the Borrower shall repay the Loans", "the Bank has made a loan"],
)

#: what is lent, just before the term or in the clause: loans, advances, a line, a facility
_LENT = rule(
    "instruments.unquoted_facility_lent",
    r"(?i)\b(?:line\s+of\s+credit|credit\s+line|facility|loans?|advances?)\b",
    reads="what a lending clause lends: loans, advances, a line of credit or a facility",
    matches=[
        passage("a revolving line of credit", match="line of credit"),
        passage("make advances to Borrower", match="advances"),
        passage("a term loan to Borrower", match="loan"),
    ],
    rejects=["to purchase equipment", "the Borrower's accounts"],
)

#: an existing facility the sentence recites, not one it establishes
_EARLIER = re.compile(r"(?i)^(?:existing|prior|former|original|old)\b")


def _labelled(term: str, labels: str) -> str:
    """A schedule's labelled line for ``term`` ("Facility A Limit: $1,500,000."), or the
    definition of the same words ('"Line Maturity Date" means August 31, 2021')."""
    words = r"\s+".join(map(re.escape, term.split()))
    return (
        rf"(?m)(?:^[ \t]*|[\"\u201c]){words}\s+(?:{labels})[\"\u201d]?\s*"
        r"(?::|means|shall\s+mean|is)\s*"
    )


def _scheduled_amount(text: str, term: str) -> Amount | None:
    """The amount a labelled line or a definition gives the facility's limit or amount."""
    m = re.search(_labelled(term, r"Limit|Amount|Commitment|Maximum\s+Amount"), text)
    if m is None:
        return None
    found = find_amounts(text, m.end(), m.end() + 40)
    return found[0] if found and found[0].start - m.end() < 5 else None


def _maturity(text: str, term: str) -> str | None:
    """The day a labelled line or a definition gives the facility's maturity or termination."""
    labels = r"(?:Maturity|Termination|Expiration)\s+Date"
    m = re.search(_labelled(term, labels) + rf"({DATE})", text)
    return parse_date(m.group(1)) if m else None


def unquoted_facilities(ctx: DocContext) -> None:
    """The facilities the own agreement's lending sentences name by a bare term; evidence: the
    sentence."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or own.props.get("kind") == "amendment":
        return
    under = facility_under(ctx)
    if under is None:
        return
    text = ctx.text
    for m in _BARE_TERM.finditer(text):
        term = " ".join(m["term"].split())
        if ctx.lookup(term) or _EARLIER.match(term):
            continue
        lo, hi = clause_span(ctx, m.start(), m.end())
        promise = _LENDS.search(text, lo, m.start())
        if promise is None or not _LENT.search(text, promise.end(), m.start()):
            continue
        stop = text.find(".", m.end(), hi)
        after = find_amounts(text, m.end(), stop if stop > 0 else hi)[:1]
        amounts = find_amounts(text, promise.end(), m.start()) or after
        amount = amounts[-1] if amounts else _scheduled_amount(text, term)
        add_credit_facility(ctx, term, ctx.span(lo, m.end()), amount, _maturity(text, term), under)
