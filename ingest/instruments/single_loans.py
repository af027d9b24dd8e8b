"""The one loan a two-party credit agreement makes, when no term is defined in its lending
sentence: "the Lender agrees to make the Loan to the Borrower on the Closing Date in an amount
equal to ... ($13,000,000)", "the Bank agrees to make a term loan to the Borrower in the
principal amount of $4,000,000".

Exists because agreements for a single term loan often define "Loan" among the definitions
(""Loan or Term Loan": the loan made by Lender pursuant to this Agreement") and state its
amount only in the sentence by which the lender makes it, so no reader of defined facilities
(:mod:`ingest.instruments.lines_of_credit`) sees a facility. The loan is a credit facility
ISSUED_UNDER the own agreement, with the amount of that sentence and the agreement's one
maturity day.
"""

from __future__ import annotations

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.instruments.capped_amounts import capped_amount
from ingest.instruments.facility_definitions import opening_maturity
from ingest.instruments.lines_of_credit import last_day
from ingest.instruments.refs import add_credit_facility, agreement_without_facility, clause_span
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "the Lender agrees to make the Loan to the Borrower", "Bank hereby agrees to make a term
#: loan to the Borrower" (one lender, one borrower)
_MAKES_THE_LOAN = rule(
    "instruments.makes_the_loan",
    r"(?i)\b(?:Lender|Bank|Authority)\s+(?:hereby\s+)?agrees\s+to\s+(?:make|lend)\s+"
    r"(?:(?P<what>the\s+(?:Term\s+)?Loan|(?:a|one)\s+(?:single\s+)?(?:term|bridge)\s+loan)\s+)?"
    r"to\s+(?:the\s+)?"
    r"(?:Borrower|Company)\b(?!s)",
    reads="the sentence by which the one lender makes the one loan to the one borrower",
    matches=[
        passage("the Lender agrees to make the Loan to the Borrower on", what="the Loan"),
        passage("Bank hereby agrees to make a term loan to the Borrower", what="a term loan"),
        passage("the Lender agrees to make one term loan to the Borrower", what="one term loan"),
        passage("the Lender agrees to make a bridge loan to the Borrower", what="a bridge loan"),
        passage(
            "The Authority agrees to lend to the Borrower the sum of",
            match="Authority agrees to lend to the Borrower",
        ),
    ],
    rejects=[
        "each Lender agrees to make Loans to the Borrowers",
        "the Lender agrees to make the Loans to the Borrower",
        "the Lender agrees to make a loan to the Borrowers",
        "the Lender agrees to make advances to the Borrower",
    ],
)
#: the amount the sentence gives: "in an amount equal to", "in the principal amount of"
_AMOUNT_CUE = rule(
    "instruments.loan_amount_cue",
    r"(?i)\b(?:in\s+(?:an|the)|the)\s+(?:aggregate\s+)?(?:original\s+)?(?:principal\s+)?"
    r"(?:amount\s+(?:equal\s+to|of|not\s+to\s+exceed)|sum\s+of)\s+",
    reads="the words before the amount of a loan in the sentence that makes it",
    matches=[
        passage(
            "on the Closing Date in an amount equal to $7,500,000", match="in an amount equal to "
        ),
        passage("in the principal amount of $4,000,000", match="in the principal amount of "),
        passage("to the Borrower the sum of Two Million Dollars", match="the sum of "),
    ],
    rejects=["in an amount to be agreed", "in amounts of not less than $100,000"],
)


#: "(the "Loan")": the document names its one loan so
_LOAN_TERM = rule(
    "instruments.the_loan_named",
    r"\(\s*(?:the\s+)?[\"“]Loan[\"”]\s*\)",
    reads="the definition that names a document's one loan",
    matches=['($2,500,000) (the "Loan") on the terms', "(the “Loan”)", '$750,000 ("Loan")'],
    rejects=['(the "Loans")', '(each, a "Loan")'],
)


#: "... the principal sum of ... ($2,500,000) (the "Term Loan")": the term the lending sentence
#: itself gives its one loan, which titles it
_CLAUSE_LOAN_TERM = rule(
    "instruments.loan_named_in_lending",
    r"\(\s*(?:the\s+)?[\"“](?P<title>(?:(?:Term|Bridge)\s+)?Loan)[\"”]\s*\)",
    reads="the term a lending sentence gives the one loan it makes",
    matches=[
        passage('Dollars ($2,500,000) (the "Term Loan"), which', title="Term Loan"),
        passage("($750,000) (the “Bridge Loan”)", title="Bridge Loan"),
        passage('($500,000) (the "Loan")', title="Loan"),
    ],
    rejects=['(the "Term Loans")', '(the "Revolving Loan")', '(each, a "Term Loan")'],
)


def single_loans(ctx: DocContext) -> None:
    """The one loan of a two-party credit agreement (not an amendment) whose own agreement
    has no facility yet: a credit facility titled "Term Loan" or "Loan", ISSUED_UNDER the
    own agreement; evidence: the sentence that makes it."""
    own = agreement_without_facility(ctx)
    if own is None:
        return
    text = ctx.text
    made = list(_MAKES_THE_LOAN.finditer(text))
    if len(made) != 1:
        return
    m = made[0]
    lo, hi = clause_span(ctx, m.start(), m.end())
    cue = _AMOUNT_CUE.search(text, m.end(), hi)
    # the amount follows its cue within a line or two of the clause
    amounts = find_amounts(text, cue.end(), min(hi, cue.end() + 200)) if cue else []
    if not amounts and (capped := capped_amount(text, text[m.start() : hi])) is not None:
        # "... shall not exceed the Committed Amount": the amount its definition states
        amounts = [capped]
    if not amounts:
        return
    named = _CLAUSE_LOAN_TERM.search(text, m.end(), hi)
    if (
        named is None
        and m["what"] is None
        and not _LOAN_TERM.search(text, 0, analyze(text).main_end)
    ):
        return  # "agrees to lend to the Borrower" makes "the Loan" only where the term is given
    words = (m["what"] or "").split()
    kinds = {w.lower() for w in words} & {"term", "bridge"}
    # "a bridge loan": a document that names its loan only so calls it that in running text
    title = f"{kinds.pop().title()} Loan" if kinds else "Loan"
    if named is not None:
        title = " ".join(named["title"].split())  # "(the "Term Loan")" in the sentence itself
    if any(ctx.collector.get(r) for r in ctx.lookup(title)):
        return
    maturity = last_day(text) or opening_maturity(text)
    add_credit_facility(ctx, title, ctx.span(lo, hi), amounts[0], maturity, own)
