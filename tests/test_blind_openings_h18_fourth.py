"""A fourth batch of openings written blind for CUAD's basics (stop 37): New Zealand party
blocks, spouses who are one franchisee, a foundation, a partnership by its general partner, a
university's trustees, Scottish and English companies with their numbers, "doing business as"
before a descriptor, a GmbH & Co. KG, people with no descriptor, and terms after an address
with no comma.

First scores: titles 10/10, parties 9/10 fully right. The miss ("... Inc., a Florida
corporation ("we" or "us"), and Carlos Mendez and Ana Mendez, husband and wife (collectively,
"you" or "Franchisee")") held two shapes, fixed since: a singular role that people listed
together hold jointly ("(collectively, "Franchisee")") makes each of them a party, not the
last one only; and a parenthesis that gives a party only the pronouns the contract speaks in
("we" or "us") names it as a term would, so the next term is the next party's (the franchisor
was given "Franchisee").
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, assert_own_title

#: name -> (opening, title, names and terms)
OPENINGS: dict[str, tuple[str, str, set[str]]] = {
    "dated_line_then_between_lines_caps": (
        "SERVICES AGREEMENT\n\nDATED: 12 August 2019\n\nBETWEEN:\n\nKORU LOGISTICS LIMITED "
        '(company number 5512345), a company incorporated in New Zealand ("Koru")\n\nAND:\n\n'
        'PACIFIC FRESH EXPORTS LIMITED, a company incorporated in New Zealand ("Customer")'
        + OPENING_BODY,
        "Services Agreement",
        {"KORU LOGISTICS LIMITED", "Koru", "PACIFIC FRESH EXPORTS LIMITED", "Customer"},
    ),
    "husband_wife_franchisees": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made as of April 1, 2015 between "
        'Sunny Bowl Franchising, Inc., a Florida corporation ("we" or "us"), and Carlos '
        'Mendez and Ana Mendez, husband and wife (collectively, "you" or "Franchisee").'
        + OPENING_BODY,
        "Franchise Agreement",
        {"Sunny Bowl Franchising, Inc.", "Carlos Mendez", "Ana Mendez", "Franchisee"},
    ),
    "nonprofit_foundation": (
        "SPONSORSHIP AGREEMENT\n\nThis Sponsorship Agreement is entered into as of June 1, "
        "2017 by and between the Children's Literacy Foundation, a Vermont nonprofit "
        'corporation ("Foundation"), and Maple Leaf Bookstores, Inc. ("Sponsor").' + OPENING_BODY,
        "Sponsorship Agreement",
        {"Children's Literacy Foundation", "Foundation", "Maple Leaf Bookstores, Inc.", "Sponsor"},
    ),
    "lp_by_its_general_partner": (
        "MARKETING AGREEMENT\n\nThis Marketing Agreement is made as of January 2, 2008 by and "
        "between Granite Peak Resorts, L.P., a Colorado limited partnership, by its general "
        'partner, Granite Peak GP, Inc. ("Resort"), and Alpine Travel Network LLC ("Marketer").'
        + OPENING_BODY,
        "Marketing Agreement",
        {"Granite Peak Resorts, L.P.", "Resort", "Alpine Travel Network LLC", "Marketer"},
    ),
    "university_board_of_trustees": (
        "LICENSE AGREEMENT\n\nThis License Agreement is effective as of March 3, 2011 between "
        "The Board of Trustees of the Leland Stanford Junior University, an institution of "
        'higher education having powers under the laws of California ("Stanford"), and '
        'Cellix Therapeutics, Inc., a Delaware corporation ("Licensee").' + OPENING_BODY,
        "License Agreement",
        {
            "The Board of Trustees of the Leland Stanford Junior University",
            "Stanford",
            "Cellix Therapeutics, Inc.",
            "Licensee",
        },
    ),
    "plc_registered_in_scotland": (
        "SUPPLY AGREEMENT\n\nThis Agreement is dated 5 November 2013.\n\nParties\n\n(1) "
        "Glenmorven Distillers plc incorporated and registered in Scotland with company number "
        'SC123456 whose registered office is at 1 Glen Road, Perth PH1 5AA (the "Supplier").\n\n'
        "(2) Harbour Wines Limited incorporated and registered in England and Wales with "
        "company number 01234567 whose registered office is at 3 Dock Street, Hull HU1 1AA "
        '(the "Customer").' + OPENING_BODY,
        "Supply Agreement",
        {"Glenmorven Distillers plc", "Supplier", "Harbour Wines Limited", "Customer"},
    ),
    "inc_doing_business_as_term": (
        "RESELLER AGREEMENT\n\nThis Reseller Agreement is made as of July 8, 2019 between "
        "Brightline Communications, Inc. doing business as Brightline Cloud, a Colorado "
        'corporation ("Brightline"), and Mesa Telecom Partners, LLC ("Reseller").' + OPENING_BODY,
        "Reseller Agreement",
        {
            "Brightline Communications, Inc.",
            "Brightline Cloud",
            "Brightline",
            "Mesa Telecom Partners, LLC",
            "Reseller",
        },
    ),
    "gmbh_and_co_kg": (
        "DEVELOPMENT AGREEMENT\n\nThis Development Agreement is concluded on 10 October 2017 "
        'between Weber Antriebstechnik GmbH & Co. KG, Stuttgart, Germany ("Weber") and '
        'Carver Motion Systems, Inc., a Michigan corporation ("Carver").' + OPENING_BODY,
        "Development Agreement",
        {"Weber Antriebstechnik GmbH & Co. KG", "Weber", "Carver Motion Systems, Inc.", "Carver"},
    ),
    "individual_then_company_no_descriptors": (
        "NON-COMPETITION AGREEMENT\n\nThis Non-Competition Agreement is made as of May 5, 2005 "
        'by and between Gregory Olsen ("Seller") and Harbor Point Marine, Inc. ("Buyer").'
        + OPENING_BODY,
        "Non-Competition Agreement",
        {"Gregory Olsen", "Seller", "Harbor Point Marine, Inc.", "Buyer"},
    ),
    "hereinafter_referred_to_as_quoted_after_address_no_comma": (
        "DISTRIBUTOR AGREEMENT\n\nThis Agreement is entered into this 1st day of March, 1996 "
        "by and between Cyber Optics Inc., 1200 Technology Drive, Fremont, California 94538 "
        'hereinafter referred to as "Manufacturer" and Pan-Asia Electronics Ltd., 8 Queens '
        'Road, Hong Kong hereinafter referred to as "Distributor".' + OPENING_BODY,
        "Distributor Agreement",
        {"Cyber Optics Inc.", "Manufacturer", "Pan-Asia Electronics Ltd.", "Distributor"},
    ),
}


#: name -> (passage, names and terms): the two shapes fixed, and what they leave alone
SHAPES: dict[str, tuple[str, set[str]]] = {
    "company_we_us_then_company_you": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made as of April 1, 2015 between "
        'Sunny Bowl Franchising, Inc., a Florida corporation ("we", "us" or "our"), and '
        'Harvest Table Foods, LLC, a Texas limited liability company ("you" or "Franchisee").'
        + OPENING_BODY,
        {"Sunny Bowl Franchising, Inc.", "Harvest Table Foods, LLC", "Franchisee"},
    ),
    "people_jointly_one_licensee": (
        "LICENSE AGREEMENT\n\nThis License Agreement is made on March 2, 2009 between Orrin "
        'Software Corp. ("Licensor") and Priya Raman and Tomas Berg (collectively, '
        '"Licensee").' + OPENING_BODY,
        {"Orrin Software Corp.", "Licensor", "Priya Raman", "Tomas Berg", "Licensee"},
    ),
    "near_miss_term_with_pronouns_keeps_its_name": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made as of April 1, 2015 between "
        'Sunny Bowl Franchising, Inc. ("Franchisor," "we" or "us") and Harvest Table Foods, '
        'LLC ("Franchisee" or "you").' + OPENING_BODY,
        {"Sunny Bowl Franchising, Inc.", "Franchisor", "Harvest Table Foods, LLC", "Franchisee"},
    ),
    "near_miss_single_person_collectively_with_company": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is made on May 1, 2012 between Dana "
        'Hale ("Consultant") and Ridgeway Labs, Inc. and its subsidiaries (collectively, '
        '"Company").' + OPENING_BODY,
        {"Dana Hale", "Consultant", "Ridgeway Labs, Inc.", "Company"},
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
def test_joint_roles_and_pronoun_terms(case: str) -> None:
    text, expected = SHAPES[case]
    assert_own_parties(text, expected)
