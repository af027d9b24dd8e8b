"""A party's term in a parenthesis without quotes, its "referred to as" cue before the
parenthesis ('..., a Delaware corporation, hereinafter referred to as (Seller)') or in a
parenthesis of its own around it ('(hereinafter referred to as (CONSULTANT))'): rule
``parties.bare_term`` (its ``ocue``). Before, the cue was read only inside the parenthesis
('(hereinafter called the Distributor)'), and the party lost its term. Passages written for this
test in the shapes of older sale, service and lease preambles; near misses: the same cue for a
thing the contract defines, and a cue pointing elsewhere in the contract.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

OUTSIDE = (
    "EQUIPMENT LEASE\n\nThis Equipment Lease is made on June 4, 2003 between Rowan Crane Rentals, "
    "Inc., a Kentucky corporation, hereinafter referred to as (Lessor), and Ashgrove Builders "
    "LLC, a Tennessee limited liability company, hereinafter referred to as (Lessee)."
    + OPENING_BODY
)
NESTED = (
    "SERVICES AGREEMENT\n\nTHIS SERVICES AGREEMENT is made this 9th day of May, 2001 by and "
    "between MERCER FIELD SERVICES, INC. (hereinafter referred to as (CONTRACTOR)) and "
    "HOLLIS PETROLEUM CORP. (hereinafter called as (COMPANY))." + OPENING_BODY
)
CALLED = (
    "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of April 1, 1999 between Fenner Glass "
    "Works Ltd., of 12 Mill Lane, Leeds, England, herein called (the Supplier), and Cask & "
    "Barrel Distillers, Inc., of 400 Main Street, Bardstown, Kentucky, herein called (the "
    "Purchaser)." + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            OUTSIDE,
            {"Rowan Crane Rentals, Inc.", "Lessor", "Ashgrove Builders LLC", "Lessee"},
        ),
        (
            NESTED,
            {"MERCER FIELD SERVICES, INC.", "CONTRACTOR", "HOLLIS PETROLEUM CORP.", "COMPANY"},
        ),
        (
            CALLED,
            {
                "Fenner Glass Works Ltd.",
                "Supplier",
                "Cask & Barrel Distillers, Inc.",
                "Purchaser",
            },
        ),
    ],
    ids=["outside", "nested", "called"],
)
def test_the_term_after_the_cue_is_the_partys(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


def test_a_cue_for_a_thing_or_elsewhere_adds_no_term() -> None:
    text = (
        "EQUIPMENT LEASE\n\nThis Equipment Lease is made on June 4, 2003 between Rowan Crane "
        'Rentals, Inc., a Kentucky corporation ("Lessor"), and Ashgrove Builders LLC, a '
        'Tennessee limited liability company ("Lessee"), for the crane described in Schedule A, '
        "hereinafter referred to as (Equipment), and the site referred to in Section 3 as "
        "(Premises)." + OPENING_BODY
    )
    assert_own_parties(
        text, {"Rowan Crane Rentals, Inc.", "Lessor", "Ashgrove Builders LLC", "Lessee"}
    )
