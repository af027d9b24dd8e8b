"""A party's term given by a "hereinafter" cue in no quotes and no parenthesis, set off by
commas ("Perrin Biotech Corp., hereinafter referred to as the Company, and ..."), as older
contracts write it (passages written for this test)."""

from __future__ import annotations

from tests.passages import own_parties


def test_referred_to_as_between_commas() -> None:
    parties = own_parties(
        "CONSULTING AGREEMENT\n\nThis Agreement is made this 1st day of March, 2001 between "
        "Perrin Biotech Corp., hereinafter referred to as the Company, and Alan Whitcombe, an "
        "individual, hereinafter referred to as the Consultant.\n\n1. Services.\n"
    )
    assert parties == {
        "Perrin Biotech Corp.": ("Company",),
        "Alan Whitcombe": ("Consultant",),
    }


def test_called_after_an_address() -> None:
    parties = own_parties(
        "SALES REPRESENTATIVE AGREEMENT\n\nThis Agreement is entered into on June 4, 1997 by "
        "and between Corbel Valve Company, 200 Foundry Road, Erie, Pennsylvania 16501, "
        "hereinafter called Manufacturer, and Lindqvist Sales Associates, Inc., 9 Lake "
        "Street, Duluth, Minnesota 55802, hereinafter called Representative.\n\n"
        "1. Appointment.\n"
    )
    assert parties == {
        "Corbel Valve Company": ("Manufacturer",),
        "Lindqvist Sales Associates, Inc.": ("Representative",),
    }


def test_a_thing_so_called_in_the_body_names_no_party() -> None:
    parties = own_parties(
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 1, 2009 by and between "
        'Carrow Industries, Inc. ("Supplier") and Delfin Plastics Corp. ("Purchaser").\n\n'
        "1. Products. Supplier shall sell the molded containers listed in Exhibit A, "
        "hereinafter referred to as the Products, to Purchaser.\n"
    )
    assert parties == {
        "Carrow Industries, Inc.": ("Supplier",),
        "Delfin Plastics Corp.": ("Purchaser",),
    }
