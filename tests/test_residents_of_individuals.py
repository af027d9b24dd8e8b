"""Individuals described by where they live in the plural, under one term: "Derek Holloway and
Tanya Holloway, residents of the State of Oklahoma (collectively, "Franchisee")", "Amara Osei
and Kofi Osei, citizens of Ghana (together, the "Sellers")". The singular ("a resident of")
was read; the plural left both names out. Passages written for these tests; near miss: the
residents of a place the agreement serves, named by no one.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

_OPENING = (
    "{title}\n\n"
    "This {title_case} is made as of February 2, 2010 by {company}, a Texas corporation "
    '("{company_term}"), and {people}, {descriptor} ({together} "{term}").' + OPENING_BODY
)


@pytest.mark.parametrize(
    ("company", "company_term", "first", "second", "descriptor", "together", "term"),
    [
        (
            "Brightwave Car Wash Systems, Inc.",
            "Franchisor",
            "Derek Holloway",
            "Tanya Holloway",
            "residents of the State of Oklahoma",
            "collectively,",
            "Franchisee",
        ),
        (
            "Kestrel Cocoa Trading Corp.",
            "Buyer",
            "Amara Osei",
            "Kofi Osei",
            "citizens of the Republic of Ghana",
            "together, the",
            "Sellers",
        ),
    ],
)
def test_individuals_described_as_residents_or_citizens_are_parties(
    company: str,
    company_term: str,
    first: str,
    second: str,
    descriptor: str,
    together: str,
    term: str,
) -> None:
    text = _OPENING.format(
        title="UNIT AGREEMENT",
        title_case="Unit Agreement",
        company=company,
        company_term=company_term,
        people=f"{first} and {second}",
        descriptor=descriptor,
        together=together,
        term=term,
    )
    assert_own_parties(text, {company, company_term, first, second, term})


def test_residents_of_a_place_served_are_no_parties() -> None:
    text = (
        "SERVICES AGREEMENT\n\n"
        "This Services Agreement is made as of March 1, 2012 between Halden Water Services, "
        'Inc., a Texas corporation ("Provider"), and Orrin County Utility District, a utility '
        'district of the State of Texas ("District"), for the benefit of the residents of Orrin '
        "County." + OPENING_BODY
    )
    assert_own_parties(
        text,
        {"Halden Water Services, Inc.", "Provider", "Orrin County Utility District", "District"},
    )
