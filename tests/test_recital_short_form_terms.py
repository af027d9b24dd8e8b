"""A recital that repeats a party's full name gives it a second term, its short name, when the
preamble gave it a role term ('... between Alder Medical Devices, Inc. (the "Manufacturer")
...' and then 'WHEREAS, Alder Medical Devices, Inc. ("Alder") designs ...'): the party goes by
both, as lawyers label them. Only a short form of the name qualifies (words of the name or its
initials); any other term a recital gives after the full name ("Carrow Group") may name the
party with others. Passages written for this test."""

from __future__ import annotations

from ingest.parties.recital_terms import is_short_form
from tests.passages import own_parties


def test_recitals_give_role_termed_parties_their_short_names() -> None:
    parties = own_parties(
        "DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made effective as of July 1, "
        "2014 between Alder Medical Devices, Inc. (the \u201cManufacturer\u201d) and Wexford "
        "Surgical Supply Co. (the \u201cDistributor\u201d).\n\nRECITALS\n\nWHEREAS, Alder "
        "Medical Devices, Inc. (\u201cAlder\u201d) designs and manufactures surgical "
        "instruments; and\n\nWHEREAS, Wexford Surgical Supply Co. (\u201cWexford\u201d) "
        "distributes medical devices in the Territory.\n\n1. Appointment.\n"
    )
    assert parties == {
        "Alder Medical Devices, Inc.": ("Manufacturer", "Alder"),
        "Wexford Surgical Supply Co.": ("Distributor", "Wexford"),
    }


def test_lettered_background_gives_initials() -> None:
    parties = own_parties(
        "OUTSOURCING AGREEMENT\n\nThis Outsourcing Agreement is made on 1 March 2007 between "
        'Bank of the Coral Sea Limited (the "Customer") and Delta Tech Limited (the '
        '"Contractor").\n\nBACKGROUND\n\nA. Bank of the Coral Sea Limited ("BCS") operates '
        'branches in the region.\n\nB. Delta Tech Limited ("Delta") provides data services.'
        "\n\n1. Services.\n"
    )
    assert parties == {
        "Bank of the Coral Sea Limited": ("Customer", "BCS"),
        "Delta Tech Limited": ("Contractor", "Delta"),
    }


def test_other_recital_terms_leave_a_termed_party_alone() -> None:
    # near misses: a group term, a subsidiary's name, a division's term
    parties = own_parties(
        "LICENSE AGREEMENT\n\nThis License Agreement is made as of May 1, 2009 by and between "
        'Carrow Industries, Inc. ("Licensor") and Delfin Plastics Corp. ("Licensee").\n\n'
        'WHEREAS, Carrow Industries, Inc. ("Carrow Group") owns the Patents; and\n\n'
        'WHEREAS, Delfin Plastics Corp. Europe ("Delfin") is an affiliate of Licensee; and\n\n'
        'WHEREAS, Carrow Industries, Inc. ("Carrow Resins Division") makes the Resin.\n\n'
        "1. Grant.\n"
    )
    assert parties == {
        "Carrow Industries, Inc.": ("Licensor",),
        "Delfin Plastics Corp.": ("Licensee",),
    }


def test_short_forms() -> None:
    assert is_short_form("Alder", "Alder Medical Devices, Inc.")
    assert is_short_form("Alder Medical", "Alder Medical Devices, Inc.")
    assert is_short_form("BSP", "Bank of South Pacific Limited")
    assert is_short_form("ACM", "American Champion Media, Inc.")
    assert not is_short_form("Carrow Group", "Carrow Industries, Inc.")
    assert not is_short_form("Seller", "Carrow Industries, Inc.")
    assert not is_short_form("XYZ", "Carrow Industries, Inc.")


def test_a_body_clause_naming_the_party_among_others_gives_no_second_term() -> None:
    # near miss: no recitals; a section lists the party with other towns, each with its term
    parties = own_parties(
        "FRANCHISE AGREEMENT\n\nTHIS AGREEMENT is made on November 17, 2015 by and between the "
        'Town of Marlow, a Virginia municipal corporation ("Grantor"), and Keswick Gas Company, '
        'a Virginia corporation ("Grantee").\n\n1. Franchise Fee.\n\n(a) Grantee has entered '
        'into franchise agreements with the City of Ashby ("Ashby") and the Town of Marlow '
        '("Marlow").\n'
    )
    assert parties == {"Town of Marlow": ("Grantor",), "Keswick Gas Company": ("Grantee",)}
