"""Contracts written blind for CUAD's party strings (issue #12, stop 44): ordinary contracts
whose parties stand in labelled blocks.

The shapes of the held-out contracts with no party string right (word-class skeletons only,
counted by the lead): a contract number line, then "Between" on its own line, then the parties
in labelled blocks; "The Seller:" / "The Buyer:" blocks with "Address:", "Tel.:" and "Legal
Representative:" lines; a title that defines itself ('"Agreement"') and then "between" the
parties; an exhibit number line over a letterhead; parties first named past a long table of
contents. Besides those, the general shapes of filed contracts they belong to: "Party A" /
"Party B" rows (with and without "(hereinafter ...)"), blocks of role labels ("Seller:",
"Purchaser:", "The Licensor:"), the English "BETWEEN: (1) ... (2) ..." and "PARTIES (1) ...
(Supplier)" forms, letters on letterhead countersigned "Accepted and agreed". Near misses: a
block's address, bank, account-name, contact and representative lines, a party's parent
company, a lender named in a recital, a copy line to counsel.

The contracts are in ``tests/blind_parties_h27c/`` (one file each, named for its case); each
one's title and party strings were written, as a lawyer labelling it for CUAD would, before the
extractor ran on any of them, and are compared as the CUAD scorer compares them. A second
batch of eight, written when the first passed nearly whole, takes variants of the held-out
shapes: labels over their names, "The Buyer/Party A:", "PARTY A (Client)" headings over
"Company Name:" rows, "of the one part", a letter with no terms, labels set in two columns, a
row's own term, three parties under a title that defines itself.

First scores (the extractor at ad4bf68): first batch, titles 22/22, parties fully right 20/22,
party strings found 87/88, predicted right 87/90; second batch, titles 8/8, parties 5/8,
strings 27/36, predicted right 27/28. Most shapes were read already: Party A / Party B rows
and preambles, "The Seller:" / "Seller:" / "Purchaser:" blocks with their detail rows, a
contract number line before "Between", the English "BETWEEN: (1) ... (2)" and "PARTIES (1)
... (Supplier)" forms and "of the one part", letters on letterhead countersigned "Accepted
and agreed", titles that define themselves before "between", a preamble past a long table of
contents. The misses: a bank's row in a party's block read as a party ("Bank: Bank of Ningbo
Co., Ltd."); the role in a slashed label ("The Buyer/Party A:") hiding the party's letter; a
name ending in "AG" run on into its street on the next line; role labels set in two columns
over the names; a product code joined to a party's name by "for".

Fixes: ``parties.bank_detail_row`` (``tests/test_bank_detail_row.py``);
``parties.party_letter_label`` (``tests/test_role_slash_party_label.py``);
``names.street_line_after_short_suffix`` (``tests/test_street_line_after_short_suffix.py``);
``parties.role_labels_in_columns`` (``tests/test_role_labels_in_columns.py``).

Now: titles 30/30, parties fully right 29/30, strings found 123/124, predicted right 123/124;
the product code before "for" is left (a known miss below).
"""

from __future__ import annotations

from tests.opening_rounds import round_checks
from tests.passages import openings_in

TEXTS = openings_in("blind_parties_h27c")

#: name -> (title, names and terms)
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "party_a_b_rows_no_hereinafter": (
        "Equipment Procurement Contract",
        {
            "Wuxi Tianheng Precision Machinery Co., Ltd.",
            "Party A",
            "Larchmont Automation Systems, Inc.",
            "Party B",
        },
    ),
    "party_a_b_preamble_hereinafter": (
        "Technology Transfer Agreement",
        {
            "Suzhou Ruixin Biomaterials Co., Ltd.",
            "Party A",
            "Helmsdale Life Sciences Corp.",
            "Party B",
        },
    ),
    "party_a_b_rows_hereinafter_domicile": (
        "Exclusive Business Cooperation Agreement",
        {
            "Xiamen Yunhai Information Technology Co., Ltd.",
            "Party A",
            "Xiamen Yunhai Online Media Co., Ltd.",
            "Party B",
        },
    ),
    "the_seller_the_buyer_blocks": (
        "Purchase and Sale Contract",
        {"Foshan Meilin Ceramics Co., Ltd.", "Seller", "Corbel Tile Imports, Inc.", "Buyer"},
    ),
    "seller_buyer_blocks_bank_lines": (
        "Sales Contract",
        {"Ningbo Haoyun Kitchenware Co., Ltd.", "Seller", "Gransden Home Goods Ltd.", "Buyer"},
    ),
    "purchaser_vendor_blocks_registered_address": (
        "Supply Agreement",
        {
            "Tamworth Solar Holdings Pty Ltd",
            "Purchaser",
            "Jiangsu Sunlan Photovoltaic Technology Co., Ltd.",
            "Vendor",
        },
    ),
    "uk_between_numbered_quoted_terms": (
        "Vaultline Licence Agreement",
        {"HOLLOWAY DIGITAL LIMITED", "Holloway", "TARRANT MEDIA GROUP PLC", "Licensee"},
    ),
    "uk_parties_heading_unquoted_terms": (
        "Supply Agreement",
        {"Brightwell Foods Limited", "Supplier", "Alder Retail Limited", "Customer"},
    ),
    "uk_cover_then_between_numbered": (
        "Terminal Services Agreement",
        {"MERIDIAN PORT SERVICES LIMITED", "Provider", "CALLOWAY SHIPPING PLC", "Client"},
    ),
    "contract_no_between_seller_buyer_lines": (
        "Sales Contract",
        {
            "Xiamen Hongxing Stone Co., Ltd.",
            "Seller",
            "Pinecroft Landscape Supply LLC",
            "Buyer",
        },
    ),
    "agreement_no_between_names_hereinafter_lines": (
        "Purchase Agreement",
        {
            "Nordhavn Marine ApS",
            "Nordhavn",
            "Qingdao Yuantai Ship Equipment Co., Ltd.",
            "Supplier",
        },
    ),
    "contract_number_between_the_licensor_the_licensee": (
        "Trademark License Contract",
        {
            "Orchid Bay Apparel Group Limited",
            "Licensor",
            "Guangzhou Yuexiu Fashion Trading Co., Ltd.",
            "Licensee",
        },
    ),
    "letterhead_letter_agreement_accepted": (
        "Letter Agreement",
        {"Kestrel Pharmaceuticals, Inc.", "Kestrel", "Verano Clinical Research LLC", "Verano"},
    ),
    "letterhead_letter_company_term": (
        "Letter Agreement",
        {"Brandywine Capital Advisors LLC", "Brandywine", "Holt Industrial Corp.", "Company"},
    ),
    "letterhead_letter_re_line_you_we": (
        "Letter Agreement",
        {"Solace Audio Ltd.", "Penrose Electronics Distributors, Inc."},
    ),
    "title_quoted_agreement_then_between_german": (
        "Development and Supply Agreement",
        {"Kellner Medizintechnik GmbH", "Kellner", "Avalon Surgical Inc.", "Avalon"},
    ),
    "title_parenthesised_agreement_between_lines": (
        "Master Services Agreement",
        {"Alpenrose Logistik AG", "Alpenrose", "Birchfield Distribution Ltd.", "Birchfield"},
    ),
    "title_agreement_term_between_three_parties": (
        "Research and License Agreement",
        {
            "Veltra Biologics Inc.",
            "Veltra",
            "the Oren Institute of Science",
            "Oren",
            "Oren Research Ventures Ltd.",
            "ORV",
        },
    ),
    "late_preamble_after_contents": (
        "Exclusive Distribution Agreement",
        {
            "Marlowe Diagnostics, Inc.",
            "Marlowe",
            "Andina Salud Distribuciones S.A.S.",
            "Distributor",
        },
    ),
    "near_party_a_b_bank_contact_parent": (
        "Cooperation Agreement",
        {
            "Changzhou Jinshan New Materials Co., Ltd.",
            "Party A",
            "Lakeshore Composites LLC",
            "Party B",
        },
    ),
    "near_uk_recital_parent_and_bank": (
        "Balance of Plant Contract",
        {"FENWICK ENGINEERING LIMITED", "Fenwick", "STRATHMORE RENEWABLES LIMITED", "Strathmore"},
    ),
    "near_letter_cc_counsel": (
        "Letter Agreement",
        {"Greyhaven Software, Inc.", "Greyhaven", "Tidemark Health Systems, Inc.", "Tidemark"},
    ),
    # written in a second batch (before the extractor ran on them), when the first passed
    # nearly whole: labels over their names, "The Buyer/Party A:", "PARTY A (Client)" headings
    # over "Company Name:" rows, "of the one part", a letter with no terms, labels in two
    # columns, a row's own term, three parties under a title that defines itself
    "contract_no_between_labels_over_names": (
        "Product Purchase Agreement",
        {
            "Shenzhen Dalong Optoelectronics Co., Ltd.",
            "Seller",
            "Ridgecrest Lighting Corporation",
            "Buyer",
        },
    ),
    "the_buyer_slash_party_labels": (
        "Equipment Sale and Purchase Contract",
        {
            "Hebei Jinlu Steel Pipe Manufacturing Co., Ltd.",
            "Buyer",
            "Party A",
            "Vantor Industrial Machinery GmbH",
            "Seller",
            "Party B",
        },
    ),
    "party_headings_company_name_rows": (
        "Software Development Contract",
        {
            "Chengdu Tianfu Smart Parking Co., Ltd.",
            "Party A",
            "Client",
            "Kinsale Code Works Limited",
            "Party B",
            "Developer",
        },
    ),
    "uk_between_of_the_one_part": (
        "Agency Agreement",
        {"ROWAN & HEATH LIMITED", "Principal", "DUNMORE TRADING CO. LIMITED", "Agent"},
    ),
    "letter_exhibit_line_then_letterhead_no_terms": (
        "Letter Agreement",
        {"Northlight Media Group, Inc.", "Cascadia Broadcasting Company"},
    ),
    "two_column_labels_seller_buyer": (
        "Distribution Agreement",
        {"Halvard Nutrition AS", "Supplier", "Quetzal Foods S.A. de C.V.", "Distributor"},
    ),
    "seller_label_then_hereinafter_term": (
        "Contract for the Sale of Goods",
        {"Taixing Huamei Chemical Co., Ltd.", "Huamei", "Orland Coatings, Inc.", "Orland"},
    ),
    "title_agreement_quoted_between_hereinafter_lines_three": (
        "Cooperation and Distribution Agreement",
        {
            "Brenner Analytik AG",
            "Brenner",
            "Brenner Analytik Deutschland GmbH",
            "Brenner Germany",
            "Solvay Ridge Instruments, Inc.",
            "Distributor",
        },
    ),
}

#: opening -> the title still read (None: none), where it is not the expected one
KNOWN_TITLE_MISSES: dict[str, str | None] = {}

#: opening -> how its parties are still read wrong
KNOWN_PARTY_MISSES: dict[str, str] = {
    "letterhead_letter_agreement_accepted": (
        'a product code joined to the name after "for": "KP-204 for Kestrel Pharmaceuticals,'
        ' Inc." read as one name ("... study of KP-204 for Kestrel Pharmaceuticals, Inc.'
        ' ("Kestrel")")'
    ),
}

# No title miss is known, so the check that one persists has no case to run (a test with no
# case is reported as skipped): it is bound as a test once a miss is recorded above.
(
    test_every_opening_has_its_expectations,
    test_title_of_an_opening,
    _title_still_missed,
    test_parties_and_terms_of_an_opening,
    test_parties_still_missed,
) = round_checks(TEXTS, EXPECTED, KNOWN_TITLE_MISSES, KNOWN_PARTY_MISSES)
