"""The credit facility a recital or lending sentence describes before the parenthesis that names
it: "Borrower has requested that Lenders extend a revolving-credit facility to Borrower not to
exceed a total outstanding principal amount of $90,000,000 to be used by Borrower as provided
in Section 7.1 (the "Revolving Facility")", "the Banks will make available a term loan facility
to the Company in an aggregate principal amount of up to $25,000,000 (the "Term Facility")".

Exists because :mod:`.defined_facilities` reads the providing sentence only where its term
follows the facility's noun (and the borrower) directly ('a credit facility (the "Loan")');
syndicated forms put the limit and the purpose between them. The limit is the first amount
after its limit words ("not to exceed", "up to", "in the aggregate principal amount of") inside
the description; the facility is ISSUED_UNDER the own agreement (not an amendment) that has no
facility yet. A recital that makes several facilities available lists the others after the
first in the same shape ('... (the "Revolving Facility") and a term loan facility in an aggregate
principal amount of $60,000,000 (the "Term A Facility")'): each is a facility of its own.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.instruments.lines_of_credit import last_day
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.rules import passage, rule

_DESCRIBED = rule(
    "instruments.described_facility",
    r"\b(?:provide|make\s+available|extend|establish)\s+(?:to\s+(?:the\s+)?[A-Z][\w-]*\s+)?"
    r"(?:a|an)\s+(?:(?:revolving|term|secured|unsecured|committed|reducing)[\s-]+){0,3}"
    r"(?:credit|loan|lending)\s+facility\b"
    # the description runs to the parenthesis within the sentence ("Section 7.1" is no stop)
    r"(?P<description>(?:[^.;()\"\u201c\u201d]|\.(?=\d)){10,300}?)"
    r"\(\s*(?:the\s+)?[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Facility|FACILITY|Credit|CREDIT))"
    r"[\"\u201d]\s*\)",
    reads="the sentence that provides a credit facility, describes its limit and purpose, and "
    "only then names it",
    matches=[
        passage(
            "Borrower has requested that Lenders extend a revolving-credit facility to Borrower"
            " not to exceed a total outstanding principal amount of $40,000,000 to be used by"
            ' Borrower as provided in SECTION 7.1 (the "REVOLVING FACILITY").',
            term="REVOLVING FACILITY",
        ),
        passage(
            "the Banks will make available a term loan facility to the Company in an aggregate"
            ' principal amount of up to $25,000,000 (the "Term Facility").',
            term="Term Facility",
        ),
    ],
    rejects=[
        "the Lenders extend a revolving credit facility to the Borrower under the terms of the"
        ' existing credit agreement (the "Existing Agreement").',
        'the Lender provided a credit facility to the Borrower in 1994 (the "Prior Loans")',
        'extend a credit facility (the "Facility")',
    ],
)

#: a further facility the same providing sentence lists right after the one before it, described
#: and named in the same shape ("..., and a term loan facility in an aggregate principal amount
#: of $60,000,000 (the "Term A Facility")")
_FURTHER = rule(
    "instruments.described_facility_further",
    r"\s*,?\s*(?:and\s+)?(?:a|an)\s+(?:(?:revolving|term|secured|unsecured|committed|reducing"
    r"|delayed[\s-]draw|incremental)[\s-]+){0,3}(?:credit|loan|lending)\s+facility\b"
    r"(?P<description>(?:[^.;()\"\u201c\u201d]|\.(?=\d)){10,300}?)"
    r"\(\s*(?:the\s+)?[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Facility|FACILITY))[\"\u201d]\s*\)",
    reads="after a described facility's parenthesis: the next facility the sentence provides",
    matches=[
        passage(
            ' and a term loan facility in an aggregate principal amount of $60,000,000 (the "Term'
            ' A Facility")',
            term="Term A Facility",
        ),
        passage(
            ", a delayed draw term loan facility of up to $15,000,000 to fund Permitted"
            ' Acquisitions (the "DDTL Facility")',
            term="DDTL Facility",
        ),
    ],
    rejects=[
        ' and the Lenders are willing to do so on the terms set forth herein (the "Terms")',
        ' and a security interest in its inventory (the "Collateral")',
    ],
)

#: the words before a facility's limit inside its description
_LIMIT = rule(
    "instruments.described_facility_limit",
    r"(?i)\b(?:not\s+to\s+exceed|shall\s+not\s+exceed|(?:of\s+)?up\s+to|in\s+(?:the|an)\s+"
    r"(?:aggregate\s+|maximum\s+|original\s+)*(?:principal\s+)?amount\s+(?:of|not\s+to\s+exceed))\s+",
    reads="the words before the limit a facility's description states",
    matches=[
        passage(
            "not to exceed a total outstanding principal amount of $40,000,000",
            match="not to exceed ",
        ),
        passage(
            "in an aggregate principal amount of up to $25,000,000",
            match="in an aggregate principal amount of ",
        ),
    ],
    rejects=["in amounts of not less than $100,000"],
)


def described_facilities(ctx: DocContext) -> None:
    """The one facility such a sentence names, with the limit its description states, ISSUED_UNDER
    the own agreement that has no facility yet; evidence: the providing sentence."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found = {" ".join(m["term"].split()): m for m in _DESCRIBED.finditer(text)}
    if len(found) != 1:
        return
    [(term, m)] = found.items()
    if any(ctx.collector.get(r) for r in ctx.lookup(term)):
        return
    lo, hi = clause_span(ctx, m.start(), m.end())
    described: list[re.Match[str]] = [m]
    while (further := _FURTHER.match(text, described[-1].end(), hi)) is not None:
        described.append(further)
    for d in described:
        term = " ".join(d["term"].split())
        if d is not m and any(ctx.collector.get(r) for r in ctx.lookup(term)):
            continue
        add_credit_facility(ctx, term, ctx.span(lo, hi), _limit(text, d), last_day(text), own)


def _limit(text: str, described: re.Match[str]) -> Amount | None:
    """The first amount after the limit words in a facility's description; None without them."""
    cue = _LIMIT.search(text, described.start("description"), described.end("description"))
    amounts = find_amounts(text, cue.end(), described.end("description")) if cue else []
    return amounts[0] if amounts else None
