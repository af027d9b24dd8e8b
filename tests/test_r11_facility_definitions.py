"""Round eleven's facilities and notes defined only in a definitions article: facilities "provided
for in Section 2.01" with their size after (:mod:`ingest.instruments.facility_definitions`), a
one-lender agreement's classes of loans "made by the Bank to the Borrower under Section 2.1"
(:mod:`ingest.instruments.bank_loan_classes`) and a lender's note of a defined class
("evidenced by a Revolving Note" where "Revolving Notes" are defined,
:mod:`ingest.relations.evidencing_notes`): passages written for this test, and the round's
written credit agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import extract_text, facility_facts

_ROOT = Path(__file__).resolve().parent.parent


def _credit(definitions: str, lending: str, lender: str = "the Lenders") -> str:
    return f"""CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of August 9, 2012 is among HALBERD MARINE SUPPLY, INC., a \
Maine corporation (the "Borrower"), {lender} and CASCO BAY TRUST COMPANY.

ARTICLE I DEFINITIONS

{definitions}

ARTICLE II THE LOANS

{lending}

HALBERD MARINE SUPPLY, INC.
By: /s/ Ruth Oakes
Title: Treasurer
"""


_PROVIDED_FOR = """"Revolving Credit Facility" means the revolving credit facility provided for \
in Section 2.01, in an aggregate principal amount not to exceed $18,000,000 at any time \
outstanding.

"Revolving Maturity Date" means August 9, 2015.

\u201cTerm Loan Facility\u201d shall mean the term loan facility described in Section 2.02, in \
the original principal amount of Six Million Dollars ($6,000,000).

\u201cTerm Loan Maturity Date\u201d shall mean August 9, 2019.

"Swing Line Facility" means the swing line facility set forth in Section 2.03."""

_SECTIONS = """2.01 Revolving Loans. Each Lender agrees to make revolving loans to the Borrower.

2.02 Term Loans. Each Lender agrees to make a term loan to the Borrower on the Closing Date."""


def test_facilities_provided_for_in_own_sections_with_the_size_after() -> None:
    found = facility_facts(_credit(_PROVIDED_FOR, _SECTIONS))
    assert found["Revolving Credit Facility"] == {
        "amount": 18000000,
        "maturity": "2015-08-09",
        "under": True,
    }
    assert found["Term Loan Facility"] == {
        "amount": 6000000,
        "maturity": "2019-08-09",
        "under": True,
    }
    assert found["Swing Line Facility"]["under"] is True


def test_a_facility_provided_for_in_another_agreement_is_not_the_own_one() -> None:
    other = _PROVIDED_FOR.replace("in Section 2.01,", "in Section 2.01 of the Prior Agreement,")
    other = other.replace("in Section 2.02,", "in Section 4 of that Bridge Agreement,")
    other = other.replace("in Section 2.03.", "in the Fee Letter.")
    assert facility_facts(_credit(other, _SECTIONS)) == {}


_BANK_CLASSES = """"Revolving Loans" means the loans made by the Bank to the Borrower from time \
to time under Section 2.1.

"Revolving Note" means the promissory note of the Borrower payable to the order of the Bank in \
the form of Exhibit A.

"Term Loan" means the loan made by the Bank to the Borrower on the Closing Date under Section \
2.2 in the principal amount of $2,000,000.

"Term Loan Maturity Date" means August 1, 2017."""

_BANK_SECTIONS = """2.1 Revolving Loans. The Bank agrees to make Revolving Loans to the Borrower \
from time to time in an aggregate principal amount outstanding not to exceed $5,000,000.

2.2 Term Loan. The Bank agrees to make the Term Loan to the Borrower on the Closing Date."""


def test_one_banks_classes_of_loans_defined_by_their_sections() -> None:
    found = facility_facts(_credit(_BANK_CLASSES, _BANK_SECTIONS, 'the "Bank"'))
    assert found["Revolving Loans"]["amount"] == 5000000
    assert found["Term Loan"] == {"amount": 2000000, "maturity": "2017-08-01", "under": True}
    assert found["Revolving Loans"]["under"] is True


def test_a_lenders_equipment_advances_defined_with_their_size() -> None:
    definitions = """\u201cEquipment Loans\u201d shall mean the advances to be made by Lender to \
Borrower pursuant to Section 3.2 hereof in the aggregate principal amount of $750,000."""
    found = facility_facts(
        _credit(definitions, "3.2 Equipment. Lender shall make advances.", "Lender")
    )
    assert found == {"Equipment Loans": {"amount": 750000, "maturity": None, "under": True}}


def test_bare_loans_and_loans_of_another_agreement_are_no_class() -> None:
    definitions = """"Loans" means the loans made by the Bank to the Borrower under Section 2.1.

"Existing Term Loan" means the loan made by the Bank to the Borrower under Section 2.2 of the \
Prior Loan Agreement.

"Intercompany Loans" means the loans made by the Borrower to its Subsidiaries under Section \
7.4."""
    text = _credit(definitions, "2.1 Loans. The Bank may make loans.", "the Bank")
    # no class; the bare "Loans" the Bank makes under a section of the agreement is its one
    # facility (ingest.instruments.loan_definitions), the other two no facility at all
    assert set(facility_facts(text)) == {"Loans"}


def test_a_lenders_note_is_one_of_the_defined_class_of_notes() -> None:
    definitions = """"Term Notes" means the promissory notes of the Borrower payable to the order \
of each Lender evidencing its Term Loans, and "Term Note" means any one of them.

"Term Loans" means the loans made by the Lenders under Section 2.01."""
    lending = """2.01 Term Loans. Each Lender agrees to make a Term Loan to the Borrower.

2.02 Notes. The Term Loan made by each Lender shall be evidenced by a Term Note duly executed \
by the Borrower."""
    x = extract_text(_credit(definitions, lending))
    titles = {str(e.props.get("title")) for e in x.entities if e.props.get("kind") == "note"}
    assert "Term Notes" in titles
    assert "Term Note" not in titles


def test_round_eleven_credit_agreement_has_its_three_facilities() -> None:
    path = _ROOT / "tests/gold_written/docs/r11fac_credit_thistlewood.txt"
    found = facility_facts(path.read_text())
    assert found == {
        "Revolving Credit Facility": {"amount": 40000000, "maturity": "2011-03-14", "under": True},
        "Term Loan Facility": {"amount": 15000000, "maturity": "2013-03-14", "under": True},
        "Swingline Facility": {"amount": 5000000, "maturity": None, "under": True},
    }
