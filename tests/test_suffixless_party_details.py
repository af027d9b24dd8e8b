"""The shapes behind the misses of the openings written blind at stop 39
(``tests/test_blind_openings_h22.py``: parties whose names carry no corporate suffix), each in
passages of their own: two variants with other names and wording, and a near miss each rule
must leave alone.

- a person "of" a town or a city, with no number in it ("Tamsin Okoro, of Brixton, London,
  England (the "Author")", "GUSTAVO MORENO / of the City of Vancouver ... / (the
  "Executive")"): the town is where the person lives, not a party;
- a person's nationality or age before the address ("a Jordanian national holding passport
  number ...", "of legal age, of Spanish nationality"), and a short aside in those details
  ("identity document (DNI) number 50123456-Z"): the term after them is the person's, and the
  identity number is no party;
- a name in capitals run on into the house or town the person is of ("ALAN WHITFORD of Ivy
  Cottage, Main Street ..."): the name ends where the capitals do;
- an artist's stage name ("Nia Castillo, professionally known as "Nia Glow"", "p/k/a"): the
  party's other name;
- a person who is a party as a trust's trustee ("Margaret L. Doyle, as trustee of the Doyle
  Family Trust dated ... (the "Seller")"): the person is the party, the trust its other name;
- people listed with a trust or a company last, all under one term ("Arjun Patel, Beatriz
  Souza and the Nakamura 2012 Irrevocable Trust (each a "Stockholder" ...)");
- a person below the preamble's "BY AND BETWEEN:", on lines of their own, described as "an
  individual" and given no term; a preamble that ends in "by and between" with the parties on
  the lines below it.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, compared_names, own_parties

#: name -> (passage, names and terms of the own agreement's parties)
PARTIES: dict[str, tuple[str, set[str]]] = {
    "person_of_town_made_by_with": (
        "TRANSLATION AGREEMENT\n\nTHIS AGREEMENT is made the 4th day of May 2012 by Ilse "
        'Marquardt, of Wiesbaden, Germany (the "Translator") with Lanternfield Books Inc., a '
        'Vermont corporation (the "Publisher").' + OPENING_BODY,
        {"Ilse Marquardt", "Translator", "Lanternfield Books Inc.", "Publisher"},
    ),
    "person_of_the_city_on_lines": (
        "CONSULTING AGREEMENT\n\nBETWEEN:\n\nHARROWDENE MINERALS CORP.\na corporation "
        'incorporated under the laws of Ontario\n(the "Corporation")\n\nAND:\n\nPRIYA '
        'NAIDOO\nof the City of Sudbury, in the Province of Ontario\n(the "Consultant")'
        "\n\nWHEREAS the Corporation wishes to retain the Consultant;" + OPENING_BODY,
        {"HARROWDENE MINERALS CORP.", "Corporation", "PRIYA NAIDOO", "Consultant"},
    ),
    "person_nationality_passport": (
        "AGENCY AGREEMENT\n\nThis Agency Agreement is made on 9 March 2014 between Valdris "
        'Pumps, Inc., a Texas corporation (the "Company"), and Mr. Karim Haddad, a Lebanese '
        "national holding passport number RL0041882, whose address is P.O. Box 11-2044, "
        'Beirut, Lebanon (hereinafter called the "Agent").' + OPENING_BODY,
        {"Valdris Pumps, Inc.", "Company", "Mr. Karim Haddad", "Agent"},
    ),
    "person_of_legal_age_identity_aside": (
        "SERVICES AGREEMENT\n\nIn Lisbon, on 2 June 2016\n\nBY AND BETWEEN\n\nOf the one part, "
        "Ms. Inês Carvalho Lopes, of legal age, of Portuguese nationality, holder of citizen "
        "card (CC) number 12345678 9ZZ1, residing at Rua Augusta 80, 1100-053 Lisboa "
        '(hereinafter, the "Consultant").\n\nOf the other part, Brightmoor Analytics, Inc., a '
        'Delaware corporation (hereinafter, the "Company").' + OPENING_BODY,
        {"Ms. Inês Carvalho Lopes", "Consultant", "Brightmoor Analytics, Inc.", "Company"},
    ),
    "capitals_name_of_house": (
        "AGREEMENT FOR THE SALE OF SHARES\n\nTHIS AGREEMENT is made on 3 April 2017\n\n"
        "BETWEEN:\n\n(1) MARGARET ELLIS of Rose Hill Farm, Long Lane, Tetbury GL8 8AA (the "
        '"Seller"); and\n\n(2) COTSWOLD DAIRIES LIMITED (company number 06123456) whose '
        'registered office is at 1 Mill Street, Cirencester GL7 1AA (the "Buyer").' + OPENING_BODY,
        {"MARGARET ELLIS", "Seller", "COTSWOLD DAIRIES LIMITED", "Buyer"},
    ),
    "stage_name_professionally_known_as": (
        "TALENT AGREEMENT\n\nThis Talent Agreement is made as of June 1, 2020 between Sunward "
        'Beverage Co. ("Sunward") and Marcus Bellamy, professionally known as "Marky B" '
        '("Talent").' + OPENING_BODY,
        {"Sunward Beverage Co.", "Sunward", "Marcus Bellamy", "Marky B", "Talent"},
    ),
    "stage_name_pka": (
        "LICENSE AGREEMENT\n\nThis License Agreement is entered into as of March 3, 2018 by "
        'and between Orbit Apparel, Inc. ("Licensee") and Lena Morozova p/k/a Lena Mirage '
        '("Licensor").' + OPENING_BODY,
        {"Orbit Apparel, Inc.", "Licensee", "Lena Morozova", "Lena Mirage", "Licensor"},
    ),
    "person_as_trustee_of_trust": (
        "ASSET PURCHASE AGREEMENT\n\nThis Asset Purchase Agreement is entered into as of May "
        '5, 2015 by and between Keel Harbor Marine, Inc., a Maine corporation ("Buyer"), and '
        "Jonathan R. Pryce, as trustee of the Pryce Living Trust dated March 2, 1999 "
        '("Seller").' + OPENING_BODY,
        {"Keel Harbor Marine, Inc.", "Buyer", "Jonathan R. Pryce", "Pryce Living Trust", "Seller"},
    ),
    "person_not_individually_but_as_co_trustee": (
        "OPTION AGREEMENT\n\nThis Option Agreement is made as of July 9, 2013 between Anna "
        "Kowalski, not individually but solely as co-trustee under the Kowalski Family Trust "
        '(the "Optionor"), and Redfern Land Partners LLC (the "Optionee").' + OPENING_BODY,
        {
            "Anna Kowalski",
            "Kowalski Family Trust",
            "Optionor",
            "Redfern Land Partners LLC",
            "Optionee",
        },
    ),
    "people_list_closed_by_a_trust": (
        "VOTING AGREEMENT\n\nThis Voting Agreement is made as of April 1, 2021 by and among "
        'Cinder Robotics, Inc. (the "Company"), Malik Johnson, Sofia Reyes and the Reyes 2015 '
        'Irrevocable Trust (each a "Holder" and together the "Holders").' + OPENING_BODY,
        {
            "Cinder Robotics, Inc.",
            "Company",
            "Malik Johnson",
            "Sofia Reyes",
            "Reyes 2015 Irrevocable Trust",
            "Holder",
            "Holders",
        },
    ),
    "people_list_closed_by_a_trust_collectively": (
        "SHARE PURCHASE AGREEMENT\n\nThis Share Purchase Agreement is made as of May 8, 2019 "
        'between Tallis Foods, Inc. (the "Purchaser") and Hannah Cole, Peter Cole and the '
        'Cole Children\'s Trust (collectively, the "Sellers").' + OPENING_BODY,
        {
            "Tallis Foods, Inc.",
            "Purchaser",
            "Hannah Cole",
            "Peter Cole",
            "Cole Children's Trust",
            "Sellers",
        },
    ),
    "individual_in_block_without_term": (
        "EXHIBIT 10.3\n\nLICENSE AGREEMENT\n\nTHIS LICENSE AGREEMENT is made as of the 2nd day "
        "of March, 2009\n\nBY AND BETWEEN:\n\nTERESA VILLANUEVA\nan individual residing in the "
        "State of Arizona\n\n- and -\n\nDESERT BLOOM NURSERIES INC.\nan Arizona corporation\n\n"
        "WHEREAS Teresa Villanueva owns the plant patents listed in Schedule A;" + OPENING_BODY,
        {"TERESA VILLANUEVA", "DESERT BLOOM NURSERIES INC."},
    ),
    "preamble_ends_by_and_between_parties_below": (
        "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made as of May 1, 2019 by and "
        'between\n\nHarbor Ridge Analytics, Inc.\n(the "Company")\n\nand\n\nMargit Sorensen, '
        'of Aarhus, Denmark\n("Consultant").' + OPENING_BODY,
        {"Harbor Ridge Analytics, Inc.", "Company", "Margit Sorensen", "Consultant"},
    ),
    "ministry_of_the_republic": (
        "MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is made on 4 May 2015 "
        "between the Ministry of Agriculture of the Republic of Solvenia, acting through its "
        'Department of Irrigation (the "Ministry"), and Aquaterra Systems, Inc., a Delaware '
        'corporation ("Aquaterra").' + OPENING_BODY,
        {
            "Ministry of Agriculture of the Republic of Solvenia",
            "Ministry",
            "Aquaterra Systems, Inc.",
            "Aquaterra",
        },
    ),
    "government_of_the_republic_in_capitals": (
        "CONCESSION AGREEMENT\n\nThis Concession Agreement is entered into as of June 2, 2012 "
        'by and between THE GOVERNMENT OF THE REPUBLIC OF MARAVIA (the "Government") and '
        'Northwind Offshore Corp., a Texas corporation (the "Contractor").' + OPENING_BODY,
        {
            "GOVERNMENT OF THE REPUBLIC OF MARAVIA",
            "Government",
            "Northwind Offshore Corp.",
            "Contractor",
        },
    ),
    "tribe_federally_recognized": (
        "GAMING MANAGEMENT AGREEMENT\n\nThis Agreement is made as of March 1, 2006 between the "
        'Silver Lake Band of Pomo Indians, a federally recognized Indian tribe (the "Tribe"), '
        'and Redrock Gaming Group, Inc., a Nevada corporation ("Manager").' + OPENING_BODY,
        {"Silver Lake Band of Pomo Indians", "Tribe", "Redrock Gaming Group, Inc.", "Manager"},
    ),
    "tribe_sovereign": (
        "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made as of July 7, 2009 by and "
        'between the Eagle Rock Nation, a sovereign Indian tribe (the "Nation"), and Pinecrest '
        'Advisory LLC ("Consultant").' + OPENING_BODY,
        {"Eagle Rock Nation", "Nation", "Pinecrest Advisory LLC", "Consultant"},
    ),
    "hereinafter_bare_which_expression": (
        "SUPPLY AGREEMENT\n\nTHIS AGREEMENT is made at Pune on 3 May 2012 BETWEEN Shree Ganesh "
        "Textiles, a partnership firm having its office at 12 FC Road, Pune 411004, hereinafter "
        "referred to as the SELLER (which expression shall include its successors) of the ONE "
        "PART; AND Larkspur Home Goods Inc., a Delaware corporation, hereinafter referred to as "
        "the BUYER of the OTHER PART." + OPENING_BODY,
        {"Shree Ganesh Textiles", "SELLER", "Larkspur Home Goods Inc.", "BUYER"},
    ),
    "hereinafter_bare_of_the_first_part": (
        "AGENCY AGREEMENT\n\nTHIS AGREEMENT is made on 9 June 2008 BETWEEN Mohan Lal Verma, of "
        "14 Civil Lines, Jaipur, hereinafter called the AGENT of the FIRST PART, AND Orrin "
        "Instruments Ltd., hereinafter called the COMPANY of the SECOND PART." + OPENING_BODY,
        {"Mohan Lal Verma", "AGENT", "Orrin Instruments Ltd.", "COMPANY"},
    ),
}


@pytest.mark.parametrize("case", sorted(PARTIES))
def test_parties_of_a_passage(case: str) -> None:
    text, expected = PARTIES[case]
    assert_own_parties(text, expected)


#: Near misses: what the rules above must not make a party (passage, names that must not be).
NEAR_MISSES: dict[str, tuple[str, set[str]]] = {
    # a town after a company is its address, not a person's (and no party either)
    "company_of_town": (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made on 2 May 2010 between Ostrava "
        'Castings a.s., of Ostrava, Czech Republic (the "Supplier"), and Fenwick Valves, '
        'Inc. (the "Buyer").' + OPENING_BODY,
        {"Ostrava", "Czech Republic"},
    ),
    # a project "of" a town before a term: no person, no party
    "project_of_town": (
        "DESIGN AGREEMENT\n\nThis Design Agreement is made as of May 2, 2016 between Corbel "
        'Architects LLC ("Architect") and Westfield Holdings, Inc. ("Owner") for the Harbor '
        'View Tower, of Seattle, Washington (the "Project").' + OPENING_BODY,
        {"Harbor View Tower", "Seattle"},
    ),
    # the identity card's number and the representative are no parties
    "identity_number_and_representative": (
        "AGENCY AGREEMENT\n\nBY AND BETWEEN\n\nOf the one part, Mr. Pablo Ortega Sanz, of legal "
        "age, with identity document (DNI) number 50999111-K, residing at Calle Mayor 5, 28013 "
        'Madrid (hereinafter, the "Agent").\n\nOf the other part, Kestrel Audio, Inc., '
        "represented herein by Mr. Neil Ward in his capacity as President (hereinafter, the "
        '"Principal").' + OPENING_BODY,
        {"50999111-K", "Mr. Neil Ward", "Neil Ward", "Calle Mayor"},
    ),
    # a trustee's capacity without a trust named after it gives no other name
    "trustee_of_a_plan": (
        "ESCROW AGREEMENT\n\nThis Escrow Agreement is made as of June 1, 2012 between Harlan "
        'Ridge Bank, as trustee of the Retirement Plan of Acme Tools, Inc. (the "Trustee"), '
        'and Acme Tools, Inc. (the "Company").' + OPENING_BODY,
        {"Retirement Plan of Acme Tools, Inc."},
    ),
    # a country's name alone, in a governing-law clause, stays a jurisdiction
    "laws_of_the_republic": (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made on 2 May 2010 between Harlan Mills "
        'Inc. ("Buyer") and Kesto Fibres Ltd. ("Seller"), under the laws of the Republic of '
        'Solvenia (the "Governing Law").' + OPENING_BODY,
        {"Republic of Solvenia"},
    ),
    # "a tribe" describing a thing in the recitals makes no party
    "tribal_lands_in_recitals": (
        "LEASE\n\nThis Lease is made as of May 1, 2011 between Cedar Flats Holdings LLC "
        '("Landlord") and Ravenwood Foods, Inc. ("Tenant").\n\nWHEREAS, the Premises adjoin '
        'Blue Heron Lands, the reservation of a federally recognized tribe (the "Reservation");'
        + OPENING_BODY,
        {"Blue Heron Lands"},
    ),
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_near_miss_left_alone(case: str) -> None:
    text, not_parties = NEAR_MISSES[case]
    assert not compared_names(own_parties(text)) & compared_names(not_parties)
