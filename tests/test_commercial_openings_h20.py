"""The shapes behind the misses of the openings written blind at stop 38
(``tests/test_blind_openings_h20.py``), each in passages of their own: two variants with other
names and wording, and a near miss each rule must leave alone.

- a definitions article that names a party the preamble or cover named bare ('"Distributor"
  means Coastline ... Pty Ltd (ACN ...)', '"Brenner" or "Supplier" means ...'), and a preamble
  that names the parties by those terms alone ("between the Customer and the Supplier");
- a list of terms one party goes by, a comma between the first two ('("Quantrix", "Licensor"
  or "we")'), also on a "Party A:" row;
- a register's abbreviation after the label of its number ("registration number (OGRN)") and a
  company's constitution or register between a party's name and its term ("acting on the basis
  of the Articles of Association, hereinafter referred to as ..."): no party, no short name;
- a company the parties are to form ("to be formed under the name ..."): no party yet;
- ", referred to herein as "Tidewater" or the "Vendor"": the referral words after a party's
  description, with no parenthesis;
- "(A and B being hereinafter collectively referred to as the "Venturers" and each individually
  as a "Venturer")": a joint term and its singular;
- people who hold one role jointly and severally, with where they live or when they were born
  between their names and their term;
- a preamble that leaves the parties to the recitals ("between the parties identified below");
- a "Details" table giving each party a block of rows, its "Short name" the term it goes by;
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties

#: name -> (passage, names and terms of the own agreement's parties)
PARTIES: dict[str, tuple[str, set[str]]] = {
    "definitions_name_bare_parties": (
        "SUPPLY AGREEMENT\n\nTHIS AGREEMENT is made on 3 June 2011 BETWEEN Falkner Optik GmbH "
        "and Riverbend Instruments Ltd.\n\nIT IS AGREED:\n\n1. DEFINITIONS\n\n"
        '"Business Day" means a day on which banks are open in London;\n\n"Falkner" or '
        '"Seller" means Falkner Optik GmbH, a company registered in Germany (HRB 12345);\n\n'
        '"Buyer" means Riverbend Instruments Ltd (company number 01234567), whose registered '
        "office is at 2 Quay Street, Bristol;\n\n2. SUPPLY\n\nThe Seller shall supply the "
        "Goods." + OPENING_BODY,
        {"Falkner Optik GmbH", "Falkner", "Seller", "Riverbend Instruments Ltd", "Buyer"},
    ),
    "definitions_shall_mean_after_recitals": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is entered into as of May 2, 2016 "
        "between Cobalt Ridge Analytics, Inc. and Meriden Savings Bank.\n\nWHEREAS, the "
        "Provider offers analytics services;\n\nNOW, THEREFORE, the parties agree:\n\n"
        '1. Definitions. "Provider" shall mean Cobalt Ridge Analytics, Inc., an Ohio '
        'corporation. "Client" shall mean Meriden Savings Bank, a Connecticut savings bank.'
        + OPENING_BODY,
        {"Cobalt Ridge Analytics, Inc.", "Provider", "Meriden Savings Bank", "Client"},
    ),
    "preamble_names_parties_by_defined_terms_only": (
        "OUTSOURCING AGREEMENT\n\nBETWEEN\n\nHALLORAN MUTUAL INSURANCE COMPANY\n\nAND\n\n"
        "TESSARO BUSINESS SERVICES S.R.L.\n\nThis Agreement is made on 2 May 2014 between "
        "the Client and the Contractor (each as defined below).\n\n1. DEFINITIONS\n\n"
        '"Client" means Halloran Mutual Insurance Company, a mutual insurance company '
        'organised under the laws of Ireland;\n\n"Contractor" means Tessaro Business Services '
        "S.r.l., a company incorporated in Italy;" + OPENING_BODY,
        {
            "Halloran Mutual Insurance Company",
            "Client",
            "Tessaro Business Services S.r.l.",
            "Contractor",
        },
    ),
    "near_miss_definition_lists_marks_and_another_company": (
        "LICENSE AGREEMENT\n\nThis License Agreement is made as of May 1, 2012 between "
        'Orrin Diagnostics, Inc., a Delaware corporation, and Selby Labs LLC ("Selby").\n\n'
        '1. Definitions. "Orrin Marks" shall mean Orrin Diagnostics, Inc., "OrrinScan" and '
        '"OrrinDx". "Parent" means Selby Holdings plc, a company incorporated in England.'
        + OPENING_BODY,
        {"Orrin Diagnostics, Inc.", "Selby Labs LLC", "Selby"},
    ),
    "comma_between_two_terms_of_one_party": (
        "DATA AGREEMENT\n\nThis Data Agreement is made as of June 1, 2019 between Norling "
        'Maps AB, a Swedish company ("Norling", "Provider" or "we"), and Hatfield Rail, Inc., '
        'a Delaware corporation ("Customer" or "you").' + OPENING_BODY,
        {"Norling Maps AB", "Norling", "Provider", "Hatfield Rail, Inc.", "Customer"},
    ),
    "comma_between_terms_on_party_rows": (
        "COOPERATION AGREEMENT\n\nParty A: Ningbo Hailan Textiles Co., Ltd. (hereinafter "
        'referred to as "Party A", "Hailan")\nAddress: 8 Jiangbei Road, Ningbo\n\nParty B: '
        'Westwick Apparel Inc. (hereinafter referred to as "Party B" or "Westwick")\n'
        "Address: 12 Front Street, Toronto\n\nParty A and Party B agree as follows:" + OPENING_BODY,
        {
            "Ningbo Hailan Textiles Co., Ltd.",
            "Party A",
            "Hailan",
            "Westwick Apparel Inc.",
            "Party B",
            "Westwick",
        },
    ),
    "near_miss_terms_of_two_parties_each_their_own": (
        "RESALE AGREEMENT\n\nThis Resale Agreement is made on 4 March 2013 between Pellam "
        'Systems Ltd ("Pellam", "Vendor") and Dorrit Computing Inc. ("Dorrit").' + OPENING_BODY,
        {"Pellam Systems Ltd", "Pellam", "Vendor", "Dorrit Computing Inc.", "Dorrit"},
    ),
    "register_abbreviation_and_charter": (
        "SUPPLY AGREEMENT\n\nBALTIKA POLYMER LLC, registered under primary state registration "
        "number (OGRN) 1107847012345, represented by its General Director acting on the basis "
        'of the Articles of Association, hereinafter referred to as the "Buyer", and SEVERN '
        "CHEMICALS LIMITED, a company registered in England, acting through its director, "
        'hereinafter referred to as the "Seller", have agreed as follows:' + OPENING_BODY,
        {"BALTIKA POLYMER LLC", "Buyer", "SEVERN CHEMICALS LIMITED", "Seller"},
    ),
    "register_named_in_description": (
        "DISTRIBUTION AGREEMENT\n\nBETWEEN:\n\nCOMPAGNIE FROMAGERE DU JURA SAS, registered "
        "with the Trade and Companies Register of Besancon under number 345 678 901, "
        'represented by Mr. Paul Girard,\n\nhereinafter referred to as "the Supplier",\n\n'
        "AND:\n\nHUDSON FINE FOODS, INC., a New York corporation,\n\nhereinafter referred to "
        'as "the Distributor",' + OPENING_BODY,
        {"COMPAGNIE FROMAGERE DU JURA SAS", "Supplier", "HUDSON FINE FOODS, INC.", "Distributor"},
    ),
    "near_miss_short_name_in_capitals_kept": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is made as of July 1, 2004 between "
        "Bravo Tooling, Inc., a Michigan corporation (BTI), and Lakeside Metals Co., a Wisconsin"
        ' corporation ("Lakeside").' + OPENING_BODY,
        {"Bravo Tooling, Inc.", "BTI", "Lakeside Metals Co.", "Lakeside"},
    ),
    "company_to_be_formed": (
        "MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is made on 2 May 2019 "
        'among Arden Freight, Inc. ("Arden"), Colby Storage LLC ("Colby") and, upon its '
        'formation, a Delaware corporation to be formed under the name "Arden Colby Logistics, '
        'Inc." (the "Company").' + OPENING_BODY,
        {"Arden Freight, Inc.", "Arden", "Colby Storage LLC", "Colby"},
    ),
    "company_to_be_incorporated_as": (
        "JOINT VENTURE AGREEMENT\n\nThis Joint Venture Agreement is made on 9 May 2018 between "
        'Tamsin Mining plc ("Tamsin"), Ore Valley Ltd ("Ore Valley") and a company to be '
        'incorporated as "Tamsin Ore Holdings Ltd" (the "JV Company").' + OPENING_BODY,
        {"Tamsin Mining plc", "Tamsin", "Ore Valley Ltd", "Ore Valley"},
    ),
    "referred_to_herein_as_after_description": (
        "LICENSE AGREEMENT\n\nBETWEEN: Harrowgate Software Inc., a corporation incorporated "
        'under the laws of Ontario, referred to herein as "Harrowgate" or the "Licensor";\n\n'
        "AND: Quintal Credit Union Limited, a credit union continued under the laws of "
        'Manitoba, referred to herein as the "Licensee";' + OPENING_BODY,
        {
            "Harrowgate Software Inc.",
            "Harrowgate",
            "Licensor",
            "Quintal Credit Union Limited",
            "Licensee",
        },
    ),
    "near_miss_referred_to_herein_as_the_parties": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is made as of March 3, 2009 between "
        'Oberlin Freight LLC ("Oberlin") and Pasco Mills, Inc. ("Pasco"). Oberlin and Pasco,'
        ' referred to herein as the "Parties", agree as follows:' + OPENING_BODY,
        {"Oberlin Freight LLC", "Oberlin", "Pasco Mills, Inc.", "Pasco"},
    ),
    "being_collectively_referred_to_and_each": (
        "JOINT VENTURE AGREEMENT\n\nThis Agreement is made as of June 3, 2005 by and between "
        'Crestline Homes, Inc. (hereinafter referred to as "Crestline") and Mesa Verde Land '
        'LLC (hereinafter referred to as "Mesa"), (Crestline and Mesa being hereinafter '
        'collectively referred to as the "Members" and each individually as a "Member").'
        + OPENING_BODY,
        {"Crestline Homes, Inc.", "Crestline", "Mesa Verde Land LLC", "Mesa", "Members", "Member"},
    ),
    "near_miss_being_collectively_the_parties": (
        "SUPPLY AGREEMENT\n\nThis Agreement is made as of June 3, 2005 between Garrow Foods, "
        'Inc. ("Garrow") and Linden Farms LLC ("Linden") (Garrow and Linden being hereinafter '
        'collectively referred to as the "Parties" and each individually as a "Party").'
        + OPENING_BODY,
        {"Garrow Foods, Inc.", "Garrow", "Linden Farms LLC", "Linden"},
    ),
    "people_jointly_and_severally_residing": (
        "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made on March 2, 2011 by and "
        'between Pebble Lane Franchising, LLC (hereinafter referred to as "Franchisor") and '
        "Omar Haddad and Leila Haddad, residing at 40 Birch Road, Dearborn, Michigan 48124 "
        '(hereinafter jointly and severally referred to as "Franchisee").' + OPENING_BODY,
        {"Pebble Lane Franchising, LLC", "Franchisor", "Omar Haddad", "Leila Haddad", "Franchisee"},
    ),
    "person_born_and_residing": (
        "ASSIGNMENT AGREEMENT\n\nThis Assignment Agreement is made on 2 April 2017 by Jonas "
        'Lindqvist, born 4 May 1980, residing at Storgatan 5, 111 51 Stockholm (the "Assignor")'
        ', in favour of Norrsken Medtech AB, a Swedish company (the "Assignee").' + OPENING_BODY,
        {"Jonas Lindqvist", "Assignor", "Norrsken Medtech AB", "Assignee"},
    ),
    "near_miss_person_representing_a_company": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is made on 2 April 2017 between Ostra "
        "Konsult AB, represented by its managing director Eva Berg, born 4 May 1970 (the "
        '"Consultant"), and Brook Street Media Ltd (the "Client").' + OPENING_BODY,
        {"Ostra Konsult AB", "Consultant", "Brook Street Media Ltd", "Client"},
    ),
    "details_table_short_names": (
        "EXPORT AGENCY AGREEMENT\n\nDetails\n\nParties\n\nName          Kiwi Orchard Exports "
        "Limited\nCompany number  1234567\nAddress       2 Quay Street, Auckland 1010\nShort name"
        "    Exporter\n\nName          Lotus Fresh Trading Co., Ltd.\nAddress       88 Nanjing "
        "Road, Shanghai\nShort name    Agent\n\nAgreed terms\n\n1. The Exporter appoints the "
        "Agent." + OPENING_BODY,
        {
            "Kiwi Orchard Exports Limited",
            "Exporter",
            "Lotus Fresh Trading Co., Ltd.",
            "Agent",
        },
    ),
    "details_table_in_capitals_with_tabs": (
        "SUPPLY AGREEMENT\n\nPARTIES\n\nNAME\tTasman Brewing Pty Ltd\nACN\t001 234 567\n"
        "SHORT NAME\tTasman\n\nNAME\tGlasshouse Packaging Limited\nSHORT NAME\tSupplier\n\n"
        "AGREED TERMS\n\n1. The Supplier shall supply bottles to Tasman." + OPENING_BODY,
        {"Tasman Brewing Pty Ltd", "Tasman", "Glasshouse Packaging Limited", "Supplier"},
    ),
    "near_miss_details_of_contacts": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is made on 1 May 2015 between Harbour "
        'Lights Ltd ("Harbour") and Pohutukawa Media Limited ("Media").\n\nContacts\n\nName'
        "          Aroha Ngata\nShort name    AN\n\nName          Tom Reilly\nShort name    TR"
        + OPENING_BODY,
        {"Harbour Lights Ltd", "Harbour", "Pohutukawa Media Limited", "Media"},
    ),
    "preamble_leaves_parties_to_recitals": (
        "ALLIANCE AGREEMENT\n\nThis Alliance Agreement is made as of May 5, 2010 by and "
        "between the parties identified below.\n\nRECITALS\n\nWHEREAS, Tillery Robotics, Inc., a "
        'Delaware corporation ("Tillery"), makes warehouse robots;\n\nWHEREAS, Ostrander '
        'Logistics LLC, an Ohio limited liability company ("Ostrander"), runs warehouses, and '
        "its lender, Keel Capital LLC, has consented to this alliance;\n\nNOW, THEREFORE, "
        "Tillery and Ostrander agree as follows:" + OPENING_BODY,
        {"Tillery Robotics, Inc.", "Tillery", "Ostrander Logistics LLC", "Ostrander"},
    ),
    "preamble_parties_named_below_lettered_recitals": (
        "REFERRAL AGREEMENT\n\nThis Referral Agreement is entered into on 2 June 2016 between "
        "the parties named below.\n\nRecitals\n\nA. Pemberly Wealth Limited, a company "
        'registered in England ("Pemberly"), advises private clients.\n\nB. Sable Trust '
        'Company Ltd, a company incorporated in Jersey ("Sable"), provides trustee services.'
        + OPENING_BODY,
        {"Pemberly Wealth Limited", "Pemberly", "Sable Trust Company Ltd", "Sable"},
    ),
}


@pytest.mark.parametrize("case", sorted(PARTIES))
def test_parties_and_terms(case: str) -> None:
    text, expected = PARTIES[case]
    assert_own_parties(text, expected)
