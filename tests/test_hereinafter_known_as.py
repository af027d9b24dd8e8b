"""A party's term given with "hereinafter known as" (passages written for this test)."""

from __future__ import annotations

from tests.passages import own_parties


def test_known_as_after_a_comma() -> None:
    parties = own_parties(
        "LICENSE AGREEMENT\n\nThis License Agreement is made as of October 3, 2002 by and "
        "between Osprey Entertainment Corp., a New York corporation, hereinafter known as "
        '"Licensor", and Gallant Toys Ltd., a Hong Kong company, hereinafter known as '
        '"Licensee".\n\n1. Grant.\n'
    )
    assert parties == {
        "Osprey Entertainment Corp.": ("Licensor",),
        "Gallant Toys Ltd.": ("Licensee",),
    }


def test_known_as_in_a_parenthesis_without_quotes() -> None:
    parties = own_parties(
        "DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made on May 3, 2012 between "
        "Harlow Optics Ltd., an Irish company (hereinafter known as Supplier), and Venta "
        "Medical S.A., a Spanish company (hereinafter known as Distributor).\n\n"
        "1. Appointment.\n"
    )
    assert parties == {
        "Harlow Optics Ltd.": ("Supplier",),
        "Venta Medical S.A.": ("Distributor",),
    }
