"""A party's role term in a parenthesis with its article and no quotes, as older contracts
write it (issue #12): "Delmar Labs, Inc. (the Company) and Helen Varga (the Consultant)".
The term is a role word; a place or a thing in the same shape ("(the Netherlands)", "(the
Premises)") is no term of the party. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import norm
from tests.passages import own_parties, party_strings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CONSULTING AGREEMENT\n\nThis Agreement is made this 3rd day of March, 2004 between "
            "Delmar Pharmaceuticals, Inc. (the Company) and Helen Varga (the Consultant).\n\n"
            "1. SERVICES\n",
            {"Delmar Pharmaceuticals, Inc.", "Company", "Helen Varga", "Consultant"},
        ),
        (
            "DISTRIBUTION AGREEMENT\n\nTHIS AGREEMENT is entered into on January 9, 1997 by "
            "and between Orrin Valve Company, an Oklahoma corporation (the Manufacturer), and "
            "Gulf Coast Fittings, Inc., a Louisiana corporation (the Distributor).\n\n"
            "1. APPOINTMENT\n",
            {"Orrin Valve Company", "Manufacturer", "Gulf Coast Fittings, Inc.", "Distributor"},
        ),
        (
            "EMPLOYMENT AGREEMENT\n\nThis Employment Agreement is made as of May 1, 2002 by "
            "and between Corliss Data Systems, Inc. (the Employer) and Mark R. Devlin (the "
            "Executive).\n\n1. EMPLOYMENT\n",
            {"Corliss Data Systems, Inc.", "Employer", "Mark R. Devlin", "Executive"},
        ),
    ],
)
def test_a_role_term_without_quotes(text: str, expected: set[str]) -> None:
    assert party_strings(own_parties(text)) == {norm(s) for s in expected}


def test_a_place_or_thing_with_an_article_is_no_term() -> None:
    text = (
        "LEASE AGREEMENT\n\nThis Lease is made as of April 2, 2003 between Hollis Realty "
        "B.V., a company organized under the laws of the Netherlands (the Netherlands), and "
        'Brightwater Systems, Inc., a Delaware corporation ("Tenant").\n\n1. PREMISES\n'
    )
    assert party_strings(own_parties(text)) == {
        "hollis realty b v",
        "brightwater systems inc",
        "tenant",
    }
