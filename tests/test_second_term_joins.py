"""Two terms for one party joined by a slash ('("Tamarind"/"Provider")', '("Lindqvist" /
"Customer")') or by "and" that says the second is another name of the same party ('(hereinafter
referred to as "Helix" and as the "Developer")', '(the "Publisher", and hereinafter also
"Gamestar")'): both are the party's terms (rule ``parties.same_party_terms``). Before, the
second term was read as no one's, and CUAD's lawyers label both. Passages written for this
test in the general shape of services, manufacturing, development and marketing preambles; near
misses: "and" alone between two parties' terms, a slash inside a name.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

SLASH = (
    "MANAGED SERVICES AGREEMENT\n\n"
    "This Managed Services Agreement is entered into as of May 2, 2013 between Quarrel Networks, "
    'Inc., a Delaware corporation ("Quarrel"/"Provider"), and Dunmore Savings Bank, a Maine '
    'savings bank ("Dunmore"/"Client").' + OPENING_BODY
)
SPACED_SLASH = (
    "CONTRACT MANUFACTURING AGREEMENT\n\n"
    "This Agreement is made on 3 June 2018 between Norrland Kemi AB, a Swedish company "
    '("Norrland" / "Customer"), and Ridgeback Formulations, Inc., a Utah corporation '
    '("Ridgeback" / the "Manufacturer").' + OPENING_BODY
)
AND_AS = (
    "JOINT DEVELOPMENT AGREEMENT\n\n"
    "This Agreement is made as of July 7, 2015 by and between Tessera Optics Corp., a Colorado "
    'corporation (hereinafter referred to as "Tessera" and as the "Developer"), and Kitefin '
    'Marine, Inc., a Maine corporation (hereinafter referred to as "Kitefin" and also as the '
    '"Manufacturer").' + OPENING_BODY
)
AND_HEREINAFTER_ALSO = (
    "CO-MARKETING AGREEMENT\n\n"
    "THIS AGREEMENT is entered into on March 1, 2021 between Larkhill Games Ltd., a company "
    'incorporated in England (the "Publisher", and hereinafter also "Larkhill"), and Pivot '
    'Controllers, Inc., a Washington corporation (the "Hardware Partner", and hereinafter also '
    '"Pivot").' + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SLASH,
            {
                "Quarrel Networks, Inc.",
                "Quarrel",
                "Provider",
                "Dunmore Savings Bank",
                "Dunmore",
                "Client",
            },
        ),
        (
            SPACED_SLASH,
            {
                "Norrland Kemi AB",
                "Norrland",
                "Customer",
                "Ridgeback Formulations, Inc.",
                "Ridgeback",
                "Manufacturer",
            },
        ),
        (
            AND_AS,
            {
                "Tessera Optics Corp.",
                "Tessera",
                "Developer",
                "Kitefin Marine, Inc.",
                "Kitefin",
                "Manufacturer",
            },
        ),
        (
            AND_HEREINAFTER_ALSO,
            {
                "Larkhill Games Ltd.",
                "Publisher",
                "Larkhill",
                "Pivot Controllers, Inc.",
                "Hardware Partner",
                "Pivot",
            },
        ),
    ],
    ids=["slash", "spaced_slash", "and_as", "and_hereinafter_also"],
)
def test_both_terms_are_the_partys(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


def test_and_alone_still_joins_two_parties_terms() -> None:
    # "A and B (the "Seller" and the "Buyer")" is no shape of one party's two names: the
    # parenthesis after the second name gives it one term
    text = (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 1, 2010 between Harlan "
        'Mills, Inc., an Ohio corporation ("Harlan"), and Penrose Foods LLC, a Delaware limited '
        'liability company ("Penrose").' + OPENING_BODY
    )
    assert_own_parties(text, {"Harlan Mills, Inc.", "Harlan", "Penrose Foods LLC", "Penrose"})


def test_slash_inside_a_name_is_no_join() -> None:
    text = (
        "LICENSE AGREEMENT\n\nThis License Agreement is made as of May 1, 2010 between "
        'Hollins/Marsh Media, Inc., a New York corporation ("Licensor"), and Tarn Books LLC, a '
        'Delaware limited liability company ("Licensee").' + OPENING_BODY
    )
    assert_own_parties(
        text, {"Hollins/Marsh Media, Inc.", "Licensor", "Tarn Books LLC", "Licensee"}
    )
