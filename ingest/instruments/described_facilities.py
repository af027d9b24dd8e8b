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
    r"\b(?:provide|make\s+available|extend|establish)\s+(?:to\s+(?:(?:the\s+)?[A-Z][\w-]*|it)\s+)?"
    r"(?:a|an)\s+(?:(?:revolving|term|secured|unsecured|committed|reducing)[\s-]+){0,3}"
    r"(?:credit|loan|lending)\s+facility\b"
    # the description runs to the parenthesis within the sentence ("Section 7.1" is no stop)
    r"(?P<description>(?:[^.;()\"\u201c\u201d]|\.(?=\d)){10,300}?)"
    # "(together, the "Facilities")": one term for the facilities the description lists
    r"\(\s*(?P<together>(?:together|collectively),?\s+)?(?:the\s+)?[\"\u201c]"
    r"(?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Facility|FACILITY|Credit|CREDIT)"
    r"|(?(together)(?:[A-Z][\w-]*\s+){0,2}(?:Facilities|FACILITIES)|(?!)))"
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
        passage(
            "the Borrower has requested that the Lenders make available to it a term loan "
            "facility in an aggregate principal amount of $150,000,000 and a revolving credit "
            'facility in an aggregate principal amount of $75,000,000 (together, the "Facilities")',
            term="Facilities",
        ),
    ],
    rejects=[
        # a plural term no "together" or "collectively" gives the facilities described
        'to make available a credit facility in the amount of $5,000,000 (the "Facilities")',
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
    """The first amount after the limit words in a facility's description; None without them.
    Facilities named together ("a term loan facility in an aggregate principal amount of
    $150,000,000 and a revolving credit facility in an aggregate principal amount of
    $75,000,000 (together, the "Facilities")"): the sum of each one's limit, in one currency."""
    lo, hi = described.start("description"), described.end("description")
    together = "together" in described.re.groupindex and described["together"]
    limits = []
    for cue in _LIMIT.finditer(text, lo, hi):
        amounts = find_amounts(text, cue.end(), hi)
        if amounts:
            limits.append(amounts[0])
        if not together:
            break
    if len(limits) > 1 and len({a.currency for a in limits}) == 1:
        return Amount(
            limits[0].start, limits[-1].end, sum(a.value for a in limits), limits[0].currency
        )
    return limits[0] if limits else None


#: a lending sentence that provides a facility it never names by a term: "The Bank agrees, on
#: the terms of this Agreement, to extend to the Borrower a revolving credit line under which
#: the Borrower may borrow, repay and borrow again ...", "Lender will make available to
#: Borrower a line of credit": a bank form then calls it by the same running words ("the line
#: of credit", "the credit facility") and states its limit in the next sentence
_NEVER_NAMED = rule(
    "instruments.facility_never_named",
    r"\b(?:agrees?|will|shall)\b[^.;\"\u201c\u201d]{0,60}?\bto\s+"
    r"(?:extend|make\s+available|provide|establish|open)\s+"
    r"(?:to\s+(?:(?:the\s+)?[A-Z][\w-]*|it)\s+)?(?:a|an)\s+"
    r"(?P<name>(?:(?:revolving|secured|unsecured|committed|discretionary|reducing)[\s-]+){0,2}"
    r"(?:credit\s+line|line\s+of\s+credit|credit\s+facility|loan\s+facility))\b"
    r"(?!\s*\(|[^.;]{0,40}?\(\s*(?:the\s+)?[\"\u201c])",
    reads="a lending sentence providing a facility in running words, with no term for it",
    matches=[
        passage(
            "The Bank agrees, on the terms of this Agreement, to extend to the Borrower a "
            "revolving credit line under which the Borrower may borrow, repay and borrow again",
            name="revolving credit line",
        ),
        passage(
            "Lender agrees to make available to Borrower a line of credit for working capital",
            name="line of credit",
        ),
    ],
    rejects=[
        # named by a term: the described or defined facility readers' own
        'the Bank agrees to extend to the Borrower a revolving credit line (the "Line")',
        'Lender agrees to provide a credit facility in the amount of $1,000,000 (the "Loan")',
        # no lending promise: a recital of what another did
        "the Bank extended to the Borrower a revolving credit line in 1998",
    ],
)
#: how far after the lending sentence its limit may be stated: its own paragraph
_LIMIT_REACH = 600


def facility_never_named(ctx: DocContext) -> None:
    """The one facility an agreement with none yet provides in running words only, titled by
    them ("revolving credit line"), with the first limit its paragraph states after it and the
    agreement's one last day, ISSUED_UNDER it; evidence: the lending sentence. Read last of the
    facility readers: any facility a term names comes first."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found = list(_NEVER_NAMED.finditer(text))
    names = {" ".join(m["name"].lower().split()) for m in found}
    if len(names) != 1:
        return
    m = found[0]
    name = names.pop()
    if ctx.lookup(name):
        return
    end = text.find("\n\n", m.end())
    end = min(end if end >= 0 else len(text), m.end() + _LIMIT_REACH)
    cue = _LIMIT.search(text, m.end(), end)
    amounts = find_amounts(text, cue.end(), min(end, cue.end() + 200)) if cue else []
    lo, hi = clause_span(ctx, m.start(), m.end())
    add_credit_facility(
        ctx, name, ctx.span(lo, hi), amounts[0] if amounts else None, last_day(text), own
    )
