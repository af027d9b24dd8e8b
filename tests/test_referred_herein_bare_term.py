"""A party's term in no quotes and no parenthesis after the cue's other order, set off by commas
after the party's description: '..., a Maine corporation, referred to herein as Seller, and',
'..., herein called Buyer.' (rule ``defined_terms.hereinafter_bare``). Before, only a cue
opening with "hereinafter" was read without quotes. Passages written for this test in the
shapes of older purchase and consulting preambles; near misses: the same cue for a product and
for a place, a role word in running text.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

REFERRED_HEREIN = (
    "PURCHASE AGREEMENT\n\nThis Purchase Agreement is dated March 2, 1998. Dalton Timber "
    "Products, Inc., an Oregon corporation, referred to herein as Vendor, and Greyrock Homes "
    "LLC, a Washington limited liability company, referred to herein as Purchaser, agree as "
    "follows." + OPENING_BODY
)
HEREIN_CALLED = (
    "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made on January 8, 2002 between Ivers "
    "Analytics Corp., a Virginia corporation, herein called Company, and Talbot Reyes, an "
    "individual residing at 19 Oak Street, Richmond, Virginia, herein called Consultant."
    + OPENING_BODY
)
HEREIN_REFERRED = (
    "AGENCY AGREEMENT\n\nThis Agency Agreement is made as of May 15, 2007 between Brookfall "
    "Records, Inc., a New York corporation, herein referred to as Label, and Sunmark Talent "
    "Group LLC, a California limited liability company, herein referred to as Agent." + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            REFERRED_HEREIN,
            {"Dalton Timber Products, Inc.", "Vendor", "Greyrock Homes LLC", "Purchaser"},
        ),
        (
            HEREIN_CALLED,
            {"Ivers Analytics Corp.", "Company", "Talbot Reyes", "Consultant"},
        ),
        (
            HEREIN_REFERRED,
            {"Brookfall Records, Inc.", "Label", "Sunmark Talent Group LLC", "Agent"},
        ),
    ],
    ids=["referred_to_herein_as", "herein_called", "herein_referred_to_as"],
)
def test_the_unquoted_term_is_the_partys(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


def test_the_cue_for_a_thing_adds_no_term() -> None:
    text = (
        "PURCHASE AGREEMENT\n\nThis Purchase Agreement is made as of March 2, 1998 between "
        'Dalton Timber Products, Inc., an Oregon corporation ("Vendor"), and Greyrock Homes LLC, '
        'a Washington limited liability company ("Purchaser"), for the lumber listed in Exhibit '
        "A, referred to herein as Goods, delivered to the site in King County, Washington, "
        "herein called Site, where the Contractor of Purchaser shall receive it." + OPENING_BODY
    )
    assert_own_parties(
        text, {"Dalton Timber Products, Inc.", "Vendor", "Greyrock Homes LLC", "Purchaser"}
    )
