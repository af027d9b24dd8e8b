"""Agreement titles read from openings in many drafting shapes (issue 12).

Each passage is a contract opening written in a shape commercial contracts use: cover pages and
exhibit numbers, confidentiality legends, page furniture, titles split over lines, titles only
in the preamble, amendments, forms, letters and HTML-converted spacing. The expected title was
written down before the extractor ran on the passage; it is compared as the CUAD evaluation
compares a title (case, punctuation, spacing and a leading "form of" aside).
"""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import norm
from tests.passages import extract_text

OPENINGS: dict[str, tuple[str, str]] = {
    "exhibit_number_cover": (
        """Exhibit 10.7

DISTRIBUTION AGREEMENT

This Distribution Agreement (this "Agreement") is made as of March 3, 2011 by and between
Norwell Instruments, Inc., a Delaware corporation ("Supplier"), and Castlegate Medical Ltd.,
a company organized under the laws of Ireland ("Distributor").
""",
        "Distribution Agreement",
    ),
    "confidential_treatment_legend": (
        """EXHIBIT 10.21

CONFIDENTIAL TREATMENT REQUESTED. CONFIDENTIAL PORTIONS OF THIS DOCUMENT HAVE BEEN REDACTED
AND HAVE BEEN SEPARATELY FILED WITH THE SECURITIES AND EXCHANGE COMMISSION.

SUPPLY AGREEMENT

This Supply Agreement is entered into as of June 1, 2004 (the "Effective Date") by and between
Halvorsen Polymers Corporation, a Minnesota corporation ("Halvorsen"), and Trident Devices,
Inc., a California corporation ("Trident").
""",
        "Supply Agreement",
    ),
    "excluded_information_legend": (
        """Certain identified information has been excluded from this exhibit because it is both
(i) not material and (ii) would be competitively harmful if publicly disclosed. Excluded
information is marked with [***].

MANUFACTURING SERVICES AGREEMENT

THIS MANUFACTURING SERVICES AGREEMENT (the "Agreement") is made and entered into as of
January 15, 2020 by and between Pellucid Optics LLC, a Colorado limited liability company
("Customer"), and Ardent Contract Assembly, Inc., an Oregon corporation ("Manufacturer").
""",
        "Manufacturing Services Agreement",
    ),
    "table_of_contents_after_title": (
        """EXCLUSIVE AGENCY AGREEMENT

TABLE OF CONTENTS

1. Definitions ............................................ 1
2. Appointment of Agent ................................... 3
3. Term and Termination ................................... 5
4. Commissions ............................................ 6

This Exclusive Agency Agreement is made on 4 May 2009 between Brantley Marine Supplies Limited,
a company incorporated in England ("Principal"), and Kaspar Trading GmbH, a company organised
under the laws of Germany ("Agent").
""",
        "Exclusive Agency Agreement",
    ),
    "page_furniture_before_title": (
        """Page 1 of 18

Execution Copy

CO-BRANDING AGREEMENT

This Co-Branding Agreement (the "Agreement") is entered into as of August 21, 2000 by and
between Lumen Portal Corporation, a Delaware corporation ("Lumen"), and Greystone Financial
Services, Inc., a Nevada corporation ("Greystone").
""",
        "Co-Branding Agreement",
    ),
    "title_over_two_lines": (
        """MASTER SERVICES
AGREEMENT

This Master Services Agreement (this "Agreement") is entered into as of April 2, 2014 by and
between Calloway Health Systems, Inc., a Georgia corporation ("Client"), and Vantor Consulting
LLC, a Delaware limited liability company ("Consultant").
""",
        "Master Services Agreement",
    ),
    "title_over_three_lines_between_and": (
        """EXCLUSIVE
TECHNOLOGY LICENSE
AGREEMENT

between

ORBITAL SENSING, INC.

and

KESTREL ANALYTICS CORP.

Dated as of October 1, 2017

This Exclusive Technology License Agreement is made by Orbital Sensing, Inc., a Delaware
corporation ("Licensor"), and Kestrel Analytics Corp., a Washington corporation ("Licensee").
""",
        "Exclusive Technology License Agreement",
    ),
    "title_in_preamble_only": (
        """This Master Services Agreement (this "Agreement") is entered into as of September 9, 2015
(the "Effective Date") by and between Bluewater Logistics, Inc., a Texas corporation ("Client"),
and Meridian Data Systems LLC, a Delaware limited liability company ("Provider").

1. SERVICES. Provider shall perform the services described in each statement of work.
""",
        "Master Services Agreement",
    ),
    "title_in_capital_preamble_only": (
        """THIS TRANSPORTATION SERVICES AGREEMENT ("Agreement") is made and entered into this 5th
day of February, 2008, by and between Redfield Grain Cooperative, a Kansas cooperative
("Shipper"), and Plainsman Carriers, Inc., a Nebraska corporation ("Carrier").

WHEREAS, Shipper desires to engage Carrier to transport its products;
""",
        "Transportation Services Agreement",
    ),
    "title_naming_the_parties": (
        """HARTWELL - DUNMORE SUPPLY AGREEMENT

This Supply Agreement (the "Agreement") is made as of July 1, 2012 between Hartwell Foods,
Inc., an Ohio corporation ("Hartwell"), and Dunmore Packaging Company, a Michigan corporation
("Dunmore").
""",
        "Hartwell - Dunmore Supply Agreement",
    ),
    "amended_and_restated": (
        """AMENDED AND RESTATED LICENSE AGREEMENT

This Amended and Restated License Agreement (this "Agreement") is made effective as of
November 30, 2016 by and between Selwyn Biologics, Inc., a Delaware corporation ("Selwyn"), and
the Regents of the Pacific Institute of Technology, a California nonprofit corporation
("Institute").
""",
        "Amended and Restated License Agreement",
    ),
    "second_amended_and_restated_over_lines": (
        """SECOND AMENDED AND RESTATED
MARKETING AND DISTRIBUTION AGREEMENT

This Second Amended and Restated Marketing and Distribution Agreement is entered into as of
May 5, 2018 between Quillon Nutrition Corp., a Utah corporation ("Company"), and Harrow
Wellness Distributors, Inc., a Florida corporation ("Distributor").
""",
        "Second Amended and Restated Marketing and Distribution Agreement",
    ),
    "first_amendment_to": (
        """FIRST AMENDMENT TO CO-PROMOTION AGREEMENT

This First Amendment to Co-Promotion Agreement (this "Amendment") is entered into as of
January 8, 2013 by and between Thornbury Pharma, Inc. ("Thornbury") and Avelin Therapeutics,
Inc. ("Avelin"), and amends the Co-Promotion Agreement dated as of March 1, 2011 between the
parties (the "Agreement").
""",
        "First Amendment to Co-Promotion Agreement",
    ),
    "amendment_no_to": (
        """AMENDMENT NO. 2 TO MASTER SUPPLY AGREEMENT

This Amendment No. 2 to Master Supply Agreement is made as of June 30, 2019 by and between
Corvid Semiconductor, Inc. ("Buyer") and Tessaly Wafer Co., Ltd. ("Seller").
""",
        "Amendment No. 2 to Master Supply Agreement",
    ),
    "numbered_title": (
        """HOSTING SERVICES AGREEMENT NO. 2017-08

This Hosting Services Agreement No. 2017-08 (the "Agreement") is entered into as of March 1,
2017 by and between Skyloft Media, Inc., a Delaware corporation ("Customer"), and Ironvault
Data Centers LLC, a Virginia limited liability company ("Provider").
""",
        "Hosting Services Agreement No. 2017-08",
    ),
    "contract_number_line_before_title": (
        """Contract No. 5521-B

DISTRIBUTION AGREEMENT

This Distribution Agreement is made as of February 14, 2006 between Pell Audio Corporation,
a New Jersey corporation ("Pell"), and Sonara Distribuciones S.A. de C.V., a Mexican company
("Distributor").
""",
        "Distribution Agreement",
    ),
    "title_with_between_on_same_line": (
        """JOINT VENTURE AGREEMENT BETWEEN SOLARA ENERGY CORP. AND NORDHAVN WIND A/S

This Joint Venture Agreement is made on 12 September 2010 between Solara Energy Corp., a Nevada
corporation ("Solara"), and Nordhavn Wind A/S, a Danish company ("Nordhavn").
""",
        "Joint Venture Agreement",
    ),
    "title_then_by_and_among": (
        """COLLABORATION AGREEMENT

BY AND AMONG

VERIDIAN GENOMICS, INC.,

ALTAIR DIAGNOSTICS LIMITED

AND

NOVEL CELL SCIENCES AG

This Collaboration Agreement is entered into as of December 1, 2015 by and among Veridian
Genomics, Inc. ("Veridian"), Altair Diagnostics Limited ("Altair") and Novel Cell Sciences AG
("NCS").
""",
        "Collaboration Agreement",
    ),
    "letter_with_re_line": (
        """Brightline Pharmaceuticals, Inc.
400 Harbor Drive
San Diego, CA 92101

March 14, 2012

Castellan Marketing Group LLC
77 West Lake Street
Chicago, IL 60601
Attention: Ms. Dana Ruiz

Re: Consulting Agreement

Dear Ms. Ruiz:

This letter agreement (this "Consulting Agreement") sets forth the terms on which Castellan
Marketing Group LLC ("Consultant") will provide marketing services to Brightline
Pharmaceuticals, Inc. (the "Company").
""",
        "Consulting Agreement",
    ),
    "form_of": (
        """EXHIBIT B

FORM OF DISTRIBUTOR AGREEMENT

This Distributor Agreement (this "Agreement") is made as of [__________], 20[__] by and between
Tamsin Outdoor Products, Inc., an Idaho corporation ("Tamsin"), and [__________] ("Distributor").
""",
        "Distributor Agreement",
    ),
    "foreign_style_contract_for": (
        """CONTRACT FOR THE SUPPLY OF CRUDE OIL

This Contract is made on 2 March 2013 between Petroandina S.A., a company incorporated in
Peru ("Seller"), and Meridian Refining Ltd., a company incorporated in Bermuda ("Buyer").
""",
        "Contract for the Supply of Crude Oil",
    ),
    "eight_k_exhibit_header": (
        """EX-10.3 2 d123456dex103.htm SOFTWARE LICENSE AGREEMENT

Exhibit 10.3

SOFTWARE LICENSE AGREEMENT

This Software License Agreement (the "Agreement") is entered into as of October 3, 2014 by and
between Lattice Point Software, Inc., a Delaware corporation ("Licensor"), and Harbor Freight
Analytics, LLC, a Maryland limited liability company ("Licensee").
""",
        "Software License Agreement",
    ),
    "html_spacing_and_indent": (
        """                                                                   Exhibit 10.12



                                   SPONSORSHIP  AGREEMENT



          THIS  SPONSORSHIP  AGREEMENT  (this  "Agreement")  is  made  as  of  April  2,  2016
(the  "Effective  Date"),  by  and  between  Ridgeway  Athletics,  Inc.,  a  Colorado
corporation  ("Sponsor"),  and  Coastal  Marathon  Association,  a  California  nonprofit
corporation  ("Event  Owner").
""",
        "Sponsorship Agreement",
    ),
    "non_breaking_spaces": (
        "Exhibit\xa010.4\n\nWEB\xa0SITE\xa0HOSTING\xa0AGREEMENT\n\nThis\xa0Web Site Hosting "
        'Agreement (the "Agreement") is made as of May 1, 1999 by and between Netspan '
        'Communications, Inc., a Delaware corporation ("Netspan"), and Orchard Gift Company, '
        'a Vermont corporation ("Customer").\n',
        "Web Site Hosting Agreement",
    ),
    "franchise_cover_page": (
        """BRANDYWINE GRILL FRANCHISING, INC.

FRANCHISE AGREEMENT

Franchisee: ______________________

Restaurant Location: ______________________

This Franchise Agreement (the "Agreement") is made and entered into on the date set forth on
the signature page by and between Brandywine Grill Franchising, Inc., a Minnesota corporation
("we" or "Franchisor"), and the person named below ("you" or "Franchisee").
""",
        "Franchise Agreement",
    ),
    "letterhead_then_title": (
        """ALDERSHOT INDUSTRIES, INC.
1200 Commerce Parkway
Dayton, Ohio 45402

SALES AGENCY AGREEMENT

This Sales Agency Agreement is made as of January 1, 2001 between Aldershot Industries, Inc.,
an Ohio corporation ("Company"), and Penrose Sales Associates, Inc., an Indiana corporation
("Agent").
""",
        "Sales Agency Agreement",
    ),
    "dated_line_before_title": (
        """Dated: January 1, 2018

STRATEGIC ALLIANCE AGREEMENT

This Strategic Alliance Agreement is entered into by and between Copperline Brewing Company,
a Washington corporation ("Copperline"), and Greenleaf Hospitality Group, Inc., an Oregon
corporation ("Greenleaf").
""",
        "Strategic Alliance Agreement",
    ),
    "title_then_dated_as_of": (
        """OUTSOURCING SERVICES AGREEMENT

dated as of July 15, 2003

between

MERIDIAN MUTUAL INSURANCE COMPANY

and

TALLIS BUSINESS PROCESS SERVICES, INC.
""",
        "Outsourcing Services Agreement",
    ),
    "title_with_and_in_name": (
        """TRADEMARK LICENSE AND DISTRIBUTION AGREEMENT

This Trademark License and Distribution Agreement (the "Agreement") is made as of June 6,
2007 between Fenwick Apparel Holdings, Inc., a New York corporation ("Licensor"), and Orla
Retail Brands Pty Ltd, an Australian company ("Licensee").
""",
        "Trademark License and Distribution Agreement",
    ),
    "joint_development_split_on_and": (
        """JOINT DEVELOPMENT AND
LICENSE AGREEMENT

This Joint Development and License Agreement is entered into as of March 20, 2019 by and
between Helix Robotics, Inc., a Delaware corporation ("Helix"), and Tanaka Precision Co., Ltd.,
a Japanese corporation ("Tanaka").
""",
        "Joint Development and License Agreement",
    ),
    "memorandum_of_understanding": (
        """MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding is entered into on 18 August 2014 by and between Sino-Pacific
Clean Water Co., Ltd. ("Party A") and Aquafirma Technologies, Inc. ("Party B").
""",
        "Memorandum of Understanding",
    ),
    "heading_differs_from_short_preamble": (
        """RESELLER AGREEMENT

THIS AGREEMENT is made effective as of the 1st day of October, 2010 by and between Quantis
Security Software Inc., a British Columbia corporation ("Quantis"), and Safeway Networks Pty
Ltd., an Australian company ("Reseller").
""",
        "Reseller Agreement",
    ),
    "title_with_trailing_period": (
        """CONSULTING AGREEMENT.

This Consulting Agreement is made as of March 1, 2005 between Delmar Biotech, Inc., a Delaware
corporation (the "Company"), and Dr. Helen Park, an individual ("Consultant").
""",
        "Consulting Agreement",
    ),
    "source_line_and_page_number_before_title": (
        """Source: LUMIERE HOLDINGS INC, 10-Q, 8/14/2009

-1-

ENDORSEMENT AGREEMENT

THIS ENDORSEMENT AGREEMENT (the "Agreement") is made as of June 1, 2009 between Lumiere
Holdings Inc., a Nevada corporation ("Company"), and Marcus Delaney, an individual
("Athlete").
""",
        "Endorsement Agreement",
    ),
    "letter_spaced_title": (
        """Exhibit 10.9

M A I N T E N A N C E   A G R E E M E N T

This Maintenance Agreement is made as of May 12, 1998 between Coldstream Networks, Inc., a
Delaware corporation ("Customer"), and Ferrant Systems Corp., a Massachusetts corporation
("Contractor").
""",
        "Maintenance Agreement",
    ),
    "agreement_alone": (
        """AGREEMENT

This Agreement is made as of the 9th day of November, 1997, by and between Wexford Medical
Products, Inc., a Pennsylvania corporation ("Wexford"), and Solent Devices Limited, a company
registered in England ("Solent").
""",
        "Agreement",
    ),
    "underscored_heading_and_exhibit_of_filing": (
        """Exhibit 99.2

___________________________________

INTELLECTUAL PROPERTY LICENSE AGREEMENT

___________________________________

This Intellectual Property License Agreement (this "Agreement") is entered into as of
January 2, 2018 by and between Parent Holdings Corp., a Delaware corporation ("Parent"), and
SpinCo Technologies, Inc., a Delaware corporation ("SpinCo").
""",
        "Intellectual Property License Agreement",
    ),
}

#: A second set, written (with its titles) after the first had run: head nouns other than
#: "Agreement", sentence case, English-style covers, and headings the preamble words otherwise.
MORE_OPENINGS: dict[str, tuple[str, str]] = {
    "letter_of_intent": (
        """LETTER OF INTENT

This Letter of Intent is entered into as of May 4, 2016 by and between Corrib Foods Ltd.
("Corrib") and Westmark Grocers, Inc. ("Westmark").
""",
        "Letter of Intent",
    ),
    "heads_of_agreement": (
        """HEADS OF AGREEMENT

These Heads of Agreement are made on 3 July 2012 between Tasman Minerals Pty Ltd ("Tasman") and
Oriel Resources Limited ("Oriel").
""",
        "Heads of Agreement",
    ),
    "memorandum_of_agreement": (
        """MEMORANDUM OF AGREEMENT

This Memorandum of Agreement is made as of September 1, 2009 between Delacroix Shipping S.A.
("Owner") and Bellport Charter Co. ("Charterer").
""",
        "Memorandum of Agreement",
    ),
    "british_licence_alone": (
        """PATENT LICENCE

This Patent Licence is made on 14 February 2011 between Avonlea Innovations Limited, a company
registered in England and Wales ("Licensor"), and Northgate Devices plc ("Licensee").
""",
        "Patent Licence",
    ),
    "deed_of_licence": (
        """DEED OF LICENCE

THIS DEED is made on 1 March 2014 between Carrow Estates Limited ("Licensor") and Finch Retail
Limited ("Licensee").
""",
        "Deed of Licence",
    ),
    "terms_and_conditions_of_supply": (
        """TERMS AND CONDITIONS OF SUPPLY

These Terms and Conditions of Supply apply to every order placed by Rowan Ceramics, Inc.
("Buyer") with Delft Clay Works B.V. ("Supplier").
""",
        "Terms and Conditions of Supply",
    ),
    "agreement_for_the_provision_heading": (
        """AGREEMENT FOR THE PROVISION OF CONSULTANCY SERVICES

This Agreement is made on 2 October 2017 between Harrowgate Energy plc ("Client") and Sable
Engineering Consultants Ltd ("Consultant").
""",
        "Agreement for the Provision of Consultancy Services",
    ),
    "statement_of_work_numbered": (
        """STATEMENT OF WORK NO. 3

This Statement of Work No. 3 is entered into as of April 1, 2019 under the Master Services
Agreement dated January 5, 2018 between Vireo Health Analytics, Inc. ("Customer") and Talbot
Cloud Services LLC ("Provider").
""",
        "Statement of Work No. 3",
    ),
    "sentence_case_heading": (
        """Distribution agreement

This distribution agreement is made on 5 June 2015 between Halden Instruments AS, a company
incorporated in Norway ("Supplier"), and Crestwood Scientific Ltd, a company incorporated in
England ("Distributor").
""",
        "Distribution agreement",
    ),
    "english_cover_date_parties_title": (
        """DATED 1 JUNE 2015

(1) MARLOW PRINTING LIMITED

(2) QUAYSIDE PUBLISHING LIMITED

SERVICES AGREEMENT

THIS AGREEMENT is dated 1 June 2015

PARTIES

(1) Marlow Printing Limited, a company incorporated in England ("Supplier"); and

(2) Quayside Publishing Limited, a company incorporated in England ("Customer").
""",
        "Services Agreement",
    ),
    "heading_shorter_than_preamble": (
        """DISTRIBUTION AGREEMENT

This Exclusive Distribution Agreement (the "Agreement") is made as of March 1, 2008 between
Sorrel Cosmetics, Inc., a Delaware corporation ("Company"), and Lisbeth Beauty AB, a Swedish
company ("Distributor").
""",
        "Distribution Agreement",
    ),
    "preamble_says_agreement_for_services": (
        """SERVICES AGREEMENT

This Agreement for Services (the "Agreement") is made as of June 9, 2010 between Kettering
Health Partners, Inc. ("Client") and Osprey Billing Solutions, LLC ("Contractor").
""",
        "Services Agreement",
    ),
    "title_and_date_on_one_line": (
        """LICENSE AGREEMENT DATED MARCH 1, 2000

This License Agreement is made as of March 1, 2000 between Pinecrest Software Corporation
("Licensor") and Amberly Systems, Inc. ("Licensee").
""",
        "License Agreement",
    ),
    "mixed_case_title_by_and_between": (
        """Supply Agreement by and between Ostara Seeds, Inc. and Verdant Growers Cooperative

This Supply Agreement (the "Agreement") is made as of February 2, 2012 by and between Ostara
Seeds, Inc., an Iowa corporation ("Supplier"), and Verdant Growers Cooperative, a Minnesota
cooperative ("Buyer").
""",
        "Supply Agreement",
    ),
    "logo_placeholder_then_title": (
        """[LOGO]

EQUIPMENT LEASE AND SERVICE AGREEMENT

This Equipment Lease and Service Agreement is entered into as of August 8, 2008 between Halcyon
Imaging, Inc. ("Lessor") and Riverside Clinic Group, P.C. ("Customer").
""",
        "Equipment Lease and Service Agreement",
    ),
    "exhibit_label_and_title_on_one_line": (
        """EXHIBIT 10.1 - LICENSE AGREEMENT

This License Agreement is made as of July 7, 2007 between Brackenridge Labs, Inc. ("Licensor")
and Solstice Pharma Corp. ("Licensee").
""",
        "License Agreement",
    ),
    "addendum_to": (
        """ADDENDUM TO SERVICES AGREEMENT

This Addendum to Services Agreement is made as of October 10, 2013 between Graystone Hotels,
Inc. ("Client") and Lumina Guest Wifi LLC ("Provider").
""",
        "Addendum to Services Agreement",
    ),
    "old_style_agreement_made": (
        """AGREEMENT, made this 1st day of July, 1996, between Pembroke Textile Mills, Inc., a North
Carolina corporation ("Pembroke"), and Wilton Apparel Corp., a New York corporation ("Wilton").

WITNESSETH:
""",
        "Agreement",
    ),
    "wide_gap_inside_heading": (
        """                    DISTRIBUTION            AGREEMENT

This Distribution Agreement is made as of June 3, 1999 between Kendal Optics, Inc. ("Kendal")
and Marsh Vision Supply Co. ("Distributor").
""",
        "Distribution Agreement",
    ),
    "agreement_number_line_after_title": (
        """TECHNICAL SERVICE CONTRACT

Contract No.: TS-2019-0042

This Technical Service Contract is entered into on March 15, 2019 by Shenzhen Lianhe Technology
Co., Ltd. ("Party A") and Beijing Huaxin Software Co., Ltd. ("Party B").
""",
        "Technical Service Contract",
    ),
    "heading_underlined": (
        """AGENCY AGREEMENT
================

This Agency Agreement is made as of March 30, 2004 between Farrow Tools, Inc. ("Principal") and
Lindqvist Agenturer AB ("Agent").
""",
        "Agency Agreement",
    ),
}

#: A third set, written (with its titles) after the second had run: filing wrappers, legends
#: and furniture of converted pages, head-first titles and titles inside a first sentence.
CONVERTED_OPENINGS: dict[str, tuple[str, str]] = {
    "sgml_wrapper": (
        """<DOCUMENT>
<TYPE>EX-10.3
<SEQUENCE>3
<FILENAME>ex10-3.txt
<DESCRIPTION>DISTRIBUTION AGREEMENT
<TEXT>

EXHIBIT 10.3

DISTRIBUTION AGREEMENT

This Distribution Agreement is made as of April 4, 2001 between Corvallis Scientific, Inc., an
Oregon corporation ("Corvallis"), and Medisur Andina S.A., a Chilean company ("Distributor").
""",
        "Distribution Agreement",
    ),
    "bracketed_omission_legend": (
        """EXHIBIT 10.26

[***] Certain information in this document has been omitted and filed separately with the
Securities and Exchange Commission. Confidential treatment has been requested with respect to
the omitted portions.

VALUE ADDED RESELLER AGREEMENT

This Value Added Reseller Agreement (the "Agreement") is entered into as of July 1, 2006 by and
between Stratus Vision Software, Inc. ("Stratus") and Keyline Integrators Ltd. ("Reseller").
""",
        "Value Added Reseller Agreement",
    ),
    "execution_version_and_confidential_lines": (
        """Execution Version
CONFIDENTIAL

SPONSORSHIP AND LICENSING AGREEMENT

This Sponsorship and Licensing Agreement is made as of January 12, 2017 between Tidewater
Beverages, Inc. ("Sponsor") and the Harbor City Rowing Club, Inc. ("Club").
""",
        "Sponsorship and Licensing Agreement",
    ),
    "re_line_amendment_letter": (
        """March 1, 2005

Ridgeline Components, Inc.
18 Foundry Road
Lowell, MA 01852

Re: Amendment to Supply Agreement

Ladies and Gentlemen:

Reference is made to the Supply Agreement dated as of June 1, 2002 (the "Supply Agreement")
between Ridgeline Components, Inc. ("Supplier") and Amesbury Controls Corp. ("Buyer").
""",
        "Amendment to Supply Agreement",
    ),
    "words_on_separate_lines_with_blank_between": (
        """SUPPLY

AGREEMENT

This Supply Agreement is made as of October 2, 2011 between Bramble Organics, Inc. ("Supplier")
and Northfield Markets, LLC ("Purchaser").
""",
        "Supply Agreement",
    ),
    "year_in_title": (
        """2014 SUPPLY AGREEMENT

This 2014 Supply Agreement is entered into as of January 1, 2014 between Galena Metals Corp.
("Seller") and Ironbridge Fabrication, Inc. ("Buyer").
""",
        "2014 Supply Agreement",
    ),
    "title_inside_first_sentence": (
        """Effective January 1, 2010, Larkspur Media, Inc., a Delaware corporation ("Larkspur"), and
Beacon Radio Networks LLC, a Texas limited liability company ("Beacon"), enter into this
Marketing Services Agreement (the "Agreement").
""",
        "Marketing Services Agreement",
    ),
    "flattened_cover_line_with_date": (
        """Exhibit 10.2     DISTRIBUTION AGREEMENT     Dated as of May 1, 2001

This Distribution Agreement is made by and between Aurelian Pumps, Inc. ("Company") and
Westerly Fluid Systems Ltd. ("Distributor").
""",
        "Distribution Agreement",
    ),
    "document_number_line_before_title": (
        """US-DOCS\\101234567.4

CONTENT LICENSE AGREEMENT

This Content License Agreement is made as of August 1, 2019 by and between Reelhouse Studios,
LLC ("Licensor") and Streamvale, Inc. ("Licensee").
""",
        "Content License Agreement",
    ),
    "agreement_of_purchase_and_sale": (
        """AGREEMENT OF PURCHASE AND SALE

This Agreement is made as of September 14, 2004 between Hollis Timber Company ("Seller") and
Northern Mill Products, Inc. ("Buyer").
""",
        "Agreement of Purchase and Sale",
    ),
    "agreement_on_heading": (
        """AGREEMENT ON TECHNICAL COOPERATION

This Agreement is made on 20 May 2016 between Wuxi Jinhe Electronics Co., Ltd. ("Party A") and
Pinnacle Sensor Technologies, Inc. ("Party B").
""",
        "Agreement on Technical Cooperation",
    ),
    "contract_of_agency": (
        """CONTRACT OF AGENCY

This Contract is made on 6 June 2006 between Alvarado Wines S.L. ("Principal") and Dunlin
Imports Ltd ("Agent").
""",
        "Contract of Agency",
    ),
    "chinese_style_parties_following": (
        """Exclusive Business Cooperation Agreement

This Exclusive Business Cooperation Agreement (this "Agreement") is made and entered into by
and between the following parties on December 1, 2018 in Beijing, the People's Republic of
China.

Party A: Beijing Mingda Information Technology Co., Ltd.

Party B: Beijing Mingda Network Services Co., Ltd.
""",
        "Exclusive Business Cooperation Agreement",
    ),
    "asterisk_legend_lines": (
        """*****************************************************************
CERTAIN PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED PURSUANT TO A REQUEST FOR CONFIDENTIAL
TREATMENT AND HAVE BEEN FILED SEPARATELY WITH THE COMMISSION.
*****************************************************************

DEVELOPMENT AND LICENSE AGREEMENT

This Development and License Agreement is made as of March 3, 1999 between Quorum Biosystems,
Inc. ("Quorum") and Ellery Pharmaceuticals, Inc. ("Ellery").
""",
        "Development and License Agreement",
    ),
    "page_header_with_company_and_page": (
        """Larchmont Software, Inc. - Confidential                                    Page 1

SOFTWARE DEVELOPMENT AGREEMENT

This Software Development Agreement is entered into as of February 1, 2002 between Larchmont
Software, Inc. ("Larchmont") and Tilbury Systems Corporation ("Developer").
""",
        "Software Development Agreement",
    ),
    "hosting_title_with_defined_term_on_line": (
        """WEBSITE DEVELOPMENT AND HOSTING AGREEMENT (the "Agreement")

dated as of April 15, 2000, by and between Cobalt Street Media, Inc. ("Developer") and Linden
Gardens Supply Co. ("Client").
""",
        "Website Development and Hosting Agreement",
    ),
}

#: A fourth set, written (with its titles) after the third had run: names and qualifiers inside
#: headings, head nouns in the middle of a title, and long titles.
NAMED_OPENINGS: dict[str, tuple[str, str]] = {
    "brand_name_before_title": (
        """SUNFLARE(R) BRAND LICENSE AGREEMENT

This Brand License Agreement is made as of June 1, 2004 between Sunflare Holdings, LLC
("Licensor") and Pelham Outdoor Goods, Inc. ("Licensee").
""",
        "SUNFLARE(R) BRAND LICENSE AGREEMENT",
    ),
    "team_name_sponsorship": (
        """PORTLAND PIONEERS SPONSORSHIP AGREEMENT

This Sponsorship Agreement is entered into as of March 1, 2015 by and between Pioneers Sports
Club, LLC ("Team") and Cascade Credit Union ("Sponsor").
""",
        "PORTLAND PIONEERS SPONSORSHIP AGREEMENT",
    ),
    "master_agreement_for_services": (
        """MASTER AGREEMENT FOR PROFESSIONAL SERVICES

This Master Agreement for Professional Services (the "Master Agreement") is made as of
January 3, 2011 between Tolland Insurance Group, Inc. ("Client") and Pereira Consulting LLC
("Consultant").
""",
        "Master Agreement for Professional Services",
    ),
    "agreement_and_general_release": (
        """SEPARATION AGREEMENT AND GENERAL RELEASE

This Separation Agreement and General Release is entered into as of May 31, 2018 by and between
Harbin Devices, Inc. (the "Company") and Joanna Kessler ("Executive").
""",
        "Separation Agreement and General Release",
    ),
    "confidentiality_and_non_disclosure": (
        """MUTUAL CONFIDENTIALITY AND NON-DISCLOSURE AGREEMENT

This Mutual Confidentiality and Non-Disclosure Agreement is made as of April 9, 2013 between
Ashgrove Analytics, Inc. ("Ashgrove") and Meriden Retail Partners, LP ("Meriden").
""",
        "Mutual Confidentiality and Non-Disclosure Agreement",
    ),
    "agreement_with_respect_to": (
        """AGREEMENT WITH RESPECT TO THE JOINT MARKETING OF PRODUCTS

This Agreement is made as of July 1, 1998 between Tessera Home Products, Inc. ("Tessera") and
Cormac Kitchenware Co. ("Cormac").
""",
        "Agreement with Respect to the Joint Marketing of Products",
    ),
    "long_title_over_two_lines": (
        """EXCLUSIVE MANUFACTURING, SUPPLY, MARKETING AND
DISTRIBUTION AGREEMENT

This Exclusive Manufacturing, Supply, Marketing and Distribution Agreement is entered into as of
November 11, 2009 between Abernathy Labs, Inc. ("Manufacturer") and Solvay Health Brands, Inc.
("Distributor").
""",
        "Exclusive Manufacturing, Supply, Marketing and Distribution Agreement",
    ),
    "parties_names_joined_by_and_before_title": (
        """ORCHID NETWORKS AND BELLWETHER TELECOM INTERCONNECTION AGREEMENT

This Interconnection Agreement is made as of August 5, 2003 between Orchid Networks, Inc.
("Orchid") and Bellwether Telecom Corp. ("Bellwether").
""",
        "ORCHID NETWORKS AND BELLWETHER TELECOM INTERCONNECTION AGREEMENT",
    ),
    "slash_in_title": (
        """OEM/RESELLER AGREEMENT

This OEM/Reseller Agreement is entered into as of February 20, 2007 between Nettle Storage
Systems, Inc. ("Nettle") and Ashby Computer Group, Inc. ("Reseller").
""",
        "OEM/Reseller Agreement",
    ),
    "lowercase_e_prefix": (
        """e-COMMERCE SERVICES AGREEMENT

This e-Commerce Services Agreement is made as of March 6, 2000 between Shopwell.com, Inc.
("Shopwell") and Granite Outfitters, Inc. ("Merchant").
""",
        "e-Commerce Services Agreement",
    ),
    "title_with_number_of_product": (
        """MODEL 7 DISTRIBUTION AGREEMENT

This Model 7 Distribution Agreement is made as of May 5, 2005 between Ferro Acoustics, Inc.
("Ferro") and Lindholm Audio AB ("Distributor").
""",
        "Model 7 Distribution Agreement",
    ),
    "preamble_title_only_with_quotes": (
        """THIS "MARKETING AGREEMENT" is made and entered into as of the 15th day of March, 2002 by
and between Westport Vitamins, Inc. ("Westport") and HealthCo Direct, LLC ("HealthCo").
""",
        "Marketing Agreement",
    ),
}


#: Openings whose expected title is not read yet, and why they are left open.
_WITHDRAWN = (
    "read by title rules written for these openings and withdrawn at merge (stop 29): on real"
    " contracts they changed no tuned title and lost one held-out title"
)
OPEN = {
    "title_naming_the_parties": _WITHDRAWN,
    "british_licence_alone": _WITHDRAWN,
    "deed_of_licence": _WITHDRAWN,
    "letter_of_intent": _WITHDRAWN,
    "preamble_says_agreement_for_services": _WITHDRAWN,
    "statement_of_work_numbered": _WITHDRAWN,
    "agreement_and_general_release": _WITHDRAWN,
    "brand_name_before_title": _WITHDRAWN,
    "master_agreement_for_services": _WITHDRAWN,
    "numbered_title": "a number with a dash after a head noun reads as a cover's reference code",
    "parties_names_joined_by_and_before_title": (
        "more than four words before the preamble's title may be a letterhead or a cover line"
    ),
    "heading_shorter_than_preamble": (
        "whether the heading or the preamble's fuller name is the title is a labelling choice:"
        " CUAD labels the preamble's fuller name under a shorter heading as often"
    ),
}


def _cases(openings: dict[str, tuple[str, str]]) -> list[str]:
    """The openings whose title comes out right (the open ones are tested apart)."""
    return [name for name in sorted(openings) if name not in OPEN]


def own_title(text: str) -> str | None:
    """The title of the passage's own agreement, as the CUAD evaluation reads it."""
    ex = extract_text(text)
    own = [e for e in ex.entities if e.contained and e.label in ("Agreement", "Instrument")]
    if not own:
        return None
    title = own[0].props.get("title")
    return str(title) if title else None


@pytest.mark.parametrize("name", _cases(OPENINGS))
def test_title_of_opening(name: str) -> None:
    text, expected = OPENINGS[name]
    got = own_title(text)
    assert got is not None and norm(got) == norm(expected), (got, expected)


@pytest.mark.parametrize("name", _cases(MORE_OPENINGS))
def test_title_of_more_openings(name: str) -> None:
    text, expected = MORE_OPENINGS[name]
    got = own_title(text)
    assert got is not None and norm(got) == norm(expected), (got, expected)


@pytest.mark.parametrize("name", _cases(CONVERTED_OPENINGS))
def test_title_of_converted_openings(name: str) -> None:
    text, expected = CONVERTED_OPENINGS[name]
    got = own_title(text)
    assert got is not None and norm(got) == norm(expected), (got, expected)


@pytest.mark.parametrize("name", _cases(NAMED_OPENINGS))
def test_title_of_named_openings(name: str) -> None:
    text, expected = NAMED_OPENINGS[name]
    got = own_title(text)
    assert got is not None and norm(got) == norm(expected), (got, expected)


_ALL = {**OPENINGS, **MORE_OPENINGS, **CONVERTED_OPENINGS, **NAMED_OPENINGS}


@pytest.mark.parametrize("name", sorted(OPEN))
def test_an_open_opening_still_misses_its_title(name: str) -> None:
    """An open opening's title still comes out otherwise than it states (the reason is in
    ``OPEN``): once it comes out right, it belongs with the openings above."""
    text, expected = _ALL[name]
    got = own_title(text)
    assert got is None or norm(got) != norm(expected), (got, expected, OPEN[name])
