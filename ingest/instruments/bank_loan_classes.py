"""The classes of loans a one-lender agreement defines by the section that makes them or by
their size: ""Revolving Loans" means the loans made by the Bank to the Borrower from time to
time under Section 2.1", ""Term Loan" means the loan made by the Bank to the Borrower on the
Closing Date in the principal amount of $2,000,000". Each class is a credit facility
ISSUED_UNDER the own agreement, its size the definition's, else the first limit of the
section that makes it ("2.1 Revolving Loans. The Bank agrees to make Revolving Loans ... not
to exceed $5,000,000"), its last day its own kind's maturity definition's.

Exists because :mod:`.advance_definitions` reads the loans "made by a Lender" (one of a
syndicate) and leaves a single bank's to the single-loan readers, which read one loan a lending
sentence makes (:mod:`.single_loans`): a bank's agreement with a revolving and a term class,
each defined so, named neither. Read only where the own agreement (not an amendment) has no
facility yet, for a class a word names ("Term Loan", not the bare "Loans" an agreement may
define for every extension of credit), made under a section of the own agreement (not "of the
Existing Agreement") or sized in its definition.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.rules import passage, rule

_BANK_LOAN = rule(
    "instruments.bank_loan_class",
    r"[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){1,3}(?:Loans?|LOANS?))[\"\u201d]\s*,?\s*"
    r"(?:means|shall\s+mean)\s+(?:the|each\s+of\s+the|any|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:loans?|advances?)\s+(?:(?:to\s+be\s+)?made|extended)\s+by\s+(?:the\s+)?(?:Bank|Lender)"
    r"\s+to\s+(?:the\s+)?Borrower\b(?![\w'\u2019])[^.;\"\u201c]{0,120}?"
    r"(?:\b(?:under|pursuant\s+to)\s+Section\s+\d[\w()]*(?:\.[\w()]+)*(?![\w(]|\.\w)"
    r"(?!\s+of\s+(?:the|that|such)\b)"
    r"|\bin\s+the\s+(?:original\s+|aggregate\s+)*principal\s+amount\s+of\s+(?P<size>[^\s;]+))",
    reads="a definition of a class of loans the one lender makes to the borrower under a "
    "section of the agreement or in a stated amount",
    matches=[
        passage(
            '"Revolving Loans" means the loans made by the Bank to the Borrower from time to '
            "time under Section 2.1.",
            term="Revolving Loans",
        ),
        passage(
            "\u201cTerm Loan\u201d shall mean the term loan made by the Lender to the Borrower on "
            "the Closing Date in the principal amount of $2,000,000.",
            term="Term Loan",
            size="$2,000,000.",
        ),
        passage(
            '"Equipment Loans" means the advances to be made by Lender to Borrower pursuant to '
            "Section 2.2(b) hereof",
            term="Equipment Loans",
        ),
    ],
    rejects=[
        '"Loans" means the loans made by the Bank to the Borrower under Section 2.1.',
        '"Existing Loans" means the loans made by the Bank to the Borrower under Section 2.1 of '
        "the Prior Agreement.",
        '"Intercompany Loans" means the loans made by the Borrower to its Subsidiaries under '
        "Section 7.4.",
        '"Term Loan" means the loan made by a Lender to the Borrower under Section 2.2.',
    ],
)

#: the words before a class's limit in the section that makes it
_LIMIT = rule(
    "instruments.bank_loan_class_limit",
    r"(?i)\b(?:not\s+to\s+exceed|shall\s+not\s+exceed|up\s+to|in\s+(?:an?|the)\s+"
    r"(?:(?:aggregate|original|maximum)\s+)*(?:principal\s+)?amount\s+(?:of|equal\s+to))\s+",
    reads="the words before the limit of a class of loans in the section that makes it",
    matches=[
        passage("outstanding not to exceed $5,000,000", match="not to exceed "),
        passage("in the principal amount of $800,000", match="in the principal amount of "),
    ],
    rejects=["in amounts of not less than $100,000", "upon three days' notice"],
)

_BLANK_LINE = re.compile(r"\n[ \t]*\n")

#: how far into the section that makes a class its limit may stand
_SECTION_REACH = 600


def bank_loan_classes(ctx: DocContext) -> None:
    """A credit facility for each class of loans the definitions say the one lender makes to
    the borrower (``_BANK_LOAN``), ISSUED_UNDER the own agreement that has no facility yet;
    evidence: the definition."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    found: dict[str, tuple[int, int, Amount | None]] = {}
    for m in _BANK_LOAN.finditer(text):
        term = " ".join(m["term"].split())
        lo, hi = clause_span(ctx, m.start(), m.end())
        blank = _BLANK_LINE.search(text, m.end(), hi)
        hi = blank.start() if blank else hi  # a definition ends with its paragraph
        # the size the definition states ("... under Section 2.2 in the principal amount of
        # $2,000,000"), else the first limit of the section that makes the class
        amount = _limit(text, m.start("size") if m["size"] else m.end(), hi)
        found.setdefault(term, (lo, hi, amount or _section_limit(text, term)))
    for term, (lo, hi, amount) in found.items():
        if any(ctx.collector.get(r) for r in ctx.lookup(term)):
            continue
        add_credit_facility(ctx, term, ctx.span(lo, hi), amount, facility_maturity(text, term), own)


def _section_limit(text: str, term: str) -> Amount | None:
    """The first limit of the section headed by the class's term ("2.1 Revolving Loans. The
    Bank agrees to make Revolving Loans ... not to exceed $5,000,000")."""
    words = r"\s+".join(map(re.escape, term.split()))
    head = re.search(rf"(?m)^[ \t]*(?:Section\s+)?\d+(?:\.\d+)+\.?[ \t]+{words}\b", text)
    if head is None:
        return None
    return _limit(text, head.end(), head.end() + _SECTION_REACH)


def _limit(text: str, start: int, end: int) -> Amount | None:
    """The amount right after the first limit words (or at ``start``) in ``text[start:end]``."""
    if found := find_amounts(text, start, min(end, start + 20)):
        return found[0]
    cue = _LIMIT.search(text, start, end)
    found = find_amounts(text, cue.end(), min(end, cue.end() + 80)) if cue else []
    return found[0] if found else None
