"""A party's second term in a parenthesis right after its first, one word that is no role word
('Voyager Cruise Holdings, Inc., a Florida corporation ("Voyager") (the "Partner")'): the
capacity the contract names the party by, and one of its party strings (rule
``parties.adjacent_second_term``). Before, only a role word ("Bank", "Licensee") was read
there, and CUAD's lawyers label the capacity whatever the word. Passages written for this test
in the general shape of co-branding, marketing and endorsement preambles; near misses: a
descriptor between the two parentheses (the role-word gate stays), the party's own name word
again, a term of two words.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

CO_BRANDING = (
    "CO-BRANDED CARD AGREEMENT\n\nThis Agreement is made as of June 1, 2001 by and between "
    'Harlow National Bank, a national banking association ("Harlow") (the "Bank"), and '
    'Meridian Cruise Holdings, Inc., a Florida corporation ("Meridian") (the "Partner").'
    + OPENING_BODY
)
MARKETING = (
    "MARKETING AGREEMENT\n\nThis Marketing Agreement is entered into as of March 3, 2012 "
    'between Tollgate Media LLC, a New York limited liability company ("Tollgate") '
    '("Marketer"), and Briar Cove Wineries, Inc., a California corporation ("Briar Cove") '
    '("Winery").' + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CO_BRANDING,
            {
                "Harlow National Bank",
                "Harlow",
                "Bank",
                "Meridian Cruise Holdings, Inc.",
                "Meridian",
                "Partner",
            },
        ),
        (
            MARKETING,
            {
                "Tollgate Media LLC",
                "Tollgate",
                "Marketer",
                "Briar Cove Wineries, Inc.",
                "Briar Cove",
                "Winery",
            },
        ),
    ],
    ids=["co_branding", "marketing"],
)
def test_the_second_term_is_the_partys(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


@pytest.mark.parametrize(
    "opening",
    [
        # a descriptor between: the term after it may be a thing's
        'Tollgate Media LLC ("Tollgate"), a New York limited liability company that owns the '
        'web site www.tollgate.example (the "Site"), and Briar Cove Wineries, Inc. ("Briar '
        'Cove").',
        # two words: a thing as often as a capacity
        'Tollgate Media LLC ("Tollgate") (the "Effective Date" being the date of signing), and '
        'Briar Cove Wineries, Inc. ("Briar Cove").',
    ],
    ids=["descriptor_between", "two_words"],
)
def test_other_second_parentheses_are_no_terms_of_the_party(opening: str) -> None:
    text = (
        "MARKETING AGREEMENT\n\nThis Marketing Agreement is entered into as of March 3, 2012 "
        "between " + opening + OPENING_BODY
    )
    assert_own_parties(
        text, {"Tollgate Media LLC", "Tollgate", "Briar Cove Wineries, Inc.", "Briar Cove"}
    )
