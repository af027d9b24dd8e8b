"""A party's term that opens on a brand's lower-case word and goes on in capitals ("i3
ICS", "eVolve Labs"), next to the role term the same preamble gives it (passages written
for this test)."""

from __future__ import annotations

from tests.passages import own_parties


def test_a_brand_term_of_two_words_then_a_role_after_the_address() -> None:
    parties = own_parties(
        "RESELLER AGREEMENT\n\nThis Reseller Agreement is made as of May 5, 2016, by and "
        'between Zentor Systems, LLC ("z9 Labs"), a Virginia limited liability company '
        'having its offices at 10 Elm Court, Fairfax, VA 22030 ("Reseller"), and Quadrant '
        'Labs, Inc., a Nevada corporation ("Quadrant").\n\n1. Appointment.\n'
    )
    assert parties == {
        "Zentor Systems, LLC": ("z9 Labs", "Reseller"),
        "Quadrant Labs, Inc.": ("Quadrant",),
    }


def test_a_brand_term_of_one_word() -> None:
    parties = own_parties(
        "HOSTING AGREEMENT\n\nThis Hosting Agreement is made as of May 5, 2001, by and between "
        'Netwave Holdings, Inc., a Delaware corporation ("eVolve Labs"), and Quadrant Labs, '
        'Inc., a Nevada corporation ("Customer").\n\n1. Hosting.\n'
    )
    assert parties == {
        "Netwave Holdings, Inc.": ("eVolve Labs",),
        "Quadrant Labs, Inc.": ("Customer",),
    }
