"""Party names and their defined terms in the openings of commercial contracts (issue #12).

Passages written (not copied) in many drafting shapes of licence, supply, distribution,
services, agency, franchise, endorsement, hosting, joint-venture and outsourcing contracts:
registration numbers and addresses between a name and its term, foreign entity forms,
individuals, terms before names, numbered and tabular lists, "BETWEEN: ... AND:" layouts,
parties named only in the recitals, trade and former names, three or more parties, terms in
smart quotes or without quotes, and names broken over lines by a PDF conversion. The expected
names and terms were written before the extractor ran on any passage; they are compared the
way the CUAD evaluation compares them (:func:`tests.evaluation.cuad.norm`, generic terms such
as "Party" left out).
"""

from __future__ import annotations

import pytest

from tests.passages import assert_own_parties

OPENINGS: dict[str, tuple[str, set[str]]] = {
    "registration_number_and_office_between_name_and_term": (
        """DISTRIBUTION AGREEMENT

This Distribution Agreement (the "Agreement") is made on 3 March 2015 between

Kellner Maschinenbau GmbH, a company registered in Germany under number HRB 55821, having \
its registered office at Industriestrasse 14, 70565 Stuttgart, Germany ("Supplier"), and

Pacific Rim Tooling Inc., a Delaware corporation with offices at 400 Harbor Way, Oakland, \
California 94607 ("Distributor").

1. APPOINTMENT
""",
        {"Kellner Maschinenbau GmbH", "Supplier", "Pacific Rim Tooling Inc.", "Distributor"},
    ),
    "spa_and_bv_with_hereinafter": (
        """LICENSE AGREEMENT

THIS LICENSE AGREEMENT is entered into as of June 1, 2012 by and between Fratelli Rossana \
S.p.A., an Italian joint stock company with registered offices in Via Roma 22, Milan, Italy, \
VAT No. 01234567890 (hereinafter "Licensor"), and Noordzee Holdings B.V., a private limited \
liability company organized under the laws of the Netherlands (hereinafter "Licensee").

1. GRANT OF LICENSE
""",
        {"Fratelli Rossana S.p.A.", "Licensor", "Noordzee Holdings B.V.", "Licensee"},
    ),
    "ag_and_pty_ltd_each_a_party": (
        """SUPPLY AGREEMENT

This Supply Agreement is made as of 12 April 2018 by and between Alpenwerk AG, a stock \
corporation organized under the laws of Switzerland ("Alpenwerk"), and Southern Cross \
Medical Pty Ltd (ACN 123 456 789), a company incorporated in Victoria, Australia ("SCM"). \
Alpenwerk and SCM are each referred to herein as a "Party" and together as the "Parties".

1. SUPPLY
""",
        {"Alpenwerk AG", "Alpenwerk", "Southern Cross Medical Pty Ltd", "SCM"},
    ),
    "kk_and_co_ltd_three_parties": (
        """JOINT DEVELOPMENT AGREEMENT

This Joint Development Agreement (this "Agreement") is entered into as of September 30, 2009 \
(the "Effective Date") by and among Hoshino Denki K.K., a Japanese corporation ("Hoshino"), \
Shenzhen Bright Star Electronics Co., Ltd., a company organized under the laws of the \
People's Republic of China ("Bright Star"), and Lumenis Optics, Inc., a California \
corporation ("Lumenis").

1. DEVELOPMENT PROGRAM
""",
        {
            "Hoshino Denki K.K.",
            "Hoshino",
            "Shenzhen Bright Star Electronics Co., Ltd.",
            "Bright Star",
            "Lumenis Optics, Inc.",
            "Lumenis",
        },
    ),
    "between_numbered_plc_and_llp": (
        """SERVICES AGREEMENT

THIS AGREEMENT is dated 14 February 2016

BETWEEN:

(1) HARTWELL DATA SERVICES PLC, a company incorporated in England and Wales with company \
number 04512345 whose registered office is at 10 Fleet Street, London EC4Y 1AA (the \
"Service Provider"); and

(2) BRAMLEY & COOKE LLP, a limited liability partnership registered in England and Wales \
with registered number OC301234 whose registered office is at 5 King Street, Manchester \
M2 4LQ (the "Customer").

IT IS AGREED as follows:
""",
        {"HARTWELL DATA SERVICES PLC", "Service Provider", "BRAMLEY & COOKE LLP", "Customer"},
    ),
    "sarl_and_sdn_bhd_with_register_numbers": (
        """OUTSOURCING AGREEMENT

This Outsourcing Agreement is made on 1 July 2019 by and between Veridian Holdings S.à r.l., \
a private limited liability company (société à responsabilité limitée) incorporated under \
the laws of the Grand Duchy of Luxembourg, having its registered office at 2 rue Eugène \
Ruppert, L-2453 Luxembourg, registered with the Luxembourg Trade and Companies Register \
under number B 187654 (the "Client"), and Teknologi Maju Sdn Bhd (Company No. 998877-K), a \
company incorporated in Malaysia (the "Contractor").

1. SERVICES
""",
        {"Veridian Holdings S.à r.l.", "Client", "Teknologi Maju Sdn Bhd", "Contractor"},
    ),
    "individual_residing_at": (
        """CONSULTING AGREEMENT

This Consulting Agreement (the "Agreement") is made and entered into as of January 15, \
2014, by and between Orbital Genomics, Inc., a Delaware corporation (the "Company"), and \
John Q. Smithers, an individual residing at 22 Elm Street, Newton, Massachusetts 02458 \
("Consultant").

1. SERVICES
""",
        {"Orbital Genomics, Inc.", "Company", "John Q. Smithers", "Consultant"},
    ),
    "endorsement_individual_and_loan_out_company": (
        """ENDORSEMENT AGREEMENT

This Endorsement Agreement is entered into effective as of March 1, 2017 by and among Peak \
Form Nutrition, LLC, a Nevada limited liability company ("Company"), Marisol Vega, an \
individual ("Athlete"), and MV Sports Management, Inc., a Florida corporation ("Lender").

1. ENDORSEMENT
""",
        {
            "Peak Form Nutrition, LLC",
            "Company",
            "Marisol Vega",
            "Athlete",
            "MV Sports Management, Inc.",
            "Lender",
        },
    ),
    "term_before_name_in_a_parties_list": (
        """MASTER SERVICES AGREEMENT

Date: 5 May 2020

Parties:

the Customer: NORTHGATE RETAIL GROUP, INC., a Minnesota corporation, 800 Nicollet Mall, \
Minneapolis, MN 55402

the Provider: CLOUDSPIRE SOLUTIONS LLC, a Delaware limited liability company, 1 Market \
Street, San Francisco, CA 94105

1. SERVICES
""",
        {"NORTHGATE RETAIL GROUP, INC.", "Customer", "CLOUDSPIRE SOLUTIONS LLC", "Provider"},
    ),
    "tabular_role_labels_with_addresses": (
        """TRADEMARK LICENSE AGREEMENT

Licensor:     Blue Heron Brands, Inc.
              1200 Lakeshore Drive
              Chicago, Illinois 60611

Licensee:     Coastal Apparel Co.
              55 Ocean Avenue
              Santa Monica, California 90401

Effective Date: August 1, 2011

This Trademark License Agreement is entered into by Licensor and Licensee as of the \
Effective Date.

1. LICENSE
""",
        {"Blue Heron Brands, Inc.", "Licensor", "Coastal Apparel Co.", "Licensee"},
    ),
    "hereinafter_called_without_quotes": (
        """EXCLUSIVE DISTRIBUTORSHIP AGREEMENT

This Agreement is made this 10th day of October, 2005, between Tanaka Precision Instruments \
Co., Ltd., a corporation organized and existing under the laws of Japan, with its principal \
office at 3-1 Marunouchi, Chiyoda-ku, Tokyo, Japan (hereinafter called the Manufacturer), and \
Great Lakes Scientific Supply, Inc., an Ohio corporation, with its principal office at 900 \
Euclid Avenue, Cleveland, Ohio (hereinafter called the Distributor).

1. APPOINTMENT
""",
        {
            "Tanaka Precision Instruments Co., Ltd.",
            "Manufacturer",
            "Great Lakes Scientific Supply, Inc.",
            "Distributor",
        },
    ),
    "smart_quotes": (
        """HOSTING SERVICES AGREEMENT

This Hosting Services Agreement (this \u201cAgreement\u201d) is entered into as of November \
3, 2013 (the \u201cEffective Date\u201d) by and between Skyline Data Centers, L.P., a Texas \
limited partnership (\u201cSkyline\u201d), and Redwood Analytics Corp., a Delaware \
corporation (\u201cCustomer\u201d).

1. HOSTING SERVICES
""",
        {"Skyline Data Centers, L.P.", "Skyline", "Redwood Analytics Corp.", "Customer"},
    ),
    "individual_doing_business_as": (
        """FRANCHISE AGREEMENT

THIS FRANCHISE AGREEMENT is made and entered into on April 2, 2008, by and between SUNNY SIDE \
CAFES FRANCHISING, INC., a Colorado corporation ("Franchisor"), and Dale R. Whitman d/b/a \
Sunny Side Cafe of Boulder ("Franchisee").

1. GRANT OF FRANCHISE
""",
        {
            "SUNNY SIDE CAFES FRANCHISING, INC.",
            "Franchisor",
            "Dale R. Whitman",
            "Sunny Side Cafe of Boulder",
            "Franchisee",
        },
    ),
    "formerly_known_as": (
        """AMENDED AND RESTATED SUPPLY AGREEMENT

This Amended and Restated Supply Agreement is entered into as of May 15, 2016 by and between \
Meridian Biologics, Inc. (formerly known as Meridian Labs, Inc.), a Delaware corporation \
("Meridian"), and Castellan Pharma N.V., a public limited liability company incorporated \
under the laws of Belgium ("Castellan").

1. SUPPLY
""",
        {
            "Meridian Biologics, Inc.",
            "Meridian Labs, Inc.",
            "Meridian",
            "Castellan Pharma N.V.",
            "Castellan",
        },
    ),
    "on_behalf_of_itself_and_its_affiliates": (
        """SOFTWARE LICENSE AGREEMENT

This Software License Agreement is made as of February 20, 2019 between Quantix Software \
Ltd., a company incorporated in Israel, on behalf of itself and its Affiliates ("Quantix"), \
and Hollister Mutual Insurance Company, an Iowa mutual insurance company, on behalf of itself \
and its Affiliates ("Licensee").

1. LICENSE GRANT
""",
        {
            "Quantix Software Ltd.",
            "Quantix",
            "Hollister Mutual Insurance Company",
            "Licensee",
        },
    ),
    "parties_named_only_in_the_recitals": (
        """AGENCY AGREEMENT

WHEREAS, Larkspur Travel Group, Inc., a Georgia corporation ("Principal"), operates a \
network of travel booking services; and

WHEREAS, Seaview Tours S.A., a sociedad anonima organized under the laws of Costa Rica \
("Agent"), wishes to act as Principal's sales agent in Central America;

NOW, THEREFORE, the parties agree as follows:

1. Appointment. Principal appoints Agent as its non-exclusive agent in the Territory.
""",
        {"Larkspur Travel Group, Inc.", "Principal", "Seaview Tours S.A.", "Agent"},
    ),
    "name_and_suffix_split_over_lines": (
        """CO-BRANDING AGREEMENT

This Co-Branding Agreement (the "Agreement") is entered into as of July 7, 2010 by and
between Halvorsen Financial Services, Inc., a Minnesota corporation
("Halvorsen"), and Brightpath Rewards,
LLC, a Delaware limited liability company ("Brightpath").

1. PROGRAM
""",
        {
            "Halvorsen Financial Services, Inc.",
            "Halvorsen",
            "Brightpath Rewards, LLC",
            "Brightpath",
        },
    ),
    "capitals_name_split_over_lines": (
        """MARKETING AGREEMENT

THIS MARKETING AGREEMENT is made as of the 1st day of December, 2003, by and between
NATIONAL ASSOCIATION OF INDEPENDENT
PHARMACISTS, INC., a Virginia non-stock corporation (the "Association"), and
RXCARE SERVICES CORPORATION, a Delaware corporation (the "Sponsor").

1. MARKETING PROGRAM
""",
        {
            "NATIONAL ASSOCIATION OF INDEPENDENT PHARMACISTS, INC.",
            "Association",
            "RXCARE SERVICES CORPORATION",
            "Sponsor",
        },
    ),
    "three_members_with_a_joint_term": (
        """JOINT VENTURE AGREEMENT

This Joint Venture Agreement is made and entered into as of October 1, 2021 by and among \
Granite Peak Energy, LLC, a Wyoming limited liability company ("Granite"), Solara \
Renewables S.A., a French societe anonyme ("Solara"), and Windward Capital Partners, L.P., a \
Delaware limited partnership ("Windward" and, together with Granite and Solara, the \
"Members").

1. FORMATION
""",
        {
            "Granite Peak Energy, LLC",
            "Granite",
            "Solara Renewables S.A.",
            "Solara",
            "Windward Capital Partners, L.P.",
            "Windward",
            "Members",
        },
    ),
    "between_and_colon_layout": (
        """AGREEMENT FOR THE SUPPLY OF COMPONENTS

BETWEEN:

NORDSTRAND ELEKTRONIK A/S, a company incorporated under the laws of Denmark, CVR no. \
12345678, whose registered office is at Havnegade 4, 1058 Copenhagen K, Denmark

(hereinafter referred to as "Nordstrand")

AND:

MAPLE RIDGE DEVICES LTD., a corporation incorporated under the laws of the Province of \
Ontario, having its head office at 200 Bay Street, Toronto, Ontario

(hereinafter referred to as "Maple Ridge")

WHEREAS Nordstrand manufactures printed circuit assemblies;
""",
        {"NORDSTRAND ELEKTRONIK A/S", "Nordstrand", "MAPLE RIDGE DEVICES LTD.", "Maple Ridge"},
    ),
    "which_expression_shall_include_of_the_one_part": (
        """TECHNOLOGY LICENCE AGREEMENT

This Agreement is made at Mumbai on this 12th day of January 2017 by and between Sahyadri \
Biotech Private Limited, a company incorporated under the Companies Act, 1956, having its \
registered office at Plot 14, MIDC, Pune 411019 (hereinafter referred to as the "Licensor", \
which expression shall unless repugnant to the context include its successors and permitted \
assigns) of the One Part; and Everwell Therapeutics, Inc., a Delaware corporation having its \
principal place of business at 75 State Street, Boston, MA 02109 (hereinafter referred to as \
the "Licensee", which expression shall include its successors and assigns) of the Other Part.

1. GRANT
""",
        {
            "Sahyadri Biotech Private Limited",
            "Licensor",
            "Everwell Therapeutics, Inc.",
            "Licensee",
        },
    ),
    "public_body_with_the_in_its_name": (
        """EXCLUSIVE LICENSE AGREEMENT

This Exclusive License Agreement (the "Agreement") is effective as of March 15, 2004 (the \
"Effective Date") by and between The Regents of the University of California, a California \
public corporation, having its statewide administrative offices at 1111 Franklin Street, \
Oakland, California 94607 ("The Regents"), and NovaCell Therapeutics, Inc., a Delaware \
corporation, having a principal place of business at 3210 Merryfield Row, San Diego, \
California 92121 ("Licensee").

1. DEFINITIONS
""",
        {
            "The Regents of the University of California",
            "The Regents",
            "NovaCell Therapeutics, Inc.",
            "Licensee",
        },
    ),
    "acting_through_a_division": (
        """MANUFACTURING AGREEMENT

This Manufacturing Agreement is entered into as of August 8, 2012 by and between Halcyon \
Devices Corporation, a Delaware corporation, acting through its Medical Products Division \
("Halcyon"), and Precision Molding Technologies, Inc., a Massachusetts corporation ("PMT").

1. MANUFACTURE
""",
        {
            "Halcyon Devices Corporation",
            "Halcyon",
            "Precision Molding Technologies, Inc.",
            "PMT",
        },
    ),
    "two_terms_for_one_party": (
        """RESELLER AGREEMENT

This Reseller Agreement is made as of April 4, 2014 by and between Zentrix Networks, Inc., \
a Delaware corporation ("Zentrix" or the "Company"), and Allied Telecom Partners, LLC, a \
Georgia limited liability company ("Reseller").

1. APPOINTMENT
""",
        {
            "Zentrix Networks, Inc.",
            "Zentrix",
            "Company",
            "Allied Telecom Partners, LLC",
            "Reseller",
        },
    ),
    "numbered_parties_heading_with_capacities": (
        """PATENT LICENSE AGREEMENT

PARTIES

1. Kestrel Acoustics Limited, a company registered in England (company number 06789012), \
as licensor ("Kestrel"); and

2. Sonaris Audio Oy, a company registered in Finland (business ID 1234567-8), as licensee \
("Sonaris").

DATE: 30 June 2015

BACKGROUND
""",
        {"Kestrel Acoustics Limited", "Kestrel", "Sonaris Audio Oy", "Sonaris"},
    ),
    "capitals_suffix_without_period": (
        """STRATEGIC ALLIANCE AGREEMENT

THIS STRATEGIC ALLIANCE AGREEMENT ("Agreement") is made and entered into as of January 1, \
2001 by and between WEBSTAR INTERACTIVE INC, a Nevada corporation ("WebStar"), and GLOBAL \
FULFILLMENT SERVICES CORP, a New Jersey corporation ("GFS").

1. ALLIANCE
""",
        {
            "WEBSTAR INTERACTIVE INC",
            "WebStar",
            "GLOBAL FULFILLMENT SERVICES CORP",
            "GFS",
        },
    ),
    "sa_de_cv": (
        """DISTRIBUTION AGREEMENT

This Distribution Agreement is entered into as of March 22, 2011 between Laboratorios \
Cienfuegos, S.A. de C.V., a Mexican corporation ("Cienfuegos"), and BioStar Diagnostics, \
Inc., a Washington corporation ("BioStar").

1. APPOINTMENT
""",
        {
            "Laboratorios Cienfuegos, S.A. de C.V.",
            "Cienfuegos",
            "BioStar Diagnostics, Inc.",
            "BioStar",
        },
    ),
    "plain_between_without_descriptors": (
        """SERVICES AGREEMENT

This Services Agreement is between Gryphon Labs Inc. ("Gryphon") and Tamarind Foods Ltd. \
("Tamarind") and is effective as of May 2, 2022.

1. SERVICES
""",
        {"Gryphon Labs Inc.", "Gryphon", "Tamarind Foods Ltd.", "Tamarind"},
    ),
    "kabushiki_kaisha_with_principal_places": (
        """COLLABORATION AGREEMENT

This COLLABORATION AGREEMENT (this "Agreement"), dated as of December 12, 2019 (the \
"Effective Date"), is by and between Aurelius Biosciences, Inc., a corporation organized \
under the laws of Delaware, with its principal place of business at 1 Kendall Square, \
Cambridge, MA 02139 ("Aurelius"), and Kyowa Shinyaku Kabushiki Kaisha, a corporation \
organized under the laws of Japan, with its principal place of business at 2-5 Nihonbashi, \
Chuo-ku, Tokyo 103-0027, Japan ("Kyowa"). Aurelius and Kyowa are sometimes referred to \
herein individually as a "Party" and collectively as the "Parties."

1. DEFINITIONS
""",
        {
            "Aurelius Biosciences, Inc.",
            "Aurelius",
            "Kyowa Shinyaku Kabushiki Kaisha",
            "Kyowa",
        },
    ),
    "html_spacing": (
        """WEB  SERVICES  AGREEMENT

This  Web  Services  Agreement  (the  "Agreement")  is  made  as  of  June  1,  2000  by \
and  between  Clearwater  Holdings,  Inc.,  a  Florida  corporation  ("Clearwater"), \
and  Pixelforge  Design  Studio,  LLC,  a  Florida  limited  liability  company \
("Developer").

1.  SERVICES
""",
        {
            "Clearwater Holdings, Inc.",
            "Clearwater",
            "Pixelforge Design Studio, LLC",
            "Developer",
        },
    ),
    "parent_and_subsidiary_together_one_side": (
        """WEB HOSTING AGREEMENT

This Web Hosting Agreement is made as of 2 October 2002 by and between Netlane \
Communications Inc., an Ontario corporation, and its wholly-owned subsidiary Netlane Hosting \
Ltd. (together, "Hosting Provider"), and Bluefin Media Group, Inc., a New York corporation \
("Client").

1. HOSTING
""",
        {
            "Netlane Communications Inc.",
            "Netlane Hosting Ltd.",
            "Hosting Provider",
            "Bluefin Media Group, Inc.",
            "Client",
        },
    ),
    "one_part_other_part_capitals": (
        """SUPPLY CONTRACT

THIS CONTRACT is made the 4th day of May 1999 BETWEEN OAKHAM FOODS LIMITED whose registered \
office is at Station Road, Oakham, Rutland LE15 6QT (hereinafter called "the Buyer") of the \
one part AND GREENVALE PRODUCE LIMITED whose registered office is at Mill Lane, Spalding, \
Lincolnshire PE11 2AB (hereinafter called "the Seller") of the other part.

1. SUPPLY
""",
        {"OAKHAM FOODS LIMITED", "Buyer", "GREENVALE PRODUCE LIMITED", "Seller"},
    ),
    "individual_with_generational_suffix": (
        """SERVICES AGREEMENT

This Services Agreement is made as of July 1, 2006 by and between Summit Outdoor Media, \
Inc., a Utah corporation ("Summit"), and Robert T. Langley, Jr., an individual resident of \
the State of Idaho ("Langley").

1. SERVICES
""",
        {"Summit Outdoor Media, Inc.", "Summit", "Robert T. Langley, Jr.", "Langley"},
    ),
    "signature_page_names_the_parties": (
        """REFERRAL AGREEMENT

This Referral Agreement is entered into as of March 3, 2015 by and between the parties whose \
names appear in the signature blocks below.

1. Referrals. Each party may refer patients to the other.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written \
above.

LAKESIDE DENTAL PARTNERS, P.C.

By: /s/ Anita Rao
Name: Anita Rao
Title: President

SMILEWORKS MARKETING LLC

By: /s/ Tom Becker
Name: Tom Becker
Title: Managing Member
""",
        {"LAKESIDE DENTAL PARTNERS, P.C.", "SMILEWORKS MARKETING LLC"},
    ),
    "signature_page_in_columns_adds_no_signer": (
        """SPONSORSHIP AGREEMENT

This Sponsorship Agreement is made as of May 9, 2018 between Trident Motorsports, LLC, a \
North Carolina limited liability company ("Team"), and Velo Lubricants Corp., a Texas \
corporation ("Sponsor").

1. Sponsorship. Sponsor shall pay Team the fees set out in Exhibit A.

IN WITNESS WHEREOF, the parties have signed this Agreement as of the date first above \
written.

TEAM:                                   SPONSOR:
TRIDENT MOTORSPORTS, LLC                VELO LUBRICANTS CORP.

By: /s/ Kyle Mercer                     By: /s/ Dana Ortiz
Name: Kyle Mercer                       Name: Dana Ortiz
Title: Chief Executive Officer          Title: VP Marketing
""",
        {"Trident Motorsports, LLC", "Team", "Velo Lubricants Corp.", "Sponsor"},
    ),
    "signature_page_of_an_individual_contractor": (
        """INDEPENDENT CONTRACTOR AGREEMENT

This Independent Contractor Agreement is entered into as of 1 September 2020 by and between \
Cobalt Learning Systems, Inc. ("Cobalt") and the individual named below ("Contractor").

1. Services. Contractor shall provide the course design services described in Exhibit A.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written \
above.

COBALT LEARNING SYSTEMS, INC.

By: /s/ Helen Marsh
Name: Helen Marsh
Title: Chief Operating Officer

CONTRACTOR:

/s/ Priya Natarajan
Priya Natarajan
Address: 14 Birch Lane, Austin, TX 78704
""",
        {"Cobalt Learning Systems, Inc.", "Cobalt", "Contractor", "Priya Natarajan"},
    ),
}


#: Shapes the first run of the openings above missed, in more wordings (written after it,
#: for the rules that read them).
MORE_OPENINGS: dict[str, tuple[str, set[str]]] = {
    "hereinafter_referred_to_as_without_quotes": (
        """SOFTWARE DEVELOPMENT AGREEMENT

This Agreement is entered into on 2 August 2013 between Orion Codeworks Private Limited, a \
company incorporated under the Companies Act, 1956, having its registered office at 21 MG \
Road, Bangalore 560001 (hereinafter referred to as the Developer) and Lindqvist Media AB, a \
company organized under the laws of Sweden (hereinafter referred to as the Client).

1. SCOPE
""",
        {"Orion Codeworks Private Limited", "Developer", "Lindqvist Media AB", "Client"},
    ),
    "register_number_before_the_address": (
        """CONSULTANCY AGREEMENT

This Agreement is made on 9 May 2012 between Harrowgate Analytics Limited (Registration \
No. 07345678) of 5 High Street, Leeds LS1 4AB ("Harrowgate") and Tillman Freight Inc., an \
Oregon corporation ("Tillman").

1. SERVICES
""",
        {"Harrowgate Analytics Limited", "Harrowgate", "Tillman Freight Inc.", "Tillman"},
    ),
    "person_doing_business_as_with_a_descriptor_after": (
        """CATERING SERVICES AGREEMENT

This Catering Services Agreement is made as of June 3, 2019 by and between Bellhaven Events, \
LLC, a Maine limited liability company ("Bellhaven"), and Maria L. Ortega, doing business as \
Ortega Family Kitchen ("Caterer").

1. SERVICES
""",
        {
            "Bellhaven Events, LLC",
            "Bellhaven",
            "Maria L. Ortega",
            "Ortega Family Kitchen",
            "Caterer",
        },
    ),
    "lettered_recitals_open_the_agreement": (
        """LICENSE AGREEMENT

RECITALS

A. Nimbus Imaging Corp., a Delaware corporation ("Nimbus"), owns the Licensed Patents.

B. Halden Optik GmbH, a German limited liability company ("Halden"), wishes to make and \
sell products under the Licensed Patents.

NOW, THEREFORE, the parties agree as follows:

1. GRANT
""",
        {"Nimbus Imaging Corp.", "Nimbus", "Halden Optik GmbH", "Halden"},
    ),
    "recitals_open_the_agreement_and_name_a_target": (
        """CONSULTING AGREEMENT

WHEREAS, Ambrose Dental Group, P.C., a Texas professional corporation ("Practice"), wishes \
to engage Lorne Hadley ("Consultant") to advise it on its purchase of Westfield Dental Lab, \
Inc.;

NOW, THEREFORE, the parties agree as follows:

1. Services. Consultant shall advise Practice on the purchase.
""",
        {"Ambrose Dental Group, P.C.", "Practice", "Lorne Hadley", "Consultant"},
    ),
}


@pytest.mark.parametrize("case", sorted(OPENINGS))
def test_parties_and_terms_of_an_opening(case: str) -> None:
    text, expected = OPENINGS[case]
    assert_own_parties(text, expected)


@pytest.mark.parametrize("case", sorted(MORE_OPENINGS))
def test_parties_and_terms_of_more_openings(case: str) -> None:
    text, expected = MORE_OPENINGS[case]
    assert_own_parties(text, expected)
