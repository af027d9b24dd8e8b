"""The classes of loans a syndicated agreement defines by the section that makes them, each lent
by every lender: ""Term Loan" means a Loan made pursuant to Section 2.01(a)", ""Bridge Loan"
means a Loan made pursuant to Section 2.01(b)", with "each Lender agrees to make Term Loans to
Borrower ..." in that section. Each class is a credit facility ISSUED_UNDER the own agreement,
its size the class's commitments add up to ("The initial aggregate amount of the Lenders' Term
Loan Commitments is $1,000,000,000") and its last day its own maturity definition's (""Term
Loan Maturity Date" means June 30, 2012").

Exists because :mod:`.loan_classes` reads classes made by a class of lenders named alike ("a
loan made by a Term Loan Bank"), and this form, whose every lender makes each class, names no
such class of lenders. Read only where the own agreement (not an amendment) has no facility yet
and at least two classes are defined and lent so (one class alone is the facility's advance,
which :mod:`.several_lending` reads).
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.instruments.swing_line_loans import SWING as _SWING
from ingest.references.titles import DATE
from ingest.rules import passage, rule

_SECTION_CLASS = rule(
    "instruments.loan_class_by_section",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*[ \t]+){1,3}(?:Loan|LOAN))[\"\u201d]\s+"
    r"(?:means|shall\s+mean)\s+(?i:an?\s+loan\s+made\s+pursuant\s+to\s+(?:Section|clause|paragraph))"
    r"\s+\d",
    reads="a definition of a class of loans by the section that makes them",
    matches=[
        passage(
            "\u201cTerm Loan\u201d means a Loan made pursuant to Section 2.01(a).", term="Term Loan"
        ),
        passage(
            '"REVOLVING LOAN" means a Loan made pursuant to Section 2.01.', term="REVOLVING LOAN"
        ),
    ],
    rejects=[
        '"Term Loan" means a loan made by a Term Loan Bank pursuant to Section 2.01(a).',
        '"Intercompany Loan" means a loan made by the Borrower to a Subsidiary.',
        '"Loan" means a Loan made pursuant to Section 2.01.',
    ],
)

#: the class's lending sentence: "each Lender agrees to make Term Loans to Borrower"
_LENT = r"(?i:agrees?\s+to\s+make)\s+{}s?\s+(?i:to)\b"
#: the class's size: "The initial aggregate amount of the Lenders' Term Loan Commitments is"
_TOTAL = r"(?i:aggregate\s+amount\s+of\s+the\s+Lenders['\u2019]\s+){}\s+(?i:Commitments\s+is)\s+"
#: the class's own last day: ""Term Loan Maturity Date" means June 30, 2012"
_MATURITY = r"[\"\u201c]{}\s+(?i:Maturity\s+Date)[\"\u201d]\s+(?:means|shall\s+mean)\s+(?P<date>{})"


def _words(term: str) -> str:
    return r"\s+".join(map(re.escape, term.split()))


def section_loan_classes(ctx: DocContext) -> None:
    """A credit facility for each class of loans the definitions make by a section and every
    lender agrees to make, ISSUED_UNDER the own agreement that has no facility yet."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found: dict[str, tuple[int, int]] = {}
    for m in _SECTION_CLASS.finditer(text):
        term = " ".join(w if not w.isupper() else w.title() for w in m["term"].split())
        if re.search(_LENT.format(_words(term)), text, re.IGNORECASE):
            found.setdefault(term, clause_span(ctx, m.start(), m.end()))
    if len(found) < 2:
        return
    for term, (lo, hi) in found.items():
        if any(ctx.collector.get(r) for r in ctx.lookup(term)) or re.match(_SWING, term):
            continue  # read already, or a swing line (:mod:`.swing_line_loans` reads its cap)
        total = re.search(_TOTAL.format(_words(term)), text)
        amounts = find_amounts(text, total.end(), total.end() + 30) if total else []
        own_day = re.search(_MATURITY.format(_words(term), DATE), text)
        maturity = parse_date(own_day["date"]) if own_day else facility_maturity(text, term)
        plural = term + "s"
        add_credit_facility(
            ctx, plural, ctx.span(lo, hi), amounts[0] if amounts else None, maturity, own
        )
        ctx.define(term, ctx.lookup(plural)[0])
