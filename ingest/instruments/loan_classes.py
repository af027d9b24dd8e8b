"""The classes of loans a syndicated agreement defines, each made by its own class of lenders:
""Term Loan" means a loan made by a Term Loan Bank pursuant to Section 2.01(a)", ""Revolving
Credit Loan" means a loan made by a Revolving Credit Bank pursuant to Section 2.01(b)"; each
class's size is what its lenders' commitments add up to, which the signature pages (or the
commitment schedule) total: "Total Term Loan Commitments $125,000,000".

Exists because :mod:`.advance_definitions` reads one advance "by a Lender to the Borrower" and
leaves two classes alone, and the lending sentences of these forms ("each Term Loan Bank
severally agrees ... to make Term Loans to the Borrower ... not to exceed ... its Term Loan
Commitment") define no term. Each class is a credit facility ISSUED_UNDER the own agreement
(not an amendment), read only where that agreement has no facility yet and the class's lenders
are a class term of the same words ("Term Loan Bank" for "Term Loan"): "a loan made by a
Lender" is the one facility's advance, and a loan "made by the Borrower" is no facility.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.references.titles import DATE
from ingest.rules import passage, rule
from ingest.unquoted_definitions import unquoted_definitions

_LOAN_CLASS = rule(
    "instruments.loan_class_definition",
    r"[\"\u201c]?(?P<term>(?P<cls>(?:[A-Z][\w-]*[ \t]+){1,3})(?:Loan|Advance))[\"\u201d]?\s+"
    r"(?:means|shall\s+mean)\s+(?:an?|each)\s+(?:loan|advance)\s+(?:made\s+)?by\s+(?:an?|each)\s+"
    r"(?P<lenders>(?:[A-Z][\w-]*\s+){1,4}?(?:Bank|Lender))\b",
    reads="a definition of a class of loans made by the class of lenders named alike",
    matches=[
        passage(
            '"Term Loan" means a loan made by a Term Loan Bank pursuant to Section 2.01(a).',
            term="Term Loan",
            lenders="Term Loan Bank",
        ),
        passage(
            "Revolving Credit Loan means a loan made by a Revolving Credit Bank pursuant to "
            "Section 2.01(b).",
            term="Revolving Credit Loan",
            lenders="Revolving Credit Bank",
        ),
        passage(
            "\u201cTranche A Advance\u201d means an advance made by a Tranche A Lender.",
            term="Tranche A Advance",
            lenders="Tranche A Lender",
        ),
    ],
    rejects=[
        '"Revolving Loan" means a loan made by a Lender pursuant to Section 2.01.',
        '"Intercompany Loan" means a loan made by the Borrower to a Subsidiary.',
        '"Swing Loan" means a loan made by the Swing Line Bank.',
    ],
)

#: the class's total, where the signature pages or a schedule add the commitments up: "Total
#: Term Loan Commitments $125,000,000", "TOTAL REVOLVING CREDIT COMMITMENTS: $50,000,000"
_TOTAL = r"(?i:total)\s+{}\s+(?i:commitments)\s*:?\s*(?=\$)"

#: the day an unquoted maturity or termination definition of the list opens on:
#: "Termination Date means October 31, 2003, or, if such day is not a Business Day, ..."
_UNQUOTED_MATURITY = re.compile(
    rf"(?:Maturity|Termination)\s+Date\s+(?:means|shall\s+mean)\s+(?P<date>{DATE})"
)


def _maturity(text: str, term: str, unquoted: set[int]) -> str | None:
    """The facility's last day: its maturity definition's (quoted), else the one day the
    list's unquoted maturity or termination definitions open on."""
    if quoted := facility_maturity(text, term):
        return quoted
    days = {
        parse_date(m["date"]) for m in _UNQUOTED_MATURITY.finditer(text) if m.start() in unquoted
    }
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _class_words(term: str) -> str:
    """The words a loan class and its lenders share: "Term Loan" for "Term Loan" and "Term Loan
    Bank", "Revolving Credit" for "Revolving Credit Loan" and "Revolving Credit Bank"."""
    return " ".join(term.split()[:-1])


def loan_classes(ctx: DocContext) -> None:
    """A credit facility for each class of loans the definitions make with its own class of
    lenders, ISSUED_UNDER the own agreement that has no facility yet; its amount the total of
    its commitments where the text states one, its last day the maturity definition's."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    unquoted = {start for _, start, _ in unquoted_definitions(text)}
    found: dict[str, tuple[int, int]] = {}
    for m in _LOAN_CLASS.finditer(text):
        quoted = text[m.start() : m.start() + 1] in '"\u201c'
        if not quoted and m.start("term") not in unquoted:
            continue  # a sentence's capitalised words, not a definition of a list
        term = " ".join(m["term"].split())
        lenders = " ".join(m["lenders"].split())
        cls = _class_words(term)
        # the lenders are the class named alike: "Term Loan Bank" or "Term Bank" for "Term Loan"
        if not (lenders.startswith(cls + " ") or lenders.startswith(cls.split()[0] + " ")):
            continue
        found.setdefault(term, clause_span(ctx, m.start(), m.end()))
    if len(found) < 2:
        return  # one class is the one facility's advance (:mod:`.advance_definitions`)
    for term, (lo, hi) in found.items():
        if any(ctx.collector.get(r) for r in ctx.lookup(term)):
            continue
        # "Total Term Loan Commitments", "Total Revolving Credit Commitments"
        named = "|".join(r"\s+".join(map(re.escape, w.split())) for w in (term, _class_words(term)))
        total = re.search(_TOTAL.format(f"(?:{named})"), text)
        amounts = find_amounts(text, total.end(), total.end() + 30) if total else []
        amount = amounts[0] if amounts else None
        maturity = _maturity(text, term, unquoted)
        add_credit_facility(ctx, term, ctx.span(lo, hi), amount, maturity, own)
