"""Several credit facilities one recital makes available, each described with its limit before
the parenthesis that names it: "The Borrower has requested that the Lenders make available a
revolving credit facility in an aggregate principal amount of $150,000,000 (the "Revolving
Facility") and a term loan facility in an aggregate principal amount of $60,000,000 (the "Term A
Facility")". Each is a facility of the own agreement; a recital of another agreement's
facilities, and an amendment, add none.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Issue #13, helper h19-c (the written document r8sig_credit_ravenholt has the shape).
"""

from __future__ import annotations

from pathlib import Path

from tests.passages import OWN, edges, entity_names, extract_text, facility_amounts

WRITTEN_DOCS = Path(__file__).resolve().parent / "gold_written" / "docs"

_PREAMBLE = (
    "CREDIT AGREEMENT\n\n"
    'CREDIT AGREEMENT dated as of May 9, 2019 (this "Agreement") among MARLOWE\n'
    'OUTDOOR GROUP, INC., a Delaware corporation (the "Borrower"), the banks party hereto\n'
    '(the "Lenders") and FENWICK NATIONAL BANK, as administrative agent (the "Agent").\n\n'
)

_TWO = (
    _PREAMBLE + "     The Borrower has requested that the Lenders make available a revolving\n"
    'credit facility in an aggregate principal amount of $80,000,000 (the "Revolving\n'
    'Facility") and a term loan facility in an aggregate principal amount of $35,000,000\n'
    '(the "Term A Facility"), and the Lenders are willing to do so on the terms hereof.\n\n'
    '     "Maturity Date" means May 9, 2024.\n'
)

_THREE = (
    _PREAMBLE + "     WHEREAS, the Lenders have agreed to provide to the Borrower a revolving\n"
    "credit facility of up to $40,000,000 for working capital purposes (the \u201cRevolver\n"
    "Facility\u201d), a term loan facility in the original principal amount of $25,000,000\n"
    "(the \u201cClosing Date Term Facility\u201d) and a delayed draw term loan facility of up\n"
    "to $10,000,000 to fund Permitted Acquisitions (the \u201cDelayed Draw Facility\u201d).\n"
)


def test_both_facilities_of_the_recital_are_issued_under_the_agreement() -> None:
    x = extract_text(_TWO)
    assert facility_amounts(x) == {"Revolving Facility": 80000000, "Term A Facility": 35000000}
    own = entity_names(x)[OWN]
    assert {("Revolving Facility", own), ("Term A Facility", own)} <= edges(x, "ISSUED_UNDER")


def test_three_facilities_listed_with_commas_and_purposes() -> None:
    assert facility_amounts(extract_text(_THREE)) == {
        "Revolver Facility": 40000000,
        "Closing Date Term Facility": 25000000,
        "Delayed Draw Facility": 10000000,
    }


def test_a_recital_of_another_agreements_facilities_gives_the_own_agreement_none() -> None:
    text = _PREAMBLE + (
        "     The Borrower is party to the Existing Credit Agreement dated as of June 1, 2015,\n"
        "which provided a revolving credit facility in an aggregate principal amount of\n"
        '$30,000,000 (the "Existing Revolving Facility") and a term loan facility in an\n'
        'aggregate principal amount of $20,000,000 (the "Existing Term Facility").\n'
    )
    x = extract_text(text)
    own = entity_names(x)[OWN]
    assert not {t for t, a in edges(x, "ISSUED_UNDER") if a == own} & {
        "Existing Revolving Facility",
        "Existing Term Facility",
    }


def test_an_amendment_adds_no_facility_of_its_own() -> None:
    text = _TWO.replace("CREDIT AGREEMENT", "FIRST AMENDMENT TO CREDIT AGREEMENT", 2)
    x = extract_text(text)
    own = entity_names(x)[OWN]
    assert not {t for t, a in edges(x, "ISSUED_UNDER") if a == own}


def test_the_written_credit_agreement_has_both_recited_facilities() -> None:
    text = (WRITTEN_DOCS / "r8sig_credit_ravenholt.txt").read_text()
    assert facility_amounts(extract_text(text)) == {
        "Revolving Facility": 150000000,
        "Term A Facility": 60000000,
    }
