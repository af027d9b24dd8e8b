"""Openings of contracts written blind for CUAD's basics (issue #12, round four, stop 40): whole
preambles that escape a reader, and title blocks that tempt it to cut or overrun the title.

Preambles: "THIS AGREEMENT is made this 5th day of May, 2003, by and between" with the parties
in blocks of centred lines; "PARTIES:" / "1." / "2." blocks; the parties named in the recitals
or only in "NOW, THEREFORE, X and Y agree"; "hereinafter referred to as "Licensee"" lines after
an address; "Party A:" / "Legal Representative:" rows, "Name:" / "Address:" tables under a role
heading, "LICENSOR:" rows; quotes doubled (''Licensee''), TeX-like (``Distributor''), typographic
or guillemets, single quotes, terms with "the" inside; a preamble broken by a page number and a
running header, a redaction in it; "BY AND BETWEEN:" / "AND:" and "BETWEEN THE UNDERSIGNED: ...
ON THE ONE HAND" layouts; "made by X with Y"; a preamble in capitals; two individuals under one
term. Titles: two-line titles ("MASTER SERVICES" / "AGREEMENT", a line ending in "AND",
"AMENDED AND RESTATED" over the name, "AND AMENDMENT NO. 1" lines), a letterhead, a party's name,
a confidential-treatment legend, a contract number or "EXECUTION VERSION" over the title, an
exhibit number on its line, a date, a subtitle or a "BETWEEN X AND Y" line under it, a table of
contents, a cover page, no heading at all but the preamble's.

The openings are in ``tests/blind_openings_h23/`` (one file each, named for its case); each
opening's title and party strings (names and the terms the contract defines for them) were
written, as a lawyer labelling it for CUAD would, before the extractor ran on any of them, and
are compared as the CUAD scorer compares them (case, punctuation and spacing aside; "Party"
not counted).

First scores (the extractor at aba57e2): titles 41/42, parties fully right 33/42, party
strings found 143/171, predicted right 143/143. The misses: terms in quotes typed as two
apostrophes, backticks or guillemets (``tests/test_typed_quotes.py``); parties named only in
the recitals or the operative words under a preamble that names none
(``tests/test_parties_after_bare_preamble.py``); role headings over "Name:" rows and a credit
union on a role row (``tests/test_role_heading_rows.py``); the heading under "THIS AGREEMENT
is dated ..." (``tests/test_dated_line_over_heading.py``); "s.r.o."
(``tests/test_czech_company_suffixes.py``); two people "residents of" a state under one term
(``tests/test_residents_of_individuals.py``). After those fixes: titles 42/42, parties 42/42,
strings 171/171 and 171/171.
"""

from __future__ import annotations

from tests.opening_rounds import round_checks
from tests.passages import openings_in

TEXTS = openings_in("blind_openings_h23")

#: name -> (title, names and terms)
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "day_of_by_and_between_caps_blocks": (
        "Distribution Agreement",
        {"TELLURIDE OPTICS CORPORATION", "Telluride", "NORDVIK INSTRUMENT AB", "Distributor"},
    ),
    "parties_colon_numbered_registered_office": (
        "Software Licence Agreement",
        {"BRAMLEY SOFTWARE LIMITED", "Licensor", "QUENTARA HEALTH SYSTEMS INC.", "Licensee"},
    ),
    "parties_in_recitals_then_now_therefore": (
        "Packaging Supply Agreement",
        {"Harvest Crest Foods, Inc.", "Buyer", "Verdant Packaging Solutions LLC", "Supplier"},
    ),
    "parties_named_only_in_now_therefore": (
        "Aircraft Ground Handling Agreement",
        {"Halden Air Cargo Ltd.", "Carrier", "Kestrel Aviation Services, Inc.", "Handler"},
    ),
    "hereinafter_referred_after_address_lines": (
        "Brand License Agreement",
        {"GALLOWAY BREWING COMPANY", "Licensor", "KAISERHOF BRAUEREI GMBH", "Licensee"},
    ),
    "party_a_party_b_legal_representative_rows": (
        "Technical Services Agreement",
        {
            "Shenzhen Lianfeng Electronics Co., Ltd.",
            "Party A",
            "Morrow Digital Systems, Inc.",
            "Party B",
        },
    ),
    "name_address_table_customer_provider": (
        "Facility Services Agreement",
        {
            "Ashgrove Property Management LLC",
            "Customer",
            "Tidewater Facility Services, Inc.",
            "Service Provider",
        },
    ),
    "doubled_single_quotes_terms": (
        "Trademark License Agreement",
        {"Sorrel Brands, Inc.", "Licensor", "Marbury Apparel Group, L.P.", "Licensee"},
    ),
    "backtick_quotes_distributor": (
        "Exclusive Distributor Agreement",
        {"Quillon Diagnostics Corporation", "Quillon", "Medivera S.A. de C.V.", "Distributor"},
    ),
    "guillemets_terms_swiss": (
        "License Agreement",
        {"Helvetia Biosensor AG", "Licensor", "Ambrose Medical Technologies, Inc.", "Licensee"},
    ),
    "typographic_quotes_the_inside": (
        "Consulting Services Agreement",
        {
            "Pellucid Genomics, Inc.",
            "the Company",
            "Stonebridge Regulatory Advisors LLC",
            "the Consultant",
        },
    ),
    "single_quotes_uk_supply": (
        "Supply Agreement",
        {"ARDMORE COMPONENTS LIMITED", "Supplier", "FENWICK TURBINE SYSTEMS PLC", "Customer"},
    ),
    "preamble_across_page_break_footer": (
        "Marketing Services Agreement",
        {
            "Lanternfish Interactive, Inc.",
            "Lanternfish",
            "Corbel Outdoor Equipment Co.",
            "Advertiser",
        },
    ),
    "redaction_inside_preamble": (
        "Supply Agreement",
        {"Corvane Therapeutics, Inc.", "Corvane", "Rheinfeld Pharma Services GmbH", "Manufacturer"},
    ),
    "hereinafter_called_the_inside_quotes": (
        "Agency Agreement",
        {"OSPREY MARINE ENGINES, INC.", "the Company", "ATLANTICA NAUTICA LTDA.", "the Agent"},
    ),
    "made_by_with_layout": (
        "Film Distribution Agreement",
        {"Lumen Arc Studios, LLC", "Producer", "Harbor Light Pictures, Inc.", "Distributor"},
    ),
    "between_colon_dutch_or_aliases": (
        "Distribution Agreement",
        {
            "VELDHOVEN COATINGS B.V.",
            "Veldhoven",
            "Supplier",
            "CASCADE SURFACE TECHNOLOGIES, INC.",
            "Cascade",
            "Distributor",
        },
    ),
    "by_and_between_colon_and_colon_caps_franchise": (
        "Franchise Agreement",
        {
            "SUNNY SIDE GRILL FRANCHISING CORP.",
            "Franchisor",
            "HOLLOWAY RESTAURANT VENTURES, LLC",
            "Franchisee",
        },
    ),
    "undersigned_on_the_one_hand_french": (
        "Collaboration Agreement",
        {"LABORATOIRES CERVIN SAS", "Cervin", "NORTHLAKE BIOLOGICS, INC.", "Northlake"},
    ),
    "hereinafter_quoted_no_referred": (
        "License Agreement",
        {"Tamsin Research Institute", "Institute", "Oriel Pharmaceuticals, Inc.", "Licensee"},
    ),
    "franchise_made_by_individuals_collectively": (
        "Unit Franchise Agreement",
        {
            "Brightwave Car Wash Systems, Inc.",
            "Franchisor",
            "Derek Holloway",
            "Tanya Holloway",
            "Franchisee",
        },
    ),
    "contract_day_of_sponsor_team": (
        "Sponsorship Contract",
        {"Redline Energy Drinks, Inc.", "Sponsor", "Desert Vipers Racing LLC", "Team"},
    ),
    "role_colon_rows_licensor_licensee": (
        "Software License and Support Agreement",
        {
            "Falcon Ridge Software, Inc.",
            "Licensor",
            "Bayshore Community Credit Union",
            "Licensee",
        },
    ),
    "all_caps_preamble_reseller": (
        "Reseller Agreement",
        {"VANTIQ SECURE NETWORKS CORP.", "VANTIQ", "IRONGATE IT SOLUTIONS, LLC", "RESELLER"},
    ),
    "running_header_inside_preamble": (
        "Content License Agreement",
        {"Tessellate Media Holdings, Inc.", "Licensor", "Brightcast Streaming Ltd.", "Licensee"},
    ),
    "day_of_numbered_parties_lines": (
        "Manufacturing Agreement",
        {
            "Oriole Medical Devices, Inc.",
            "Customer",
            "Pacific Rim Contract Manufacturing Co., Ltd.",
            "Manufacturer",
        },
    ),
    "two_line_title_master_services": (
        "Master Services Agreement",
        {"Quarry Hill Logistics, Inc.", "Client", "Nettlefield Data Services LLC", "Provider"},
    ),
    "two_line_title_and_at_line_end": (
        "Trademark License and Technology Transfer Agreement",
        {
            "Kinloch Foods Corporation",
            "Kinloch",
            "Zhejiang Meihua Food Industry Co., Ltd.",
            "Meihua",
        },
    ),
    "letterhead_over_title_reseller": (
        "Reseller Agreement",
        {"Corvidae Networks, Inc.", "Corvidae", "Pinecrest Technology Partners, Inc.", "Reseller"},
    ),
    "confidential_treatment_legend_over_title": (
        "Development and Commercialization Agreement",
        {"Arbutus Ridge Biosciences, Inc.", "Arbutus", "Toyokawa Seiyaku Co., Ltd.", "Toyokawa"},
    ),
    "exhibit_number_on_title_line": (
        "Hosting Services Agreement",
        {"Skyvault Internet Services, Inc.", "Skyvault", "Marigold Gifts Online, Inc.", "Customer"},
    ),
    "title_then_dated_line": (
        "Co-Branding Agreement",
        {"Altair Media, Inc.", "Altair", "SwiftCart.com, Inc.", "SwiftCart"},
    ),
    "table_of_contents_after_title": (
        "Outsourcing Agreement",
        {
            "Granite Shoals Insurance Company",
            "Granite Shoals",
            "Meridian Claims Processing, Inc.",
            "Vendor",
        },
    ),
    "execution_version_over_title": (
        "Collaboration and License Agreement",
        {"Wrenfield Therapeutics, Inc.", "Wrenfield", "Ostrava Biologics s.r.o.", "Ostrava"},
    ),
    "cover_page_between_and_dated": (
        "Strategic Alliance Agreement",
        {"Halverson Labs, Inc.", "Halverson", "Brightwell Diagnostics LLC", "Brightwell"},
    ),
    "no_heading_preamble_title_then_article": (
        "Marketing Affiliate Agreement",
        {"Glenmoor Travel Network, Inc.", "Glenmoor", "Azure Coast Vacations, LLC", "Affiliate"},
    ),
    "amended_restated_two_lines": (
        "Amended and Restated Exclusive Distribution Agreement",
        {
            "Lorimar Surgical Products, Inc.",
            "Lorimar",
            "Tanaka Medical Trading K.K.",
            "Distributor",
        },
    ),
    "subtitle_line_under_title_event": (
        "Sponsorship Agreement",
        {
            "Riverbend Amphitheater Partners, L.P.",
            "Venue",
            "Copper Kettle Brewing Company",
            "Sponsor",
        },
    ),
    "title_and_amendment_no_1_two_lines": (
        "Supply Agreement and Amendment No. 1 to License Agreement",
        {"Marlowe Ophthalmics, Inc.", "Marlowe", "Sentinel Lens Technologies Ltd.", "Sentinel"},
    ),
    "party_name_line_over_title_same_block": (
        "Merchant Processing Agreement",
        {"NimbusPay, Inc.", "NimbusPay", "Hearthstone Home Goods, Inc.", "Merchant"},
    ),
    "title_with_between_line_under_it": (
        "Joint Venture Agreement",
        {"Solstice Renewables Corp.", "Solstice", "Kohala Energy Partners LLC", "Kohala"},
    ),
    "contract_number_and_version_lines_around_title": (
        "Professional Services Agreement",
        {
            "Thornbury County Health System",
            "Client",
            "Lakeshore Clinical Informatics, Inc.",
            "Contractor",
        },
    ),
}


# no opening is still read wrong: the checks of known misses are left unbound
(
    test_every_opening_has_its_expectations,
    test_title_of_an_opening,
    _,
    test_parties_and_terms_of_an_opening,
    _,
) = round_checks(TEXTS, EXPECTED, {}, {})
