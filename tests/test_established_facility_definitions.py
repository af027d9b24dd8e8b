"""A facility defined as the one the agreement's own article establishes, its amount set by the
definition of the aggregate commitment: ""Credit Facility" means the revolving/term credit
facility established pursuant to Article II hereof", "On the Closing Date, the Aggregate
Commitment shall be forty million dollars ($40,000,000)". The facility is a credit facility
ISSUED_UNDER the agreement, of that amount; one another agreement established is not.
"""

from __future__ import annotations

from tests.passages import edges, extract_text, facility_amounts

_AGREEMENT = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT, dated as of the 9th day of May, 2002, by and among MARLOWE TIMBER "
    'COMPANY, a corporation organized under the laws of Oregon (the "Borrower"), and CASCADIA '
    'STATE BANK (the "Lender").\n\n'
    "ARTICLE I\n\nDEFINITIONS\n\n"
    '"Aggregate Commitment" means the aggregate amount of the Commitments hereunder, as reduced '
    "from time to time. On the Closing Date, the Aggregate Commitment shall be forty million "
    "dollars ($40,000,000).\n\n"
    '"Loan Facility" means the revolving/term credit facility established pursuant to Article '
    "II hereof.\n\n"
    "ARTICLE II\n\nSECTION 2.1 Loans. Subject to the terms and conditions of this Agreement, the "
    "Lender agrees to make Loans to the Borrower from time to time; provided, that the "
    "outstanding Loans shall not exceed the Aggregate Commitment.\n\n"
)


def test_the_established_facility_with_the_aggregate_commitment() -> None:
    assert facility_amounts(extract_text(_AGREEMENT)) == {"Loan Facility": 40_000_000}
    assert ("Loan Facility", "Credit Agreement") in edges(extract_text(_AGREEMENT), "ISSUED_UNDER")


def test_a_facility_another_agreement_established_is_not_the_own() -> None:
    text = _AGREEMENT.replace(
        "established pursuant to Article II hereof",
        "established pursuant to Section 2.1 of the Existing Credit Agreement",
    )
    assert "Loan Facility" not in facility_amounts(extract_text(text))


def test_a_reduction_is_no_amount_of_the_facility() -> None:
    text = _AGREEMENT.replace(
        "On the Closing Date, the Aggregate Commitment shall be forty million dollars "
        "($40,000,000).",
        "On each anniversary, the Aggregate Commitment shall be reduced by $5,000,000.",
    )
    assert facility_amounts(extract_text(text)).get("Loan Facility") is None
