"""Contracts written blind for CUAD's party strings (issue #12, stop 43): a party's other names.

The shapes of the held-out misses the lead counted (word-class skeletons only): a second term
joined to the first by "or" or a slash ('(the "Company" or "Corvane")', '("Licensor"/"Ostrava")',
'(hereinafter "Distributor" or "Tamsin")'); 'referred to as "Halcyon" or "Supplier"', 'known as
"Vireo" or "Manufacturer"'; a term in parentheses without quotes after "referred to as"
('referred to as (Seller)'); a form with blanks for a party's name, then its term
('_______________ ("Distributor")'); a class term and its singular ('(collectively, the
"Franchisees" and individually, a "Franchisee")'); the term of a name with a number, initials or
lower-case words in it ('Lantern 7 Studios, Inc. ("Lantern")', 'Tessaly Telecom S.A.
("Tessaly")', 'Brisa de Mar Hoteles, S. de R.L. de C.V. ("Owner")'); terms drafted without
quotes ('(hereinafter called the Distributor)', '(hereinafter Licensee)', 'Cobalt Harbor Marine
Corp. (Cobalt)', 'referred to herein as Seller'); terms given after the preamble ('"Norcastle"
means Norcastle Mining Ltd.', a recital's 'Pallas Therapeutics, Inc. ("Pallas")'). Near misses:
the same shapes for a product, a territory, a blank territory line, a role word in running
text, a third party and a party's subsidiaries.

The contracts are in ``tests/blind_aliases_h26a/`` (one file each, named for its case); each
one's title and party strings were written, as a lawyer labelling it for CUAD would, before the
extractor ran on any of them, and are compared as the CUAD scorer compares them. A second
batch of three, written when the first passed nearly whole, takes a class term a sentence after
the preamble gives parties named there ('Each of Harwick and Tomoe is hereinafter referred to as
a "Shareholder" and collectively as the "Shareholders"').

First scores (the extractor at d035cd9): first batch, titles 29/29, parties fully right 25/29,
party strings found 124/131, predicted right 124/124; second batch, titles 3/3, parties 0/3,
strings 16/22, predicted right 16/16. Most shapes of the held-out count were read already: a
second term after "or" or a slash, 'referred to as "X" or "Y"', a blank party right before its
term, a class term and its singular in a parenthesis, names with numbers, initials or lower-case
words, '(hereinafter called the Distributor)', '(hereinafter Licensee)', 'Acme Corp. (Acme)',
terms given only in a definitions article or a recital. The misses: an unquoted parenthesised
term after a cue outside the parenthesis ('hereinafter referred to as (Seller)', '(hereinafter
referred to as (CONSULTANT))'); an unquoted term after ', referred to herein as'; a blank
party whose legal-form choices stand in a parenthesis before its term; a class term given in a
sentence of its own.

Fixes: ``parties.bare_term`` reads the cue outside the parenthesis
(``tests/test_cue_before_bare_term.py``); ``defined_terms.hereinafter_bare`` reads ',
referred to herein as Seller,' (``tests/test_referred_herein_bare_term.py``);
``parties.blank_form_choices`` (``tests/test_blank_form_choices.py``);
``parties.class_referred_to_as`` (``tests/test_class_referred_to_as.py``).

Now: titles 32/32, parties fully right 32/32, strings found 153/153, predicted right 153/153.
"""

from __future__ import annotations

from tests.opening_rounds import round_checks
from tests.passages import openings_in

TEXTS = openings_in("blind_aliases_h26a")

#: name -> (title, names and terms)
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "or_company_then_short_distribution": (
        "Exclusive Distribution Agreement",
        {
            "Corvane Medical Systems, Inc.",
            "Company",
            "Corvane",
            "Pellwood Supply Ltd.",
            "Distributor",
        },
    ),
    "slash_terms_software_license": (
        "Software License Agreement",
        {
            "Ostrava Software GmbH",
            "Licensor",
            "Ostrava",
            "Brightmill Analytics LLC",
            "Licensee",
            "Brightmill",
        },
    ),
    "hereinafter_or_terms_beverage": (
        "Distributor Agreement",
        {
            "Tamsin Beverage Co.",
            "Distributor",
            "Tamsin",
            "Redfield Brewing Company",
            "Supplier",
            "Redfield",
        },
    ),
    "referred_to_as_or_supply": (
        "Supply Agreement",
        {
            "HALCYON FOODS, INC.",
            "Halcyon",
            "Supplier",
            "NORTHBAY GROCERS LLC",
            "Northbay",
            "Customer",
        },
    ),
    "known_as_or_manufacturing": (
        "Manufacturing Services Agreement",
        {
            "Vireo Pharmaceuticals Ltd.",
            "Vireo",
            "Manufacturer",
            "Calder Health Inc.",
            "Calder",
            "Client",
        },
    ),
    "referred_herein_the_or_advertising": (
        "Advertising Services Agreement",
        {
            "Quintal Media Group, Inc.",
            "Agency",
            "Quintal",
            "Ember Lane Apparel Corp.",
            "Advertiser",
            "Ember Lane",
        },
    ),
    "referred_as_parenthesis_sale": (
        "Purchase and Sale Agreement",
        {"Marlow Industrial Corp.", "Seller", "Tevis Components, Inc.", "Buyer"},
    ),
    "referred_as_parenthesis_capitals_consulting": (
        "Consulting Agreement",
        {"AUREL CONSULTING GROUP LLC", "CONSULTANT", "KESTON BIOSCIENCES, INC.", "CLIENT"},
    ),
    "referred_as_parenthesis_the_carriage": (
        "Carriage Agreement",
        {"Dunmore Logistics Ltd.", "Carrier", "Pinecrest Outdoor Goods Inc.", "Shipper"},
    ),
    "blank_distributor_form": (
        "Distributor Agreement",
        {"Harlan Tool Works, Inc.", "Company", "Distributor"},
    ),
    "blank_franchisee_form": (
        "Franchise Agreement",
        {"Copperleaf Cafe Systems, LLC", "Franchisor", "Franchisee"},
    ),
    "blank_athlete_endorsement": (
        "Endorsement Agreement",
        {"Stridewell Athletic, Inc.", "Stridewell", "Athlete"},
    ),
    "collectively_individually_franchisees": (
        "Area Development Agreement",
        {
            "Juniper Ridge Franchising, Inc.",
            "Franchisor",
            "Alder Hospitality LLC",
            "Beacon Street Eateries, Inc.",
            "Franchisees",
            "Franchisee",
        },
    ),
    "together_each_sellers": (
        "Asset Purchase Agreement",
        {
            "Westbrook Energy Partners, L.P.",
            "Westbrook Energy Services LLC",
            "Sellers",
            "Seller",
            "Halden Midstream Corp.",
            "Buyer",
        },
    ),
    "collectively_individually_licensors": (
        "License Agreement",
        {
            "Maple & Finch Designs LLC",
            "Quarry Hill Textiles, Inc.",
            "Ronan Ashby",
            "Licensors",
            "Licensor",
            "Stonegate Home Furnishings, Inc.",
            "Licensee",
        },
    ),
    "number_in_name_recording": (
        "Recording Agreement",
        {"Lantern 7 Studios, Inc.", "Lantern", "Oakhurst Records LLC", "Label"},
    ),
    "initials_sa_telecom": (
        "Interconnection Agreement",
        {"Tessaly Telecom S.A.", "Tessaly", "Gorman Wireless, Inc.", "Gorman"},
    ),
    "initials_person_name_grower": (
        "Grower Agreement",
        {"J. K. Delacroix Holdings, Inc.", "Delacroix", "Wren Valley Farms Co.", "Grower"},
    ),
    "lower_case_words_in_name_hotel": (
        "Hotel Management Agreement",
        {
            "Brisa de Mar Hoteles, S. de R.L. de C.V.",
            "Owner",
            "Larkspur Hospitality Management, Inc.",
            "Manager",
        },
    ),
    "unquoted_hereinafter_called_the": (
        "Distribution Agreement",
        {"Solvane Instruments, Inc.", "Manufacturer", "Trellis Medical Supply Co.", "Distributor"},
    ),
    "unquoted_hereinafter_bare_license": (
        "Seed License Agreement",
        {"Arcadia Seed Company", "Licensor", "Fieldstone Agritech LLC", "Licensee"},
    ),
    "unquoted_short_name_parenthesis": (
        "Joint Marketing Agreement",
        {"Cobalt Harbor Marine Corp.", "Cobalt", "Brightwater Yachts Ltd.", "Brightwater"},
    ),
    "unquoted_referred_herein_as": (
        "Paper Supply Agreement",
        {"Winslow Paper Mills, Inc.", "Seller", "Oriel Print Group LLC", "Buyer"},
    ),
    "later_means_definitions_assay": (
        "Assay Services Agreement",
        {"Norcastle Mining Ltd.", "Norcastle", "Vellum Assay Services Inc.", "Vellum"},
    ),
    "later_recital_short_name_research": (
        "Sponsored Research Agreement",
        {"Pallas Therapeutics, Inc.", "Pallas", "Corwen University", "Corwen"},
    ),
    "near_products_or_goods": (
        "Supply Agreement",
        {"Ferrand Ceramics Inc.", "Supplier", "Lockhart Home Stores LLC", "Buyer"},
    ),
    "near_role_word_running_text": (
        "Reseller Agreement",
        {"Nexa Cloud Systems, Inc.", "Nexa", "Orbis Data Partners LLC", "Orbis"},
    ),
    "near_blank_territory_line": (
        "Sales Representative Agreement",
        {"Garrow Valve Company", "Company", "Pell & Ridley Sales, Inc.", "Representative"},
    ),
    "near_third_party_unquoted_and_subsidiaries": (
        "Laboratory Services Agreement",
        {"Halvorsen Biotech, Inc.", "Client", "Meriden Testing Labs LLC", "Laboratory"},
    ),
    # written in a second batch (before the extractor ran on them): a class term a sentence
    # after the preamble gives parties named there
    "each_of_is_referred_to_as_shareholders": (
        "Joint Venture Operating Agreement",
        {
            "Harwick Optics Corp.",
            "Harwick",
            "Tomoe Glass Co., Ltd.",
            "Tomoe",
            "Shareholder",
            "Shareholders",
            "Harwick Tomoe Photomask Ltd.",
            "Company",
        },
    ),
    "each_of_sometimes_referred_members": (
        "Limited Liability Company Agreement",
        {
            "Pinnacle Grain Holdings, Inc.",
            "Pinnacle",
            "Redwater Ag Partners, L.P.",
            "Redwater",
            "Member",
            "Members",
        },
    ),
    "are_collectively_referred_sellers": (
        "Stock Purchase Agreement",
        {
            "Quarry Hill Capital LLC",
            "Quarry",
            "Lindell Family Trust",
            "Lindell",
            "Sellers",
            "Seller",
            "Solent Industries, Inc.",
            "Purchaser",
        },
    ),
}

#: opening -> the title still read (None: none), where it is not the expected one
KNOWN_TITLE_MISSES: dict[str, str | None] = {}

#: opening -> how its parties are still read wrong
KNOWN_PARTY_MISSES: dict[str, str] = {}

# No miss is known, so the checks that a known miss persists have no case to run (a test with
# no case is reported as skipped): they are bound as tests once a miss is recorded above.
(
    test_every_opening_has_its_expectations,
    test_title_of_an_opening,
    _title_still_missed,
    test_parties_and_terms_of_an_opening,
    _parties_still_missed,
) = round_checks(TEXTS, EXPECTED, KNOWN_TITLE_MISSES, KNOWN_PARTY_MISSES)
