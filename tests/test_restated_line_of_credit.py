"""A line of credit whose defining parenthesis first says again in running words what the term
names ("(the revolving line of credit described in this Section, the "Line of Credit")", and
so may name it by a bare term: "(collectively, the revolving credit facilities described in
Sections 2 and 3, the "Facilities")"): the facility the term names, ISSUED_UNDER the
agreement (rule ``instruments.line_of_credit`` of :mod:`ingest.instruments.lines_of_credit`);
passages written for this test, and round thirteen's bank-form loan agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import facility_facts

_ROOT = Path(__file__).resolve().parent.parent

_AGREEMENT = """LOAN AGREEMENT

This Loan Agreement (this "Agreement") is made as of May 2, 2011 between MILLRACE CABINET \
CO., a Vermont corporation ("Borrower"), and GREEN MOUNTAIN TRUST BANK ("Bank").

1. {clause}

2. This Agreement shall be governed by the laws of the State of Vermont.

MILLRACE CABINET CO.
By: /s/ Tom Abel
Title: President

GREEN MOUNTAIN TRUST BANK
By: /s/ Rita Moss
Title: Vice President
"""


def test_line_restated_before_its_term() -> None:
    clause = (
        "Bank will make advances to Borrower from time to time until May 2, 2013 not to exceed "
        "$1,500,000 at any one time outstanding (the revolving line of credit described in "
        'this Section, the "Line of Credit").'
    )
    facts = facility_facts(_AGREEMENT.format(clause=clause), "Loan Agreement")
    assert facts["Line of Credit"]["amount"] == 1500000
    assert facts["Line of Credit"]["under"]


def test_credit_facility_restated_before_its_term() -> None:
    clause = (
        "Bank agrees to make available to Borrower a revolving credit facility in an amount "
        "not to exceed $900,000 (such revolving credit facility, as reduced from time to time, "
        "the \u201cCredit Facility\u201d)."
    )
    facts = facility_facts(_AGREEMENT.format(clause=clause), "Loan Agreement")
    assert facts["Credit Facility"]["under"]


def test_bare_facilities_after_credit_facilities_in_running_words() -> None:
    clause = (
        "Bank agrees to make available to Borrower a revolving facility and a term facility "
        "(collectively, the revolving credit facilities described in Sections 2 and 3, the "
        '"Facilities") in an aggregate amount of up to $6,000,000.'
    )
    facts = facility_facts(_AGREEMENT.format(clause=clause), "Loan Agreement")
    assert facts["Facilities"]["under"]


def test_a_bare_facility_alone_is_no_line() -> None:
    clause = 'Bank agrees to lease to Borrower the warehouse at 10 Main Street (the "Facility").'
    assert "Facility" not in facility_facts(_AGREEMENT.format(clause=clause))


def test_a_lead_in_naming_another_thing_defines_no_line() -> None:
    clause = (
        "Borrower shall deliver a guaranty by its president (the guaranty of the line of "
        'credit described in Section 4, the "Line of Credit") within ten days.'
    )
    assert "Line of Credit" not in facility_facts(_AGREEMENT.format(clause=clause))


def test_round_thirteen_bank_form_line_of_credit() -> None:
    path = _ROOT / "tests/gold_written/docs/r13ins_loan_quarrybend.txt"
    facts = facility_facts(path.read_text(), "Loan Agreement")
    assert facts["Line of Credit"] == {"amount": 2500000, "maturity": "2014-04-09", "under": True}
