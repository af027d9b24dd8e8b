"""Openings of commercial contracts written blind for CUAD's basics (issue #12, round two,
stop 38): terms given after referral words ("hereinafter referred to as", "hereinafter called",
"referred to herein as") with registered numbers, addresses and representatives between; a
party's two terms ('"Supplier" or "NLP"', '"Aurelius" or "Buyer"'); individual and collective
terms ("hereinafter jointly referred to as the "Licensors""); parties named on a cover page,
after a long table of contents or long recitals, or only in a definitions article far into
the text ('"Distributor" means ...'); numbered "PARTIES" sections, role labels ("Party A:",
"Customer:"), a table of the parties with short names, parties named only in signature
blocks; titles under exhibit numbers, filing headers, confidentiality legends and tables of
contents, titles on two lines, headings that differ from what the preamble calls the
agreement, and titles that are not "Agreement" (Contract, Memorandum of Understanding,
Addendum No. 2, Statement of Work, Order Form, Term Sheet, Letter of Intent).

The openings are in ``tests/blind_openings_h20/`` (one file each, named for its case); each
opening's title and party strings (names and the terms the contract defines for them) were
written, as a lawyer labelling it for CUAD would, before the extractor ran on any of them, and
are compared as the CUAD scorer compares them (case, punctuation and spacing aside; "Party"
not counted).

First scores (the extractor at 73e258e): titles 50/60, parties fully right 42/60, party strings
found 227/273, predicted right 227/230. After the fixes of this stop (their shapes tested in
``tests/test_commercial_openings_h20.py``): titles 50/60, parties 55/60, strings 257/273 and
257/257 (the title rules written for the openings were withdrawn before merge). Still
wrong, and asserted to stay so until fixed: see ``KNOWN_TITLE_MISSES`` and
``KNOWN_PARTY_MISSES``.
"""

from __future__ import annotations

from tests.opening_rounds import round_checks
from tests.passages import openings_in

TEXTS = openings_in("blind_openings_h20")

#: name -> (title, names and terms)
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "russian_referred_to_represented_by": (
        "Distribution Agreement",
        {"VOSTOK MEDTEKH LLC", "Distributor", "HELVION DIAGNOSTICS AG", "Supplier"},
    ),
    "indian_hereinafter_called_which_expression": (
        "Manufacturing Agreement",
        {
            "SARVANA PHARMA PRIVATE LIMITED",
            "Manufacturer",
            "NORBRIDGE HEALTH PRODUCTS INC.",
            "Company",
        },
    ),
    "referred_to_herein_as_name_and_role": (
        "Co-Branding Agreement",
        {
            "Lumera Bank, N.A.",
            "Lumera",
            "Bank",
            "Tastemark Restaurants, Inc.",
            "Tastemark",
            "Partner",
        },
    ),
    "first_of_two_terms_heading_differs": (
        "Supply Agreement",
        {
            "NORTHLAKE POLYMERS CORPORATION",
            "Supplier",
            "NLP",
            "GRANVIA PACKAGING, S.A. DE C.V.",
            "Purchaser",
            "Granvia",
        },
    ),
    "cover_page_toc_terms_late": (
        "License and Development Agreement",
        {"Orbital Genomics, Inc.", "Orbital", "Kaito Pharmaceutical Co., Ltd.", "Kaito"},
    ),
    "definitions_article_names_parties": (
        "Distribution Agreement",
        {
            "Brenner Audio GmbH",
            "Brenner",
            "Supplier",
            "Coastline Sound Distributors Pty Ltd",
            "Distributor",
        },
    ),
    "english_parties_section_numbered": (
        "Sponsorship Agreement",
        {"KESTREL OUTDOOR MEDIA LIMITED", "Kestrel", "FENWICK ATHLETIC FOOTBALL CLUB PLC", "Club"},
    ),
    "order_form_role_table": (
        "Order Form",
        {"Dunmore Regional Health System", "Customer", "Cirrus Records Cloud, Inc.", "Provider"},
    ),
    "signature_blocks_only": (
        "Marketing Agreement",
        {"AVALON SKINCARE, INC.", "Company", "BELLWETHER DIRECT MARKETING LLC", "Marketer"},
    ),
    "title_on_two_lines": (
        "Exclusive Technology License Agreement",
        {
            "Palisade Photonics Corporation",
            "Licensor",
            "Tern Island Lighting Co., Ltd.",
            "Licensee",
        },
    ),
    "mou_party_a_party_b": (
        "Memorandum of Understanding",
        {"Sunfield Agritech Co., Ltd.", "Party A", "GreenRoot BioSciences Inc.", "Party B"},
    ),
    "term_sheet_table": (
        "Term Sheet",
        {"Halverson Cold Chain, Inc.", "Halverson", "Polar Route Logistics LLC", "PRL"},
    ),
    "addendum_number_two": (
        "Addendum No. 2 to the Reseller Agreement",
        {"Zentrix Software Ltd.", "Zentrix", "Baymont IT Solutions, Inc.", "Reseller"},
    ),
    "statement_of_work_under_msa": (
        "Statement of Work No. 4",
        {
            "Quarry Hill Mutual Insurance Company",
            "Client",
            "Tessellate Consulting Group LLC",
            "Consultant",
        },
    ),
    "endorsement_loan_out": (
        "Endorsement Agreement",
        {
            "Stridewell Athletics, Inc.",
            "Stridewell",
            "DeLane Ventures LLC",
            "Lender",
            "Marcus DeLane",
            "Athlete",
        },
    ),
    "legend_then_title_then_other_phrase": (
        "Hosting Services Agreement",
        {"Greyfield Data Centers, Inc.", "Greyfield", "Lanternfish Media, Inc.", "Customer"},
    ),
    "filing_header_then_title_then_toc": (
        "Transportation Services Agreement",
        {"Red Mesa Pipeline Company, LLC", "Carrier", "Tamarisk Refining, LP", "Shipper"},
    ),
    "jointly_referred_outsourcing_latam": (
        "Business Process Outsourcing Agreement",
        {
            "TELVARA SOLUTIONS S.A.S.",
            "TELVARA",
            "Service Provider",
            "PINECREST MUTUAL INSURANCE COMPANY",
            "Pinecrest",
            "Client",
        },
    ),
    "franchise_cover_page_data": (
        "Franchise Agreement",
        {
            "HEARTH & CRUST FRANCHISING, LLC",
            "Franchisor",
            "Cedar Loaf Bakeries, Inc.",
            "Franchisee",
        },
    ),
    "italian_in_the_person_of": (
        "Agency Agreement",
        {"FRATELLI DONATI S.p.A.", "Principal", "AMBROSE TRADE REPRESENTATION LTD.", "Agent"},
    ),
    "three_party_non_compete": (
        "Non-Competition Agreement",
        {
            "HARLAN RIDGE HOLDINGS, INC.",
            "Buyer",
            "PEMBERTON FEED & SEED, INC.",
            "Company",
            "WALTER J. PEMBERTON",
            "Shareholder",
        },
    ),
    "ip_assignment_individual_to_bv": (
        "Intellectual Property Assignment Agreement",
        {"Helena Vos", "Assignor", "Veridyn Medical B.V.", "Assignee"},
    ),
    "settlement_together_term": (
        "Settlement Agreement and Mutual Release",
        {
            "Corbel Instruments, Inc.",
            "Corbel",
            "Lindqvist Optics AB",
            "Lindqvist Optics USA, Inc.",
            "Lindqvist",
        },
    ),
    "amendment_no_one_to_mfg_supply": (
        "Amendment No. 1 to Manufacturing and Supply Agreement",
        {"Tallis Devices, Inc.", "Tallis", "Orion Contract Manufacturing, Ltd.", "OCM"},
    ),
    "chinese_jv_contract_labels": (
        "Sino-Foreign Equity Joint Venture Contract",
        {
            "Jiangsu Qianhe New Materials Co., Ltd.",
            "Party A",
            "Aldercrest Materials Inc.",
            "Party B",
        },
    ),
    "german_block_dash_terms": (
        "Development Agreement",
        {"Solvina Technik GmbH", "SOLVINA", "Brightline Motors Inc.", "CUSTOMER"},
    ),
    "consulting_company_and_principal": (
        "Consulting Agreement",
        {
            "Ferrous Analytics Corp.",
            "Company",
            "Okafor Advisory LLC",
            "Consultant",
            "Samuel Okafor",
            "Principal",
        },
    ),
    "australian_hereinafter_called_the": (
        "Reseller Agreement",
        {"QUILLFEATHER SYSTEMS LIMITED", "Vendor", "MARROWSTONE DIGITAL PTY LTD", "Reseller"},
    ),
    "british_licence_parties": (
        "Software Licence Agreement",
        {"ARCHWAY LEDGER SOFTWARE LTD", "Licensor", "HOLLINS & MABRY LLP", "Licensee"},
    ),
    "dutch_hosting_duly_represented": (
        "Web Hosting Agreement",
        {"Nimbus Rack Hosting B.V.", "Nimbus", "Copperline Retail Group plc", "Customer"},
    ),
    "sponsorship_hereinafter_the": (
        "Sponsorship Agreement",
        {"Ridgeline Motorsport Limited", "Team", "Voltaic Energy Drinks Inc.", "Sponsor"},
    ),
    "recitals_name_parties": (
        "Strategic Alliance Agreement",
        {"Bluefin Data Systems, Inc.", "Bluefin", "Sorrel Consulting Partners, LLP", "Sorrel"},
    ),
    "cooperation_contract_no_party_lines": (
        "Cooperation Agreement",
        {
            "Shenzhen Lumiway Electronics Co., Ltd.",
            "Party A",
            "Lumiway",
            "Brightpath Smart Home, Inc.",
            "Party B",
            "Brightpath",
        },
    ),
    "execution_version_services": (
        "Services Agreement",
        {
            "Calloway Midstream Services, LLC",
            "Provider",
            "Calloway Gathering Partners, LP",
            "Partnership",
        },
    ),
    "amended_restated_distribution_legend": (
        "Amended and Restated Distribution Agreement",
        {"Marisol Surgical, Inc.", "Marisol", "Kyoritsu Medical Trading K.K.", "Distributor"},
    ),
    "msa_heading_vs_professional": (
        "Master Services Agreement",
        {"Pelican Point Software, Inc.", "Pelican", "Westmark Credit Union", "Westmark", "Client"},
    ),
    "marketing_terms_in_definitions_far": (
        "Marketing Agreement",
        {"Halden Home Warranty Company", "Halden", "Ridgepoint Marketing Group, Inc.", "Marketer"},
    ),
    "single_quoted_terms_person_endorser": (
        "Endorsement Agreement",
        {"KINETIC APPAREL LIMITED", "Company", "JASMINE TORRES", "Endorser"},
    ),
    "two_licensors_jointly_term": (
        "Trademark License Agreement",
        {
            "Copperfield Brands LLC",
            "Copperfield",
            "Copperfield IP Holdings, Inc.",
            "IP Holdings",
            "Licensors",
            "Sweetwater Home Goods, Inc.",
            "Licensee",
        },
    ),
    "equipment_maintenance_contract": (
        "Equipment Maintenance Contract",
        {
            "Sentinel Imaging Services Limited",
            "Contractor",
            "Kingsbridge Private Hospital Limited",
            "Hospital",
        },
    ),
    "var_legend_and_asterisk_note": (
        "Value Added Reseller Agreement",
        {
            "DATASPIRE TECHNOLOGIES, INC.",
            "DataSpire",
            "MERIDIAN HEALTH INFORMATION SYSTEMS, INC.",
            "VAR",
        },
    ),
    "trading_as_distributor": (
        "Distributor Agreement",
        {
            "PENROSE COFFEE ROASTERS LIMITED",
            "Penrose",
            "GARETH OWEN MORGAN",
            "Valleys Catering Supplies",
            "Distributor",
        },
    ),
    "non_compete_and_non_solicit_hereinafter_called_unquoted": (
        "Non-Competition and Non-Solicitation Agreement",
        {"Mayfair Staffing Solutions, Inc.", "Company", "Bernard L. Huxley", "Employee"},
    ),
    "parties_table_short_names": (
        "Manufacturing Services Agreement",
        {"Brightwell Circuits Sdn Bhd", "Brightwell", "Kookaburra Instruments Pty Ltd", "Customer"},
    ),
    "first_amendment_consulting": (
        "First Amendment to Consulting Agreement",
        {"Arbor Ridge Biologics, Inc.", "Company", "Dr. Lionel Fairbanks", "Consultant"},
    ),
    "letter_of_intent_addressed": (
        "Letter of Intent",
        {"Clearwater Juice Company", "Clearwater", "Bramblewood Organics, Inc.", "Bramblewood"},
    ),
    "website_dev_dba_person": (
        "Website Development Agreement",
        {"eGreetings Direct, Inc.", "Client", "Thomas P. Whelan", "Whelan Web Works", "Developer"},
    ),
    "data_license_each_of_three_terms": (
        "Data License Agreement",
        {
            "Quantrix Geodata Ltd.",
            "Quantrix",
            "Licensor",
            "Meadowlark Insurance Services, Inc.",
            "Licensee",
        },
    ),
    "content_license_hereinafter_licensor_of_first_part_unquoted": (
        "Content License Agreement",
        {"SILVER BIRCH PRODUCTIONS INC.", "Licensor", "STREAMWAVE INTERACTIVE CORP.", "Streamwave"},
    ),
    "flattened_exhibit_legend_title": (
        "Co-Promotion Agreement",
        {
            "Harbinger Neuroscience, Inc.",
            "Harbinger",
            "Sagebrush Pharma Solutions LLC",
            "Sagebrush",
        },
    ),
    "flattened_franchise_individuals_referred": (
        "Franchise Agreement",
        {
            "TUMBLE TOWN FRANCHISE SYSTEMS, INC.",
            "Franchisor",
            "Priya Natarajan",
            "Vikram Natarajan",
            "Franchisee",
        },
    ),
    "jv_collectively_partners": (
        "Joint Venture Agreement",
        {
            "SUMMIT HOSPITALITY GROUP, L.L.C.",
            "Summit",
            "ALPENGLOW RESORTS CORPORATION",
            "Alpenglow",
            "Venturers",
            "Venturer",
        },
    ),
    "cover_toc_then_definitions_only": (
        "Outsourcing Services Agreement",
        {
            "Castellan Financial Corporation",
            "Customer",
            "Indra Global Services Private Limited",
            "Supplier",
        },
    ),
    "french_sarl_represented": (
        "Agency Agreement",
        {"MAISON VERDIER SARL", "Principal", "Verdier", "OAK & IVY IMPORTS, INC.", "Agent"},
    ),
    "trucking_hereinafter_called_carrier": (
        "Transportation Agreement",
        {"Great Plains Express, Inc.", "Carrier", "Hollister Farm Equipment Co.", "Shipper"},
    ),
    "two_line_title_co_branding_and_marketing": (
        "Co-Branding and Marketing Agreement",
        {"TravelNest.com, Inc.", "TravelNest", "Openway Airlines, Inc.", "Openway"},
    ),
    "supply_short_name_first_then_role": (
        "Supply Agreement",
        {
            "Aurelius Nutrition, Inc.",
            "Aurelius",
            "Buyer",
            "Tri-Valley Botanicals, Ltd.",
            "TVB",
            "Seller",
            "Tri-Valley Botanicals GP, LLC",
            "Seller GP",
        },
    ),
    "maintenance_referred_to_as_unquoted_lines": (
        "Software Maintenance Agreement",
        {
            "Tidewater Logistics Systems Ltd.",
            "Tidewater",
            "Vendor",
            "Port of Saint Maren Authority",
            "Authority",
        },
    ),
    "near_miss_guarantor_not_party": (
        "Hosting Agreement",
        {"Lakemont Cloud Services, LLC", "Provider", "Fiddlehead Games, Inc.", "Customer"},
    ),
    "hereby_agree_no_between_parties_paragraph": (
        "Affiliate Marketing Agreement",
        {"Orchid Lane Cosmetics, Inc.", "Merchant", "Kindred Clicks Media LLC", "Affiliate", "KCM"},
    ),
}


#: Openings whose title is still wrong, and why (asserted to stay wrong: a fix shows here).
KNOWN_TITLE_MISSES: dict[str, str | None] = {
    # titles that are not "Agreement", "... and Mutual Release", and a heading over a preamble
    # opening on its head noun: the rules that read them were withdrawn at stop 29 (see
    # OPEN in tests/test_title_openings.py: they lost a held-out title) and again at this stop
    "statement_of_work_under_msa": None,
    "term_sheet_table": None,
    "letter_of_intent_addressed": "Letter Agreement",
    "settlement_together_term": "Settlement Agreement",
    "legend_then_title_then_other_phrase": "Agreement for Managed Hosting and Related Services",
    # a preamble that words the heading otherwise or says more keeps its words, as the tuned
    # CUAD labels do ("ASP and Outsourcing Agreement" under "OUTSOURCING AGREEMENT",
    # "OPERATIONS AND MAINTENANCE AGREEMENT" under "OPERATION AND MAINTENANCE AGREEMENT");
    # these openings were labelled with their headings
    "first_of_two_terms_heading_differs": "Master Supply Agreement",
    "msa_heading_vs_professional": "Master Professional Services Agreement",
    "flattened_exhibit_legend_title": "Co-Promotion Services Agreement",
    "filing_header_then_title_then_toc": "Firm Transportation Service Agreement",
    # the contract's number ("No. 14/2016") is read into the title, cut at its slash
    "russian_referred_to_represented_by": "DISTRIBUTION AGREEMENT No. 14",
}
#: Openings whose parties are still wrong, and why (asserted to stay wrong).
KNOWN_PARTY_MISSES: dict[str, str] = {
    # the franchisee named only on the cover's "Franchisee:" line, the preamble pointing there
    # ("the corporation identified as franchisee on the cover page")
    "franchise_cover_page_data": "cover page",
    # "Customer: Dunmore Regional Health System": a role label's name with no corporate
    # suffix is not read (a contact's name may stand there), so the table has one party
    "order_form_role_table": "role label before a name with no suffix",
    # 'AVALON SKINCARE, INC. ("Company")': the signature readers take the names, not the terms
    "signature_blocks_only": "terms in signature blocks",
    # no title read (above), so no own agreement for the parties to be party to
    "statement_of_work_under_msa": "no own agreement",
    "term_sheet_table": "no own agreement",
}


(
    test_every_opening_has_its_expectations,
    test_title_of_an_opening,
    test_title_still_missed,
    test_parties_and_terms_of_an_opening,
    test_parties_still_missed,
) = round_checks(TEXTS, EXPECTED, KNOWN_TITLE_MISSES, KNOWN_PARTY_MISSES)
