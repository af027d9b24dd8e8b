"""The credit facilities a preliminary statement requests by the terms the agreement defines later:
"The Borrowers have requested that the Lender Parties lend to the Borrowers up to $820,000,000,
consisting of $165,000,000 under the Tranche A Term Facility (as hereinafter defined) extended to
the U.S. Borrower, ... and up to $100,000,000 under the Revolving Credit Facility (as hereinafter
defined) ...".

Exists because syndicated agreements of that form define each facility only as "the aggregate
amount of the ... Commitments" and state its size nowhere but in the request; the readers of
described and defined facilities read a facility named in a parenthesis after its description.
"(as hereinafter defined)" says the term is the own agreement's, so each such facility is a
credit facility ISSUED_UNDER the own agreement (never an amendment's: its facilities are its
base agreement's), with the amount before "under" (none where that is the equivalent in another
currency of an amount in dollars) and the last day its own maturity definition gives (such
agreements define one for each: ""Tranche B Maturity Date" means ...").
"""

from __future__ import annotations

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, clause_span
from ingest.relations.slots import own_base_agreement
from ingest.rules import passage, rule

_REQUESTED_UNDER = rule(
    "instruments.requested_facility",
    r"(?P<equivalent>\bEquivalent\s+(?:in\s+[A-Z]\w+\s+)?of\s+)?"
    r"(?P<amount>(?:U\.S\.\s?|US)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?)\s+"
    r"(?:under|pursuant\s+to)\s+the\s+(?P<term>(?:[A-Z][\w.-]*\s+){0,4}(?:Facility|FACILITY))"
    r"\s*\(\s*as\s+(?:hereinafter\s+defined|defined\s+(?:below|herein))\s*\)",
    reads="in a request for loans: an amount under a facility the agreement defines later",
    matches=[
        passage(
            "U.S.$165,000,000 under the Tranche A Term Facility (as hereinafter defined)",
            term="Tranche A Term Facility",
            amount="U.S.$165,000,000",
        ),
        passage(
            "up to $75,000,000 under the Revolving Credit Facility (as defined below)",
            term="Revolving Credit Facility",
        ),
        passage(
            "the Equivalent in Euros of U.S.$100,000,000 under the Tranche A Euro Term Facility"
            " (as hereinafter defined)",
            equivalent="Equivalent in Euros of ",
        ),
    ],
    rejects=[
        "$30,000,000 under the Existing Revolving Facility (as defined in the Existing Credit"
        " Agreement)",
        "$165,000,000 under the Tranche A Term Facility",
        "$5,000,000 under the Receivables Purchase Agreement (as hereinafter defined)",
    ],
)

#: the sentence is a request for the loans, or the lenders' agreement to make them
_REQUEST = rule(
    "instruments.requested_facility_request",
    r"(?i)\b(?:ha(?:s|ve)\s+requested|(?:has|have)\s+agreed\s+to\s+(?:lend|make|provide|extend))\b",
    reads="the sentence around a requested facility: a request for loans or an agreement to lend",
    matches=[
        passage("The Borrowers have requested that the Lenders lend", match="have requested"),
        passage("the Lenders have agreed to lend to the Company", match="have agreed to lend"),
    ],
    rejects=["the Borrower requests a Borrowing", "the Lenders have agreed to waive"],
)


def requested_facilities(ctx: DocContext) -> None:
    """Each facility the request names by a term defined later, with its amount and last day,
    ISSUED_UNDER the own agreement (not an amendment); evidence: the request. A term a reader
    before took is left to it."""
    own_ref = own_base_agreement(ctx)
    if own_ref is None:
        return
    text = ctx.text
    for m in _REQUESTED_UNDER.finditer(text):
        lo, hi = clause_span(ctx, m.start(), m.end())
        if not _REQUEST.search(text, lo, m.start()):
            continue
        term = " ".join(m["term"].split())
        if any(ctx.collector.get(r) for r in ctx.lookup(term)):
            continue
        amounts = [] if m["equivalent"] else find_amounts(text, m.start("amount"), m.end("amount"))
        amount = amounts[0] if amounts else None
        maturity = facility_maturity(text, term)
        add_credit_facility(ctx, term, ctx.span(lo, hi), amount, maturity, own_ref)
