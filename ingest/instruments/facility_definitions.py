"""The credit facilities a definitions list names, one definition each: ""Revolving Facility"
means the revolving credit facility being made available to the Borrower by the Banks pursuant
to Section 2.1", ""Term Facility" means the term loan facility ...", ""Revolving Line of
Credit" shall mean a three (3) year reducing revolving line of credit to the Borrower pursuant
to the Commitment by the Lender", ""Term Loan Facility" means the term loan facility in the
original principal amount of $45,000,000 provided to the Borrower ... under Section 2.01(a)"
(an agreement whose lending section then says only "each Lender severally agrees to make
Loans": the definitions are the one place its facilities are named and sized).

Exists because :mod:`ingest.instruments.defined_facilities` reads a definition only when it
is the agreement's one facility and says "a credit facility"; an agreement with a revolving and
a term facility defines both alike, as the facility made available "to the Borrower by the
Banks" (which is what tells it from another agreement's facility). Each facility is ISSUED_UNDER
the own agreement, with the amount its "<kind> Commitment Amount" definition states and the
maturity date its definition or the "Maturity Date" definition gives; read only where the own
agreement (not an amendment) has no facility yet.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.references.titles import DATE
from ingest.rules import passage, rule

_OWN_FACILITY = rule(
    "instruments.own_facility_definition",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){1,3}(?:Facility|FACILITY|Line\s+of\s+Credit"
    r"|LINE\s+OF\s+CREDIT))[\"\u201d]\s*(?:means|shall\s+mean|is)\s+(?:the|a|an)\s+"
    r"(?:[\w()-]+\s+){0,6}?(?:(?:credit|loan|lending)\s+facility|line\s+of\s+credit)\s+"
    # its size, stated before whom it is for: "in the original principal amount of $45,000,000"
    r"(?P<size>in\s+(?:an?|the)\s+(?:(?:aggregate|original|maximum)\s+)*principal\s+amount\s+"
    r"(?:not\s+to\s+exceed|of|up\s+to)\s+(?:[^\s;]+\s+){1,6}?)?"
    r"(?:being\s+)?(?:made\s+available\s+|extended\s+|provided\s+)?to\s+the\s+Borrowers?\b"
    r"(?:[^.;\"\u201c]{0,80}?\bby\s+the\s+(?:Lenders?|Banks?)\b"
    # or under a section of this agreement (not "of the Existing Credit Agreement")
    r"|[^.;\"\u201c]{0,60}?\b(?:under|pursuant\s+to)\s+(?:this\s+Agreement\b|Section\s+"
    r"(?![\w.()]*\s+of\s+(?:the|that|such)\b)\d))",
    reads="a definition that makes its term a facility the lenders make available to the borrower",
    matches=[
        passage(
            '"Revolving Facility" means the revolving credit facility being made available to '
            "the Borrower by the Banks pursuant to Section 2.1.",
            term="Revolving Facility",
        ),
        passage(
            "“Term Facility” shall mean the term loan facility extended to the Borrowers by the "
            "Lenders under Section 2.2",
            term="Term Facility",
        ),
        passage(
            '"REVOLVING LINE OF CREDIT" shall mean a three (3) year reducing revolving line of '
            "credit to the Borrower pursuant to the Commitment by the Lender",
            term="REVOLVING LINE OF CREDIT",
        ),
        passage(
            '"Term Loan Facility" means the term loan facility in the original principal amount '
            "of $45,000,000 provided to the Borrower on the Closing Date under Section 2.01(a).",
            term="Term Loan Facility",
            size="in the original principal amount of $45,000,000 ",
        ),
        passage(
            "“Revolving Credit Facility” means the revolving credit facility in an aggregate "
            "principal amount not to exceed Twenty Million Dollars ($20,000,000) made available "
            "to the Borrowers pursuant to Section 2.2, as reduced from time to time",
            term="Revolving Credit Facility",
        ),
        passage(
            '"Acquisition Facility" means the delayed draw term loan facility extended to the '
            "Borrower under this Agreement",
            term="Acquisition Facility",
        ),
    ],
    rejects=[
        '"Existing Facility" means the credit facility made available to the Borrower by '
        "Old Bank under the Prior Agreement",
        '"Bridge Facility" means the term loan facility in the original principal amount of '
        "$12,000,000 provided to the Borrower under Section 2.1 of the Bridge Loan Agreement",
        '"Seller Facility" means the loan facility in an aggregate principal amount of $5,000,000 '
        "made available to the Borrower by the Seller",
        '"Facility Office" means the office of a Lender',
        '"Facility" means the credit facility described in the Existing Agreement',
        '"Prior Facility" means the credit facility made available to the Borrower by the '
        "Existing Lenders",
    ],
)

#: the day a "Maturity Date" or "(Facility) Termination Date" definition opens on: ""Maturity
#: Date" means (a) September 15, 2004 with respect to ...", ""TERMINATION DATE" shall mean the
#: earlier to occur of (i) January 31, 2005 or (ii) ..."
_MATURITY_DEFINITION = rule(
    "instruments.facility_maturity_definition",
    # "Facility Termination Date": the facility's own, as bank forms name it
    r"[\"\u201c](?:(?:Facility|FACILITY)\s+)?(?:Maturity|MATURITY|Termination|TERMINATION)\s+"
    r"(?:Date|DATE)[\"\u201d]\s*"
    r"(?:means|shall\s+mean)\s+(?:the\s+earlier\s+(?:to\s+occur\s+)?of\s+)?"
    rf"(?:\(\w{{1,3}}\)\s+)?(?P<date>{DATE})",
    reads="the day a maturity or termination date definition opens on",
    matches=[
        passage(
            '"Maturity Date" means (a) September 15, 2004 with respect to the Revolving Facility',
            date="September 15, 2004",
        ),
        passage(
            '"TERMINATION DATE" shall mean the earlier to occur of (i) January 31, 2005 or (ii)',
            date="January 31, 2005",
        ),
        passage(
            '"Facility Termination Date" means June 2, 2003 or any earlier date on which the '
            "Aggregate Commitment is reduced to zero",
            date="June 2, 2003",
        ),
    ],
    rejects=[
        '"Maturity Date" means the date on which the Loans are due',
        '"Closing Date" means',
        '"Commitment Termination Date" means March 1, 2004',
    ],
)

#: how far after a "... Commitment Amount" definition its amount may stand
_AMOUNT_REACH = 160


def facility_definitions(ctx: DocContext) -> None:
    """The facilities the definitions list names as made available to the borrower by the
    lenders, each ISSUED_UNDER the own agreement (not an amendment) that has no facility yet;
    evidence: the definition."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found: dict[str, tuple[int, int]] = {}
    sizes: dict[str, Amount] = {}
    for m in _OWN_FACILITY.finditer(text):
        term = " ".join(m["term"].split())
        found.setdefault(term, clause_span(ctx, m.start(), m.end()))
        stated = find_amounts(text, m.start("size"), m.end("size")) if m["size"] else []
        if stated:
            sizes.setdefault(term, stated[0])
    for term, (lo, hi) in found.items():
        if any(ctx.collector.get(r) for r in ctx.lookup(term)):
            continue
        amount = sizes.get(term) or _commitment_amount(text, term)
        add_credit_facility(ctx, term, ctx.span(lo, hi), amount, facility_maturity(text, term), own)


def _commitment_amount(text: str, term: str) -> Amount | None:
    """The amount the "<kind> Commitment Amount" definition of the facility's kind states
    ("Revolving Commitment Amount" shall mean Fifteen Million Dollars ($15,000,000))."""
    kind = term.split()[0]
    cue = re.search(
        rf"[\"\u201c]{re.escape(kind)}\s+(?:Loan\s+)?Commitment\s+Amount[\"\u201d]\s*"
        r"(?:means|shall\s+mean|is)\s+",
        text,
        re.IGNORECASE,
    )
    found = find_amounts(text, cue.end(), cue.end() + _AMOUNT_REACH) if cue else []
    return found[0] if found else None


def facility_maturity(text: str, term: str) -> str | None:
    """The facility's last day: the day its maturity definition gives "with respect to" it,
    else the day its own kind's maturity definition opens on (""Term Loan Maturity Date" means
    ..." for the "Term Loan Facility": an agreement with two facilities defines a day for
    each), else the one day a maturity or termination definition opens on."""
    named = re.search(rf"({DATE})\s+with\s+respect\s+to\s+the\s+{re.escape(term)}", text)
    if named:
        return parse_date(named.group(1))
    kind = re.sub(r"\s+(?:Facility|Line\s+of\s+Credit)$", "", term, flags=re.IGNORECASE)
    own = re.search(
        rf"[\"\u201c]{re.escape(kind)}\s+(?:(?:Loan|Credit)\s+)?(?:Maturity|Termination)\s+Date"
        rf"[\"\u201d]\s*(?:means|shall\s+mean)\s+({DATE})",
        text,
        re.IGNORECASE,
    )
    if own:
        return parse_date(own.group(1))
    return opening_maturity(text)


def opening_maturity(text: str) -> str | None:
    """The one day the maturity or termination definitions open on (""Maturity Date" means
    the earlier of (i) October 5, 2014 and (ii) ..."); None when they open on several days."""
    days = {parse_date(m["date"]) for m in _MATURITY_DEFINITION.finditer(text)}
    days.discard(None)
    return days.pop() if len(days) == 1 else None
