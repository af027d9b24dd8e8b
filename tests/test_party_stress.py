"""Party names in drafting shapes written before the extractor ran on them (a stress test).

Each passage was composed for this test (not copied from a corpus document) in one shape of
naming the parties of an ordinary commercial contract: by-and-between preambles, English
numbered "BETWEEN:" blocks, a parties table, a company and listed investors, parties named
only on the signature page, trade and former names, individuals, foreign company forms,
names holding commas, "&" and parentheses, all-caps preambles, "hereinafter" terms, a term
after an address, three or more parties, a joint-filing agreement, an amendment naming its
parties only in the recital, a letter agreement, HTML-ish spacing. The expected strings are
what the CUAD scorer would compare (names and aliases, by :func:`tests.evaluation.cuad.norm`).
"""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import norm
from tests.passages import own_parties

CASES: list[tuple[str, str, set[str]]] = [
    (
        "us_by_and_between",
        "MASTER SERVICES AGREEMENT\n\n"
        'This Master Services Agreement (this "Agreement") is entered into as of April 4, 2016 '
        'by and between Corvane Analytics, Inc., a Delaware corporation ("Corvane"), and Blue '
        'Heron Logistics LLC, a Texas limited liability company ("Provider").\n\n'
        "1. Services. Provider shall perform the services.\n",
        {"Corvane Analytics, Inc.", "Corvane", "Blue Heron Logistics LLC", "Provider"},
    ),
    (
        "english_numbered",
        "THIS AGREEMENT is dated 12 March 2009\n\nBETWEEN:\n\n"
        "(1) HALDANE MARINE SERVICES LIMITED, a company incorporated in England and Wales with "
        "registered number 04412876 whose registered office is at 3 Quay Road, Southampton "
        'SO14 2AA (the "Supplier"); and\n\n'
        "(2) NORTHGATE FERRIES PLC, a company incorporated in England and Wales with registered "
        "number 01193344 whose registered office is at 88 King Street, Liverpool L2 5TA (the "
        '"Customer").\n\nIT IS AGREED as follows:\n\n1. DEFINITIONS\n',
        {"HALDANE MARINE SERVICES LIMITED", "Supplier", "NORTHGATE FERRIES PLC", "Customer"},
    ),
    (
        "parties_table",
        "SUPPLY AGREEMENT\n\nParties:\n\n"
        "Seller:    Ostrander Chemical Co., Inc.\n           400 Mill Road, Akron, Ohio 44308\n\n"
        "Buyer:     Pinecrest Coatings Corp.\n           12 Harbor Drive, Norfolk, Virginia "
        "23510\n\nThis Supply Agreement is made effective as of July 1, 2011 between Seller and "
        "Buyer.\n\n1. Products. Seller shall sell the Products to Buyer.\n",
        {"Ostrander Chemical Co., Inc.", "Seller", "Pinecrest Coatings Corp.", "Buyer"},
    ),
    (
        "company_and_listed_investors",
        "INVESTORS' RIGHTS AGREEMENT\n\n"
        'This Investors\' Rights Agreement (this "Agreement") is made as of May 9, 2014, by and '
        'among Quillon Therapeutics, Inc., a Delaware corporation (the "Company"), and the '
        "investors listed on Schedule A hereto, each of which is referred to herein as an "
        '"Investor" and collectively as the "Investors".\n\n1. Registration Rights.\n',
        {"Quillon Therapeutics, Inc.", "Company", "Investor", "Investors"},
    ),
    (
        "signature_page_only",
        "CONFIDENTIALITY AGREEMENT\n\n"
        "1. Confidential Information. Each party will hold the other's Confidential "
        "Information in confidence.\n\n2. Term. This Agreement continues for two years.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first "
        "written above.\n\nMERIDEN TOOL WORKS, INC.\n\nBy: /s/ Carla Yoon\nName: Carla Yoon\n"
        "Title: President\n\nFALSTAFF DIGITAL LLC\n\nBy: /s/ Omar Reyes\nName: Omar Reyes\n"
        "Title: Managing Member\n",
        {"MERIDEN TOOL WORKS, INC.", "FALSTAFF DIGITAL LLC"},
    ),
    (
        "dba_and_ampersand",
        "LICENSE AGREEMENT\n\n"
        'This License Agreement (the "Agreement") is entered into on September 15, 2018 between '
        "Garnet Hill Restaurants, Inc. d/b/a Smoky Ridge Grill, a Georgia corporation "
        '("Licensee"), and Tallow & Wick Brands, LLC, a Georgia limited liability company '
        '("Licensor").\n\n1. Grant of License.\n',
        {
            "Garnet Hill Restaurants, Inc.",
            "Smoky Ridge Grill",
            "Licensee",
            "Tallow & Wick Brands, LLC",
            "Licensor",
        },
    ),
    (
        "fka_in_parentheses",
        "SERVICES AGREEMENT\n\n"
        "This Services Agreement is made as of March 1, 2022 between Vireo Health Partners, Inc. "
        '(f/k/a Vireo Clinics, Inc.), a Nevada corporation (the "Company"), and Daniel Pruitt '
        '("Advisor").\n\n1. Services.\n',
        {
            "Vireo Health Partners, Inc.",
            "Vireo Clinics, Inc.",
            "Company",
            "Daniel Pruitt",
            "Advisor",
        },
    ),
    (
        "individual_residing",
        "CONSULTING AGREEMENT\n\n"
        "This Consulting Agreement is made and entered into this 3rd day of February, 2020, by "
        'and between Lumen Orchard Corp., a Nevada corporation (the "Company"), and John '
        "Smithers, an individual residing at 41 Elm Court, Boise, Idaho 83702 (the "
        '"Consultant").\n\n1. Engagement.\n',
        {"Lumen Orchard Corp.", "Company", "John Smithers", "Consultant"},
    ),
    (
        "gmbh_and_sa_de_cv",
        "DISTRIBUTION AGREEMENT\n\n"
        "This Distribution Agreement is made on 1 June 2015 by and between Kessler "
        "Medizintechnik GmbH, a company organized under the laws of Germany, having its "
        'registered office at Hafenstrasse 12, 20457 Hamburg, Germany ("Kessler"), and '
        'Farmacias del Sol S.A. de C.V., a Mexican corporation ("Distributor").\n\n'
        "1. Appointment.\n",
        {"Kessler Medizintechnik GmbH", "Kessler", "Farmacias del Sol S.A. de C.V.", "Distributor"},
    ),
    (
        "three_parties_nv_pty",
        "TECHNOLOGY TRANSFER AGREEMENT\n\n"
        "This Technology Transfer Agreement is made as of October 10, 2012 among Van Dijk "
        'Polymers N.V., a Netherlands company ("VDP"), Southern Cross Resin Pty Ltd, an '
        'Australian company ("SCR"), and Aurelian Materials, Inc., a Delaware corporation '
        '("Aurelian").\n\n1. Transfer.\n',
        {
            "Van Dijk Polymers N.V.",
            "VDP",
            "Southern Cross Resin Pty Ltd",
            "SCR",
            "Aurelian Materials, Inc.",
            "Aurelian",
        },
    ),
    (
        "commas_and_parentheses_in_names",
        "ENGAGEMENT AGREEMENT\n\n"
        "This Agreement is entered into as of March 1, 2007 by and between Whitcomb, Hale & "
        'Partridge, P.C., a Massachusetts professional corporation ("WHP"), and Orion Data '
        'Systems (USA), Inc., a Delaware corporation ("Orion").\n\n1. Scope.\n',
        {"Whitcomb, Hale & Partridge, P.C.", "WHP", "Orion Data Systems (USA), Inc.", "Orion"},
    ),
    (
        "all_caps_preamble",
        "JOINT MARKETING AGREEMENT\n\n"
        'THIS JOINT MARKETING AGREEMENT (THE "AGREEMENT") IS MADE AND ENTERED INTO AS OF AUGUST '
        "8, 2001 BY AND BETWEEN SILVERLINE WIRELESS CORPORATION, A WASHINGTON CORPORATION "
        '("SILVERLINE"), AND REDWATER MEDIA GROUP, INC., A CALIFORNIA CORPORATION ("REDWATER").'
        "\n\n1. MARKETING.\n",
        {"SILVERLINE WIRELESS CORPORATION", "SILVERLINE", "REDWATER MEDIA GROUP, INC.", "REDWATER"},
    ),
    (
        "hereinafter_referred_to_as",
        "SUPPLY AGREEMENT\n\n"
        "This Agreement is made this 14th day of November, 1997 by and between Castlebrook "
        "Foods, Inc., a corporation organized under the laws of the State of Illinois "
        '(hereinafter referred to as "Castlebrook"), and Delmar Packaging Company, a Missouri '
        'corporation (hereinafter referred to as "Supplier").\n\n1. Purchase.\n',
        {"Castlebrook Foods, Inc.", "Castlebrook", "Delmar Packaging Company", "Supplier"},
    ),
    (
        "term_after_address",
        "SERVICES AGREEMENT\n\n"
        "This Services Agreement is entered into as of January 5, 2010 by and between Northwind "
        "Clinical Research, Inc., 200 Park Plaza, Suite 400, Raleigh, North Carolina 27601 "
        '("Northwind"), and Bellweather Pharma Ltd., 15 Canal Street, Dublin 2, Ireland '
        '("Sponsor").\n\n1. Services.\n',
        {"Northwind Clinical Research, Inc.", "Northwind", "Bellweather Pharma Ltd.", "Sponsor"},
    ),
    (
        "joint_filing",
        "JOINT FILING AGREEMENT\n\n"
        "In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of 1934, as "
        "amended, the undersigned hereby agree to the joint filing on behalf of each of them of "
        "a statement on Schedule 13D (including amendments thereto) with respect to the Common "
        "Stock, par value $0.001 per share, of Tessaract Mining Corp. This Joint Filing "
        "Agreement shall be filed as an Exhibit to such Statement.\n\nDated: March 2, 2021\n\n"
        "GRANITE PEAK CAPITAL PARTNERS, L.P.\nBy: Granite Peak GP, LLC, its general partner\n"
        "By: /s/ Helen Marsh\nName: Helen Marsh\nTitle: Managing Member\n\n"
        "GRANITE PEAK GP, LLC\nBy: /s/ Helen Marsh\nName: Helen Marsh\nTitle: Managing Member\n\n"
        "/s/ Helen Marsh\nHelen Marsh\n",
        {"GRANITE PEAK CAPITAL PARTNERS, L.P.", "GRANITE PEAK GP, LLC", "Helen Marsh"},
    ),
    (
        "amendment_recital_parties",
        "FIRST AMENDMENT TO SUPPLY AGREEMENT\n\n"
        'This First Amendment (this "Amendment") is effective as of June 30, 2019.\n\n'
        "RECITALS\n\n"
        'WHEREAS, Cobalt Ridge Foods, Inc. ("Buyer") and Sunfield Growers Cooperative ("Seller") '
        "are parties to that certain Supply Agreement dated as of January 1, 2017 (the "
        '"Agreement"); and\n\nWHEREAS, Buyer and Seller wish to amend the Agreement as set '
        "forth herein.\n\nNOW, THEREFORE, the parties agree as follows:\n\n"
        '1. Section 3.1 of the Agreement is amended to read "ninety (90) days".\n',
        {"Cobalt Ridge Foods, Inc.", "Buyer", "Sunfield Growers Cooperative", "Seller"},
    ),
    (
        "letter_agreement",
        "Harbinger Ventures LLC\n1200 Sixth Avenue\nNew York, New York 10036\n\n"
        "April 18, 2013\n\nTamarind Software, Inc.\n55 Second Street\nSan Francisco, "
        "California 94105\nAttention: Chief Executive Officer\n\nRe: Letter Agreement\n\n"
        "Ladies and Gentlemen:\n\n"
        'This letter agreement (this "Letter Agreement") confirms the terms on which Harbinger '
        'Ventures LLC ("Harbinger") will provide advisory services to Tamarind Software, Inc. '
        '(the "Company").\n\n1. Fees. The Company shall pay Harbinger a monthly fee.\n\n'
        "Very truly yours,\n\nHARBINGER VENTURES LLC\n\nBy: /s/ Leo Brandt\nName: Leo Brandt\n"
        "Title: Managing Partner\n\nAccepted and agreed as of the date first written above:\n\n"
        "TAMARIND SOFTWARE, INC.\n\nBy: /s/ Nina Park\nName: Nina Park\n"
        "Title: Chief Executive Officer\n",
        {"Harbinger Ventures LLC", "Harbinger", "Tamarind Software, Inc.", "Company"},
    ),
    (
        "between_and_block_hereinafter_called",
        "LICENCE AGREEMENT\n\nTHIS LICENCE AGREEMENT made as of the 1st day of May, 2004.\n\n"
        "BETWEEN:\n\nMAPLEFORD INTERACTIVE INC., a corporation incorporated under the laws of "
        'Ontario\n\n(hereinafter called "Mapleford")\n\nAND:\n\nGREYSTONE GAMES LTD., a '
        "corporation incorporated under the laws of British Columbia\n\n"
        '(hereinafter called "Licensee")\n\nWHEREAS Mapleford owns certain software;\n',
        {"MAPLEFORD INTERACTIVE INC.", "Mapleford", "GREYSTONE GAMES LTD.", "Licensee"},
    ),
    (
        "names_with_of",
        "SPONSORSHIP AGREEMENT\n\n"
        "This Sponsorship Agreement is entered into as of September 1, 2016 by and between The "
        'Regents of the University of Wexford, a public corporation ("University"), and Bank of '
        'Halstead, N.A., a national banking association ("Sponsor").\n\n1. Sponsorship.\n',
        {
            "The Regents of the University of Wexford",
            "University",
            "Bank of Halstead, N.A.",
            "Sponsor",
        },
    ),
    (
        "names_opening_with_common_words",
        "CO-MARKETING AGREEMENT\n\n"
        "This Co-Marketing Agreement is made as of February 2, 2000 between Open Road Travel "
        'Centers, Inc., a Delaware corporation ("Open Road"), and First Light Media Co., a '
        'Colorado corporation ("First Light").\n\n1. Promotion.\n',
        {"Open Road Travel Centers, Inc.", "Open Road", "First Light Media Co.", "First Light"},
    ),
    (
        "three_members_collective",
        "JOINT VENTURE AGREEMENT\n\n"
        "This Joint Venture Agreement is entered into on November 20, 2008 by and among Pelican "
        'Bay Energy LLC, a Louisiana limited liability company ("Pelican"), Sandhill Midstream '
        'Partners, L.P., a Delaware limited partnership ("Sandhill"), and Crescent Gulf '
        'Holdings, Inc., a Texas corporation ("Crescent" and, together with Pelican and '
        'Sandhill, the "Members").\n\n1. Formation.\n',
        {
            "Pelican Bay Energy LLC",
            "Pelican",
            "Sandhill Midstream Partners, L.P.",
            "Sandhill",
            "Crescent Gulf Holdings, Inc.",
            "Crescent",
            "Members",
        },
    ),
    (
        "employment_effective_date",
        "EMPLOYMENT AGREEMENT\n\n"
        'This Employment Agreement (the "Agreement") is made and entered into effective as of '
        'July 15, 2019 (the "Effective Date"), by and between Harrow Biologics Corporation, a '
        'Delaware corporation (the "Company"), and Maria L. Gonzalez ("Executive").\n\n'
        "1. Employment.\n",
        {"Harrow Biologics Corporation", "Company", "Maria L. Gonzalez", "Executive"},
    ),
    (
        "old_style_with_offices_and_residing",
        "AGREEMENT made this 5th day of June, 1995, between SEABRIGHT INDUSTRIES, INC., a New "
        "Jersey corporation with offices at 10 Ferry Street, Newark, New Jersey 07105 (the "
        '"Company"), and KENNETH R. ALDRIDGE, residing at 77 Oak Lane, Summit, New Jersey 07901 '
        '("Aldridge").\n\nW I T N E S S E T H:\n\nWHEREAS, the Company wishes to retain '
        "Aldridge;\n",
        {"SEABRIGHT INDUSTRIES, INC.", "Company", "KENNETH R. ALDRIDGE", "Aldridge"},
    ),
    (
        "party_a_party_b_lines",
        "COOPERATION AGREEMENT\n\n"
        "Party A: Shenzhen Hualong Electronics Co., Ltd.\n"
        "Address: 18 Keji Road, Nanshan District, Shenzhen, China\n"
        "Legal Representative: Wang Lei\n\n"
        "Party B: Golden Bridge Technology Limited\n"
        "Address: Room 1201, 88 Queen's Road Central, Hong Kong\n\n"
        "Party A and Party B agree as follows:\n\n1. Cooperation.\n",
        {
            "Shenzhen Hualong Electronics Co., Ltd.",
            "Party A",
            "Golden Bridge Technology Limited",
            "Party B",
        },
    ),
    (
        "html_spacing_wrapped_names",
        "INSURANCE SERVICES AGREEMENT\n\n"
        "This   Agreement  is made   as of  October 1, 2003 by and between  Kingsford\n"
        'Harbor Shipping  Company, Inc., a  Maryland corporation  ("Kingsford"), and\n'
        'Atlas  Marine  Insurance  Ltd., a Bermuda company ("Atlas").\n\n1. Coverage.\n',
        {
            "Kingsford Harbor Shipping Company, Inc.",
            "Kingsford",
            "Atlas Marine Insurance Ltd.",
            "Atlas",
        },
    ),
    (
        "curly_quotes_effective",
        "TRADEMARK LICENSE AGREEMENT\n\n"
        "This Trademark License Agreement is effective as of 1 January 2018 between Brightwater "
        "Apparel Holdings Ltd., a British Virgin Islands company (\u201cLicensor\u201d), and "
        "Kestrel Outdoor Goods, Inc., an Oregon corporation (\u201cLicensee\u201d).\n\n"
        "1. License.\n",
        {
            "Brightwater Apparel Holdings Ltd.",
            "Licensor",
            "Kestrel Outdoor Goods, Inc.",
            "Licensee",
        },
    ),
    (
        "mailing_names_with_layer_and_numbers",
        "NETWORK SERVICES AGREEMENT\n\n"
        "This Network Services Agreement is made on 3 May 2004 between Layer 7 Networks "
        'Limited, a Hong Kong company ("Layer 7"), and Mail Stream USA, Inc., a New York '
        'corporation ("Mail Stream").\n\n1. Services.\n',
        {"Layer 7 Networks Limited", "Layer 7", "Mail Stream USA, Inc.", "Mail Stream"},
    ),
]


#: A second round, written (expectations too) before running the extractor on it. One
#: expectation was corrected after the first score: CUAD's labels keep a person's honorific
#: ("Dr. ...") in the name.
CASES2: list[tuple[str, str, set[str]]] = [
    (
        "english_of_address_and_company_number",
        "THIS AGREEMENT is made on 4 April 2011\n\nBETWEEN\n\n"
        "(1) BRIGHTSTAR SOLUTIONS LIMITED (company number 08765432) whose registered office is "
        'at 5 King Street, London EC2V 8AU ("Brightstar"); and\n\n'
        '(2) QUANTUM LEAP LTD of 22 Mill Lane, Leeds LS1 4DY ("QL").\n\n'
        "IT IS AGREED:\n\n1. INTERPRETATION\n",
        {"BRIGHTSTAR SOLUTIONS LIMITED", "Brightstar", "QUANTUM LEAP LTD", "QL"},
    ),
    (
        "between_colon_inline",
        "SERVICES AGREEMENT\n\n"
        "This Services Agreement is made as of June 1, 2012 between: Orvell Systems Inc. "
        '("Orvell") '
        'and Tamsin Logistics LLC ("Tamsin").\n\n1. Services.\n',
        {"Orvell Systems Inc.", "Orvell", "Tamsin Logistics LLC", "Tamsin"},
    ),
    (
        "doctor_individual",
        "CONSULTING AGREEMENT\n\n"
        "This Consulting Agreement is entered into as of March 3, 2015 by and between Pellucid "
        'Biosciences, Inc., a Delaware corporation (the "Company"), and Dr. Helena M. Varga '
        '("Consultant").\n\n1. Services.\n',
        {"Pellucid Biosciences, Inc.", "Company", "Dr. Helena M. Varga", "Consultant"},
    ),
    (
        "between_and_lines_caps",
        "AIRCRAFT LEASE AGREEMENT\n\nDated 9 September 2008\n\nBETWEEN\n\n"
        'KESTREL AVIATION LIMITED\n(the "Lessor")\n\nAND\n\n'
        'NORTHSTAR AIRWAYS S.A.\n(the "Lessee")\n\n1. DEFINITIONS\n',
        {"KESTREL AVIATION LIMITED", "Lessor", "NORTHSTAR AIRWAYS S.A.", "Lessee"},
    ),
    (
        "on_the_one_hand",
        "SETTLEMENT AGREEMENT\n\n"
        "This Settlement Agreement is entered into as of May 5, 2010 by and between Corliss "
        'Instruments Corp. ("Corliss"), on the one hand, and Drayton Optics, LLC and Drayton '
        'Holdings, Inc. (together, "Drayton"), on the other hand.\n\n1. Settlement.\n',
        {
            "Corliss Instruments Corp.",
            "Corliss",
            "Drayton Optics, LLC",
            "Drayton Holdings, Inc.",
            "Drayton",
        },
    ),
    (
        "trustee_not_individually",
        "ESCROW AGREEMENT\n\n"
        "This Escrow Agreement is made as of July 1, 2014 among Marwood Energy, Inc., a Texas "
        'corporation ("Marwood"), Fenwick Resources LLC ("Fenwick"), and Wilmington Harbor '
        "Trust Company, not in its individual capacity but solely as escrow agent (the "
        '"Escrow Agent").\n\n1. Appointment.\n',
        {
            "Marwood Energy, Inc.",
            "Marwood",
            "Fenwick Resources LLC",
            "Fenwick",
            "Wilmington Harbor Trust Company",
            "Escrow Agent",
        },
    ),
    (
        "partnership_by_its_general_partner",
        "PURCHASE AGREEMENT\n\n"
        "This Purchase Agreement is made as of August 2, 2017 between Riverbend Partners, L.P., "
        "a Delaware limited partnership, acting by its general partner, Riverbend GP, LLC "
        '("Seller"), and Tolland Industrial Corp., a Connecticut corporation ("Buyer").\n\n'
        "1. Sale.\n",
        {"Riverbend Partners, L.P.", "Seller", "Tolland Industrial Corp.", "Buyer"},
    ),
    (
        "japanese_and_italian_forms",
        "LICENSE AGREEMENT\n\n"
        "This License Agreement is made as of November 1, 2009 by and between Hanabira "
        'Electronics Co., Ltd., a Japanese corporation ("Hanabira"), and Ferri Meccanica '
        'S.p.A., an Italian company ("Ferri").\n\n1. License.\n',
        {"Hanabira Electronics Co., Ltd.", "Hanabira", "Ferri Meccanica S.p.A.", "Ferri"},
    ),
    (
        "apostrophes_and_the",
        "SUPPLY AGREEMENT\n\n"
        "This Supply Agreement is made as of April 9, 2003 by and between O'Malley's Pubs, Inc., "
        "an Illinois corporation (\"O'Malley's\"), and The Hartwell Group, Inc., a Missouri "
        'corporation ("Hartwell").\n\n1. Supply.\n',
        {"O'Malley's Pubs, Inc.", "O'Malley's", "The Hartwell Group, Inc.", "Hartwell"},
    ),
    (
        "captions_on_signature_page_only",
        "INDEPENDENT CONTRACTOR AGREEMENT\n\n"
        "1. Services. Contractor shall provide the services described in Exhibit A.\n\n"
        "2. Fees. Company shall pay Contractor $150 per hour.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement on March 1, 2019.\n\n"
        "COMPANY:\n\nVESTRA MEDICAL DEVICES, INC.\n\nBy: /s/ Paul Greer\nName: Paul Greer\n"
        "Title: Chief Executive Officer\n\nCONTRACTOR:\n\n/s/ Lena Obuya\nLena Obuya\n",
        {"VESTRA MEDICAL DEVICES, INC.", "Company", "Lena Obuya", "Contractor"},
    ),
    (
        "swedish_publ_and_ag",
        "COLLABORATION AGREEMENT\n\n"
        "This Collaboration Agreement is entered into on 2 February 2016 by and between Nordvik "
        'Marine AB (publ), a Swedish company ("Nordvik"), and Alpenrose Pharma AG, a Swiss '
        'company ("Alpenrose").\n\n1. Collaboration.\n',
        {"Nordvik Marine AB (publ)", "Nordvik", "Alpenrose Pharma AG", "Alpenrose"},
    ),
    (
        "letter_to_an_individual",
        "VESTRA MEDICAL DEVICES, INC.\n400 Lake Street\nMinneapolis, Minnesota 55401\n\n"
        "May 2, 2019\n\nMr. Luis Ortiz\n18 Birch Road\nEdina, Minnesota 55424\n\n"
        "Dear Mr. Ortiz:\n\n"
        "This letter agreement sets out the terms of your employment with Vestra Medical "
        'Devices, Inc. (the "Company").\n\n1. Position. You will serve as Vice President.\n\n'
        "Sincerely,\n\nVESTRA MEDICAL DEVICES, INC.\n\nBy: /s/ Paul Greer\nName: Paul Greer\n"
        "Title: Chief Executive Officer\n\nAgreed and accepted:\n\n/s/ Luis Ortiz\nLuis Ortiz\n",
        {"Vestra Medical Devices, Inc.", "Company", "Luis Ortiz"},
    ),
]


#: A third round, on layouts without a preamble sentence (expectations written first).
CASES3: list[tuple[str, str, set[str]]] = [
    (
        "label_lines_without_preamble",
        "SOFTWARE LICENSE AGREEMENT\n\n"
        "Licensor: Brambleton Software Ltd.\nAddress: 3 Harbour Road, Belfast BT3 9DT\n\n"
        "Licensee: Corrigan Freight, Inc.\nAddress: 90 Pier Avenue, Boston, MA 02210\n\n"
        "Effective Date: January 1, 2020\n\n"
        "1. Grant. Licensor grants Licensee a non-exclusive license to the Software.\n",
        {"Brambleton Software Ltd.", "Licensor", "Corrigan Freight, Inc.", "Licensee"},
    ),
    (
        "cover_page_by_and_between",
        "DISTRIBUTION AGREEMENT\n\nby and between\n\nPALISADE NUTRITION, INC.\n\nand\n\n"
        "VERDANT HEALTH DISTRIBUTORS LLC\n\nDated as of October 1, 2018\n\n\n"
        "ARTICLE 1\nAPPOINTMENT\n\n1.1 Palisade appoints Verdant as its distributor.\n",
        {"PALISADE NUTRITION, INC.", "VERDANT HEALTH DISTRIBUTORS LLC"},
    ),
    (
        "joint_filing_individuals",
        "JOINT FILING AGREEMENT\n\n"
        "The undersigned hereby agree that the Statement on Schedule 13G with respect to the "
        "Common Stock of Larkspur Biotech, Inc. is filed on behalf of each of them pursuant to "
        "Rule 13d-1(k).\n\nDated: February 14, 2022\n\n"
        "/s/ Arjun Mehta\nArjun Mehta\n\n/s/ Sofia Lindqvist\nSofia Lindqvist\n",
        {"Arjun Mehta", "Sofia Lindqvist"},
    ),
    (
        "amendment_preamble_refers_to_base",
        "AMENDMENT NO. 1 TO LICENSE AGREEMENT\n\n"
        'This Amendment No. 1 (this "Amendment") is entered into as of March 15, 2021 by and '
        'between Halcyon Games, Inc., a Delaware corporation ("Licensor"), and Brightwave '
        'Studios Ltd., an English company ("Licensee"), and amends the License Agreement '
        'between Licensor and Licensee dated June 1, 2019 (the "Agreement").\n\n'
        "1. Amendment. Section 4.2 of the Agreement is deleted.\n",
        {"Halcyon Games, Inc.", "Licensor", "Brightwave Studios Ltd.", "Licensee"},
    ),
    (
        "individual_with_spouse_and_company",
        "STOCK PURCHASE AGREEMENT\n\n"
        "This Stock Purchase Agreement is made as of May 12, 2006 by and among Robert J. Kane "
        'and Maria T. Kane, husband and wife (together, the "Sellers"), and Westmark Holdings '
        'Corp., a Nevada corporation (the "Buyer").\n\n1. Purchase and Sale.\n',
        {"Robert J. Kane", "Maria T. Kane", "Sellers", "Westmark Holdings Corp.", "Buyer"},
    ),
]


#: A fourth round: other verbs, firms, accents, public bodies (expectations written first).
CASES4: list[tuple[str, str, set[str]]] = [
    (
        "made_by_with",
        "HOSTING AGREEMENT\n\n"
        'This Hosting Agreement is made on July 7, 2001 by Netcastle Corporation ("Netcastle") '
        'with Plume Retail Group, Inc. ("Customer").\n\n1. Hosting.\n',
        {"Netcastle Corporation", "Netcastle", "Plume Retail Group, Inc.", "Customer"},
    ),
    (
        "law_firm_llp_and_limited_partnership",
        "ENGAGEMENT AGREEMENT\n\n"
        "This Engagement Agreement is entered into as of January 9, 2013 by and between Baker, "
        'Whitlow & Strand LLP ("Counsel") and Harbor Point Limited Partnership, a Maryland '
        'limited partnership ("Client").\n\n1. Engagement.\n',
        {
            "Baker, Whitlow & Strand LLP",
            "Counsel",
            "Harbor Point Limited Partnership",
            "Client",
        },
    ),
    (
        "accents_and_trademark_sign",
        "DISTRIBUTION AGREEMENT\n\n"
        "This Distribution Agreement is made as of 5 May 2017 between Société Lumière S.A., a "
        'French company ("Lumière"), and Quillfeather Brands™ LLC, a Delaware limited '
        'liability company ("Quillfeather").\n\n1. Appointment.\n',
        {
            "Société Lumière S.A.",
            "Lumière",
            "Quillfeather Brands™ LLC",
            "Quillfeather",
        },
    ),
    (
        "city_as_party",
        "SERVICES CONTRACT\n\n"
        "This Services Contract is entered into as of April 1, 2014 by and between the City of "
        'Harrowgate, a municipal corporation ("City"), and Ridgeline Engineering, Inc., an '
        'Oregon corporation ("Contractor").\n\n1. Services.\n',
        {"City of Harrowgate", "City", "Ridgeline Engineering, Inc.", "Contractor"},
    ),
    (
        "corporation_of_america",
        "MARKETING AGREEMENT\n\n"
        "This Marketing Agreement is made as of June 6, 1999 by and between Vision Corporation "
        'of America, a Delaware corporation ("Vision"), and Sunbright Media, L.L.C., a Florida '
        'limited liability company ("Sunbright").\n\n1. Marketing.\n',
        {
            "Vision Corporation of America",
            "Vision",
            "Sunbright Media, L.L.C.",
            "Sunbright",
        },
    ),
    (
        "caps_dba",
        "FRANCHISE AGREEMENT\n\n"
        "THIS FRANCHISE AGREEMENT is made as of March 30, 2004 by and between TOPSAIL BRANDS, "
        'INC., a North Carolina corporation ("Franchisor"), and HARLAN FOODS, LLC D/B/A TOPSAIL '
        'GRILL OF DURHAM, a North Carolina limited liability company ("Franchisee").\n\n'
        "1. Grant.\n",
        {
            "TOPSAIL BRANDS, INC.",
            "Franchisor",
            "HARLAN FOODS, LLC",
            "TOPSAIL GRILL OF DURHAM",
            "Franchisee",
        },
    ),
]


def predicted(text: str) -> set[str]:
    """The comparable names and aliases of the passage's own parties."""
    out: set[str] = set()
    for name, aliases in own_parties(text).items():
        out.add(norm(name))
        out.update(norm(a) for a in aliases)
    return out - {"party", "parties"}


#: The names still missed, by passage: a class of parties a schedule lists, its terms given
#: outside a parenthesis ("each of which is referred to herein as an "Investor""), whose
#: members the schedule's reader (ingest.relations.schedule_holders) names instead; a role
#: caption above a signature block ("COMPANY:", "CONTRACTOR:") where no preamble defines it,
#: read as the party's role, not as a name it goes by (whether CUAD's labels count it as a name
#: is open). A change that finds one shows up here (remove it); one that loses a name fails.
KNOWN_MISSES: dict[str, set[str]] = {
    "company_and_listed_investors": {"investor", "investors"},
    "captions_on_signature_page_only": {"company", "contractor"},
}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [pytest.param(*c, id=c[0]) for c in CASES + CASES2 + CASES3 + CASES4],
)
def test_party_names_in_drafting_shapes(name: str, text: str, expected: set[str]) -> None:
    wanted = {norm(e) for e in expected} - KNOWN_MISSES.get(name, set())
    assert predicted(text) == wanted


def test_numbers_and_of_the_inside_names_but_not_labels_before_them() -> None:
    # a small number inside a name before its suffix, "of the" inside an institution's name;
    # a section, a suite or a date before a name lends it no number
    from ingest.names import name_runs

    def runs(text: str) -> list[str]:
        return [r.text for r in name_runs(text)]

    assert runs("between Quarry 9 Data Centers Limited, a Hong Kong company") == [
        "Quarry 9 Data Centers Limited",
        "Hong Kong",
    ]
    assert runs("and Trustees of the Penhallow Family Trust") == [
        "Trustees of the Penhallow Family Trust"
    ]
    assert runs("pursuant to Section 5 Tarrant Corp. shall") == ["Tarrant Corp."]
    assert runs("Suite 210 Tarrant Holdings LLC") == ["Tarrant Holdings LLC"]
    assert runs("dated June 5 Tarrant Holdings LLC") == ["Tarrant Holdings LLC"]
    assert runs("under the Laws of the State of Ohio") == ["Laws", "State of Ohio"]


#: Shapes written after the first score, for the faults it showed (the same convention).
_AFTER_FIRST_SCORE = [
    pytest.param(
        'Halvern Data LLC, formerly known as Tallis Systems, Inc. ("Halvern")',
        {"Halvern Data LLC", "Tallis Systems, Inc.", "Halvern"},
        id="formerly_known_as_after_a_comma",
    ),
    pytest.param(
        'Halvern Data LLC (formerly known as Tallis Systems, Inc.) d/b/a Halvern Works ("Halvern")',
        {"Halvern Data LLC", "Tallis Systems, Inc.", "Halvern Works", "Halvern"},
        id="former_name_in_parentheses_and_a_trade_name",
    ),
    pytest.param(
        'Halvern Data LLC, doing business as Tallis Outfitters ("Halvern")',
        {"Halvern Data LLC", "Tallis Outfitters", "Halvern"},
        id="doing_business_as",
    ),
    pytest.param(
        "Halvern Data LLC, a Utah limited liability company (HDL)",
        {"Halvern Data LLC", "HDL"},
        id="unquoted_short_name_after_the_descriptor",
    ),
    pytest.param(
        'Wells Fargo Bank, N.A., as agent ("Agent")',
        {"Wells Fargo Bank, N.A.", "Agent"},
        id="a_capacity_after_as_is_no_name",
    ),
]


@pytest.mark.parametrize(("second", "expected"), _AFTER_FIRST_SCORE)
def test_another_name_of_the_second_party(second: str, expected: set[str]) -> None:
    text = (
        "SUPPORT AGREEMENT\n\n"
        'This Support Agreement (this "Agreement") is entered into as of May 1, 2003 by and '
        f"between Pardue Holdings, Inc. (PHI) and {second}.\n\n1. Support.\n"
    )
    assert predicted(text) == {"pardue holdings inc", "phi"} | {norm(e) for e in expected}


def test_a_company_s_history_gives_no_party_another_name() -> None:
    text = (
        "ENDORSEMENT\n\nEffective Date: July 1, 2019\n\n"
        "Corvane Life Insurance Company has been dissolved. (Corvane Life Insurance Company was "
        "formerly known as Pellam Mutual Insurance Company.) All obligations have been "
        "transferred to Corvane Financial.\n"
    )
    assert not predicted(text)


def test_a_table_rule_is_no_signature_line() -> None:
    # a schedule's rows separated by rules as wide as the page, after the signature pages: a
    # row's cell ("Order Entry System") is signed by no one
    from ingest.signatures.block_reader import _SIGN_CUE

    assert _SIGN_CUE.search("-" * 30)
    assert _SIGN_CUE.search("------------------------------      ---------------------------")
    assert not _SIGN_CUE.search("-" * 110 + " OES   Order Entry System   Cont to Use " + "-" * 110)


def test_trade_mark_signs_and_a_slashed_cue_in_capitals() -> None:
    from ingest.names import name_runs

    assert [r.text for r in name_runs("and Corvel Snacks™ LLC, a Utah company")] == [
        "Corvel Snacks™ LLC",
        "Utah",
    ]
    assert [r.text for r in name_runs("PELLAM FOODS, LLC D/B/A PELLAM GRILL, a Utah")] == [
        "PELLAM FOODS, LLC",
        "PELLAM GRILL",
        "Utah",
    ]


def test_a_form_attached_in_the_body_gives_the_parties_no_more_names() -> None:
    # the preamble's terms are the parties' names; a form of assignment set out in the body
    # describes them again under that form's terms
    text = (
        "MARKETING AGREEMENT\n\n"
        "This Marketing Agreement is entered into as of May 1, 2018 by and between Pardue "
        'Holdings, Inc., a Texas corporation ("Pardue"), and Halvern Data LLC, a Utah limited '
        'liability company ("Halvern").\n\n1. Marketing. Pardue shall market the products.\n\n'
        + "".join(
            f"{n}. Covenant {n}. Each party shall perform its obligations under this Section "
            f"{n} diligently, in good faith and in accordance with applicable law, and shall "
            "keep the other party informed of its progress at reasonable intervals.\n\n"
            for n in range(2, 22)
        )
        + "22. Assignment. Pardue may assign sales contracts to Halvern in this form:\n\n"
        "ASSIGNMENT AND ASSUMPTION AGREEMENT\n\nThis Assignment is made by and between Pardue "
        'Holdings, Inc., a Texas corporation (the "Assignor"), and Halvern Data LLC, a Utah '
        'limited liability company (the "Assignee").\n\n23. Term. This Agreement runs for two '
        "years.\n"
    )
    assert predicted(text) == {"pardue holdings inc", "pardue", "halvern data llc", "halvern"}
