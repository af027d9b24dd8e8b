"""A lead-in "Section 1.1 is amended as follows:" over imperative items that open with the
words they put in or take out ('(a) Insert "X" after "Y" in the definition of "Z"'): the
items say what changes, the lead-in changes nothing itself (``ingest.changes.instructions``
INSTRUCTION); a lead-in over the section's new wording is still that section's change."""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, credit_amendment, pid, predicted

CASES = [
    (
        "words_first_items_under_a_section_lead_in",
        credit_amendment(
            """
1. Section 1.1 of the Credit Agreement is hereby amended as follows:

(a) Insert "and Eligible Inventory" after "Eligible Accounts" in the definition of "Borrowing
Base".

(b) Substitute "May 1, 2011" for "May 1, 2009" in the definition of "Maturity Date".

2. Conditions. This Amendment is effective when signed.
""",
            base="Credit Agreement",
            borrower="ORCHARD LANE CIDER WORKS, INC.",
        ),
        {("term:Borrowing Base", "amend"), ("term:Maturity Date", "amend")},
    ),
    (
        "words_first_items_under_an_agreement_lead_in_of_a_lease",
        amendment(
            "First Amendment to Lease",
            "Lease",
            "Lease",
            """
1. The Lease is amended as follows:

(a) Strike "five (5)" from Section 3.1 and insert "seven (7)" in its place.

(b) Delete "Suite 200" wherever it appears in Section 1.2 and insert "Suites 200 and 210".
""",
            first="THORNBURY COMMONS LLC",
            first_alias="Landlord",
            second="VESPER ACOUSTICS, INC.",
            second_alias="Tenant",
        ),
        {("3.1", "amend"), ("1.2", "amend")},
    ),
    (
        "a_lead_in_over_the_sections_new_wording_is_its_change",
        amendment(
            "Second Amendment to Lease",
            "Lease",
            "Lease",
            """
1. Section 2.1 of the Lease is amended as follows:

"2.1 Base Rent. Tenant shall pay Base Rent of $9,500.00 per month."

2. The Lease, as amended, is ratified.
""",
            first="THORNBURY COMMONS LLC",
            first_alias="Landlord",
            second="VESPER ACOUSTICS, INC.",
            second_alias="Tenant",
        ),
        {("2.1", "replace")},
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lead_in_over_imperative_items(text: str, expected: set[tuple[str, str]]) -> None:
    got = {g[:2] for g in predicted(text)}
    want = {(pid(p), action) for p, action in expected}
    assert got == want
