"""A company's register number set off alone in a parenthesis after its descriptor, as
English, Scottish and Commonwealth drafting writes it ("a limited liability partnership
registered in England (OC123456)"), is no short name of the party; a short name in capitals
with a digit in it ("(BW-3)") still is. Passages written for the test (issue #12).
"""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import norm
from tests.passages import own_parties, party_strings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SHAREHOLDERS AGREEMENT\n\nTHIS AGREEMENT is dated 9 September 2010 and made "
            "between: (1) Hanover Capital Partners LLP, a limited liability partnership "
            'registered in England (OC123456) ("Hanover"); and (2) Greyling Investments '
            'Limited, a company registered in Jersey ("Greyling").\n\n1. INTERPRETATION\n',
            {"Hanover Capital Partners LLP", "Hanover", "Greyling Investments Limited", "Greyling"},
        ),
        (
            "SERVICES AGREEMENT\n\nThis Agreement is made on 2 May 2014 between Tayside "
            "Engineering Limited, a company incorporated in Scotland (SC301234), and Morven "
            'Offshore Ltd, a company incorporated in England ("Customer").\n\n1. SERVICES\n',
            {"Tayside Engineering Limited", "Morven Offshore Ltd", "Customer"},
        ),
    ],
)
def test_a_register_number_in_a_parenthesis_is_no_name(text: str, expected: set[str]) -> None:
    assert party_strings(own_parties(text)) == {norm(s) for s in expected}


def test_a_short_name_with_a_digit_stays_a_name() -> None:
    text = (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made as of May 1, 1998 between "
        "Buckeye Wings Systems, Inc., an Ohio corporation (BW-3), and Lakeland Grill LLC, a "
        'Florida limited liability company ("Franchisee").\n\n1. GRANT\n'
    )
    assert party_strings(own_parties(text)) == {
        "buckeye wings systems inc",
        "bw 3",
        "lakeland grill llc",
        "franchisee",
    }
