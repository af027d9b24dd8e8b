"""A capacity several banks share, written once in the plural after their names ("GRANITE
TRUST BANK and REDFIELD NATIONAL BANK, as Co-Syndication Agents"): each bank holds it alone,
in the singular, like the capacity it signs in; a class role ("as Borrowers") is left as the
text writes it (passages written for the test)."""

from __future__ import annotations

import pytest

from ingest.parties.role_words import one_capacity
from tests.passages import extract_text, own_roles

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of October 2, 2006 is among HARROW UTILITIES COMPANY, an Ohio
corporation (the "Borrower"), the banks listed on the signature pages hereof, FIRST MERIDIAN
BANK, N.A., as Administrative Agent, {first} and {second}, as {capacity}.

SECTION 2.01 Commitments. Each Lender severally agrees to make Advances to the Borrower.
"""


@pytest.mark.parametrize(
    ("first", "second", "capacity", "one"),
    [
        ("GRANITE TRUST BANK", "REDFIELD NATIONAL BANK", "Co-Syndication Agents", "Agent"),
        ("KESTREL BANK, N.A.", "ORCHARD SAVINGS BANK", "Co-Documentation Agents", "Agent"),
    ],
)
def test_each_bank_holds_the_shared_capacity_in_the_singular(
    first: str, second: str, capacity: str, one: str
) -> None:
    roles = own_roles(extract_text(_CREDIT.format(first=first, second=second, capacity=capacity)))
    shared = [r for r in roles.values() if isinstance(r, str) and "Co-" in r]
    # (the preamble's reader gives the capacity to the name right before it)
    assert roles[second] == capacity[:-1]
    assert all(r.endswith(one) for r in shared)


def test_a_class_role_and_a_possessive_stay_as_written() -> None:
    assert one_capacity("Joint Lead Arrangers and Joint Book Runners") == (
        "Joint Lead Arranger and Joint Book Runner"
    )
    assert one_capacity("Borrowers") == "Borrowers"
    assert one_capacity("Agents' fees") == "Agents' fees"
