"""A block of parties headed in capitals ("This Addendum is made on November 7, 2017 BETWEEN:
... AND: ..."), as Canadian and Commonwealth drafting lays it out: a party whose name has no
corporate word, given its term right after its name, is a party there as it is after a
lower-case "between" (the date before "BETWEEN" is no address the name ends;
ingest.parties.descriptions._CLAUSE_START)."""

from __future__ import annotations

from tests.passages import own_parties


def test_a_society_under_between_in_capitals_after_the_date() -> None:
    text = (
        "SPONSORSHIP ADDENDUM\n\n"
        "This Addendum is made and effective November 7, 2017, BETWEEN:\n\n"
        'Prairie Heart Runners Society - Northern Chapter ("PHRS-NC"), a charitable '
        "corporation organized under the laws of Alberta, having its principal office at 12 "
        "Main Street, Calgary;\n\n"
        "AND:\n\n"
        'Northgate Foods, Inc., a corporation organized under the laws of Nevada (the "Company").'
        "\n\n1. Changes. The Company shall sponsor the Society's spring run.\n"
    )
    assert own_parties(text) == {
        "Prairie Heart Runners Society - Northern Chapter": ("PHRS-NC",),
        "Northgate Foods, Inc.": ("Company",),
    }


def test_between_on_a_line_of_its_own_below_the_dated_line() -> None:
    text = (
        "LICENSE AGREEMENT\n\n"
        "THIS AGREEMENT is made as of the 1st day of March, 2012\n\n"
        "BETWEEN:\n\n"
        'Lakehead Trails Association ("Licensor"), a not-for-profit body\n\n'
        "AND:\n\n"
        'Orrin Outfitters Ltd. ("Licensee")\n\n'
        "1. Grant. Licensor grants Licensee the right to use its trail maps.\n"
    )
    assert own_parties(text) == {
        "Lakehead Trails Association": ("Licensor",),
        "Orrin Outfitters Ltd.": ("Licensee",),
    }


def test_a_place_after_the_date_under_between_is_still_no_party() -> None:
    text = (
        "SUPPLY AGREEMENT\n\n"
        "This Agreement is made on May 1, 2014 BETWEEN:\n\n"
        'Orrin Outfitters Ltd. ("Buyer"), of 14 Bay Street, Toronto, Ontario M5J 2R8 ("Premises")'
        "\n\nAND:\n\n"
        'Kestrel Mills Inc. ("Seller").\n\n'
        "1. Supply. Seller shall supply the goods to Buyer.\n"
    )
    assert own_parties(text) == {
        "Orrin Outfitters Ltd.": ("Buyer",),
        "Kestrel Mills Inc.": ("Seller",),
    }
