"""A person who is a party both in their own right and as a trust's trustee ("Martin G. Ashby,
individually and as trustee of the Ashby Family Trust dated June 3, 1998 ("Landlord")"): the
person is the party and the trust its other name, as for "as trustee of" alone (rule
``parties.person_as_trustee_of``). Before, "individually and" hid the capacity, and the trust
was read as the party in the person's place. Passages written for this test in the general shape
of lease and purchase preambles; near miss: a bank that is a party individually and
as trustee of a plan.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

LEASE = (
    "COMMERCIAL LEASE\n\nTHIS LEASE is made this 1st day of May, 2004, by and between MARTIN "
    "G. ASHBY, individually and as trustee of the Ashby Family Trust dated June 3, 1998 "
    '("Landlord"), and HOLLISTER DENTAL LABS, INC., a California corporation ("Tenant").'
    + OPENING_BODY
)
PURCHASE = (
    "ASSET PURCHASE AGREEMENT\n\nThis Agreement is entered into as of July 1, 2016 between "
    'Keystone Marine Supply, Inc., a Maine corporation (the "Buyer"), and Jane P. Rowe, '
    'individually and as trustee of the Rowe Family Trust (the "Seller").' + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEASE,
            {
                "MARTIN G. ASHBY",
                "Ashby Family Trust",
                "Landlord",
                "HOLLISTER DENTAL LABS, INC.",
                "Tenant",
            },
        ),
        (
            PURCHASE,
            {
                "Keystone Marine Supply, Inc.",
                "Buyer",
                "Jane P. Rowe",
                "Rowe Family Trust",
                "Seller",
            },
        ),
    ],
    ids=["lease", "purchase"],
)
def test_the_person_is_the_party_and_the_trust_its_other_name(
    text: str, expected: set[str]
) -> None:
    assert_own_parties(text, expected)


def test_a_bank_as_trustee_of_a_plan_gives_no_other_name() -> None:
    # the rule reads a person's capacity; a bank's plan is no other name of the bank
    text = (
        "ESCROW AGREEMENT\n\nThis Escrow Agreement is made as of May 1, 2012 between Harlan "
        "Ridge Bank, individually and as trustee of the Retirement Plan of Acme Tools, Inc. "
        '(the "Trustee"), and Acme Tools, Inc. (the "Company").' + OPENING_BODY
    )
    assert_own_parties(text, {"Harlan Ridge Bank", "Trustee", "Acme Tools, Inc.", "Company"})
