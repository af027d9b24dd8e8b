"""A person in the list of parties described by where they live or what country's citizen they
are ("Samuel Adeyemi, a resident of the State of Texas ("Consultant")"): the person is the
party the term names, as after "an individual residing at"; the state is only where the
person lives (ingest.parties.descriptions._NAME_TAIL)."""

from __future__ import annotations

from tests.passages import own_parties


def test_a_resident_of_the_state_before_the_term_of_the_first_party() -> None:
    text = (
        "CONSULTING AGREEMENT\n\n"
        "This Consulting Agreement is made on May 1, 2009 between Samuel Adeyemi, a resident "
        'of the State of Texas ("Consultant"), and Brightwell Pharma Inc., a Delaware '
        'corporation ("Company").\n\n'
        "1. Services. Consultant shall advise the Company.\n"
    )
    assert own_parties(text) == {
        "Samuel Adeyemi": ("Consultant",),
        "Brightwell Pharma Inc.": ("Company",),
    }


def test_a_citizen_of_a_country_as_the_second_party() -> None:
    text = (
        "LICENSE AGREEMENT\n\n"
        "This License Agreement is entered into as of June 3, 2014 by Orrin Brands LLC "
        '("Licensee") and Ingrid Solberg, a citizen of the Kingdom of Norway (the '
        '"Licensor").\n\n'
        "1. Grant. The Licensor grants the Licensee a license to her designs.\n"
    )
    assert own_parties(text) == {
        "Orrin Brands LLC": ("Licensee",),
        "Ingrid Solberg": ("Licensor",),
    }


def test_a_person_described_so_in_the_recitals_is_no_party() -> None:
    text = (
        "SUPPLY AGREEMENT\n\n"
        'This Supply Agreement is made on May 1, 2009 between Brightwell Pharma Inc. ("Buyer") '
        'and Harlow Mills LLC ("Seller").\n\n'
        "WHEREAS, Seller was founded by Dana Roe, a resident of the State of Ohio, who designs "
        "its products;\n\n"
        "1. Supply. Seller shall supply the products to Buyer.\n"
    )
    assert own_parties(text) == {
        "Brightwell Pharma Inc.": ("Buyer",),
        "Harlow Mills LLC": ("Seller",),
    }
