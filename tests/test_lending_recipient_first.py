"""Lending sentences that name the borrower before what is lent ("agrees to lend to the
Customer up to ...", "shall advance to the Company the principal sum of ...", "agreed to loan
the Company the sum of ...") and a lender that opens a line of credit "in favor of" a party
(:mod:`ingest.relations.lending`): small bank forms and related-party loans draft the loan this
way, with roles other than "Lender" and "Borrower". Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_LOAN = """                              LOAN AGREEMENT

     THIS LOAN AGREEMENT is made as of May 14, 1998 between WILLOW CREEK CERAMICS, INC., a \
Vermont corporation (the "{borrower}"), and {lender_name} (the "{lender}").

     1. The Loan. {sentence}

     2. Interest. Interest shall accrue at eight percent (8%) per annum.

     IN WITNESS WHEREOF, the parties have signed this Agreement as of the date first above \
written.

WILLOW CREEK CERAMICS, INC.
By: /s/ Joanne Feld, President

{lender_name}
By: /s/ Arthur Benning, Senior Vice President
"""

_LENT = [
    ("Customer", "Bank", "The Bank agrees to lend to the Customer up to $1,500,000."),
    (
        "Company",
        "Investor",
        "The Investor shall advance to the Company the principal sum of $250,000.",
    ),
    ("Company", "Holder", "The Holder has agreed to loan the Company the sum of $400,000."),
    ("Company", "Bank", "The Bank will extend to the Company a term loan of $900,000."),
    (
        "Company",
        "Bank",
        "The Bank hereby establishes in favor of the Company a revolving line of credit.",
    ),
    (
        "Borrower",
        "Lender",
        "The Lender agrees to make available to the Borrower a $2,000,000 credit facility.",
    ),
]


@pytest.mark.parametrize(("borrower", "lender", "sentence"), _LENT, ids=[s[2][:30] for s in _LENT])
def test_the_lender_lends_to_the_party_named_before_the_loan(
    borrower: str, lender: str, sentence: str
) -> None:
    text = _LOAN.format(
        borrower=borrower,
        lender=lender,
        lender_name="GREEN MOUNTAIN SAVINGS BANK",
        sentence=sentence,
    )
    x = extract_text(text)
    assert edges(x, "LENDS_TO") == {("GREEN MOUNTAIN SAVINGS BANK", "WILLOW CREEK CERAMICS, INC.")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Company shall not lend to any Affiliate amounts in excess of $50,000.",
        "The Company shall advance to the Bank the costs of any appraisal.",
        "The Bank will extend to the Company the benefit of any reduction in its rates.",
        "The Company shall make available to the Bank a copy of its books and records.",
    ],
)
def test_no_loan_when_what_is_passed_is_not_credit(sentence: str) -> None:
    """The sentence lends nothing: no lending cites it. (The loan agreement's roles alone, the
    Bank and the Company it is made with, still make the bank the company's lender.)"""
    text = _LOAN.format(
        borrower="Company",
        lender="Bank",
        lender_name="GREEN MOUNTAIN SAVINGS BANK",
        sentence=sentence,
    )
    x = extract_text(text)
    assert edges(x, "LENDS_TO") <= {("GREEN MOUNTAIN SAVINGS BANK", "WILLOW CREEK CERAMICS, INC.")}
    at = text.index(sentence)
    cited = [(ev.start, ev.end) for r in x.relations if r.type == "LENDS_TO" for ev in r.evidence]
    assert all(end <= at or start >= at + len(sentence) for start, end in cited)
