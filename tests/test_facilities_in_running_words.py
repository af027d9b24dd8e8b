"""Facilities an agreement provides in running words: several described in one recital and
named together ("a term loan facility in an aggregate principal amount of $150,000,000 and a
revolving credit facility in an aggregate principal amount of $75,000,000 (together, the
"Facilities")": one instrument, its amount their sum; rule ``instruments.described_facility``),
and a facility a lending sentence never names by a term ("The Bank agrees ... to extend to the
Borrower a revolving credit line under which ...": titled by its words; rule
``instruments.facility_never_named``), both in :mod:`ingest.instruments.described_facilities`;
passages written for this test and round fourteen's two documents."""

from __future__ import annotations

from pathlib import Path

from tests.passages import facility_facts

_ROOT = Path(__file__).resolve().parent.parent

_CREDIT = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of September 8, 2011, among ASHLAR FREIGHT, INC., a Delaware \
corporation (the "Borrower"), the several banks from time to time parties hereto (the \
"Lenders") and FIRST BANK, NATIONAL ASSOCIATION, as administrative agent (the \
"Administrative Agent").

WHEREAS, {recital}; and

NOW, THEREFORE, the parties agree as follows:

SECTION 2.01. Each Lender agrees to make loans to the Borrower.

ASHLAR FREIGHT, INC.

By: /s/ John Smith
John Smith, President
"""

_BANK = """LOAN AGREEMENT

This Loan Agreement (the "Agreement") is dated as of May 2, 2011 and is between MILLRACE \
CABINET CO., a Vermont corporation (the "Borrower"), and GREEN MOUNTAIN TRUST BANK (the "Bank").

1. {clause}

2. This Agreement is governed by the laws of the State of Vermont.

MILLRACE CABINET CO.
By: /s/ Tom Abel
Title: President

GREEN MOUNTAIN TRUST BANK
By: /s/ Rita Moss
Title: Vice President
"""


def test_facilities_named_together() -> None:
    recital = (
        "the Borrower has requested that the Lenders make available to it a term loan facility "
        "in an aggregate principal amount of $150,000,000 and a revolving credit facility in an "
        'aggregate principal amount of $75,000,000 (together, the "Facilities")'
    )
    facts = facility_facts(_CREDIT.format(recital=recital))
    assert facts["Facilities"] == {"amount": 225000000, "maturity": None, "under": True}


def test_facilities_named_collectively_up_to() -> None:
    recital = (
        "the Borrower has asked the Lenders to provide to the Borrower a revolving credit "
        "facility of up to $40,000,000 and a term loan facility of up to $10,000,000 "
        '(collectively, the "Credit Facilities")'
    )
    facts = facility_facts(_CREDIT.format(recital=recital))
    assert facts["Credit Facilities"]["amount"] == 50000000


def test_a_plural_term_not_named_together_is_no_facility() -> None:
    recital = (
        "the Borrower has requested that the Lenders make available to it a revolving credit "
        'facility in an aggregate principal amount of $75,000,000 (the "Facilities")'
    )
    assert "Facilities" not in facility_facts(_CREDIT.format(recital=recital))


def test_revolving_credit_line_never_named() -> None:
    clause = (
        "The Bank agrees, on the terms of this Agreement, to extend to the Borrower a revolving "
        "credit line under which the Borrower may borrow, repay and borrow again until May 2, "
        "2013. The total principal outstanding under the line of credit shall not exceed "
        "$900,000."
    )
    facts = facility_facts(_BANK.format(clause=clause), "Loan Agreement")
    assert facts["revolving credit line"]["amount"] == 900000
    assert facts["revolving credit line"]["under"]


def test_line_of_credit_never_named() -> None:
    clause = (
        "Bank agrees to make available to Borrower a line of credit for working capital, "
        "in amounts up to $250,000 outstanding at any time."
    )
    facts = facility_facts(_BANK.format(clause=clause), "Loan Agreement")
    assert facts["line of credit"]["amount"] == 250000


def test_a_named_line_is_the_named_readers() -> None:
    clause = (
        "The Bank agrees to extend to the Borrower a revolving credit line up to $900,000 "
        '(the "Line of Credit").'
    )
    facts = facility_facts(_BANK.format(clause=clause), "Loan Agreement")
    assert "revolving credit line" not in facts
    assert "Line of Credit" in facts


def test_a_past_extension_is_no_promise() -> None:
    clause = "The Bank extended to the Borrower a revolving credit line in 2009, now repaid."
    assert not facility_facts(_BANK.format(clause=clause), "Loan Agreement")


def test_round_fourteen_documents() -> None:
    loan = (_ROOT / "tests/gold_written/docs/r14fac_loan_tillbrook.txt").read_text()
    facts = facility_facts(loan, "Revolving Credit Loan Agreement")
    assert facts["revolving credit line"] == {
        "amount": 1750000,
        "maturity": "2005-10-31",
        "under": True,
    }
    credit = (_ROOT / "tests/gold_written/docs/r14fac_credit_vantmoor.txt").read_text()
    assert facility_facts(credit)["Facilities"]["amount"] == 225000000
