"""Blind stress test, round two: amendments of agreements other than credit agreements (leases,
licence and supply agreements, employment agreements, purchase agreements, warrants and notes,
indenture supplements, partnership and LLC agreements, letter amendments, amendments numbered
with words, and plain-language amendments naming a provision by its heading).

Every passage below was written from how such amendments are drafted, not copied from a corpus
document, and the changes each one makes were written down before the extractor ran on it.
Each expected change is (section, term, action, new wording); a new wording of ``None`` means
the passage states none (an attached exhibit, a plain deletion) and is not checked.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.amendment_changes import changes
from tests.evaluation.changes import provision_id

Expected = tuple[str | None, str | None, str, str | None]  # section, term, action, new wording


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    base_date: str
    expected: tuple[Expected, ...]


def _sign(party: str) -> str:
    return (
        "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment as of the date first "
        f"written above.\n\n{party}\n\nBy: /s/ Pat Reyes\nName: Pat Reyes\nTitle: President\n"
    )


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
        "and effect." + _sign("CASCADE OPTICS, INC."),
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
        + _sign("PELLAM SOFTWARE LLC"),
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
        "this Amendment." + _sign("NORTHWIND LABS, INC."),
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
        "effect." + _sign("TELFORD PHARMA PLC"),
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
        + _sign("KESTREL FOODS, INC."),
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
        + _sign("BRIGHTWATER SYSTEMS, INC."),
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
        "letter_amendment_lettered_items",
        "WESTLAKE MEDICAL DEVICES, INC.\n100 Harbor Drive\nSan Diego, California 92101\n\n"
        "August 3, 2010\n\nDr. Marcus Bell\n14 Elm Street\nLa Jolla, California 92037\n\n"
        "Re: Amendment to Consulting Agreement\n\nDear Dr. Bell:\n\n"
        "Reference is made to the Consulting Agreement dated as of May 5, 2008 (the "
        '"Agreement") between Westlake Medical Devices, Inc. (the "Company") and you. This '
        "letter confirms that Section 6 of the Agreement is amended as follows:\n\n"
        "(a) The first sentence of Section 6(b) is deleted.\n\n"
        '(b) Section 6(d) is amended by replacing "twelve (12) months" with "eighteen (18) '
        'months".\n\n'
        "Except as set forth above, the Agreement remains unchanged. Please sign below to "
        "confirm your agreement.\n\nVery truly yours,\n\nWESTLAKE MEDICAL DEVICES, INC.\n\n"
        "By: /s/ Ann Ortiz\nName: Ann Ortiz\nTitle: Chief Executive Officer\n\n"
        "ACCEPTED AND AGREED:\n\n/s/ Marcus Bell\nMarcus Bell\n",
        "2008-05-05",
        (
            ("Section 6(b)", None, "amend", None),
            ("Section 6(d)", None, "amend", "eighteen (18) months"),
        ),
    ),
    Case(
        "note_maturity_extended_and_rate",
        "AMENDMENT NO. 2 TO PROMISSORY NOTE\n\n"
        'This Amendment No. 2 to Promissory Note (this "Amendment") is made as of June 28, 2010 '
        'by CORBIN ENERGY CORP. (the "Maker") in favor of DELTA CAPITAL PARTNERS, LP (the '
        '"Holder").\n\n'
        "The Maker issued to the Holder a Secured Promissory Note dated as of July 1, 2008 in "
        'the original principal amount of $2,000,000 (the "Note"). The Maker and the Holder '
        "agree as follows:\n\n"
        '1. Section 1 of the Note is amended by deleting the words "eight percent (8%)" and '
        'substituting therefor the words "ten percent (10%)".\n\n'
        '2. The definition of "Maturity Date" in Section 7 of the Note is amended and restated '
        'in its entirety as follows: "Maturity Date" means December 31, 2011.\n\n'
        "3. This Amendment shall be governed by the laws of the State of Texas."
        + _sign("CORBIN ENERGY CORP."),
        "2008-07-01",
        (
            ("Section 1", None, "amend", "ten percent (10%)"),
            (None, "Maturity Date", "replace", '"Maturity Date" means December 31, 2011.'),
        ),
    ),
    Case(
        "warrant_section_amended_and_deleted",
        "AMENDMENT TO COMMON STOCK PURCHASE WARRANT\n\n"
        "This Amendment to Common Stock Purchase Warrant is dated as of February 10, 2012, by "
        'and between ZENITH GENOMICS, INC. (the "Company") and ARBOR FUND I, L.P. (the '
        '"Holder").\n\n'
        "The Company issued to the Holder a Common Stock Purchase Warrant dated as of March 1, "
        '2010 (the "Warrant"). The parties hereby agree as follows:\n\n'
        '1. Exercise Price. Section 2 of the Warrant is amended by deleting the phrase "$1.25 per '
        'share" and inserting in lieu thereof "$0.80 per share".\n\n'
        "2. Anti-Dilution. Section 3(c) of the Warrant is hereby deleted in its entirety.\n\n"
        "3. No Other Changes. Except as set forth herein, the Warrant is unchanged."
        + _sign("ZENITH GENOMICS, INC."),
        "2010-03-01",
        (
            ("Section 2", None, "amend", "$0.80 per share"),
            ("Section 3(c)", None, "delete", None),
        ),
    ),
    Case(
        "indenture_supplement_article_one",
        "FIRST SUPPLEMENTAL INDENTURE\n\n"
        'FIRST SUPPLEMENTAL INDENTURE (this "Supplemental Indenture"), dated as of October 5, '
        '2006, between ASHFORD CHEMICAL CORPORATION (the "Company") and FIRST COMMONWEALTH '
        'TRUST COMPANY, as trustee (the "Trustee").\n\n'
        "W I T N E S S E T H\n\n"
        "WHEREAS, the Company and the Trustee are parties to an Indenture dated as of March 15, "
        '2004 (the "Indenture") relating to the Company\'s 9 1/4% Senior Notes due 2014;\n\n'
        "NOW, THEREFORE, the Company and the Trustee agree as follows:\n\n"
        "ARTICLE ONE\n\nAMENDMENTS\n\n"
        "Section 1.01. Amendment to Section 4.07. Section 4.07 of the Indenture is hereby "
        'deleted in its entirety and replaced with the words "[Intentionally Omitted]".\n\n'
        "Section 1.02. Additional Definition. Section 1.01 of the Indenture is hereby amended by "
        "adding the following definition in the appropriate alphabetical order:\n\n"
        '"Permitted Refinancing Indebtedness" means Indebtedness of the Company issued in '
        "exchange for, or the net proceeds of which are used to refinance, other Indebtedness of "
        "the Company.\n\n"
        "ARTICLE TWO\n\nMISCELLANEOUS\n\n"
        "Section 2.01. Ratification. The Indenture, as supplemented hereby, is ratified."
        + _sign("ASHFORD CHEMICAL CORPORATION"),
        "2004-03-15",
        (
            ("Section 4.07", None, "replace", "[Intentionally Omitted]"),
            (
                None,
                "Permitted Refinancing Indebtedness",
                "add",
                '"Permitted Refinancing Indebtedness" means Indebtedness of the Company issued in '
                "exchange for, or the net proceeds of which are used to refinance, other "
                "Indebtedness of the Company.",
            ),
        ),
    ),
    Case(
        "partnership_adding_at_end_and_exhibit_restated",
        "AMENDMENT NO. 3 TO AGREEMENT OF LIMITED "
        "PARTNERSHIP\nOF\nRIVERSTONE REALTY PARTNERS, L.P.\n\n"
        "This Amendment No. 3 is made and entered into as of January 30, 2013 by RIVERSTONE "
        'REALTY GP, LLC, as general partner (the "General Partner") of Riverstone Realty '
        "Partners, L.P., pursuant to the Agreement of Limited Partnership dated as of August 8, "
        '2008 (the "Partnership Agreement").\n\n'
        "1. Section 8.3 of the Partnership Agreement is hereby amended by adding at the end "
        'thereof the following: "Any transfer in violation of this Section 8.3 shall be null and '
        'void ab initio."\n\n'
        "2. Exhibit A to the Partnership Agreement is hereby amended and restated in its "
        "entirety in the form attached hereto as Exhibit A.\n\n"
        "3. Except as amended hereby, the Partnership Agreement remains in full force."
        + _sign("RIVERSTONE REALTY GP, LLC"),
        "2008-08-08",
        (
            (
                "Section 8.3",
                None,
                "amend",
                "Any transfer in violation of this Section 8.3 shall be null and void ab initio.",
            ),
            ("Exhibit A", None, "replace", None),
        ),
    ),
    Case(
        "llc_words_numbered",
        "AMENDMENT TO OPERATING AGREEMENT\nOF\nBLUE HERON HOLDINGS, LLC\n\n"
        "The undersigned, being all of the Members of Blue Heron Holdings, LLC, a Delaware limited "
        "liability company, hereby amend the Limited Liability Company Operating Agreement dated "
        'as of May 2, 2002 (the "Operating Agreement") as follows, effective as of March 1, '
        "2004:\n\n"
        "FIRST: Section 5.1 of the Operating Agreement is amended and restated to read in its "
        "entirety as follows:\n\n"
        '"5.1 Management. The Company shall be managed by a Board of Managers consisting of three '
        '(3) Managers appointed by the Members holding a majority of the Units."\n\n'
        "SECOND: Article VII of the Operating Agreement is deleted in its entirety.\n\n"
        "THIRD: Except as expressly amended hereby, the Operating Agreement remains in full force "
        "and effect." + _sign("MEMBERS"),
        "2002-05-02",
        (
            (
                "Section 5.1",
                None,
                "replace",
                "5.1 Management. The Company shall be managed by a Board of Managers consisting of "
                "three (3) Managers appointed by the Members holding a majority of the Units.",
            ),
            ("Article VII", None, "delete", None),
        ),
    ),
    Case(
        "plain_language_paragraph_entitled",
        "AMENDMENT TO DISTRIBUTION AGREEMENT\n\n"
        "This Amendment is made as of April 4, 2014 between SUNCREST BEVERAGE CO. and METRO "
        "DISTRIBUTORS, INC. to amend the Distribution Agreement between them dated as of "
        'September 1, 2011 (the "Agreement").\n\n'
        'The paragraph entitled "Termination" is deleted and replaced with the following: '
        "\"Termination. Either party may terminate this Agreement on ninety (90) days' written "
        'notice to the other party."\n\n'
        'The paragraph entitled "Exclusivity" is deleted in its entirety.\n\n'
        "All other provisions of the Agreement remain the same." + _sign("SUNCREST BEVERAGE CO."),
        "2011-09-01",
        (
            (
                "Termination",
                None,
                "replace",
                "Termination. Either party may terminate this Agreement on ninety (90) days' "
                "written notice to the other party.",
            ),
            ("Exclusivity", None, "delete", None),
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
        + _sign("OAKRIDGE TOOL COMPANY"),
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
        + _sign("LANTERN MEDIA GROUP, INC."),
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
        + _sign("HALCYON THERAPEUTICS, INC."),
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
        + _sign("POLARIS AUDIO CORP."),
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
        "(iii) Paragraph 20 of the Lease is hereby deleted." + _sign("ACME PLASTICS CORP."),
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
        "3. This Second Amendment is governed by Ohio law." + _sign("QUARRY HILL BANCORP"),
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
        "letter_section_restated",
        "[LETTERHEAD OF SILVERLINE NETWORKS, INC.]\n\nNovember 19, 2001\n\n"
        "Mr. Thomas Greer\n55 Rowan Court\nReston, Virginia 20190\n\nDear Tom:\n\n"
        "This letter amends the Severance Agreement dated as of September 4, 2000 between you "
        'and Silverline Networks, Inc. (the "Agreement"). Section 6 of the Agreement is amended '
        "to read in its entirety as follows:\n\n"
        '"6. Non-Solicitation. For twelve (12) months after the Termination Date, you shall not '
        'solicit any employee of the Company to leave its employ."\n\n'
        "All other terms of the Agreement remain in effect.\n\nSincerely,\n\n"
        "SILVERLINE NETWORKS, INC.\n\nBy: /s/ Helen Park\nName: Helen Park\nTitle: President\n\n"
        "Agreed and accepted:\n\n/s/ Thomas Greer\n",
        "2000-09-04",
        (
            (
                "Section 6",
                None,
                "replace",
                "6. Non-Solicitation. For twelve (12) months after the Termination Date, you shall "
                "not solicit any employee of the Company to leave its employ.",
            ),
        ),
    ),
    Case(
        "words_numbered_subsection_deleted",
        "AMENDMENT NO. 1 TO SERVICES AGREEMENT\n\n"
        "This Amendment No. 1 is entered into on February 2, 2018 by VERTEX CLOUD SERVICES, INC. "
        '("Provider") and HARMON RETAIL GROUP, INC. ("Customer") with respect to the Master '
        'Services Agreement dated as of June 12, 2016 (the "Agreement").\n\n'
        "FIRST: Section 4 of the Agreement is amended by deleting subsection (c) thereof.\n\n"
        'SECOND: Section 12.3 of the Agreement is amended by replacing "New York" with '
        '"Delaware".\n\n'
        "THIRD: This Amendment shall be effective as of the date first written above."
        + _sign("VERTEX CLOUD SERVICES, INC."),
        "2016-06-12",
        (
            ("Section 4(c)", None, "delete", None),
            ("Section 12.3", None, "amend", "Delaware"),
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
        "3. This agreement is governed by English law." + _sign("HOLLOWAY ENGINEERING LIMITED"),
        "2006-01-01",
        (
            ("Clause 12", None, "amend", "31 December 2010"),
            ("Clause 15.1", None, "delete", None),
        ),
    ),
    Case(
        "indenture_article_new_section",
        "SECOND SUPPLEMENTAL INDENTURE\n\n"
        "SECOND SUPPLEMENTAL INDENTURE dated as of April 17, 2007 among CASCADIA PAPER "
        'COMPANY (the "Issuer"), the Guarantors party hereto and NORTHERN STATES BANK, N.A., as '
        'trustee (the "Trustee"), to the Indenture dated as of May 1, 2005 (the "Indenture").\n\n'
        "1. Article Four of the Indenture is hereby amended by adding a new Section 4.19 at the "
        "end thereof to read as follows:\n\n"
        '"Section 4.19. Additional Guarantees. The Issuer shall cause each Domestic Subsidiary '
        'that guarantees other Indebtedness to execute a supplemental indenture."\n\n'
        '2. Section 6.01(a)(5) of the Indenture is hereby amended by replacing "$10.0 million" '
        'with "$25.0 million".\n\n'
        "3. This Second Supplemental Indenture is governed by the laws of the State of New York."
        + _sign("CASCADIA PAPER COMPANY"),
        "2005-05-01",
        (
            (
                "Section 4.19",
                None,
                "add",
                "Section 4.19. Additional Guarantees. The Issuer shall cause each Domestic "
                "Subsidiary that guarantees other Indebtedness to execute a "
                "supplemental indenture.",
            ),
            ("Section 6.01(a)(5)", None, "amend", "$25.0 million"),
        ),
    ),
    Case(
        "llc_schedule_and_last_sentence",
        "FIRST AMENDMENT TO LIMITED LIABILITY COMPANY AGREEMENT\nOF\nCEDAR RIDGE PARTNERS LLC\n\n"
        'This First Amendment (this "Amendment") to the Limited Liability Company Agreement of '
        'Cedar Ridge Partners LLC dated as of November 20, 2012 (the "LLC Agreement") is made '
        "as of December 31, 2014 by the Members.\n\n"
        "1. Schedule A to the LLC Agreement is hereby deleted and replaced in its entirety with "
        "Schedule A attached hereto.\n\n"
        "2. The last sentence of Section 9.2 of the LLC Agreement is hereby deleted.\n\n"
        "3. Except as amended hereby, the LLC Agreement is ratified." + _sign("MEMBERS"),
        "2012-11-20",
        (
            ("Schedule A", None, "replace", None),
            ("Section 9.2", None, "amend", None),
        ),
    ),
    Case(
        "plain_language_section_headed",
        "AMENDMENT TO NONDISCLOSURE AND SERVICES AGREEMENT\n\n"
        "Effective as of August 1, 2017, ATLAS DATA CORP. and FERNWOOD ANALYTICS LLC amend the "
        'Nondisclosure and Services Agreement between them dated March 2, 2015 (the "Agreement") '
        "as follows:\n\n"
        'The section of the Agreement headed "Confidentiality" is amended by adding the following '
        'sentence at the end: "These obligations shall survive for three (3) years after '
        'termination."\n\n'
        'The section headed "Fees" is deleted and replaced with: "Fees. Customer shall pay '
        '$9,500 per month."' + _sign("ATLAS DATA CORP."),
        "2015-03-02",
        (
            (
                "Confidentiality",
                None,
                "amend",
                "These obligations shall survive for three (3) years after termination.",
            ),
            ("Fees", None, "replace", "Fees. Customer shall pay $9,500 per month."),
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
        + _sign("TRELLIS HEALTH, INC."),
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
        + _sign("DOMINION HARDWARE CORP."),
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
        "warrant_expiration_definition_and_new_section",
        "AMENDMENT NO. 1 TO WARRANTS\n\n"
        "This Amendment No. 1 to Warrants is made as of December 1, 2016 by PINNACLE SOLAR, INC. "
        '(the "Company") and the holders of the Warrants to Purchase Common Stock dated as of '
        'January 5, 2015 (the "Warrants").\n\n'
        "Section 1 of the Warrants is amended as follows:\n\n"
        '(a) The definition of "Expiration Date" is amended by deleting "January 5, 2018" '
        'and inserting "January 5, 2021".\n\n'
        '(b) The following new definition is added: "Qualified Financing" means the sale of '
        "equity securities of the Company for gross proceeds of at least $5,000,000.\n\n"
        "Except as amended hereby, the Warrants remain unchanged." + _sign("PINNACLE SOLAR, INC."),
        "2015-01-05",
        (
            (None, "Expiration Date", "amend", "January 5, 2021"),
            (
                None,
                "Qualified Financing",
                "add",
                '"Qualified Financing" means the sale of equity securities of the Company for '
                "gross proceeds of at least $5,000,000.",
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
        + _sign("NOVAGENE CORPORATION"),
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


def _fold(s: str | None) -> str | None:
    return None if s is None else " ".join(s.split())


def _same(got: Expected, want: Expected) -> bool:
    """One change: the same provision (as the changes evaluation keys it) and action, and the
    same new wording (runs of whitespace folded) where the passage states one."""
    return (
        provision_id(got[0], got[1]) == provision_id(want[0], want[1])
        and got[2] == want[2]
        and (want[3] is None or _fold(got[3]) == _fold(want[3]))
    )


def _score(case: Case) -> tuple[list[Expected], list[Expected]]:
    """The expected changes not found, and the changes found that none expected (or that
    change an agreement of another date)."""
    got = [g for g, date in changes(case.text) if date == case.base_date]
    wrong = [g for g, date in changes(case.text) if date != case.base_date]
    missed: list[Expected] = []
    for want in case.expected:
        hit = next((g for g in got if _same(g, want)), None)
        if hit is None:
            missed.append(want)
        else:
            got.remove(hit)
    return missed, got + wrong


#: The changes the extractor still misses or gets otherwise, by passage, as (section, term,
#: action) of the change expected ("missed") or found ("wrong"). All but the English deed of
#: variation (whose own agreement, "THIS DEED is made on ...", is not read) are one provision
#: named otherwise than expected: "Paragraph 3" and "Clause 12" come out as "3" and "12", the
#: bare numbers the gold files give sections (whether an annotator keeps the word is open).
_Key = tuple[str | None, str | None, str]
KNOWN: dict[str, tuple[set[_Key], set[_Key]]] = {
    "lease_1990s_paragraph_substituted": (
        {("Paragraph 3", None, "replace"), ("Paragraph 5(a)", None, "amend")},
        {("3", None, "replace"), ("5(a)", None, "amend")},
    ),
    "licence_exhibit_and_clause_british": (
        {("Clause 4.2", None, "replace"), ("Exhibit A", None, "replace")},
        set(),
    ),
    "lease_roman_list_new_subparagraph": (
        {
            ("Paragraph 1(b)", None, "replace"),
            ("Paragraph 12(e)", None, "add"),
            ("Paragraph 20", None, "delete"),
        },
        {("1(b)", None, "replace"), ("12(e)", None, "add"), ("20", None, "delete")},
    ),
    "supply_clause_heading_words_replaced": (
        {("Clause 12", None, "amend"), ("Clause 15.1", None, "delete")},
        {("12", None, "amend"), ("15.1", None, "delete")},
    ),
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_round_two_passage(case: Case) -> None:
    """Each passage's changes come out as expected, but for its known misses, which persist."""
    missed, wrong = _score(case)
    known_missed, known_wrong = KNOWN.get(case.name, (set(), set()))
    assert {m[:3] for m in missed} == known_missed, case.name
    assert {w[:3] for w in wrong} == known_wrong, case.name


def test_round_two_score() -> None:
    """The share of expected changes found right and of changes found that are right."""
    expected = sum(len(c.expected) for c in CASES)
    missed = wrong = 0
    for case in CASES:
        m, w = _score(case)
        missed, wrong = missed + len(m), wrong + len(w)
    found = expected - missed
    assert (expected, found, found + wrong) == (58, 49, 56)


_LEASE_HEAD = (
    "FIRST AMENDMENT TO LEASE\n\nThis First Amendment to Lease is made as of May 1, 2011 between "
    'ELM STREET LLC ("Landlord") and BOLT CORP. ("Tenant"), who are parties to a Lease dated as '
    'of June 1, 2006 (the "Lease").\n\n'
)
_LEASE_TAIL = (
    "\n\n5. Counterparts. This Amendment may be executed in counterparts.\n\nBOLT CORP.\n\n"
    "By: /s/ Ann Bell\nName: Ann Bell\nTitle: Chief Executive Officer\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. Extension. The term of the Lease is hereby extended to May 31, 2016.",
            [(None, "Term", "amend")],
        ),
        (
            "1. Expansion. The Premises are hereby expanded to include Suite 300 of the Building.",
            [(None, "Premises", "amend")],
        ),
        (
            "1. Expansion. Effective July 1, 2011, the Premises are expanded to include Suite 300.",
            [(None, "Premises", "amend")],
        ),
        (
            "1. Rent. The Base Rent is hereby increased to $12,000 per month.",
            [(None, "Base Rent", "amend")],
        ),
        # what a lease amendment says of its terms without changing them
        ("1. Rent. Commencing July 1, 2011, Tenant shall pay Base Rent of $12,000 per month.", []),
        ("1. Condition. The Premises are hereby accepted by Tenant in their as-is condition.", []),
    ],
)
def test_lease_terms_changed(body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    """A lease's term, premises and rent change as terms of the lease (fixes after round two)."""
    got = changes(_LEASE_HEAD + body + _LEASE_TAIL)
    assert [g[:3] for g, _ in got] == expected
    assert all(date == "2006-06-01" for _, date in got)
