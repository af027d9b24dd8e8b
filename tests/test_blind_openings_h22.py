"""Openings of contracts written blind for CUAD's basics (issue #12, round three, stop 39):
parties whose names carry no corporate suffix. Individuals with and without honorifics,
middle initials and generational suffixes, in capitals, with nationality, passport or
identity numbers, "an individual", "residing at", "of [town]", "whose address is", "acting in
his personal capacity", spouses together; a sole proprietor "d/b/a" a trade name; universities,
hospitals, foundations, ministries, a city, a county, a transit authority, a federal institute,
a tribe and its authority, an estate, trustees and a trust, partnerships and a law firm, a band,
an influencer and a producer known by stage names. The layouts: "between A and B", "by and
among", "BETWEEN: (1) ... (2) ...", "PARTIES:" blocks, "made by X with Y", "X ("Licensor")
hereby grants to Y", parties on lines of their own, in capitals, terms after referral words or
none at all. Near misses: representatives ("represented by its Chief Executive Officer Mr.
..."), a witness, an executrix acting for an estate, a principal investigator named in the
recitals.

The openings are in ``tests/blind_openings_h22/`` (one file each, named for its case); each
opening's title and party strings (names and the terms the contract defines for them) were
written, as a lawyer labelling it for CUAD would, before the extractor ran on any of them, and
are compared as the CUAD scorer compares them (case, punctuation and spacing aside; "Party"
not counted).

First scores (the extractor at 614293b): titles 45/47, parties fully right 28/47, party
strings found 176/213, predicted right 176/183. After the fixes of this stop (their shapes
tested in ``tests/test_suffixless_party_details.py``): titles 45/47, parties 40/47, strings
198/213 and 198/201. Still wrong, and asserted to stay so until fixed: see
``KNOWN_TITLE_MISSES`` and ``KNOWN_PARTY_MISSES``. At stop 40 the heading under "THIS
AGREEMENT is dated 4 May 2018" became the title (``tests/test_dated_line_over_heading.py``):
titles 46/47. At stop 43 the joint and single terms a sentence of their own after the
preamble gives the parties it lists ("... are sometimes referred to individually as a
"Venturer" and collectively ...") are read (``tests/test_class_referred_to_as.py``): the
joint venture's parties are right.
"""

from __future__ import annotations

from tests.opening_rounds import round_checks
from tests.passages import openings_in

TEXTS = openings_in("blind_openings_h22")

#: name -> (title, names and terms)
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "consulting_dr_individual_residing_at": (
        "Consulting Agreement",
        {"Halcyon Robotics, Inc.", "Company", "Dr. Priya Raman", "Consultant"},
    ),
    "employment_between_and_caps_lines": (
        "Executive Employment Agreement",
        {"NORTHGATE MARINE TECHNOLOGIES LTD.", "Employer", "GUSTAVO ELIAS MORENO", "Executive"},
    ),
    "endorsement_athlete_an_individual": (
        "Endorsement Agreement",
        {"PEAKLINE SPORTS, INC.", "Peakline", "Marcus T. Whitfield", "Athlete"},
    ),
    "contractor_sole_proprietor_dba": (
        "Independent Contractor Agreement",
        {"Corvane Logistics LLC", "Company", "Luis Ferreira", "Ferreira Hauling", "Contractor"},
    ),
    "university_trustees_acting_on_behalf": (
        "Exclusive Patent License Agreement",
        {"Trustees of Harrowgate University", "Harrowgate", "Calyx Therapeutics, Inc.", "Licensee"},
    ),
    "hospital_and_unincorporated_partners": (
        "Professional Services Agreement",
        {"St. Aldric Regional Medical Center", "Hospital", "MedSpan Imaging Partners", "Group"},
    ),
    "foundation_whose_address_is": (
        "Sponsored Research Agreement",
        {
            "Ellery Foundation for Neurological Research",
            "Foundation",
            "Vireo Neurosciences, Inc.",
            "Sponsor",
        },
    ),
    "ministry_acting_through_directorate": (
        "Cooperation Agreement",
        {
            "Ministry of Energy and Mineral Resources of the Republic of Kestania",
            "Ministry",
            "Solvane Power Corp.",
            "Investor",
        },
    ),
    "city_ground_lease_two_terms": (
        "Ground Lease",
        {"CITY OF BROOKHAVEN FALLS", "City", "Landlord", "Riverton Solar Holdings LLC", "Tenant"},
    ),
    "trustee_of_family_trust_seller": (
        "Stock Purchase Agreement",
        {
            "Orrin Capital Group, Inc.",
            "Purchaser",
            "Margaret L. Doyle",
            "Doyle Family Trust",
            "Seller",
        },
    ),
    "law_firm_ampersand_partnership": (
        "Legal Services Retainer Agreement",
        {"Harlow & Finch", "Firm", "Bramblewood Pharmaceuticals, Inc.", "Client"},
    ),
    "recording_band_collectively_artist": (
        "Recording Agreement",
        {
            "Blue Hour Records, Inc.",
            "Company",
            "The Lantern Choir",
            "Ava Lindqvist",
            "Jonah Pell",
            "Ruth Okonkwo",
            "Artist",
        },
    ),
    "spouses_husband_and_wife_sellers": (
        "Real Estate Purchase and Sale Agreement",
        {"ROBERT A. HENSLEY", "LINDA M. HENSLEY", "Sellers", "TAMARACK DEVELOPMENT CORP.", "Buyer"},
    ),
    "uk_parties_numbered_individual_of_address": (
        "Presenter Agreement",
        {"OAKHURST MEDIA LIMITED", "Oakhurst", "CLARA BEAUMONT", "Presenter"},
    ),
    "vie_party_lines_caps_individual_id": (
        "Equity Pledge Agreement",
        {
            "Beijing Haoyun Technology Co., Ltd.",
            "Party A",
            "Pledgee",
            "LIU WEI",
            "Party B",
            "Pledgor",
            "Beijing Haoyun Online Media Co., Ltd.",
            "Party C",
        },
    ),
    "loan_mr_passport_holder": (
        "Loan Agreement",
        {"ARDENT MINING PLC", "Company", "Mr. Stefan Novak", "Lender"},
    ),
    "licensor_hereby_grants_studio": (
        "Character License Agreement",
        {"Harrow Lane Studios", "Licensor", "Pixelforge Games, Inc.", "Licensee"},
    ),
    "made_by_author_with_publisher": (
        "Publishing Agreement",
        {"Tamsin Okoro", "Author", "Greyfriars Press Inc.", "Publisher"},
    ),
    "parties_block_partnership_grower": (
        "Grower Purchase Agreement",
        {"Meridian Brothers Orchards", "Grower", "Sunhaven Juice Company", "Buyer"},
    ),
    "near_miss_represented_by_ceo": (
        "Supply Agreement",
        {"Verkamo Oy", "Supplier", "Ruby Falls Coffee Roasters", "Buyer"},
    ),
    "near_miss_witness_executive_agreement": (
        "Retention Agreement",
        {"Lodestar Bancorp", "Company", "Henry J. Castellanos", "Executive"},
    ),
    "separation_general_release_employee": (
        "Separation Agreement and General Release",
        {"Kelvar Systems Corporation", "Kelvar", "Company", "Denise Farrow", "Employee"},
    ),
    "advisor_lines_with_addresses_prof": (
        "Advisor Agreement",
        {"Polaris Genomics, Inc.", "Company", "Prof. Hendrik van der Berg", "Advisor"},
    ),
    "indian_proprietorship_hereinafter_unquoted": (
        "Export Supply Agreement",
        {"Kaveri Spices Export House", "Supplier", "Westbrook Fine Foods Inc.", "Buyer"},
    ),
    "transit_authority_public_body": (
        "Fare Collection System Agreement",
        {
            "Lakeshore Regional Transit Authority",
            "Authority",
            "Tollgate Payment Systems, Inc.",
            "Contractor",
        },
    ),
    "county_political_subdivision_mou": (
        "Memorandum of Agreement",
        {"County of San Lorenzo", "County", "BrightPath Behavioral Health", "Provider"},
    ),
    "estate_acting_by_executrix_assignment": (
        "Copyright Assignment Agreement",
        {"Estate of Harold P. Whitcomb", "Assignor", "Fernhill Media Inc.", "Assignee"},
    ),
    "founders_two_individuals_short_surnames": (
        "Founders' Agreement",
        {
            "Tessera Labs, Inc.",
            "Company",
            "Kiran Mehta",
            "Mehta",
            "Olivia Brandt",
            "Brandt",
            "Founders",
        },
    ),
    "brazilian_foundation_cnpj": (
        "Research Collaboration Agreement",
        {
            "FUNDAÇÃO SERRA AZUL DE PESQUISA AGRÍCOLA",
            "FOUNDATION",
            "VERDANT CROP SCIENCES, INC.",
            "VERDANT",
        },
    ),
    "influencer_professionally_known_as": (
        "Influencer Services Agreement",
        {"Aurelia Cosmetics, Inc.", "Aurelia", "Nia Castillo", "Nia Glow", "Influencer"},
    ),
    "individual_jr_suffix_first": (
        "Consulting and Non-Competition Agreement",
        {"THOMAS J. O'BRIEN, JR.", "O'Brien", "CASCADE VALLEY BANCSHARES, INC.", "Corporation"},
    ),
    "stockholders_by_and_among_individuals_and_trust": (
        "Stockholders Agreement",
        {
            "Quillon Health, Inc.",
            "Company",
            "Arjun Patel",
            "Beatriz Souza",
            "Nakamura 2012 Irrevocable Trust",
            "Stockholder",
            "Stockholders",
        },
    ),
    "german_dr_born_residing_in": (
        "Share Transfer Agreement",
        {"Dr. Klaus Wendt", "Seller", "Alpenwerk Holdings Inc.", "Purchaser"},
    ),
    "japanese_caps_surname_first_guarantor": (
        "Personal Guaranty",
        {"YAMAMOTO KENJI", "Guarantor", "Pacific Crest Leasing Corp.", "Lessor"},
    ),
    "vendor_of_town_british_sale": (
        "Agreement for the Sale of the Business of the Old Forge Bakery",
        {"ALAN WHITFORD", "Vendor", "HEARTHSTONE FOODS LIMITED", "Purchaser"},
    ),
    "partnership_joint_venture_brightwater": (
        "Joint Venture Agreement",
        {
            "Brightwater Partners",
            "Brightwater",
            "Osprey Ventures",
            "Osprey",
            "Venturer",
            "Venturers",
        },
    ),
    "national_laboratory_institute_crada": (
        "Cooperative Research and Development Agreement",
        {
            "National Institute for Coastal Resilience",
            "NICR",
            "Tidewatch Analytics, Inc.",
            "Collaborator",
        },
    ),
    "license_between_individual_inventor_and_company_hereinafter": (
        "Patent License Agreement",
        {"Walter R. Pemberton", "Inventor", "Licensor", "EverSeal Closures, Inc.", "Licensee"},
    ),
    "settlement_individual_plaintiff_and_company": (
        "Settlement Agreement",
        {"Rebecca Lindahl", "Lindahl", "Ironbridge Software Corporation", "Ironbridge"},
    ),
    "caps_individual_no_term_lines": (
        "Asset Purchase Agreement",
        {"DARIUS K. FARAHANI", "SILVERLINE GAMING CORP."},
    ),
    "research_hospital_board_of_trustees": (
        "Clinical Trial Agreement",
        {
            "Nexora Biopharma, Inc.",
            "Sponsor",
            "Board of Trustees of Kingsbridge Children's Hospital",
            "Institution",
            "Dr. Samuel Adeyemi",
            "Principal Investigator",
        },
    ),
    "spanish_don_dni_of_legal_age": (
        "Agency Agreement",
        {"Mr. José Martín Ruiz", "Agent", "Tellurian Audio Systems, Inc.", "Principal"},
    ),
    "regents_on_behalf_of_campus": (
        "License Agreement",
        {
            "Regents of the University of Westmarch",
            "University",
            "Lumenis Optics Corp.",
            "Licensee",
        },
    ),
    "nationality_mr_distributor_hereinafter_called": (
        "Exclusive Distribution Agreement",
        {
            "CLEARSPRING WATER TECHNOLOGIES, INC.",
            "Manufacturer",
            "MR. OMAR AL-RASHID",
            "Al-Rashid Water Solutions",
            "Distributor",
        },
    ),
    "tribal_authority_management": (
        "Management Agreement",
        {
            "Red Cedar Band of Ojibwe Indians",
            "Tribe",
            "Red Cedar Gaming Authority",
            "Authority",
            "Lakefront Gaming Management, Inc.",
            "Manager",
        },
    ),
    "no_terms_between_individual_and_church": (
        "Construction Management Agreement",
        {
            "First Presbyterian Church of Maple Grove",
            "Gregory Van Houten",
            "Van Houten Building Services",
        },
    ),
    "musician_producer_letter_individual_caps_name_then_fso": (
        "Producer Agreement",
        {
            "Northbound Music Group, Inc.",
            "Company",
            'DEVONTE "DJ VOLT" HARRIS',
            "DJ Volt",
            "Producer",
        },
    ),
}


#: Openings whose title is still wrong, and why (asserted to stay wrong: a fix shows here).
KNOWN_TITLE_MISSES: dict[str, str | None] = {
    # "... and General Release" after a title: the rule that read such endings was withdrawn
    # at stop 29 (it lost a held-out title), as for h20's "Settlement Agreement"
    "separation_general_release_employee": "Separation Agreement",
}
#: Openings whose parties are still wrong, and why (asserted to stay wrong).
KNOWN_PARTY_MISSES: dict[str, str] = {
    # "Prof. Hendrik van der Berg" / "Leiden, the Netherlands": the lower-case particles "van
    # der" cut the name and the line break runs "Berg" into "Leiden"
    "advisor_lines_with_addresses_prof": "particles and a town on the next line",
    # the company whose share is sold, defined in the recitals ("(the "Company")"), is read as
    # a party
    "german_dr_born_residing_in": "target company in the recitals",
    # a nickname in quotes inside a name in capitals ('DEVONTE "DJ VOLT" HARRIS')
    "musician_producer_letter_individual_caps_name_then_fso": "quoted nickname inside a name",
    # no term and a descriptor not read ("a Minnesota religious corporation, as owner")
    "no_terms_between_individual_and_church": "adjective before corporation, no term",
    # "the musical group professionally known as The Lantern Choir, consisting of A, B and C
    # (individually and collectively, "Artist")": a group and its members under one term
    "recording_band_collectively_artist": "a band and its members",
    # "Party A (Pledgee): ..." rows: the role in brackets before the colon is not read (left
    # out at stop 36 as the tuned labels go, see test_blind_openings_h18_third)
    "vie_party_lines_caps_individual_id": "Party A (Role): rows",
}


(
    test_every_opening_has_its_expectations,
    test_title_of_an_opening,
    test_title_still_missed,
    test_parties_and_terms_of_an_opening,
    test_parties_still_missed,
) = round_checks(TEXTS, EXPECTED, KNOWN_TITLE_MISSES, KNOWN_PARTY_MISSES)
