"""Notes, warrants and indenture supplements, partnership and LLC agreements, letter
amendments, amendments numbered with words and plain-language amendments naming a provision
by its heading."""

from __future__ import annotations

from tests.changes_round2_other.case import Case, sign

CASES: list[Case] = [
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
        + sign("CORBIN ENERGY CORP."),
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
        + sign("ZENITH GENOMICS, INC."),
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
        + sign("ASHFORD CHEMICAL CORPORATION"),
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
        + sign("RIVERSTONE REALTY GP, LLC"),
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
        "and effect." + sign("MEMBERS"),
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
        "All other provisions of the Agreement remain the same." + sign("SUNCREST BEVERAGE CO."),
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
        + sign("VERTEX CLOUD SERVICES, INC."),
        "2016-06-12",
        (
            ("Section 4(c)", None, "delete", None),
            ("Section 12.3", None, "amend", "Delaware"),
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
        + sign("CASCADIA PAPER COMPANY"),
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
        "3. Except as amended hereby, the LLC Agreement is ratified." + sign("MEMBERS"),
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
        '$9,500 per month."' + sign("ATLAS DATA CORP."),
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
        "Except as amended hereby, the Warrants remain unchanged." + sign("PINNACLE SOLAR, INC."),
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
]
