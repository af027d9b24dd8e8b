"""Whole amendments of credit and loan agreements as filed: run-in headings over lettered
sub-paragraphs, 1990s hard-wrapped text with page numbers between a lead-in and its list,
HTML-converted spacing, definitions added, amended and deleted in one paragraph, exhibits and
schedules replaced by those attached, and sentences citing sections they do not change."""

from __future__ import annotations

from tests.changes_round2_other.case import Case, sign

_RUNIN_K = "(k) a Change of Control shall occur; or"

_NINETIES_52 = (
    "5.2  Tangible Net Worth.  Borrower shall maintain a\n"
    "          Tangible Net Worth of not less than $6,500,000 at all times."
)

_HTML_SENTENCE = (
    "Any prepayment under this Section\u00a02.07 shall be accompanied by accrued interest."
)

_TERM_SOFR = (
    '"Term SOFR" means the forward-looking term rate based on SOFR published by the Term SOFR '
    "Administrator"
)

_FCCR = (
    "6.9 Fixed Charge Coverage Ratio. The Borrower shall maintain, as of the last day of each "
    "fiscal quarter, a Fixed Charge Coverage Ratio of not less than 1.15 to 1.00."
)

_SCHEDULE_201 = (
    "SCHEDULE 2.01\n\nCOMMITMENTS\n\nLender                          Commitment\n\n"
    "Tidewater National Bank         $22,000,000\nPrairie Home Savings Bank       $13,000,000"
)
_EXHIBIT_B = (
    "EXHIBIT B\n\nFORM OF NOTICE OF BORROWING\n\n[Date]\n\nTo: Tidewater National Bank, as Agent"
)
_EXHIBIT_D = (
    "EXHIBIT D\n\nFORM OF COMPLIANCE CERTIFICATE\n\nThe undersigned Financial Officer certifies "
    "that"
)

_ARTICLE_XI = (
    "ARTICLE XI\nGUARANTY\n\n11.1 Guaranty. Each Guarantor hereby unconditionally guarantees the "
    "prompt payment of the Obligations when due."
)

_NINETIES_DEFS_A = (
    '"Fourth Amendment" shall mean the Fourth Amendment to this\n'
    "     Agreement dated as of March 31, 1999."
)
_NINETIES_DEFS_B = (
    '"Year 2000 Compliant" shall mean that all software and\n'
    "     hardware used by the Company will correctly process dates\n"
    "     after December 31, 1999."
)

_CLAUSE_III = "(iii) Liens securing Indebtedness permitted by Section 7.1(f);"
_NEW_CLAUSE_E = "(e) within 30 days after the end of each month, a Borrowing Base Certificate;"

CASES: list[Case] = [
    Case(
        "runin_section_lettered_shall_be_amended",
        "THIRD AMENDMENT TO CREDIT AGREEMENT\n\n"
        'This THIRD AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of May 12, '
        '2017 among BRIGHTWATER LOGISTICS, INC., a Delaware corporation (the "Borrower"), the '
        "Lenders party hereto and FIRST CASCADE BANK, N.A., as Administrative Agent (the "
        '"Agent").\n\nRECITALS\n\n'
        "WHEREAS, the Borrower, the Lenders and the Agent are parties to a Credit Agreement dated "
        "as of June 8, 2014 (as amended by the First Amendment dated as of March 2, 2015 and the "
        'Second Amendment dated as of April 19, 2016, the "Credit Agreement");\n\n'
        "WHEREAS, pursuant to the Second Amendment, Section 7.11 of the Credit Agreement was "
        "amended to permit the Borrower to make Restricted Payments of up to $2,000,000 in any "
        "fiscal year;\n\n"
        "WHEREAS, the Borrower has requested that the Lenders amend the Credit Agreement as set "
        "forth below;\n\nNOW, THEREFORE, the parties agree as follows:\n\n"
        "Section 1. Defined Terms. Capitalized terms used herein and not defined have the "
        "meanings given in the Credit Agreement.\n\n"
        "Section 2. Amendments to Credit Agreement. Effective as of the Third Amendment "
        "Effective Date, the Credit Agreement shall be amended as follows:\n\n"
        '(a) Section 2.04(b) of the Credit Agreement shall be amended by deleting "0.25%" and '
        'inserting "0.375%" in lieu thereof.\n\n'
        "(b) Section 7.11 of the Credit Agreement shall be amended by replacing the reference to "
        '"$2,000,000" with "$3,500,000".\n\n'
        "(c) Section 8.01(k) of the Credit Agreement shall be amended and restated to read as "
        f'follows:\n\n"{_RUNIN_K}"\n\n'
        "Section 3. Conditions to Effectiveness. This Amendment shall become effective on the "
        'date (the "Third Amendment Effective Date") on which the Agent shall have received (a) '
        "counterparts of this Amendment signed by the Borrower and the Required Lenders and (b) "
        "the fees required by Section 2.09 of the Credit Agreement.\n\n"
        "Section 4. Representations and Warranties. The Borrower represents that the "
        "representations and warranties in Article V of the Credit Agreement are true and correct "
        "in all material respects, and that no Default under Section 8.01 of the Credit Agreement "
        "has occurred and is continuing.\n\n"
        "Section 5. Reaffirmation. Each Loan Party reaffirms its obligations under the Loan "
        "Documents.\n\nSection 6. Counterparts. This Amendment may be executed in counterparts."
        + sign("BRIGHTWATER LOGISTICS, INC."),
        "2014-06-08",
        (
            ("2.04(b)", None, "amend", "0.375%"),
            ("7.11", None, "amend", "$3,500,000"),
            ("8.01(k)", None, "replace", _RUNIN_K),
        ),
    ),
    Case(
        "nineties_caps_headings_page_number_in_list",
        "                    AMENDMENT NO. 2 TO LOAN AGREEMENT\n\n"
        '     THIS AMENDMENT NO. 2 TO LOAN AGREEMENT (this "Amendment") is made\n'
        "and entered into as of October 14, 1997, by and between HOLLISTER\n"
        'MACHINE WORKS, INC., a Michigan corporation ("Borrower"), and GREAT\n'
        'LAKES COMMERCE BANK, a Michigan banking corporation ("Bank").\n\n'
        "                              RECITALS\n\n"
        "     A.  Borrower and Bank are parties to a Loan Agreement dated as of\n"
        'March 1, 1995 (as amended, the "Loan Agreement").\n\n'
        "     B.  Borrower has requested certain amendments to the Loan\n"
        "Agreement.\n\n"
        "     NOW, THEREFORE, the parties agree as follows:\n\n"
        "     1.  AMENDMENTS.  The Loan Agreement is hereby amended as\n"
        "follows:\n\n"
        "                                   -1-\n"
        "<PAGE>\n\n"
        "          (a)  Section 5.2 of the Loan Agreement is hereby amended to\n"
        "     read in its entirety as follows:\n\n"
        f'               "{_NINETIES_52}"\n\n'
        "          (b)  Section 5.4 of the Loan Agreement is hereby deleted in\n"
        "     its entirety.\n\n"
        '          (c)  The reference to "September 30, 1998" in Section 2.1 of\n'
        '     the Loan Agreement is hereby changed to "September 30, 2000".\n\n'
        "     2.  CONDITIONS.  This Amendment shall not be effective until Bank\n"
        "shall have received a certificate as described in Section 4.1 of the\n"
        "Loan Agreement.\n\n"
        "     3.  COUNTERPARTS.  This Amendment may be executed in counterparts."
        + sign("HOLLISTER MACHINE WORKS, INC."),
        "1995-03-01",
        (
            ("5.2", None, "replace", _NINETIES_52),
            ("5.4", None, "delete", None),
            ("2.1", None, "amend", "September 30, 2000"),
        ),
    ),
    Case(
        "html_converted_spacing",
        "FOURTH AMENDMENT TO AMENDED AND RESTATED CREDIT AGREEMENT\n\n"
        "This FOURTH AMENDMENT TO AMENDED AND RESTATED CREDIT AGREEMENT (this "
        "\u201cAmendment\u201d) "
        "dated as of August\u00a030, 2019 is among ORCHARD VALLEY FOODS, INC., a Washington "
        "corporation (the \u201cCompany\u201d), the lenders party hereto (the \u201cLenders\u201d) "
        "and MIDSTATE BANK, as agent (the \u201cAgent\u201d).\n\n"
        "W I T N E S S E T H:\n\n"
        "WHEREAS, the Company, the Lenders and the Agent are parties to an Amended and Restated "
        "Credit Agreement dated as of February\u00a015, 2016 (as amended, the \u201cCredit "
        "Agreement\u201d);\n\n"
        "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
        "SECTION 1.    Amendments .  \n\n"
        "1.1      Section\u00a06.1(a) of the Credit Agreement is hereby amended by deleting the "
        "text \u201c3.25\u00a0to\u00a01.00\u201d and substituting therefor "
        "\u201c3.50\u00a0to\u00a01.00\u201d.\n\n"
        "1.2      Section 2.07  of the Credit Agreement is hereby amended by adding the following "
        f"sentence at the end thereof:  \u201c{_HTML_SENTENCE}\u201d\n\n"
        "SECTION 2.    Conditions Precedent .  \n\n"
        "This Amendment shall be effective when the Agent has received the documents listed in "
        "Section\u00a04.02 of the Credit Agreement.\n\n"
        "SECTION 3.    Counterparts .  This Amendment may be executed in counterparts."
        + sign("ORCHARD VALLEY FOODS, INC."),
        "2016-02-15",
        (
            ("6.1(a)", None, "amend", "3.50\u00a0to\u00a01.00"),
            ("2.07", None, "amend", _HTML_SENTENCE),
        ),
    ),
    Case(
        "definitions_added_amended_deleted_one_paragraph",
        "SECOND AMENDMENT TO LOAN AGREEMENT\n\n"
        'This Second Amendment to Loan Agreement (this "Amendment") is made as of June 30, 2023 '
        'between HEARTLAND SEED COMPANY, an Iowa corporation (the "Borrower"), and BLUESTEM BANK '
        '(the "Lender").\n\n'
        "The Borrower and the Lender are parties to a Loan Agreement dated as of November 1, 2020 "
        '(as amended, the "Loan Agreement"). The parties agree as follows:\n\n'
        "1. Definitions. Section 1.01 of the Loan Agreement is hereby amended by (i) adding the "
        f"following new definition in the appropriate alphabetical order: {_TERM_SOFR}; (ii) "
        'amending the definition of "Applicable Margin" by deleting "2.25%" and inserting "2.50%" '
        'in lieu thereof; and (iii) deleting the definition of "LIBOR Rate" in its entirety.\n\n'
        "2. Fee. The Borrower shall pay the Lender an amendment fee of $7,500.\n\n"
        "3. Representations. The Borrower represents that the representations in Section 5 of "
        "the Loan Agreement remain true.\n\n"
        "4. Counterparts. This Amendment may be executed in counterparts."
        + sign("HEARTLAND SEED COMPANY"),
        "2020-11-01",
        (
            (None, "Term SOFR", "add", _TERM_SOFR),
            (None, "Applicable Margin", "amend", "2.50%"),
            (None, "LIBOR Rate", "delete", None),
        ),
    ),
    Case(
        "hereby_changed_from_to",
        "LOAN MODIFICATION AGREEMENT\n\n"
        'This Loan Modification Agreement (this "Modification") is entered into as of April 4, '
        '2021 by and between SANDHILL FABRICATION, LLC ("Borrower") and COUNTY LINE BANK '
        '("Bank").\n\n'
        "1. Background. Borrower and Bank are parties to a Business Loan Agreement dated as of "
        'July 15, 2018 (the "Loan Agreement").\n\n'
        "2. Modification. The Maturity Date set forth in Section 1.3 of the Loan Agreement is "
        "hereby changed from June 30, 2021 to June 30, 2023.\n\n"
        "3. Release. Borrower releases Bank from all claims arising under Section 9 of the Loan "
        "Agreement prior to the date hereof.\n\n"
        "4. Counterparts. This Modification may be executed in counterparts."
        + sign("SANDHILL FABRICATION, LLC"),
        "2018-07-15",
        (("1.3", None, "amend", "June 30, 2023"),),
    ),
    Case(
        "schedule_and_exhibits_replaced_by_attached",
        "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
        'This First Amendment to Credit Agreement (this "Amendment") is dated as of December 1, '
        '2022 among PELICAN MARINE SERVICES, INC. (the "Borrower"), the Lenders party hereto and '
        'TIDEWATER NATIONAL BANK, as Agent (the "Agent").\n\n'
        "WHEREAS, the Borrower, the Lenders and the Agent are parties to a Credit Agreement dated "
        'as of March 9, 2021 (the "Credit Agreement");\n\n'
        "NOW, THEREFORE, the parties agree as follows:\n\n"
        "1. Amendments to Schedules and Exhibits.\n\n"
        "(a) Schedule 2.01 to the Credit Agreement is hereby amended and restated in its entirety "
        "in the form of Schedule 2.01 attached hereto.\n\n"
        "(b) Exhibits B and D to the Credit Agreement are hereby replaced with Exhibits B and D, "
        "respectively, attached hereto.\n\n"
        "2. New Lender. Prairie Home Savings Bank shall be a Lender under the Credit Agreement "
        "with the Commitment set forth opposite its name on Schedule 2.01.\n\n"
        "3. Counterparts. This Amendment may be executed in counterparts."
        + sign("PELICAN MARINE SERVICES, INC.")
        + f"\n\n{_SCHEDULE_201}\n\n\n{_EXHIBIT_B}\n\n\n{_EXHIBIT_D}\n",
        "2021-03-09",
        (
            ("Schedule 2.01", None, "replace", _SCHEDULE_201),
            ("Exhibit B", None, "replace", _EXHIBIT_B),
            ("Exhibit D", None, "replace", _EXHIBIT_D),
        ),
    ),
    Case(
        "sections_range_deleted_new_article",
        "AMENDMENT NO. 6 TO LOAN AND SECURITY AGREEMENT\n\n"
        'This Amendment No. 6 (this "Amendment") dated as of September 9, 2016 is between '
        'COPPERTOP BREWING CO. (the "Borrower") and RIVERBEND CAPITAL LLC (the "Lender"), who '
        "are parties to a Loan and Security Agreement dated as of January 4, 2012 (as amended, "
        'the "Agreement").\n\nThe parties agree as follows:\n\n'
        "1. Sections 6.12 through 6.14 of the Agreement are hereby deleted in their entirety.\n\n"
        "2. The Agreement is hereby amended by adding a new Article XI to read as follows:\n\n"
        f"{_ARTICLE_XI}\n\n"
        "3. The Borrower shall pay all costs of the Lender described in Section 10.4 of the "
        "Agreement.\n\n4. This Amendment may be executed in counterparts."
        + sign("COPPERTOP BREWING CO."),
        "2012-01-04",
        (
            ("6.12", None, "delete", None),
            ("6.13", None, "delete", None),
            ("6.14", None, "delete", None),
            ("Article XI", None, "add", _ARTICLE_XI),
        ),
    ),
    Case(
        "waiver_fees_and_one_covenant_restated",
        "WAIVER AND FIRST AMENDMENT TO LOAN AGREEMENT\n\n"
        'This Waiver and First Amendment (this "Amendment") is made as of May 20, 2016 between '
        'GLACIER POINT OUTFITTERS, INC. (the "Borrower") and SUMMIT VALLEY BANK (the "Lender").'
        "\n\nRECITALS\n\nA. The Borrower and the Lender are parties to a Loan Agreement dated as "
        'of August 1, 2013 (the "Loan Agreement").\n\nB. An Event of Default has occurred under '
        "Section 8.1(c) of the Loan Agreement as a result of the Borrower's failure to comply with "
        "Section 6.9 of the Loan Agreement for the fiscal quarter ended March 31, 2016 (the "
        '"Existing Default").\n\nAGREEMENT\n\n'
        "Section 1. Waiver. The Lender hereby waives the Existing Default. The waiver in this "
        "Section 1 is limited to Section 6.9 for that fiscal quarter.\n\n"
        "Section 2. Amendment. Section 6.9 of the Loan Agreement is amended to read as follows:"
        f'\n\n"{_FCCR}"\n\n'
        "Section 3. Conditions Precedent. This Amendment is effective upon the Lender's receipt of "
        "the documents required by Section 4.2 of the Loan Agreement.\n\n"
        "Section 4. Fees. The Borrower shall pay an amendment fee of $15,000 and reimburse the "
        "Lender's costs as provided in Section 10.5 of the Loan Agreement.\n\n"
        "Section 5. Counterparts. This Amendment may be executed in counterparts."
        + sign("GLACIER POINT OUTFITTERS, INC."),
        "2013-08-01",
        (("6.9", None, "replace", _FCCR),),
    ),
    Case(
        "recital_quotes_earlier_amendment",
        "SECOND AMENDMENT TO CREDIT AGREEMENT\n\n"
        'This Second Amendment (this "Amendment") is dated as of February 2, 2019 between '
        'LANTERN HILL HOSPITALITY LLC (the "Borrower") and OAK HARBOR BANK (the "Lender").\n\n'
        "WHEREAS, the Borrower and the Lender are parties to a Credit Agreement dated as of "
        'October 5, 2016 (as amended by the First Amendment, the "Credit Agreement");\n\n'
        "WHEREAS, the First Amendment amended Section 2.3 of the Credit Agreement by deleting "
        '"$5,000,000" and inserting "$7,500,000" in lieu thereof;\n\n'
        "WHEREAS, the Borrower has requested a further increase of the Revolving Commitment;\n\n"
        "NOW, THEREFORE, the parties agree as follows:\n\n"
        "1. Section 2.3 of the Credit Agreement is hereby further amended by deleting "
        '"$7,500,000" and inserting "$9,000,000" in lieu thereof.\n\n'
        "2. Except as amended hereby, the Credit Agreement remains in full force and effect.\n\n"
        "3. This Amendment may be executed in counterparts." + sign("LANTERN HILL HOSPITALITY LLC"),
        "2016-10-05",
        (("2.3", None, "amend", "$9,000,000"),),
    ),
    Case(
        "nineties_new_definitions_after_page_break",
        "                  FOURTH AMENDMENT TO CREDIT AGREEMENT\n\n"
        '     THIS FOURTH AMENDMENT TO CREDIT AGREEMENT (this "Amendment"),\n'
        "dated as of March 31, 1999, is among WESTFIELD TEXTILE MILLS, INC.\n"
        '(the "Company") and FIRST PIEDMONT BANK, N.A. (the "Bank").\n\n'
        "                         W I T N E S S E T H:\n\n"
        "     WHEREAS, the Company and the Bank are parties to a Credit\n"
        'Agreement dated as of June 30, 1994 (as amended, the "Credit\n'
        'Agreement");\n\n'
        "     NOW, THEREFORE, the parties agree as follows:\n\n"
        "     SECTION 1.  AMENDMENTS TO CREDIT AGREEMENT.\n\n"
        "     (a)  Section 1.1 of the Credit Agreement is hereby amended by\n"
        "adding thereto in the appropriate alphabetical order the following\n"
        "new definitions:\n\n"
        "                                  -2-\n"
        "<PAGE>\n\n"
        f"          {_NINETIES_DEFS_A}\n\n"
        f"          {_NINETIES_DEFS_B}\n\n"
        '     (b)  The definition of "Termination Date" contained in Section\n'
        "1.1 of the Credit Agreement is hereby amended by deleting the date\n"
        '"June 30, 1999" appearing therein and substituting the date "June\n'
        '30, 2001" therefor.\n\n'
        "     SECTION 2.  REPRESENTATIONS AND WARRANTIES.  The Company\n"
        "represents that the representations and warranties contained in\n"
        "Section 6 of the Credit Agreement are true on the date hereof.\n\n"
        "     SECTION 3.  COUNTERPARTS.  This Amendment may be executed in\n"
        "counterparts." + sign("WESTFIELD TEXTILE MILLS, INC."),
        "1994-06-30",
        (
            (None, "Fourth Amendment", "add", _NINETIES_DEFS_A),
            (None, "Year 2000 Compliant", "add", _NINETIES_DEFS_B),
            (None, "Termination Date", "amend", "June\n30, 2001"),
        ),
    ),
    Case(
        "exhibit_replaced_none_attached_and_exhibit_deleted",
        "AMENDMENT NO. 1 TO CREDIT AGREEMENT\n\n"
        'This Amendment No. 1 (this "Amendment") is dated as of July 7, 2020 between SILVER '
        'CREEK ANALYTICS, INC. (the "Borrower") and NORTHGATE BANK (the "Lender"), parties to a '
        'Credit Agreement dated as of January 31, 2019 (the "Credit Agreement").\n\n'
        "Section 1. Amendments. (a) Exhibit C (Form of Compliance Certificate) to the Credit "
        "Agreement is replaced with Exhibit C attached hereto.\n\n"
        "(b) Exhibit E to the Credit Agreement is hereby deleted.\n\n"
        "Section 2. Compliance Certificate. The Borrower shall deliver, with the financial "
        "statements required by Section 5.1(a) of the Credit Agreement, a certificate "
        "substantially in the form of Exhibit C.\n\n"
        "Section 3. Counterparts. This Amendment may be executed in counterparts."
        + sign("SILVER CREEK ANALYTICS, INC."),
        "2019-01-31",
        (
            ("Exhibit C", None, "replace", None),
            ("Exhibit E", None, "delete", None),
        ),
    ),
    Case(
        "clause_of_section_restated_citing_another",
        "AMENDMENT NO. 3 TO CREDIT AGREEMENT\n\n"
        'This Amendment No. 3 (this "Amendment") is dated as of October 10, 2018 between '
        'BLACKSTONE RIDGE MINING CORP. (the "Borrower") and FIRST TERRITORIAL BANK (the '
        '"Lender"), parties to a Credit Agreement dated as of May 14, 2015 (the "Agreement").\n\n'
        "1. Clause (iii) of Section 7.2(b) of the Agreement is hereby amended to read as follows:"
        f'\n\n"{_CLAUSE_III}"\n\n'
        "2. Section 5.1 of the Agreement is amended by inserting a new clause (e) immediately "
        f'following clause (d) thereof as follows:\n\n"{_NEW_CLAUSE_E}"\n\n'
        "3. The Borrower confirms that no Lien has been granted in reliance on Section 7.2(b)(ii) "
        "of the Agreement.\n\n4. Counterparts. This Amendment may be executed in counterparts."
        + sign("BLACKSTONE RIDGE MINING CORP."),
        "2015-05-14",
        (
            ("7.2(b)(iii)", None, "replace", _CLAUSE_III),
            ("5.1(e)", None, "add", _NEW_CLAUSE_E),
        ),
    ),
    Case(
        "first_sentence_and_striking_substituting",
        "AMENDMENT TO REVOLVING CREDIT AGREEMENT\n\n"
        'This Amendment (this "Amendment") is dated as of March 1, 2014 between HIGHMARK '
        'FLOORING, INC. (the "Borrower") and VALLEY FORGE BANK (the "Bank"), parties to a '
        'Revolving Credit Agreement dated as of April 22, 2011 (the "Agreement").\n\n'
        '1. The first sentence of Section 2.8 of the Agreement is amended to read: "The '
        'Borrower shall pay a commitment fee of 0.30% per annum on the unused Commitment."\n\n'
        '2. Section 9.2 of the Agreement is hereby changed by striking "thirty (30)" and '
        'substituting "sixty (60)".\n\n'
        '3. In Section 6.4, "$250,000" is replaced by "$400,000".\n\n'
        "4. Annex II to the Agreement shall be amended and restated in the form of Annex II "
        "hereto.\n\n"
        "5. The Bank's consent under Section 6.6 of the Agreement to the merger described in the "
        "Borrower's letter of February 2, 2014 is hereby given.\n\n"
        "6. Counterparts. This Amendment may be executed in counterparts."
        + sign("HIGHMARK FLOORING, INC."),
        "2011-04-22",
        (
            (
                "2.8",
                None,
                "amend",
                "The Borrower shall pay a commitment fee of 0.30% per annum on the unused "
                "Commitment.",
            ),
            ("9.2", None, "amend", "sixty (60)"),
            ("6.4", None, "amend", "$400,000"),
            ("Annex II", None, "replace", None),
        ),
    ),
    Case(
        "consent_changes_nothing",
        "CONSENT AND WAIVER\n\n"
        'This Consent and Waiver (this "Consent") is dated as of November 12, 2020 between '
        'ASPEN GROVE PHARMACY, INC. (the "Borrower") and MOUNTAIN STATES BANK (the "Lender"), '
        'parties to a Credit Agreement dated as of September 3, 2018 (the "Credit Agreement").\n\n'
        "1. Consent. Notwithstanding Section 7.5 of the Credit Agreement, the Lender consents to "
        "the sale of the Borrower's Durango store.\n\n"
        "2. Waiver. The Lender waives compliance with Section 6.1(b) of the Credit Agreement for "
        "the fiscal year ended June 30, 2020.\n\n"
        "3. No Amendment. Nothing herein amends Section 7.5 or Section 6.1 of the Credit "
        "Agreement, each of which remains in full force and effect.\n\n"
        "4. Counterparts. This Consent may be executed in counterparts."
        + sign("ASPEN GROVE PHARMACY, INC."),
        "2018-09-03",
        (),
    ),
]
