"""A third batch of openings written blind for CUAD's basics (stop 37), after the fixes of
``test_blind_openings_h18`` and ``test_blind_openings_h18_more``: role labels with the role
in a parenthesis, a party acting for its affiliates or with its subsidiaries, "enters into
this Agreement with", honorifics, ampersands, parties only in the signature blocks, "by and
between:" over blocks of their own, cover fields ("Customer Name:"), Japanese and Baltic
companies, a parent party for one section, "hereinafter jointly referred to as", and terms
given after "hereinafter" with neither parenthesis nor quotes.

First scores: titles 14/14, parties 12/14 fully right. Fixed since: a person's term given
after "hereinafter referred to as the" with neither parenthesis nor quotes ("and Peter J.
Walsh, hereinafter referred to as the Representative."). Left out, as CUAD's labels do not
bear it out: "Party A (Transferor): ..." rows, whose names are read but not their labels as
terms (a work-half contract's labels leave "Party A" and "Party B" out).
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, assert_own_title

#: name -> (opening, title, names and terms)
OPENINGS: dict[str, tuple[str, str, set[str]]] = {
    "with_its_affiliates_collectively": (
        "MASTER PURCHASE AGREEMENT\n\nThis Master Purchase Agreement is entered into as of "
        "August 20, 2013 between Evergreen Grocers, Inc., a Washington corporation, on behalf of "
        'itself and its Affiliates (collectively, "Evergreen"), and Cold Stream Dairy '
        'Cooperative, a Wisconsin cooperative ("Supplier").' + OPENING_BODY,
        "Master Purchase Agreement",
        {"Evergreen Grocers, Inc.", "Evergreen", "Cold Stream Dairy Cooperative", "Supplier"},
    ),
    "together_with_subsidiaries_the_company": (
        "SERVICES AGREEMENT\n\nThis Services Agreement is dated as of October 1, 2009 between "
        "Hawthorne Retail Group, Inc., a Delaware corporation (together with its subsidiaries, "
        'the "Company"), and Pemberton Advisors LLC, a New York limited liability company '
        '("Advisor").' + OPENING_BODY,
        "Services Agreement",
        {"Hawthorne Retail Group, Inc.", "Company", "Pemberton Advisors LLC", "Advisor"},
    ),
    "enters_into_with": (
        "COOPERATION AGREEMENT\n\nEffective May 1, 2016, Solara Panels Corp., a Nevada "
        'corporation ("Solara"), enters into this Cooperation Agreement with Greenfield '
        'Installers, LLC, a Texas limited liability company ("Greenfield").' + OPENING_BODY,
        "Cooperation Agreement",
        {"Solara Panels Corp.", "Solara", "Greenfield Installers, LLC", "Greenfield"},
    ),
    "mr_and_dr_prefixes": (
        "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made as of July 15, 2014 between "
        'NeuroPath Sciences, Inc. ("NeuroPath") and Dr. Elena Vasquez ("Consultant").'
        + OPENING_BODY,
        "Consulting Agreement",
        {"NeuroPath Sciences, Inc.", "NeuroPath", "Dr. Elena Vasquez", "Consultant"},
    ),
    "ampersand_name": (
        "DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made as of May 9, 2003 by "
        'and between Fisher & Lowe Instruments, Inc., an Illinois corporation ("F&L"), and '
        'Barker & Sons Supply Co., a Missouri corporation ("Distributor").' + OPENING_BODY,
        "Distribution Agreement",
        {"Fisher & Lowe Instruments, Inc.", "F&L", "Barker & Sons Supply Co.", "Distributor"},
    ),
    "parties_whose_signatures_appear": (
        "CONFIDENTIALITY AGREEMENT\n\nThis Confidentiality Agreement is entered into as of "
        "February 2, 2021 by and between the parties whose signatures appear below."
        + OPENING_BODY
        + "\n\nIN WITNESS WHEREOF, the parties have signed this Agreement.\n\nHELIOS GRID "
        "SYSTEMS, INC.\n\nBy: /s/ Laura Kim\nName: Laura Kim\nTitle: President\n\nMARLIN "
        "POWER PARTNERS, L.P.\n\nBy: Marlin GP, LLC, its general partner\n\nBy: /s/ Ted Ruiz\n"
        "Name: Ted Ruiz\nTitle: Manager\n",
        "Confidentiality Agreement",
        {"HELIOS GRID SYSTEMS, INC.", "MARLIN POWER PARTNERS, L.P."},
    ),
    "agreement_made_by_and_between_colon": (
        "OEM AGREEMENT\n\nThis OEM Agreement is made and entered into on September 1, 2000 by "
        "and between:\n\nVertex Imaging Corp., a California corporation, with its principal "
        'office at 500 Oak Avenue, San Jose, California 95110 ("Vertex"),\n\nand\n\nOptima '
        "Scanners Ltd., an Israeli company, with its principal office at 3 Hamada Street, "
        'Rehovot, Israel ("OEM").' + OPENING_BODY,
        "OEM Agreement",
        {"Vertex Imaging Corp.", "Vertex", "Optima Scanners Ltd.", "OEM"},
    ),
    "company_name_label_cover": (
        "MASTER SUBSCRIPTION AGREEMENT\n\nCustomer Name: Beacon Hill Dental Group, P.C.\n"
        "Customer Address: 45 Charles Street, Boston, MA 02114\n\nProvider: Cloudtooth "
        "Software, Inc.\n\nThis Master Subscription Agreement is entered into as of the "
        "Effective Date by Provider and Customer." + OPENING_BODY,
        "Master Subscription Agreement",
        {"Beacon Hill Dental Group, P.C.", "Customer", "Cloudtooth Software, Inc.", "Provider"},
    ),
    "first_party_person_with_address_hereinafter": (
        "ARTIST AGREEMENT\n\nThis Agreement is made this 4th day of April, 1995 between Leon "
        "Marchetti, residing at 12 Via Appia, Los Angeles, California 90049 (hereinafter "
        '"Artist"), and Blue Harbor Records, Inc., a California corporation (hereinafter '
        '"Company").' + OPENING_BODY,
        "Artist Agreement",
        {"Leon Marchetti", "Artist", "Blue Harbor Records, Inc.", "Company"},
    ),
    "kabushiki_kaisha": (
        "LICENSE AGREEMENT\n\nThis License Agreement is entered into as of March 1, 2001 by "
        'and between Kabushiki Kaisha Tanaka Seisakusho, a Japanese corporation ("Tanaka"),'
        ' and Northline Tools, Inc., a Delaware corporation ("Licensee").' + OPENING_BODY,
        "License Agreement",
        {"Kabushiki Kaisha Tanaka Seisakusho", "Tanaka", "Northline Tools, Inc.", "Licensee"},
    ),
    "inc_with_term_then_and_its_parent_guarantor": (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of January 4, 2018 among Rivet "
        'Works LLC ("Supplier"), Kinsley Motors, Inc. ("Buyer"), and, solely for purposes of '
        'Section 9, Kinsley Holdings Corp. ("Parent").' + OPENING_BODY,
        "Supply Agreement",
        {
            "Rivet Works LLC",
            "Supplier",
            "Kinsley Motors, Inc.",
            "Buyer",
            "Kinsley Holdings Corp.",
            "Parent",
        },
    ),
    "hereinafter_jointly_parties": (
        "TECHNOLOGY LICENSE AGREEMENT\n\nThis Technology License Agreement is concluded on 2 "
        "June 2010 between Baltica Software OU, a company registered in Estonia (hereinafter "
        '"Licensor"), and Nordvik Data AS, a company registered in Norway (hereinafter '
        '"Licensee"), hereinafter jointly referred to as the "Parties".' + OPENING_BODY,
        "Technology License Agreement",
        {"Baltica Software OU", "Licensor", "Nordvik Data AS", "Licensee"},
    ),
    "fsa_individual_and_company_hereinafter_unquoted": (
        "SALES REPRESENTATIVE AGREEMENT\n\nThis Agreement is made on June 6, 1997 by and "
        "between Harmon Audio Corporation, hereinafter referred to as the Company, and Peter "
        "J. Walsh, hereinafter referred to as the Representative." + OPENING_BODY,
        "Sales Representative Agreement",
        {"Harmon Audio Corporation", "Company", "Peter J. Walsh", "Representative"},
    ),
}


#: name -> (passage, names and terms): a term after "hereinafter" in no quotes, and what it
#: must leave alone
UNQUOTED: dict[str, tuple[str, set[str]]] = {
    "person_first_then_company": (
        "AGREEMENT\n\nThis Agreement is made on June 6, 1997 by and between Nina Okafor, "
        "hereinafter called Consultant, and Harmon Audio Corporation, hereinafter called the "
        "Company." + OPENING_BODY,
        {"Nina Okafor", "Consultant", "Harmon Audio Corporation", "Company"},
    ),
    "near_miss_parties_hereto": (
        "AGREEMENT\n\nThis Agreement is made on June 6, 1997 by and between Harmon Audio "
        'Corporation ("Harmon") and Peter J. Walsh, hereinafter referred to as the parties '
        "hereto." + OPENING_BODY,
        {"Harmon Audio Corporation", "Harmon"},
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


@pytest.mark.parametrize("case", sorted(UNQUOTED))
def test_unquoted_hereinafter_terms(case: str) -> None:
    text, expected = UNQUOTED[case]
    assert_own_parties(text, expected)
