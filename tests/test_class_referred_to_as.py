"""A sentence after the preamble that gives parties it lists a class term and its singular:
'Each of Harwick and Tomoe is hereinafter referred to as a "Shareholder" and collectively as the
"Shareholders"', 'Quarry and Lindell are sometimes referred to herein collectively as the
"Sellers" and each individually as a "Seller"' (rule ``parties.class_referred_to_as``). Before,
only a sentence naming one party was read ('Jordan Ellery is referred to herein as
"Athlete"'). Passages written for this test in the shapes of joint venture, investor and
purchase preambles; near misses: the same sentence for things, for a party and a stranger, and
for the parties' generic term.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

INVESTORS = (
    "INVESTORS' RIGHTS AGREEMENT\n\nThis Investors' Rights Agreement is made as of May 2, 2017 "
    'among Kestrel Robotics, Inc., a Delaware corporation (the "Company"), Bellwood Ventures '
    'II, L.P. ("Bellwood") and Marsh Point Capital LLC ("Marsh Point"). Bellwood and Marsh '
    'Point are hereinafter referred to collectively as the "Investors" and individually as an '
    '"Investor".' + OPENING_BODY
)
PARTNERS = (
    "JOINT VENTURE AGREEMENT\n\nThis Joint Venture Agreement is entered into as of March 30, "
    ' 2011 between Orlov Mining Ltd. ("Orlov") and Caldera Resources Corp. ("Caldera").\n\n'
    'Each of Orlov and Caldera is sometimes called a "Venturer" and together the "Venturers".'
    + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INVESTORS,
            {
                "Kestrel Robotics, Inc.",
                "Company",
                "Bellwood Ventures II, L.P.",
                "Bellwood",
                "Marsh Point Capital LLC",
                "Marsh Point",
                "Investors",
                "Investor",
            },
        ),
        (
            PARTNERS,
            {
                "Orlov Mining Ltd.",
                "Orlov",
                "Caldera Resources Corp.",
                "Caldera",
                "Venturer",
                "Venturers",
            },
        ),
    ],
    ids=["investors", "venturers"],
)
def test_the_listed_parties_go_by_the_class_term(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # things, not parties
        'The Ore and the Concentrate are referred to herein collectively as the "Products".',
        # a party and someone the preamble does not name
        'Each of Orlov and Tasman Drilling Pty Ltd is referred to as a "Contractor".',
        # the parties' generic term
        'Orlov and Caldera are referred to herein collectively as the "Parties".',
        # the same, its stop inside the quotes
        'Orlov and Caldera are referred to herein individually as a "Party."',
    ],
    ids=["things", "stranger", "generic", "generic_stop_inside"],
)
def test_other_sentences_add_no_term(sentence: str) -> None:
    text = (
        "JOINT VENTURE AGREEMENT\n\nThis Joint Venture Agreement is entered into as of March "
        '30, 2011 between Orlov Mining Ltd. ("Orlov") and Caldera Resources Corp. ("Caldera").'
        "\n\n" + sentence + OPENING_BODY
    )
    assert_own_parties(text, {"Orlov Mining Ltd.", "Orlov", "Caldera Resources Corp.", "Caldera"})
