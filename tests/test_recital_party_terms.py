"""A term the recitals give a party the preamble named bare ("WHEREAS, Carrow Industries,
Inc. ("Carrow") manufactures ..."): the party goes by it (passages written for this test)."""

from __future__ import annotations

from tests.passages import own_parties

_BARE_PREAMBLE = (
    "SUPPLY AGREEMENT\n\n"
    "This Supply Agreement is made as of May 1, 2009 by and between Carrow Industries, Inc. "
    "and Delfin Plastics Corp.\n\n"
)


def test_each_recital_gives_its_party_a_term() -> None:
    parties = own_parties(
        _BARE_PREAMBLE + 'WHEREAS, Carrow Industries, Inc. ("Carrow") manufactures '
        'containers; and\n\nWHEREAS, Delfin Plastics Corp. ("Delfin") wishes to purchase '
        "containers.\n\nNOW, THEREFORE, the parties agree as follows:\n\n1. Supply.\n"
    )
    assert parties == {
        "Carrow Industries, Inc.": ("Carrow",),
        "Delfin Plastics Corp.": ("Delfin",),
    }


def test_a_lettered_recital_with_a_role_term() -> None:
    parties = own_parties(
        "SERVICES AGREEMENT\n\nThis Services Agreement is entered into on June 3, 2014 between "
        "Orbis Freight LLC and Kellan Retail Group, Inc.\n\nRECITALS\n\n"
        "A. Orbis Freight LLC (the \u201cCarrier\u201d) operates a fleet of trucks.\n\n"
        "B. Kellan Retail Group, Inc. (the \u201cShipper\u201d) ships goods to its stores.\n\n"
        "1. Services.\n"
    )
    assert parties == {
        "Orbis Freight LLC": ("Carrier",),
        "Kellan Retail Group, Inc.": ("Shipper",),
    }


def test_a_company_the_recitals_describe_is_no_party_term() -> None:
    # the parent is named with its own term; the party's term in the preamble stays the only one
    parties = own_parties(
        "LICENSE AGREEMENT\n\nThis License Agreement is made as of May 1, 2009 by and between "
        'Carrow Industries, Inc. ("Licensor") and Delfin Plastics Corp. ("Licensee").\n\n'
        'WHEREAS, Halvard Holdings Inc. ("Parent") owns all shares of Licensor; and\n\n'
        'WHEREAS, Carrow Industries, Inc. ("Carrow Group") owns the Patents.\n\n'
        "1. Grant.\n"
    )
    assert parties == {
        "Carrow Industries, Inc.": ("Licensor",),
        "Delfin Plastics Corp.": ("Licensee",),
    }
