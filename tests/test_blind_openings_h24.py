"""Openings of contracts written blind for CUAD's basics (issue #12, round five, stop 41): a
party's second term and the bounds of its name.

Terms: two terms for one party joined by "or" ('"Supplier" or "Company"', 'the "Seller" or
"Vendor"', 'the "Licensor" or "Tanaka"'), by "/" with and without spaces, by "and/or", by
"and as" or "and hereinafter also", or in two parentheses ('("Rook") (the "Consultant")'); terms
defined after an address block, on the line under a party's details, with "which expression
shall include its successors" after them, only in a definitions section ('"Licensee" means Quill
Media Inc.'), after "Party A" / "Party B" rows. Names followed by words that are no part of
them ("for itself and on behalf of its Affiliates", "acting through its Medical Devices
division", "together with its subsidiaries", "and its Affiliates (collectively ...)", "on
behalf of itself and the investment funds it manages", "(formerly known as ...)", "individually
and as trustee of ...", "by its general partner ...", "a division of", "d/b/a"); "USA" and
"America" inside a real name; "Co., Ltd."; parties in a numbered or lettered list; notices with
counsel's firms, a process agent, witnesses and a notary's firm after 3,000 characters. Titles:
a subtitle line ("for the Supply of ...", "(Inbound Call Center Services)"), a version line, a
party's name over the title, a "relating to" line, "AMENDMENT NO. 2 TO ...", a title under the
parties block.

The openings are in ``tests/blind_openings_h24/`` (one file each, named for its case); each
opening's title and party strings were written, as a lawyer labelling it for CUAD would, before
the extractor ran on any of them, and are compared as the CUAD scorer compares them.

First scores (the extractor at 39170ec): titles 39/40, parties fully right 33/40, party
strings found 172/185, predicted right 172/173 (one expectation was then corrected by the
existing convention, in its own commit: a person's trust after "individually and as trustee
of" is the party's other name, as after "as trustee of"; against it, 173/186 and 173/173). The
misses: a second term after "/" or "and as" / "and hereinafter also" (two openings each way);
the trust read in place of a person "individually and as trustee of" it; a second
parenthesis whose term is no role word ('("Voyager") (the "Partner")'); parties named only in a
definitions section under a preamble that names none; a heading under an English "THIS
AGREEMENT is dated" / "PARTIES" block.

Fixes: ``parties.same_party_terms`` joins two terms of one party by a slash or by "and as" /
"and hereinafter also" (``tests/test_second_term_joins.py``); ``parties.person_as_trustee_of``
reads "individually and as trustee of" (``tests/test_individually_and_as_trustee.py``);
``parties.adjacent_second_term`` reads a one-word term that is no role word in a parenthesis
right after the party's first (``tests/test_adjacent_second_term.py``).

Now: titles 39/40, parties fully right 39/40, strings found 182/186, predicted right 182/182.
Left (asserted below to persist): the definitions-only parties, the heading under the parties
block. CUAD work half (126) and check half (120) byte-identical before and after each fix
(title 0.952 / 0.950, party precision 0.935 / 0.933, recall 0.939 / 0.912), the tuned details
and the financing tuned and written evaluations too: the three shapes are not in the tuned
documents as written here.
"""

from __future__ import annotations

from tests.opening_rounds import round_checks
from tests.passages import openings_in

TEXTS = openings_in("blind_openings_h24")

#: name -> (title, names and terms)
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "or_two_terms_supplier_company": (
        "Supply Agreement",
        {"Hartmoor Ingredients, Inc.", "Supplier", "Company", "Blue Fern Bakeries LLC", "Buyer"},
    ),
    "slash_two_terms_provider": (
        "Managed Services Agreement",
        {
            "Tamarind Cloud Systems, Inc.",
            "Tamarind",
            "Provider",
            "Westbrook Savings Bank",
            "Westbrook",
            "Client",
        },
    ),
    "and_or_terms_licensor_owner": (
        "Trademark License Agreement",
        {"SABLE RIVER OUTFITTERS, INC.", "Licensor", "Owner", "PEAKLINE FOOTWEAR CO.", "Licensee"},
    ),
    "two_parentheses_terms_consultant": (
        "Consulting Agreement",
        {
            "Ostrander Biotherapeutics, Inc.",
            "Ostrander",
            "the Company",
            "Rook Analytics, LLC",
            "Rook",
            "the Consultant",
        },
    ),
    "term_after_address_block_distributor": (
        "Exclusive Distribution Agreement",
        {
            "LUMISTRA LIGHTING TECHNOLOGIES LTD.",
            "Lumistra",
            "NORTHGATE ELECTRICAL SUPPLY, INC.",
            "the Distributor",
        },
    ),
    "term_on_next_line_hosting": (
        "Web Hosting Agreement",
        {"Digital Harbor Hosting, Inc.", "DHH", "Cobblestone Gourmet Markets, Inc.", "Customer"},
    ),
    "definitions_section_only_terms": (
        "Content License Agreement",
        {"Quill Media Inc.", "Licensee", "Larkspur Studios LLC", "Licensor"},
    ),
    "for_itself_and_affiliates_agency": (
        "Port Agency Agreement",
        {"NORSK POLAR TANKERS AS", "the Principal", "DELMAR SHIPPING AGENCY S.A.", "the Agent"},
    ),
    "acting_through_division_supply": (
        "Component Supply Agreement",
        {"Vantor Health Corporation", "Vantor", "Keswick Precision Molding, Inc.", "Supplier"},
    ),
    "together_with_subsidiaries_marketing": (
        "Marketing Services Agreement",
        {
            "Redwing Natural Foods, Inc.",
            "Redwing",
            "Sparrowhawk Creative Group, LLC",
            "Agency",
        },
    ),
    "formerly_known_as_software_license": (
        "Software License Agreement",
        {
            "Calloway Systems Group, Inc.",
            "Calloway Data Corporation",
            "Calloway",
            "Pinnacle Regional Health Partners",
            "Licensee",
        },
    ),
    "individually_and_as_trustee_lease": (
        "Commercial Lease",
        {
            "MARTIN G. ASHBY",
            "Ashby Family Trust",
            "Landlord",
            "HOLLISTER DENTAL LABORATORIES, INC.",
            "Tenant",
        },
    ),
    "usa_america_inside_names_distribution": (
        "Dealer Agreement",
        {"Kobayashi Marine Engines America, Inc.", "KMEA", "Sorensen Boats USA, LLC", "Dealer"},
    ),
    "co_ltd_manufacturing_chinese": (
        "OEM Manufacturing Agreement",
        {
            "Brightmoor Home Products, Inc.",
            "Brightmoor",
            "Ningbo Haitian Household Appliance Co., Ltd.",
            "Manufacturer",
        },
    ),
    "a_division_of_sponsorship": (
        "Sponsorship Agreement",
        {
            "Granite Peak Sports Marketing",
            "Granite Peak",
            "Halcyon Mountain Water Company",
            "Sponsor",
        },
    ),
    "numbered_list_after_between_two": (
        "Road Haulage Agreement",
        {"ASHCOMBE LOGISTICS LIMITED", "Carrier", "PELHAM FINE FOODS PLC", "Customer"},
    ),
    "numbered_list_three_parties_development": (
        "Joint Development Agreement",
        {
            "Orbis Sensor Technologies GmbH",
            "Orbis",
            "Kalevala Materials Oy",
            "Kalevala",
            "Westfield Automotive Systems, Inc.",
            "Westfield",
        },
    ),
    "notices_and_signatures_counsel_witness": (
        "Reseller Agreement",
        {
            "Quantafile Software Corporation",
            "Quantafile",
            "Harborline Business Systems, Inc.",
            "Reseller",
        },
    ),
    "title_subtitle_for_line_supply": (
        "Master Supply Agreement",
        {"Thornbury Machine Works, Inc.", "Buyer", "Calder Bolt & Screw Company", "Seller"},
    ),
    "title_version_line_hosting": (
        "Application Hosting Agreement",
        {
            "Stratocore Data Services, LLC",
            "Stratocore",
            "Wexford County Credit Union",
            "Customer",
        },
    ),
    "party_name_line_over_title_franchise": (
        "Franchise Agreement",
        {
            "PETALPATH FLORAL FRANCHISING, LLC",
            "Franchisor",
            "BLOOMWELL ENTERPRISES, INC.",
            "Franchisee",
        },
    ),
    "title_relating_to_line_license": (
        "Patent License Agreement",
        {"MERIDIAN WAVE TECHNOLOGIES, INC.", "Licensor", "ZEPHYR HOME CONTROLS, INC.", "Licensee"},
    ),
    "amendment_no_2_to_manufacturing": (
        "Amendment No. 2 to Manufacturing and Supply Agreement",
        {
            "Aldermere Pharmaceuticals, Inc.",
            "Aldermere",
            "Bancroft Contract Manufacturing Services, LLC",
            "Bancroft",
        },
    ),
    "or_the_seller_vendor_equipment": (
        "Equipment Purchase Agreement",
        {
            "CORNERSTONE PACKAGING MACHINERY CORP.",
            "the Seller",
            "Vendor",
            "ORCHARD VALLEY JUICE COMPANY",
            "the Purchaser",
        },
    ),
    "slash_spaced_terms_manufacturing": (
        "Contract Manufacturing Agreement",
        {
            "Lindqvist Nutrition AB",
            "Lindqvist",
            "Customer",
            "Arcadia Nutraceutical Manufacturing, Inc.",
            "Arcadia",
            "Manufacturer",
        },
    ),
    "and_also_as_terms_joint_development": (
        "Joint Development and License Agreement",
        {
            "Helix Photonics Corporation",
            "Helix",
            "Developer",
            "Sunward Solar Modules, Inc.",
            "Sunward",
            "Manufacturer",
        },
    ),
    "co_branding_two_parentheses_bank": (
        "Co-Branded Credit Card Agreement",
        {
            "Alto National Bank",
            "Alto",
            "the Bank",
            "Voyager Cruise Holdings, Inc.",
            "Voyager",
            "the Partner",
        },
    ),
    "america_in_name_transport": (
        "Transportation Services Agreement",
        {
            "Pan American Cargo Lines, Inc.",
            "Carrier",
            "Larchmont Timber Products of America, Inc.",
            "Shipper",
        },
    ),
    "or_company_endorsement_athlete": (
        "Endorsement Agreement",
        {"Fleetfoot Athletics, Inc.", "Fleetfoot", "Company", "Jalen Morrow", "Athlete"},
    ),
    "definitions_section_means_advertising_agency": (
        "Advertising Agency Agreement",
        {"Kestrel Outdoor Media, Inc.", "Agency", "Bramblewood Resorts, LLC", "Client"},
    ),
    "by_its_general_partner_lease": (
        "Office Lease",
        {
            "OAKMONT PLAZA ASSOCIATES, L.P.",
            "Landlord",
            "VERIDIAN ACTUARIAL CONSULTANTS, LLC",
            "Tenant",
        },
    ),
    "on_behalf_of_managed_funds_consulting": (
        "Advisory Services Agreement",
        {
            "Pendleton Capital Advisors LLC",
            "Advisor",
            "Glasswing Retail Holdings, Inc.",
            "the Company",
        },
    ),
    "and_its_affiliates_collectively_var": (
        "Value Added Reseller Agreement",
        {"Marlin Geospatial Systems, Inc.", "Marlin", "TerraScope Consulting Group, Inc.", "VAR"},
    ),
    "dba_trade_name_billboard": (
        "Billboard Site Lease Agreement",
        {
            "Hollis Family Farms, LLC",
            "Lessor",
            "Premier Outdoor Media, Inc.",
            "Skyline Billboards",
            "Skyline",
            "Lessee",
        },
    ),
    "which_expression_shall_include_services": (
        "Linen and Laundry Services Agreement",
        {
            "CRESTWOOD HOTELS GROUP LIMITED",
            "the Client",
            "SHANNONSIDE LAUNDRY SERVICES LIMITED",
            "the Contractor",
        },
    ),
    "party_a_or_licensor_chinese_technology": (
        "Technology License Agreement",
        {
            "Shenzhen Ruixin Battery Technology Co., Ltd.",
            "Party A",
            "Licensor",
            "Voltaris Energy Storage, Inc.",
            "Party B",
            "Licensee",
        },
    ),
    "title_parenthetical_subtitle_services": (
        "Services Agreement",
        {
            "Lakeview Wireless Communications, Inc.",
            "Lakeview",
            "Teleperform Contact Solutions, LLC",
            "Vendor",
        },
    ),
    "hereinafter_the_licensor_or_name_japanese": (
        "Character Merchandising License Agreement",
        {
            "TANAKA ANIMATION STUDIO CO., LTD.",
            "the Licensor",
            "Tanaka",
            "BRIGHTSIDE TOYS & GAMES, INC.",
            "the Licensee",
            "Brightside",
        },
    ),
    "lettered_list_hereinafter_also_co_marketing": (
        "Co-Marketing Agreement",
        {
            "Gamestar Interactive Publishing Ltd.",
            "the Publisher",
            "Gamestar",
            "Velocity Peripherals, Inc.",
            "the Hardware Partner",
            "Velocity",
        },
    ),
    "process_agent_and_signatory_firms_distribution": (
        "Distribution Agreement",
        {
            "Kaltenbach Medizintechnik GmbH",
            "Kaltenbach",
            "Tristate Surgical Supply Co.",
            "Distributor",
        },
    ),
}

#: opening -> the title still read (None: none), where it is not the expected one
KNOWN_TITLE_MISSES: dict[str, str | None] = {
    # "THIS AGREEMENT is dated ..." / "PARTIES" / (1) / (2) / "ROAD HAULAGE AGREEMENT": only a
    # heading right under the dated line is read, not one under the parties block
    "numbered_list_after_between_two": "Agreement",
}

#: opening -> how its parties are still read wrong
KNOWN_PARTY_MISSES: dict[str, str] = {
    # "The parties to this Agreement are the Client and the Agency, each as defined in Section
    # 1", then '"Agency" means Kestrel Outdoor Media, Inc.': no party read
    "definitions_section_means_advertising_agency": "both parties missed",
}

(
    test_every_opening_has_its_expectations,
    test_title_of_an_opening,
    test_title_still_missed,
    test_parties_and_terms_of_an_opening,
    test_parties_still_missed,
) = round_checks(TEXTS, EXPECTED, KNOWN_TITLE_MISSES, KNOWN_PARTY_MISSES)
