"""A form of agreement that leaves a party's name blank and offers the choices of its legal form
in a parenthesis before its term: 'and ______________, a __________ (corporation/limited
liability company/partnership) ("Franchisee")' (rule ``parties.blank_form_choices``). The term
is the blank party's only name; before, the parenthesis of choices ended the text the term
names, and the blank before it was never seen. Passages written for this test in the shapes of
franchise and dealer forms; near misses: a named party after the choices, and a blank that is
no party (a territory line).
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

FRANCHISE = (
    "UNIT FRANCHISE AGREEMENT\n\nThis Unit Franchise Agreement is made on ______________, 20__ "
    'between Saffron Grill Franchising, Inc., a Texas corporation ("Franchisor"), and '
    "_________________________, a ____________ (corporation/limited liability company/"
    'partnership/individual) ("Franchisee").' + OPENING_BODY
)
DEALER = (
    "DEALER AGREEMENT\n\nThis Dealer Agreement is entered into as of ____________ by and between "
    'Larch Power Equipment Co., a Wisconsin corporation (the "Manufacturer"), and '
    '______________________ (individual / partnership / corporation) (the "Dealer").' + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FRANCHISE, {"Saffron Grill Franchising, Inc.", "Franchisor", "Franchisee"}),
        (DEALER, {"Larch Power Equipment Co.", "Manufacturer", "Dealer"}),
    ],
    ids=["franchise", "dealer"],
)
def test_the_blank_party_goes_by_its_term(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


def test_a_named_party_or_a_blank_territory_adds_nothing() -> None:
    text = (
        "DEALER AGREEMENT\n\nThis Dealer Agreement is entered into as of May 1, 2004 by and "
        'between Larch Power Equipment Co., a Wisconsin corporation (the "Manufacturer"), and '
        "Orchard Hill Supply LLC, a Michigan limited liability company (member/managed) "
        '(the "Dealer"), for sales in _______________ (county/state) (the "Area").' + OPENING_BODY
    )
    assert_own_parties(
        text,
        {"Larch Power Equipment Co.", "Manufacturer", "Orchard Hill Supply LLC", "Dealer"},
    )
