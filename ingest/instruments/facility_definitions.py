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
agreement has no facility yet, or in an amendment that adds a facility by a new definition
(then ISSUED_UNDER the one agreement it amends).
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
    r"(?:[\w()-]+\s+){0,6}?(?:(?:credit|loan|lending|swing\s?line)\s+facility|line\s+of\s+credit)"
    r"\s+(?:"
    # its size, stated before whom it is for: "in the original principal amount of $45,000,000"
    r"(?P<size>in\s+(?:an?|the)\s+(?:(?:aggregate|original|maximum)\s+)*principal\s+amount\s+"
    r"(?:not\s+to\s+exceed|of|up\s+to)\s+(?:[^\s;]+\s+){1,6}?)?"
    r"(?:being\s+)?(?:made\s+available\s+|extended\s+|provided\s+)?to\s+the\s+Borrowers?\b"
    r"(?:[^.;\"\u201c]{0,80}?\bby\s+the\s+(?:Lenders?|Banks?)\b"
    # or under a section of this agreement (not "of the Existing Credit Agreement")
    r"|[^.;\"\u201c]{0,60}?\b(?:under|pursuant\s+to)\s+(?:this\s+Agreement\b|Section\s+"
    r"(?![\w.()]*\s+of\s+(?:the|that|such)\b)\d))"
    # or the section of this agreement that provides for it, its size after: "provided for in
    # Section 2.01, in an aggregate principal amount not to exceed $40,000,000"
    r"|(?:(?:provided\s+for|described|set\s+forth)\s+in"
    # or made available by its lenders under a section: "made available by the Incremental Term
    # Lenders pursuant to Section 2.12 in the aggregate principal amount of $20,000,000"
    r"|(?:made\s+available|provided|extended)\s+by\s+the\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Lenders?|Banks?)\s+(?:under|pursuant\s+to))\s+Section\s+"
    r"(?P<section>\d[\w()]*(?:\.[\w()]+)*)(?![\w(]|\.\w)(?!\s+of\s+(?:the|that|such)\b)(?:,?\s+(?P<after>in\s+(?:an?|the)\s+"
    r"(?:(?:aggregate|original|maximum)\s+)*principal\s+amount\s+(?:not\s+to\s+exceed|of|up\s+to)"
    r"\s+(?:[^\s;]+\s+){0,6}?[^\s;]*\d))?)",
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
        passage(
            '"Revolving Credit Facility" means the revolving credit facility provided for in '
            "Section 2.01, in an aggregate principal amount not to exceed $40,000,000 at any time",
            term="Revolving Credit Facility",
            after="in an aggregate principal amount not to exceed $40,000,000",
        ),
        passage(
            "\u201cTranche B Facility\u201d shall mean the term loan facility described in Section "
            "2.2(b) hereof.",
            term="Tranche B Facility",
            section="2.2(b)",
        ),
        passage(
            '"Swing Line Facility" means the swing line facility set forth in Section 2.4.',
            term="Swing Line Facility",
        ),
        passage(
            '"Incremental Term Loan Facility" shall mean the term loan facility made available '
            "by the Incremental Term Lenders pursuant to Section 2.12 in the aggregate principal "
            "amount of $20,000,000.",
            term="Incremental Term Loan Facility",
            after="in the aggregate principal amount of $20,000,000",
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
        '"Existing Facility" means the term loan facility provided for in Section 2.1 of the '
        "Existing Credit Agreement",
        '"Seller Facility" means the loan facility described in the Purchase Agreement',
        '"Acquisition Facility" means the term loan facility made available by the Acquisition '
        "Lenders under Section 2.3 of the Existing Credit Agreement",
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
    own = agreement_without_facility(ctx) or _amended(ctx)
    if own is None:
        return
    text = ctx.text
    found: dict[str, tuple[int, int]] = {}
    sizes: dict[str, Amount] = {}
    for m in _OWN_FACILITY.finditer(text):
        term = " ".join(m["term"].split())
        found.setdefault(term, clause_span(ctx, m.start(), m.end()))
        size = "size" if m["size"] else "after"
        stated = find_amounts(text, m.start(size), m.end(size)) if m[size] else []
        if stated:
            sizes.setdefault(term, stated[0])
    for term, (lo, hi) in found.items():
        if any(ctx.collector.get(r) for r in ctx.lookup(term)):
            continue
        amount = sizes.get(term) or _commitment_amount(text, term)
        add_credit_facility(ctx, term, ctx.span(lo, hi), amount, facility_maturity(text, term), own)


def _amended(ctx: DocContext) -> str | None:
    """The one agreement the own amendment amends: the facility an amendment adds by a new
    definition (""Incremental Term Loan Facility" shall mean the term loan facility made
    available ... pursuant to Section 2.12", the section the amendment adds) is the amended
    agreement's, as are its sections."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.props.get("kind") != "amendment":
        return None
    amended = {
        t for (kind, s, t) in ctx.collector.relations if kind == "AMENDS" and s == ctx.self_ref
    }
    return amended.pop() if len(amended) == 1 else None


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
    ..." for the "Term Loan Facility", ""Revolving Maturity Date" means ..." for the "Revolving
    Credit Facility": an agreement with two facilities defines a day for each), else the one
    day a maturity or termination definition opens on."""
    named = re.search(rf"({DATE})\s+with\s+respect\s+to\s+the\s+{re.escape(term)}", text)
    if named:
        return parse_date(named.group(1))
    # "Revolving Credit Facility", "Revolving Loans": the kind "Revolving", whose day
    # "Revolving Maturity Date" or "Revolving Credit Maturity Date" names
    kind = re.sub(
        r"(?:\s+(?:Credit|Loan))?\s+(?:Facility|Line\s+of\s+Credit|Loans?|Advances)$",
        "",
        term,
        flags=re.I,
    )
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
