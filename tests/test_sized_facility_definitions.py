"""Facilities named and sized only in the definitions article, the lending section saying just
"each Lender severally agrees to make Loans" (:mod:`ingest.instruments.facility_definitions`):
passages written for this test, and round eight's written credit agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import facility_facts

_ROOT = Path(__file__).resolve().parent.parent


def _credit(definitions: str) -> str:
    return f"""CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of May 2, 2016 is among ORBISON TOOL WORKS, INC., an Ohio \
corporation (the "Borrower"), the lenders party hereto (the "Lenders") and NORTHCOTE BANK, as \
agent for the Lenders (the "Agent").

ARTICLE I DEFINITIONS

{definitions}

"Loans" means the loans made by the Lenders under Section 2.01.

ARTICLE II THE CREDITS

2.01 Commitments. (a) Subject to the terms and conditions hereof, each Lender severally agrees \
to make Loans to the Borrower on the Closing Date in an amount not to exceed its Term \
Commitment.

(b) Subject to the terms and conditions hereof, each Lender severally agrees to make Loans to \
the Borrower from time to time in an amount not to exceed its Revolving Commitment.

ORBISON TOOL WORKS, INC.
By: /s/ Ann Lee
Title: Treasurer
"""


_SECTION_SIZED = """"Revolving Credit Facility" means the revolving credit facility in an \
aggregate principal amount not to exceed Twelve Million Dollars ($12,000,000) made available \
to the Borrower pursuant to Section 2.01(b).

"Revolving Credit Maturity Date" means June 30, 2019.

"Term Facility" means the term loan facility in the original principal amount of $8,500,000 \
provided to the Borrower under Section 2.01(a).

"Term Maturity Date" means May 2, 2021."""

_HEREUNDER = """\u201cDelayed Draw Facility\u201d means the delayed draw term loan facility in a \
maximum principal amount of $4,000,000 extended to the Borrower under this Agreement.

\u201cWorking Capital Facility\u201d means the revolving loan facility in the aggregate principal \
amount of up to $6,000,000 made available to the Borrower by the Lenders."""


def test_two_facilities_provided_under_own_sections_with_sizes_and_own_maturities() -> None:
    assert facility_facts(_credit(_SECTION_SIZED)) == {
        "Revolving Credit Facility": {"amount": 12000000, "maturity": "2019-06-30", "under": True},
        "Term Facility": {"amount": 8500000, "maturity": "2021-05-02", "under": True},
    }


def test_facilities_extended_under_this_agreement_or_by_the_lenders() -> None:
    found = facility_facts(_credit(_HEREUNDER))
    assert found["Delayed Draw Facility"]["amount"] == 4000000
    assert found["Working Capital Facility"]["amount"] == 6000000
    assert all(f["under"] for f in found.values())


def test_a_facility_under_a_section_of_another_agreement_is_not_the_own_one() -> None:
    other = _SECTION_SIZED.replace(
        "pursuant to Section 2.01(b).", "pursuant to Section 2.1 of the Bridge Loan Agreement."
    ).replace("under Section 2.01(a).", "under Section 3 of that Existing Credit Agreement.")
    assert not {"Revolving Credit Facility", "Term Facility"} & set(facility_facts(_credit(other)))


def test_round_eight_credit_agreement_has_both_defined_facilities() -> None:
    path = _ROOT / "tests/gold_written/docs/r8ins_credit_fernhollow.txt"
    found = facility_facts(path.read_text())
    assert found["Term Loan Facility"] == {
        "amount": 45000000,
        "maturity": "2017-09-14",
        "under": True,
    }
    assert found["Revolving Facility"] == {
        "amount": 30000000,
        "maturity": "2015-09-14",
        "under": True,
    }
