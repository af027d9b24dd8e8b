"""A class of parties the signature pages list, defined with a group's term in the same
parenthesis as its role terms ("(each, an "Investor" and collectively, the "Investors" or,
with their respective affiliates and associates, the "Investor Group")"), as activist
cooperation and standstill agreements write it: the group's term names the signing members
too (issue #12, passages written for this test)."""

from __future__ import annotations

import pytest

from tests.passages import own_parties

_SIGNATURES = """

1. Board Matters. The Company shall appoint one director.

IN WITNESS WHEREOF, the parties have executed this Agreement.

ORVIS BIOTECH, INC.

By: /s/ Ann Lee
Title: Chief Executive Officer

HARBOR ROCK PARTNERS, L.P.

By: /s/ Tom Fry
Title: Managing Member

HARBOR ROCK CAPITAL LLC

By: /s/ Tom Fry
Title: Managing Member
"""
_MEMBERS = ("HARBOR ROCK PARTNERS, L.P.", "HARBOR ROCK CAPITAL LLC")


@pytest.mark.parametrize(
    ("opening", "terms"),
    [
        (
            'This AGREEMENT, dated as of May 1, 2018 (this "Agreement"), is made and entered '
            'into by Orvis Biotech, Inc., a Delaware corporation (the "Company"), and each of '
            'the persons set forth on the signature page hereto (each, an "Investor" and '
            'collectively, the "Investors" or, with their respective affiliates and associates, '
            'the "Investor Group").',
            ("Investor", "Investors", "Investor Group"),
        ),
        (
            "This Standstill Agreement is made as of June 3, 2019 by and among Orvis Biotech, "
            'Inc. (the "Company") and the entities listed on the signature pages hereto (each, '
            'a "Stockholder" and collectively, the "Stockholders" or the "Kestrel Group").',
            ("Stockholder", "Stockholders", "Kestrel Group"),
        ),
    ],
)
def test_the_group_term_names_the_signing_members(opening: str, terms: tuple[str, ...]) -> None:
    parties = own_parties("COOPERATION AGREEMENT\n\n" + opening + _SIGNATURES)
    assert parties["Orvis Biotech, Inc."] == ("Company",)
    for member in _MEMBERS:
        assert set(terms) <= set(parties[member])


def test_a_term_of_another_parenthesis_names_no_member() -> None:
    opening = (
        'This AGREEMENT, dated as of May 1, 2018, is made by Orvis Biotech, Inc. (the "Company") '
        'and each of the persons set forth on the signature page hereto (each, an "Investor" '
        'and collectively, the "Investors"), who with the Company own shares of the Company '
        '(the "Voting Group").'
    )
    parties = own_parties("COOPERATION AGREEMENT\n\n" + opening + _SIGNATURES)
    for member in _MEMBERS:
        assert "Voting Group" not in parties[member]
