"""Loans a single-lender agreement defines in its lending sentence as "(each such loan, a
"Revolving Loan")", capped by a commitment whose amount only a "... Commitment Amount"
definition states in a check writer's words ("Four Million and 00/100 Dollars
($4,000,000.00)"), and a maturity definition with a comma after its verb ("means, ...")
(:mod:`ingest.instruments.lines_of_credit`): passages written for this test."""

from __future__ import annotations

from tests.passages import edge_amounts, edges, extract_text

_AGREEMENT = """LOAN AND SECURITY AGREEMENT

This LOAN AND SECURITY AGREEMENT ("Agreement") is entered into as of June 2, 2017, among \
BLUE HERON FOODS, LLC, an Oregon limited liability company ("Blue Heron"), CEDAR MILL \
PROVISIONS, LLC, an Oregon limited liability company ("Cedar Mill"; and together with Blue \
Heron, each a "Borrower" and collectively, the "Borrowers"), and CASCADE VALLEY BANK (the \
"Lender").

1.01. Defined Terms.

"Maturity Date" means, June 30, 2020; provided, however, that if such date is not a Business \
Day, the Maturity Date shall be the next succeeding Business Day.

"Working Line Amount" means Four Million and 00/100 Dollars ($4,000,000.00).

2.01. Committed Loans. Subject to the terms and conditions set forth herein, Lender agrees to \
make loans (each such loan, a "Working Line Loan") to the Borrowers from time to time, on any \
Business Day, in an aggregate amount not to exceed the lesser of (a) the Working Line and (b) \
the Borrowing Base.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of \
the date first above written.

BLUE HERON FOODS, LLC
By: /s/ Marta Quill
Name: Marta Quill
Title: Manager

CEDAR MILL PROVISIONS, LLC
By: /s/ Marta Quill
Name: Marta Quill
Title: Manager

CASCADE VALLEY BANK
By: /s/ Henry Osei
Name: Henry Osei
Title: Senior Vice President
"""


def test_each_such_loan_is_a_facility_with_the_commitment_amount_and_maturity() -> None:
    x = extract_text(_AGREEMENT)
    facility = next(e for e in x.entities if e.props.get("title") == "Working Line Loan")
    assert facility.props.get("kind") == "credit_facility"
    assert facility.props.get("amount") == 4000000
    assert facility.props.get("maturity_date") == "2020-06-30"
    assert ("Working Line Loan", "Loan and Security Agreement") in edges(x, "ISSUED_UNDER")


def test_each_borrower_is_lent_the_commitment_amount() -> None:
    lent = edge_amounts(extract_text(_AGREEMENT), "LENDS_TO")
    assert lent.get(("CASCADE VALLEY BANK", "BLUE HERON FOODS, LLC")) == 4000000
    assert lent.get(("CASCADE VALLEY BANK", "CEDAR MILL PROVISIONS, LLC")) == 4000000


def test_a_clause_naming_no_commitment_takes_no_amount() -> None:
    # a clause that names no commitment takes no amount from the definition
    text = _AGREEMENT.replace(
        "(a) the Working Line and (b) the Borrowing Base", "the Borrowing Base"
    )
    x = extract_text(text)
    facility = next(e for e in x.entities if e.props.get("title") == "Working Line Loan")
    assert facility.props.get("amount") is None
