"""Leases, licence, supply, distribution and royalty agreements, asset and stock purchase
agreements and employment agreements, amended."""

from __future__ import annotations

from tests.changes_round2_other.case import Case, sign

CASES: list[Case] = [
    Case(
        "lease_1990s_paragraph_substituted",
        "                    FIRST AMENDMENT TO LEASE\n\n"
        '     THIS FIRST AMENDMENT TO LEASE (this "Amendment") is made as of\n'
        "March 14, 1997, by and between HARBORVIEW PROPERTIES LIMITED\n"
        'PARTNERSHIP ("Landlord") and CASCADE OPTICS, INC. ("Tenant").\n\n'
        "     WHEREAS, Landlord and Tenant are parties to that certain Lease\n"
        'dated as of June 1, 1994 (the "Lease"); and\n\n'
        "     WHEREAS, Landlord and Tenant desire to amend the Lease as set\n"
        "forth below.\n\n"
        "     NOW, THEREFORE, the parties agree as follows:\n\n"
        "     1.   Paragraph 3 of the Lease is deleted in its entirety and the\n"
        "following substituted therefor:\n\n"
        '          "3.  Term.  The term of this Lease shall expire on May 31,\n'
        '     2002, unless sooner terminated as provided herein."\n\n'
        '     2.   Paragraph 5(a) of the Lease is amended by deleting "$4,250.00"\n'
        'and substituting "$4,675.00" therefor.\n\n'
        "     3.   Except as modified hereby, the Lease remains in full force\n"
        "and effect." + sign("CASCADE OPTICS, INC."),
        "1994-06-01",
        (
            (
                "Paragraph 3",
                None,
                "replace",
                "3.  Term.  The term of this Lease shall expire on May 31,\n"
                "     2002, unless sooner terminated as provided herein.",
            ),
            ("Paragraph 5(a)", None, "amend", "$4,675.00"),
        ),
    ),
    Case(
        "lease_article_with_heading_and_sentence_added",
        "SECOND AMENDMENT TO LEASE AGREEMENT\n\n"
        'This Second Amendment to Lease Agreement (the "Second Amendment") is entered into as of '
        'September 9, 2004 between MILLBROOK OFFICE TRUST ("Landlord") and PELLAM SOFTWARE LLC '
        '("Tenant"), and amends the Lease Agreement dated as of February 1, 2001 between Landlord '
        'and Tenant (as previously amended, the "Lease").\n\n'
        "1. Rent. Article 5 (Rent) of the Lease is hereby amended to read as follows:\n\n"
        "ARTICLE 5\nRENT\n\n"
        "5.1 Tenant shall pay Base Rent of $18,300 per month, in advance, on the first day of each "
        "calendar month.\n\n"
        "5.2 Base Rent shall increase by three percent (3%) on each anniversary of the "
        "Commencement Date.\n\n"
        "2. Use. Section 2.1 of the Lease is amended by adding the following sentence at the end "
        'thereof: "Tenant may also use the Premises for the assembly of electronic components."\n\n'
        "3. Ratification. The Lease, as amended hereby, is ratified and confirmed."
        + sign("PELLAM SOFTWARE LLC"),
        "2001-02-01",
        (
            (
                "Article 5",
                None,
                "replace",
                "ARTICLE 5\nRENT\n\n"
                "5.1 Tenant shall pay Base Rent of $18,300 per month, in advance, on the first day "
                "of each calendar month.\n\n"
                "5.2 Base Rent shall increase by three percent (3%) on each anniversary of the "
                "Commencement Date.",
            ),
            (
                "Section 2.1",
                None,
                "amend",
                "Tenant may also use the Premises for the assembly of electronic components.",
            ),
        ),
    ),
    Case(
        "lease_premises_expanded_and_exhibit_replaced",
        "THIRD AMENDMENT TO LEASE\n\n"
        'THIS THIRD AMENDMENT TO LEASE ("Amendment") is dated as of July 22, 2009, between '
        'GRANITE POINT ASSOCIATES, L.P. ("Landlord") and NORTHWIND LABS, INC. ("Tenant").\n\n'
        "RECITALS\n\n"
        "A. Landlord and Tenant are parties to that certain Office Lease dated as of October 3, "
        '2006 (the "Lease").\n\n'
        "B. Tenant desires to lease additional space in the Building.\n\n"
        "AGREEMENT\n\n"
        "1. Expansion. Effective as of the Expansion Date, the Premises are expanded to include "
        "approximately 2,400 rentable square feet on the third floor of the Building.\n\n"
        "2. Exhibit A. Exhibit A to the Lease is deleted and replaced with Exhibit A attached "
        "hereto.\n\n"
        "3. Brokers. Each party represents that it has dealt with no broker in connection with "
        "this Amendment." + sign("NORTHWIND LABS, INC."),
        "2006-10-03",
        (
            (None, "Premises", "amend", None),
            ("Exhibit A", None, "replace", None),
        ),
    ),
    Case(
        "licence_exhibit_and_clause_british",
        "DEED OF VARIATION\n\n"
        "THIS DEED is made on 12 May 2011 BETWEEN:\n\n"
        '(1) ORCHARD BIOSCIENCES LIMITED (the "Licensor"); and\n\n'
        '(2) TELFORD PHARMA PLC (the "Licensee").\n\n'
        "WHEREAS the parties entered into a licence agreement dated 4 March 2008 (the "
        '"Licence Agreement").\n\n'
        "IT IS AGREED as follows:\n\n"
        "1. Exhibit A (Products) to the Licence Agreement is hereby replaced in its entirety with "
        "the Exhibit A attached to this Deed.\n\n"
        "2. Clause 4.2 of the Licence Agreement shall be deleted and "
        "replaced with the following:\n\n"
        '"4.2 The Licensee shall pay to the Licensor a royalty of six per cent (6%) of Net Sales '
        'of each Product."\n\n'
        "3. Save as varied by this Deed, the Licence Agreement shall continue in full force and "
        "effect." + sign("TELFORD PHARMA PLC"),
        "2008-03-04",
        (
            ("Exhibit A", None, "replace", None),
            (
                "Clause 4.2",
                None,
                "replace",
                "4.2 The Licensee shall pay to the Licensor a royalty of six per cent (6%) of Net "
                "Sales of each Product.",
            ),
        ),
    ),
    Case(
        "supply_section_entitled",
        "AMENDMENT NO. 1 TO SUPPLY AGREEMENT\n\n"
        'This Amendment No. 1 (this "Amendment") to the Supply Agreement dated as of January 15, '
        '2003 (the "Supply Agreement") between KESTREL FOODS, INC. ("Buyer") and VALLEY GROWERS '
        'COOPERATIVE ("Supplier") is made as of November 1, 2005.\n\n'
        'A. Section 3 entitled "Royalties" of the Supply Agreement is amended to read in its '
        "entirety as follows:\n\n"
        '"3. Royalties. Buyer shall pay Supplier a royalty of $0.04 per pound of Product sold by '
        'Buyer during each calendar quarter."\n\n'
        "B. All other terms of the Supply Agreement remain unchanged."
        + sign("KESTREL FOODS, INC."),
        "2003-01-15",
        (
            (
                "Section 3",
                None,
                "replace",
                "3. Royalties. Buyer shall pay Supplier a royalty of $0.04 "
                "per pound of Product sold "
                "by Buyer during each calendar quarter.",
            ),
        ),
    ),
    Case(
        "employment_section_amended_to_read",
        "AMENDMENT TO EMPLOYMENT AGREEMENT\n\n"
        "This Amendment to Employment Agreement is entered into as of December 18, 2007 by and "
        'between BRIGHTWATER SYSTEMS, INC. (the "Company") and Laura Chen (the "Executive").\n\n'
        "WHEREAS, the Company and the Executive entered into an Employment Agreement dated as of "
        'April 1, 2005 (the "Employment Agreement");\n\n'
        "NOW, THEREFORE, the Company and the Executive agree as follows:\n\n"
        "1. Section 4(a) of the Employment Agreement is amended to read as follows:\n\n"
        '"(a) Base Salary. The Company shall pay the Executive a base salary at the annual rate '
        "of $325,000, payable in accordance with the Company's payroll practices.\"\n\n"
        "2. Section 9 of the Employment Agreement is amended by deleting the second sentence "
        "thereof.\n\n"
        "3. In all other respects the Employment Agreement remains in effect."
        + sign("BRIGHTWATER SYSTEMS, INC."),
        "2005-04-01",
        (
            (
                "Section 4(a)",
                None,
                "replace",
                "(a) Base Salary. The Company shall pay the Executive a base salary at the annual "
                "rate of $325,000, payable in accordance with the Company's payroll practices.",
            ),
            ("Section 9", None, "amend", None),
        ),
    ),
    Case(
        "asset_purchase_price_and_schedule",
        "AMENDMENT NO. 1 TO ASSET PURCHASE AGREEMENT\n\n"
        'This Amendment No. 1 (this "Amendment") is entered into as of August 14, 2015 by and '
        'among OAKRIDGE TOOL COMPANY ("Buyer"), PRECISION GEARWORKS, INC. ("Seller") and Henry '
        'Walsh ("Shareholder"), and amends the Asset Purchase Agreement dated as of July 1, 2015 '
        '(the "Purchase Agreement").\n\n'
        "1. Section 2.5 (Purchase Price) of the Purchase Agreement is amended by deleting the "
        'amount "$12,500,000" and replacing it with "$11,750,000".\n\n'
        "2. Schedule 2.1(a) to the Purchase Agreement is hereby replaced with Schedule 2.1(a) "
        "attached hereto.\n\n"
        "3. Capitalized terms used herein have the meanings given in the Purchase Agreement."
        + sign("OAKRIDGE TOOL COMPANY"),
        "2015-07-01",
        (
            ("Section 2.5", None, "amend", "$11,750,000"),
            ("Schedule 2.1(a)", None, "replace", None),
        ),
    ),
    Case(
        "stock_purchase_html_spacing",
        "AMENDMENT  TO  STOCK  PURCHASE  AGREEMENT\n\n"
        'This  Amendment  to  Stock  Purchase  Agreement  (this  " Amendment ")  is  made  as  '
        'of  May  20,  2005,  by  and  among  LANTERN  MEDIA  GROUP,  INC.  (" Buyer ")  and  '
        "the  stockholders  of  Coastline  Radio,  Inc.  listed  on  the  signature  pages  "
        "hereto.\n\n"
        "WHEREAS,  Buyer  and  the  Sellers  are  parties  to  a  Stock  Purchase  Agreement  "
        'dated  as  of  February  11,  2005  (the  " Stock  Purchase  Agreement ");\n\n'
        "1.  Section  6.1(b)  of  the  Stock  Purchase  Agreement  is  hereby  amended  by  "
        'replacing  the  date  " June  30,  2005 "  with  " September  30,  2005 ".\n\n'
        "2.  Section  11.4  of  the  Stock  Purchase  Agreement  is  hereby  deleted  in  its  "
        'entirety  and  replaced  with  " [Reserved] ".\n\n'
        "3.  Miscellaneous.  This  Amendment  may  be  executed  in  counterparts."
        + sign("LANTERN MEDIA GROUP, INC."),
        "2005-02-11",
        (
            ("Section 6.1(b)", None, "amend", " September  30,  2005 "),
            ("Section 11.4", None, "replace", " [Reserved] "),
        ),
    ),
    Case(
        "supply_list_after_page_footer",
        "AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT\n\n"
        "This Amendment No. 2 is dated as of October 12, 2016 between HALCYON THERAPEUTICS, INC. "
        '("Halcyon") and PRAXIS CONTRACT MANUFACTURING, LLC ("Praxis").\n\n'
        "1. Background. Halcyon and Praxis are parties to a Manufacturing and Supply Agreement "
        'dated as of June 6, 2013 (the "Supply Agreement").\n\n'
        "2. Amendments to the Supply Agreement. The Supply Agreement is hereby amended as "
        "follows:\n\n\n"
        "                                      -2-\n\n\n"
        '(a) Section 7.1 is amended by deleting "thirty (30) days" and inserting "forty-five '
        '(45) days" in its place.\n\n'
        "(b) Section 9 is deleted in its entirety.\n\n"
        "(c) A new Section 9A is added to read as follows:\n\n"
        '"9A. Safety Stock. Praxis shall maintain a safety stock of Product equal to two (2) '
        'months of forecast demand."\n\n'
        "3. Effect. Except as amended hereby, the Supply Agreement remains in effect."
        + sign("HALCYON THERAPEUTICS, INC."),
        "2013-06-06",
        (
            ("Section 7.1", None, "amend", "forty-five (45) days"),
            ("Section 9", None, "delete", None),
            (
                "Section 9A",
                None,
                "add",
                "9A. Safety Stock. Praxis shall maintain a safety stock of "
                "Product equal to two (2) "
                "months of forecast demand.",
            ),
        ),
    ),
    Case(
        "distribution_run_in_headings",
        "FIRST AMENDMENT TO EXCLUSIVE DISTRIBUTION AGREEMENT\n\n"
        "This First Amendment is made as of January 8, 2009 between POLARIS AUDIO CORP. "
        '("Polaris") and GREAT LAKES ELECTRONICS SUPPLY, INC. ("Distributor"), amending the '
        'Exclusive Distribution Agreement dated as of March 3, 2006 (the "Distribution '
        'Agreement").\n\n'
        '1. Term. Section 2 of the Distribution Agreement is hereby amended by deleting "three '
        '(3) years" and inserting "five (5) years" in its place.\n\n'
        "2. Territory. Exhibit B to the Distribution Agreement is deleted in its entirety and "
        "replaced by Exhibit B attached hereto.\n\n"
        "3. Minimum Purchases. Section 5.2 of the Distribution Agreement is amended to read in "
        "its entirety as follows:\n\n"
        "5.2 Minimum Purchases. Distributor shall purchase Products having an aggregate net price "
        "of not less than $1,500,000 in each Contract Year.\n\n"
        "4. Counterparts. This First Amendment may be signed in counterparts."
        + sign("POLARIS AUDIO CORP."),
        "2006-03-03",
        (
            ("Section 2", None, "amend", "five (5) years"),
            ("Exhibit B", None, "replace", None),
            (
                "Section 5.2",
                None,
                "replace",
                "5.2 Minimum Purchases. Distributor shall purchase Products "
                "having an aggregate net "
                "price of not less than $1,500,000 in each Contract Year.",
            ),
        ),
    ),
    Case(
        "lease_roman_list_new_subparagraph",
        "FOURTH AMENDMENT TO LEASE\n\n"
        'This Fourth Amendment to Lease (the "Amendment") is entered into as of June 1, 1999 by '
        'and between TRI-CITY INDUSTRIAL PARK, INC. ("Lessor") and ACME PLASTICS CORP. ("Lessee").'
        '\n\nLessor and Lessee are parties to a Lease dated December 15, 1992 (the "Lease"). '
        "The Lease is hereby amended as follows:\n\n"
        "(i) Paragraph 1(b) of the Lease is amended to read:\n\n"
        '"(b) Term. The Term shall end on November 30, 2004."\n\n'
        "(ii) Paragraph 12 of the Lease is amended by adding the following new subparagraph "
        "(e):\n\n"
        "\"(e) Lessee may install a rooftop antenna at its own cost, subject to Lessor's approval "
        'of the plans."\n\n'
        "(iii) Paragraph 20 of the Lease is hereby deleted." + sign("ACME PLASTICS CORP."),
        "1992-12-15",
        (
            (
                "Paragraph 1(b)",
                None,
                "replace",
                "(b) Term. The Term shall end on November 30, 2004.",
            ),
            (
                "Paragraph 12(e)",
                None,
                "add",
                "(e) Lessee may install a rooftop antenna at its own cost, subject to Lessor's "
                "approval of the plans.",
            ),
            ("Paragraph 20", None, "delete", None),
        ),
    ),
    Case(
        "employment_salary_struck_and_section_added",
        "SECOND AMENDMENT TO EXECUTIVE EMPLOYMENT AGREEMENT\n\n"
        "This Second Amendment is made as of March 31, 2011 between QUARRY HILL BANCORP (the "
        '"Company") and David Moss ("Executive") and amends the Executive Employment Agreement '
        'dated as of January 1, 2009 (the "Agreement").\n\n'
        '1. Section 3.1 of the Agreement is hereby amended by striking "$210,000" and inserting '
        '"$240,000" in lieu thereof.\n\n'
        "2. A new Section 5.4 is added to the Agreement immediately following Section 5.3 as "
        "follows:\n\n"
        "\"5.4 Change in Control. If Executive's employment is terminated within twelve (12) "
        "months following a Change in Control, Executive shall receive a lump sum equal to two "
        '(2) times his Base Salary."\n\n'
        "3. This Second Amendment is governed by Ohio law." + sign("QUARRY HILL BANCORP"),
        "2009-01-01",
        (
            ("Section 3.1", None, "amend", "$240,000"),
            (
                "Section 5.4",
                None,
                "add",
                "5.4 Change in Control. If Executive's employment is terminated within twelve (12) "
                "months following a Change in Control, Executive shall receive a lump sum equal to "
                "two (2) times his Base Salary.",
            ),
        ),
    ),
    Case(
        "supply_clause_heading_words_replaced",
        "VARIATION AGREEMENT\n\n"
        "THIS AGREEMENT is dated 30 June 2009 and is made BETWEEN HOLLOWAY ENGINEERING LIMITED "
        '("Holloway") and BRENTFORD COMPONENTS LIMITED ("Brentford").\n\n'
        "BACKGROUND\n\n"
        'The parties entered into a supply agreement dated 1 January 2006 (the "Supply '
        'Agreement").\n\n'
        "AGREED TERMS\n\n"
        "1. Clause 12 (Term) of the Supply Agreement shall be amended by replacing the words "
        '"31 December 2008" with "31 December 2010".\n\n'
        "2. Clause 15.1 of the Supply Agreement shall be deleted.\n\n"
        "3. This agreement is governed by English law." + sign("HOLLOWAY ENGINEERING LIMITED"),
        "2006-01-01",
        (
            ("Clause 12", None, "amend", "31 December 2010"),
            ("Clause 15.1", None, "delete", None),
        ),
    ),
    Case(
        "lease_base_rent_table_replaced",
        "FIFTH AMENDMENT TO LEASE\n\n"
        'THIS FIFTH AMENDMENT TO LEASE (this "Amendment") is made as of February 27, 2020 by '
        'and between 400 MARKET STREET OWNER LLC ("Landlord") and TRELLIS HEALTH, INC. '
        '("Tenant").\n\n'
        "R E C I T A L S\n\n"
        "Landlord and Tenant are parties to that certain Lease dated as of April 10, 2014 (as "
        'amended, the "Lease").\n\n'
        "A G R E E M E N T\n\n"
        "1.   Base Rent.   Section 4.1 of the Lease (Base Rent) is deleted and replaced with the "
        "following:\n\n"
        "     4.1   Base Rent.   Tenant shall pay Base Rent as follows:\n\n"
        "           Period                       Monthly Base Rent\n"
        "           03/01/2020 - 02/28/2021      $42,000.00\n"
        "           03/01/2021 - 02/28/2022      $43,260.00\n\n"
        "2.   Recital Not a Change.   Tenant acknowledges that Section 14 of the Lease continues "
        "to apply to the Premises.\n\n"
        "3.   Counterparts.   This Amendment may be executed in counterparts."
        + sign("TRELLIS HEALTH, INC."),
        "2014-04-10",
        (
            (
                "Section 4.1",
                None,
                "replace",
                "4.1   Base Rent.   Tenant shall pay Base Rent as follows:\n\n"
                "           Period                       Monthly Base Rent\n"
                "           03/01/2020 - 02/28/2021      $42,000.00\n"
                "           03/01/2021 - 02/28/2022      $43,260.00",
            ),
        ),
    ),
    Case(
        "asset_purchase_words_inserted_after",
        "AMENDMENT TO ASSET PURCHASE AGREEMENT\n\n"
        "This Amendment dated as of September 3, 1998 is between DOMINION HARDWARE CORP. "
        '("Purchaser") and BAYSIDE SUPPLY CO. ("Seller").\n\n'
        "WHEREAS, Purchaser and Seller wish to amend Section 3 of the Asset Purchase Agreement "
        'dated as of July 20, 1998 (the "Purchase Agreement"), subject to Section 14 thereof;\n\n'
        "NOW, THEREFORE, the parties agree:\n\n"
        "1. Section 10.2 of the Purchase Agreement is hereby amended by inserting the words "
        '", other than Excluded Liabilities," immediately after the word "Liabilities" in the '
        "third line thereof.\n\n"
        "2. Section 3.4 of the Purchase Agreement is hereby amended and restated as follows:\n\n"
        "3.4 Closing Date. The Closing shall take place on or before October 15, 1998.\n\n"
        "3. Governing Law. This Amendment is governed by Virginia law."
        + sign("DOMINION HARDWARE CORP."),
        "1998-07-20",
        (
            ("Section 10.2", None, "amend", ", other than Excluded Liabilities,"),
            (
                "Section 3.4",
                None,
                "replace",
                "3.4 Closing Date. The Closing shall take place on or before October 15, 1998.",
            ),
        ),
    ),
    Case(
        "royalty_license_article_numbered_words",
        "AMENDMENT NUMBER TWO TO PATENT LICENSE AGREEMENT\n\n"
        "This Amendment Number Two is entered into as of March 15, 2000 between the BOARD OF "
        'REGENTS OF THE STATE UNIVERSITY ("Licensor") and NOVAGENE CORPORATION ("Licensee"), and '
        'amends the Patent License Agreement dated as of June 30, 1996 (the "License").\n\n'
        "ONE. Article 3 of the License is hereby amended by deleting Section 3.3 in its entirety "
        "and inserting in its place the following:\n\n"
        "3.3 Licensee shall pay Licensor a minimum annual royalty of Fifty Thousand Dollars "
        "($50,000) commencing January 1, 2001.\n\n"
        "TWO. Appendix B of the License is deleted and replaced with Appendix B attached to this "
        "Amendment Number Two.\n\n"
        "THREE. All other terms of the License remain in full force and effect."
        + sign("NOVAGENE CORPORATION"),
        "1996-06-30",
        (
            (
                "Section 3.3",
                None,
                "replace",
                "3.3 Licensee shall pay Licensor a minimum annual royalty of "
                "Fifty Thousand Dollars "
                "($50,000) commencing January 1, 2001.",
            ),
            ("Appendix B", None, "replace", None),
        ),
    ),
]
