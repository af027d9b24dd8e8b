"""More openings written blind for CUAD's basics (stop 37), and the shapes fixed after them.

First scores of the second batch (``OPENINGS``, the extractor at 2001505 with the fixes of
``test_blind_openings_h18`` only): titles 14/14, parties 12/14 fully right. Fixed since: a
public body described as "a political subdivision of the State of Arizona" or "a port
district" before its term (the descriptor hid the term from the name), and a form's party
named only as "the undersigned dealer ("Dealer")" (its term is its name, as for a blank).
``SHAPES`` hold two or more further passages of each shape fixed this stop, ``NEAR_MISSES``
what they must leave alone.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, assert_own_title

#: name -> (opening, title, names and terms)
OPENINGS: dict[str, tuple[str, str, set[str]]] = {
    "duly_organized_having_hereinafter_company": (
        "DEVELOPMENT AGREEMENT\n\nThis Development Agreement is entered into as of July 1, 1999 "
        "by and between Larchmont Instruments Corporation, a corporation duly organized and "
        "existing under the laws of the State of Delaware, having its principal place of business "
        'at 77 Beacon Street, Boston, Massachusetts 02108 (hereinafter referred to as "Company"), '
        "and Nakamura Seiki K.K., a corporation organized under the laws of Japan, having its "
        "principal place of business at 2-3-1 Otemachi, Chiyoda-ku, Tokyo (hereinafter referred "
        'to as "Developer").' + OPENING_BODY,
        "Development Agreement",
        {"Larchmont Instruments Corporation", "Company", "Nakamura Seiki K.K.", "Developer"},
    ),
    "parties_heading_numbered": (
        "DISTRIBUTION AGREEMENT\n\nDate: 3 September 2018\n\nPARTIES\n\n1. Tasman Medical Pty Ltd "
        '(ACN 123 456 789) of 12 Harbour Street, Sydney NSW 2000 ("Tasman").\n\n2. Lumio '
        'Diagnostics S.p.A., of Via Roma 10, 20121 Milan, Italy ("Lumio").\n\nBACKGROUND\n\nA. '
        "Lumio manufactures the Products." + OPENING_BODY,
        "Distribution Agreement",
        {"Tasman Medical Pty Ltd", "Tasman", "Lumio Diagnostics S.p.A.", "Lumio"},
    ),
    "undersigned_dealer": (
        "DEALER AGREEMENT\n\nThis Dealer Agreement is made by and between Tidewater Boats, Inc., "
        'a Virginia corporation ("Tidewater"), with offices at 1 Marina Way, Norfolk, Virginia, '
        'and the undersigned dealer ("Dealer"), effective as of the date signed by Tidewater.'
        + OPENING_BODY,
        "Dealer Agreement",
        {"Tidewater Boats, Inc.", "Tidewater", "Dealer"},
    ),
    "university_regents": (
        "RESEARCH AGREEMENT\n\nThis Research Agreement is made effective as of January 15, 2007 "
        "between The Regents of the University of Michigan, a constitutional corporation of the "
        'State of Michigan ("University"), and Corvex Biosciences, Inc., a Delaware corporation '
        '("Sponsor").' + OPENING_BODY,
        "Research Agreement",
        {
            "The Regents of the University of Michigan",
            "University",
            "Corvex Biosciences, Inc.",
            "Sponsor",
        },
    ),
    "county_political_subdivision": (
        "SERVICES CONTRACT\n\nThis Services Contract is entered into on May 5, 2015 by and "
        "between the County of Maricopa, a political subdivision of the State of Arizona "
        '("County"), and Desert Sun Transit LLC, an Arizona limited liability company '
        '("Contractor").' + OPENING_BODY,
        "Services Contract",
        {"County of Maricopa", "County", "Desert Sun Transit LLC", "Contractor"},
    ),
    "mexican_sa_de_cv": (
        "MANUFACTURING AGREEMENT\n\nThis Manufacturing Agreement is made as of March 30, 2012 by "
        'and between Coastline Apparel, Inc., a California corporation ("Buyer"), and '
        'Maquiladora del Norte, S.A. de C.V., a Mexican corporation ("Manufacturer").'
        + OPENING_BODY,
        "Manufacturing Agreement",
        {"Coastline Apparel, Inc.", "Buyer", "Maquiladora del Norte, S.A. de C.V.", "Manufacturer"},
    ),
    "llc_through_manager": (
        "MANAGEMENT AGREEMENT\n\nThis Management Agreement is entered into as of June 1, 2017 by "
        "and between Red Mesa Hotel Partners, LLC, a Texas limited liability company "
        '("Owner"), and Pinecrest Hospitality Management, Inc., a Colorado corporation '
        '("Manager").' + OPENING_BODY,
        "Management Agreement",
        {
            "Red Mesa Hotel Partners, LLC",
            "Owner",
            "Pinecrest Hospitality Management, Inc.",
            "Manager",
        },
    ),
    "individually_as_party_collectively": (
        "MUTUAL SERVICES AGREEMENT\n\nThis Mutual Services Agreement is entered into as of "
        "April 4, 2004 by and between Bellmont Cable Co., a Pennsylvania corporation "
        '("Bellmont"), and Skyview Wireless, Inc., an Ohio corporation ("Skyview") '
        '(hereinafter referred to individually as a "Party" and collectively as the '
        '"Parties").' + OPENING_BODY,
        "Mutual Services Agreement",
        {"Bellmont Cable Co.", "Bellmont", "Skyview Wireless, Inc.", "Skyview"},
    ),
    "agreement_among_no_terms": (
        "VOTING AGREEMENT\n\nThis Voting Agreement is dated as of November 11, 2011 and is "
        "among Ferris Capital Partners, L.P., Ferris Capital Offshore Fund, Ltd. and Gantry "
        "Holdings, Inc." + OPENING_BODY,
        "Voting Agreement",
        {
            "Ferris Capital Partners, L.P.",
            "Ferris Capital Offshore Fund, Ltd.",
            "Gantry Holdings, Inc.",
        },
    ),
    "person_with_hereinafter_address_first": (
        "ENDORSEMENT AGREEMENT\n\nThis Endorsement Agreement is entered into on August 8, 2008 "
        'between Velocity Sports Nutrition, Inc., a Nevada corporation ("Velocity"), and '
        "Marcus Delaney, an individual residing at 800 Ocean Drive, Miami Beach, Florida "
        '33139 ("Athlete").' + OPENING_BODY,
        "Endorsement Agreement",
        {"Velocity Sports Nutrition, Inc.", "Velocity", "Marcus Delaney", "Athlete"},
    ),
    "between_with_registered_no_english": (
        "CONSULTANCY AGREEMENT\n\nTHIS AGREEMENT is dated 1 February 2016 and made between "
        "BRAMBLE ANALYTICS LIMITED incorporated and registered in England and Wales with "
        "company number 08812345 whose registered office is at 1 King Street, Manchester "
        'M2 4LQ (the "Company") and SEVERN ADVISORY LLP incorporated and registered in England '
        "and Wales with registered number OC401234 whose registered office is at 9 Quay "
        'Street, Bristol (the "Consultant").' + OPENING_BODY,
        "Consultancy Agreement",
        {"BRAMBLE ANALYTICS LIMITED", "Company", "SEVERN ADVISORY LLP", "Consultant"},
    ),
    "agreement_by_and_between_caps_unquoted_role": (
        "LICENSE AGREEMENT\n\nTHIS LICENSE AGREEMENT is made and entered into this 5th day of "
        "May, 1998, by and between GALAXY TOYS CORPORATION, a New York corporation "
        '("LICENSOR"), and FUNWORKS INTERNATIONAL LTD., a Hong Kong corporation '
        '("LICENSEE").' + OPENING_BODY,
        "License Agreement",
        {"GALAXY TOYS CORPORATION", "LICENSOR", "FUNWORKS INTERNATIONAL LTD.", "LICENSEE"},
    ),
    "three_parties_one_individual_guarantor": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is entered into on October 1, 2010 "
        "by and among Crescent Yogurt Franchising, LLC, a Georgia limited liability company "
        '("Franchisor"), Peachtree Treats, Inc., a Georgia corporation ("Franchisee"), and '
        'Alan B. Moss, an individual ("Guarantor").' + OPENING_BODY,
        "Franchise Agreement",
        {
            "Crescent Yogurt Franchising, LLC",
            "Franchisor",
            "Peachtree Treats, Inc.",
            "Franchisee",
            "Alan B. Moss",
            "Guarantor",
        },
    ),
    "amendment_between_parties_again": (
        "FIRST AMENDMENT TO SUPPLY AGREEMENT\n\nThis First Amendment to Supply Agreement (this "
        '"Amendment") is entered into as of January 9, 2019 by and between Ardent Polymers, Inc.'
        ' ("Supplier") and Nova Medical Devices, Inc. ("Customer"), and amends the Supply '
        'Agreement between Supplier and Customer dated March 1, 2016 (the "Agreement").'
        + OPENING_BODY,
        "First Amendment to Supply Agreement",
        {"Ardent Polymers, Inc.", "Supplier", "Nova Medical Devices, Inc.", "Customer"},
    ),
}


#: name -> (passage, names and terms), two or more of each shape fixed this stop
SHAPES: dict[str, tuple[str, set[str]]] = {
    "person_hereinafter_after_company_hereinafter": (
        "CONSULTING AGREEMENT\n\nThis Agreement, made this 2nd day of January, 2003, by and "
        'between Quillon Media Group, Inc., hereinafter "QMG", and Rosa T. Kell, hereinafter '
        '"Contractor".' + OPENING_BODY,
        {"Quillon Media Group, Inc.", "QMG", "Rosa T. Kell", "Contractor"},
    ),
    "two_people_hereinafter_called_the_address_between": (
        "LEASE AGREEMENT\n\nThis Lease is made on March 1, 2001 between Hollis Brandt, "
        'residing at 4 Oak Lane, Salem, Oregon 97301, hereinafter called the "Landlord", and '
        'Marta Quinlan d/b/a Orchard Row Bakery, hereinafter referred to as the "Tenant".'
        + OPENING_BODY,
        {"Hollis Brandt", "Landlord", "Marta Quinlan", "Orchard Row Bakery", "Tenant"},
    ),
    "role_labels_above_names_with_addresses": (
        "LICENSE AGREEMENT\n\nLICENSOR:\nORBIS LABS INC.\n400 Main Street, Dayton, Ohio 45402"
        "\n\nLICENSEE:\nTALLIS SOFTWARE GMBH\nHafenweg 2, 48155 Muenster, Germany\n\n"
        "Effective Date: May 1, 2020\n\nLicensor grants Licensee the license below." + OPENING_BODY,
        {"ORBIS LABS INC.", "Licensor", "TALLIS SOFTWARE GMBH", "Licensee"},
    ),
    "role_labels_above_names_contact_between": (
        "SUPPLY AGREEMENT\n\nSupplier:\nQuill Analytics Ltd.\n\nContact:\nJane Smith\n\n"
        "Customer:\nHarbour Retail plc\n\nThe Supplier and the Customer agree as follows."
        + OPENING_BODY,
        {"Quill Analytics Ltd.", "Supplier", "Harbour Retail plc", "Customer"},
    ),
    "port_district": (
        "LEASE\n\nThis Lease is entered into on May 5, 2015 by and between the Port of Tacoma, "
        'a port district of the State of Washington ("Port"), and Desert Sun Transit LLC, an '
        'Arizona limited liability company ("Tenant").' + OPENING_BODY,
        {"Port of Tacoma", "Port", "Desert Sun Transit LLC", "Tenant"},
    ),
    "county_subdivision_without_article": (
        "SERVICES CONTRACT\n\nThis Services Contract is entered into on May 5, 2015 by and "
        "between County of Yavapai, a political subdivision of the State of Arizona "
        '("County"), and Mesa Road Builders, Inc. ("Contractor").' + OPENING_BODY,
        {"County of Yavapai", "County", "Mesa Road Builders, Inc.", "Contractor"},
    ),
    "undersigned_franchisee": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made as of June 1, 2012 between "
        'Crescent Yogurt Franchising, LLC ("Franchisor") and the undersigned Franchisee (the '
        '"Franchisee").' + OPENING_BODY,
        {"Crescent Yogurt Franchising, LLC", "Franchisor", "Franchisee"},
    ),
}

#: name -> (passage, names and terms): what the shapes above must leave alone
NEAR_MISSES: dict[str, tuple[str, set[str]]] = {
    "hereinafter_after_a_building_in_the_purpose": (
        "DESIGN AGREEMENT\n\nThis Design Agreement is made on June 3, 2009 between Quillon "
        'Media Group, Inc. ("QMG") and Rosa T. Kell ("Contractor") for the design of the '
        'Harbor View Tower, hereinafter referred to as the "Building".' + OPENING_BODY,
        {"Quillon Media Group, Inc.", "QMG", "Rosa T. Kell", "Contractor"},
    ),
    "county_only_in_a_partys_description": (
        "SERVICES CONTRACT\n\nThis Services Contract is entered into on May 5, 2015 by and "
        "between Desert Sun Transit LLC, a limited liability company of Maricopa County, "
        'Arizona ("Contractor"), and Valley Freight Co., an Arizona corporation ("Carrier").'
        + OPENING_BODY,
        {"Desert Sun Transit LLC", "Contractor", "Valley Freight Co.", "Carrier"},
    ),
    "undersigned_officers_of_a_party": (
        "FRANCHISE AGREEMENT\n\nThis Agreement is made between Crescent Yogurt Franchising, "
        'LLC ("Franchisor") and the undersigned officers of the Franchisee (the "Officers").'
        + OPENING_BODY,
        {"Crescent Yogurt Franchising, LLC", "Franchisor"},
    ),
    "undersigned_person_named": (
        "GUARANTY\n\nThis Guaranty is made by and between the undersigned, Alan Moss "
        '("Guarantor"), and Crescent Yogurt Franchising, LLC ("Franchisor").' + OPENING_BODY,
        {"Alan Moss", "Guarantor", "Crescent Yogurt Franchising, LLC", "Franchisor"},
    ),
}


@pytest.mark.parametrize("case", sorted(OPENINGS))
def test_title_of_an_opening(case: str) -> None:
    text, title, _ = OPENINGS[case]
    assert_own_title(text, title)


@pytest.mark.parametrize("case", sorted(OPENINGS))
def test_parties_and_terms_of_an_opening(case: str) -> None:
    text, _, expected = OPENINGS[case]
    assert_own_parties(text, expected)


@pytest.mark.parametrize("case", sorted(SHAPES))
def test_parties_of_a_shape_fixed(case: str) -> None:
    text, expected = SHAPES[case]
    assert_own_parties(text, expected)


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_parties_beside_the_shapes_fixed(case: str) -> None:
    text, expected = NEAR_MISSES[case]
    assert_own_parties(text, expected)
