"""Whole amendments written blind (the changes expected stated before the extractor ran on
them) whose items are laid out in the shapes drafters use: numbered subsections each with a
heading, items "a." "b." in a bank's letter, "Section 2.1 Amendment to ..." under an article,
headings in capitals with a dash before each operation, clauses named inside sections ("In
Section 3.4, clause (b) is amended"), 1990s "paragraph" numbering in capitals, an HTML
conversion's non-breaking spaces and curly quotes, a pricing grid and a restated covenant.
Names, amounts and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

FORBEARANCE = (
    "FORBEARANCE AGREEMENT AND FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    "This Forbearance Agreement and First Amendment to Credit Agreement (this "
    '"Agreement") is entered into as of April 17, 2009, among COPPER HILL HOMES, INC., a '
    'Nevada corporation (the "Borrower"), and DESERT SUN NATIONAL BANK (the "Lender").\n\n'
    "RECITALS\n\n"
    "A. The Borrower and the Lender are parties to a Credit Agreement dated as of July 9, 2007 "
    '(the "Credit Agreement").\n\n'
    "B. Events of Default have occurred under Section 8.1(c) of the Credit Agreement (the "
    '"Existing Defaults").\n\n'
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "Section 1. Forbearance. The Lender agrees to forbear from exercising its remedies in "
    "respect of the Existing Defaults until September 30, 2009.\n\n"
    "Section 2. Amendments to Credit Agreement.\n\n"
    "2.1 Amendment to Section 1.1. Section 1.1 of the Credit Agreement is hereby amended by "
    "inserting the following new definitions in the appropriate alphabetical order:\n\n"
    '"Forbearance Period" means the period from April 17, 2009 through September 30, 2009.\n\n'
    '"Minimum Liquidity" means unrestricted cash of not less than $2,000,000.\n\n'
    "2.2 Amendment to Section 2.7. Section 2.7(b) of the Credit Agreement is hereby amended by "
    'deleting the reference to "LIBOR Rate plus 2.50%" appearing therein and inserting "LIBOR '
    'Rate plus 4.00%" in lieu thereof.\n\n'
    "2.3 Amendment to Section 6.3. Clause (e) of Section 6.3 of the Credit Agreement is hereby "
    "amended and restated as follows:\n\n"
    '"(e) the Borrower shall maintain Minimum Liquidity at all times during the Forbearance '
    'Period;"\n\n'
    "Section 3. Release. The Borrower releases the Lender from all claims arising on or before "
    "the date hereof.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written "
    "above.\n\nCOPPER HILL HOMES, INC.\n\nBy: /s/ Luis Ortega\nName: Luis Ortega\nTitle: "
    "President\n\nDESERT SUN NATIONAL BANK\n\nBy: /s/ Karen Wu\nName: Karen Wu\nTitle: Senior "
    "Vice President\n"
)
FORBEARANCE_CHANGES: list[Expected] = [
    (
        None,
        "Forbearance Period",
        "add",
        '"Forbearance Period" means the period from April 17, 2009 through September 30, 2009.',
    ),
    (
        None,
        "Minimum Liquidity",
        "add",
        '"Minimum Liquidity" means unrestricted cash of not less than $2,000,000.',
    ),
    ("2.7(b)", None, "amend", "LIBOR Rate plus 4.00%"),
    (
        "6.3(e)",
        None,
        "replace",
        "(e) the Borrower shall maintain Minimum Liquidity at all times during the Forbearance "
        "Period;",
    ),
]

HTML_CONVERSION = (
    "AMENDMENT NO.\u00a02 TO DISTRIBUTION AGREEMENT\n\n"
    "This Amendment No.\u00a02 to Distribution Agreement (this \u201cAmendment\u201d) is made "
    "and entered into as of January\u00a010, 2022 (the \u201cAmendment Date\u201d) by and "
    "between VERITAS BIOLABS, INC., a Delaware corporation (\u201cVeritas\u201d), and "
    "MEDLINE PARTNERS EUROPE B.V. (\u201cDistributor\u201d).\n\n"
    "WHEREAS, Veritas and Distributor are parties to that certain Distribution Agreement "
    "dated as of March\u00a01, 2019 (as amended, the \u201cAgreement\u201d);\n\n"
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "1.\u00a0\u00a0\u00a0\u00a0Section\u00a04.2 of the Agreement is hereby amended by deleting "
    "the text \u201cninety (90)\u201d and replacing it with the text \u201cone hundred twenty "
    "(120)\u201d.\n\n"
    "2.\u00a0\u00a0\u00a0\u00a0Section\u00a07 of the Agreement is hereby deleted and replaced "
    "in its entirety with the following:\n\n"
    "\u201c7.\u00a0\u00a0Term. This Agreement shall expire on December\u00a031, 2027, unless "
    "earlier terminated in accordance with Section\u00a08.\u201d\n\n"
    "3.\u00a0\u00a0\u00a0\u00a0Exhibit\u00a0A to the Agreement is hereby replaced in its "
    "entirety with Exhibit\u00a0A attached to this Amendment.\n\n"
    "4.\u00a0\u00a0\u00a0\u00a0Except as amended hereby, the Agreement remains in full force "
    "and effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Date.\n\n"
    "VERITAS BIOLABS, INC.\n\nBy: /s/ Anne Cho\nName: Anne Cho\nTitle: Chief Commercial "
    "Officer\n\nMEDLINE PARTNERS EUROPE B.V.\n\nBy: /s/ Joost de Vries\nName: Joost de Vries\n"
    "Title: Managing Director\n\n\n"
    "EXHIBIT A\n\nTERRITORY\n\nThe Netherlands, Belgium, Luxembourg and Germany.\n"
)
HTML_CONVERSION_CHANGES: list[Expected] = [
    ("4.2", None, "amend", "one hundred twenty (120)"),
    (
        "7",
        None,
        "replace",
        "7.\u00a0\u00a0Term. This Agreement shall expire on December\u00a031, 2027, unless "
        "earlier terminated in accordance with Section\u00a08.",
    ),
    (
        "Exhibit A",
        None,
        "replace",
        "EXHIBIT A\n\nTERRITORY\n\nThe Netherlands, Belgium, Luxembourg and Germany.",
    ),
]

NINETIES = (
    "<PAGE>\n\n                          SECOND AMENDMENT TO LOAN AGREEMENT\n\n"
    '     THIS SECOND AMENDMENT TO LOAN AGREEMENT (the "Amendment") is entered into as of\n'
    "the 30th day of June, 1996, by and between WESTERN SLOPE GRAIN CO., a Colorado\n"
    'corporation (the "Borrower"), and FIRST MESA BANK, N.A. (the "Bank").\n\n'
    "                                     RECITALS\n\n"
    "     The Borrower and the Bank entered into a Loan Agreement dated as of\n"
    'February 14, 1994 (the "Loan Agreement"), which the parties now desire to amend.\n\n'
    "                                    AGREEMENT\n\n"
    "     1.   AMENDMENT OF PARAGRAPH 1.14.  Paragraph 1.14 of the Loan Agreement,\n"
    'defining the term "Termination Date," is hereby amended to read in its entirety\n'
    "as follows:\n\n"
    '          "1.14  "Termination Date" shall mean June 30, 1998."\n\n'
    "     2.   AMENDMENT OF PARAGRAPH 6.6.  Paragraph 6.6 of the Loan Agreement is hereby\n"
    'amended by deleting the figure "$8,000,000" and substituting therefor the figure\n'
    '"$9,500,000".\n\n'
    "     3.   NEW PARAGRAPH 6.12.  The following new Paragraph 6.12 is hereby added to the\n"
    "Loan Agreement:\n\n"
    '          "6.12  Hedging.  The Borrower shall not enter into any commodity futures\n'
    '     contract except to hedge grain actually held in inventory."\n\n'
    "     4.   EFFECT.  Except as amended hereby, the Loan Agreement remains in full\n"
    "force and effect.\n\n"
    "     IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "                                   WESTERN SLOPE GRAIN CO.\n\n"
    "                                   By: /s/ Carl Brandt\n"
    "                                   Title: President\n\n"
    "                                   FIRST MESA BANK, N.A.\n\n"
    "                                   By: /s/ June Ames\n"
    "                                   Title: Vice President\n"
)
NINETIES_CHANGES: list[Expected] = [
    # written blind as section "1.14"; the paragraph is the definition of a term, which names
    # the provision (as ``tests.evaluation.changes.provision_id`` does)
    (None, "Termination Date", "replace", '1.14  "Termination Date" shall mean June 30, 1998.'),
    ("6.6", None, "amend", "$9,500,000"),
    (
        "6.12",
        None,
        "add",
        "6.12  Hedging.  The Borrower shall not enter into any commodity futures\n     contract "
        "except to hedge grain actually held in inventory.",
    ),
]

PARTS = (
    "SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT\n\n"
    'THIS SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT (this "Amendment") dated as of July '
    '27, 2018 is by and among EVERGREEN OUTDOOR BRANDS, INC. (the "Borrower"), the lenders '
    'party hereto (the "Lenders") and PACIFIC CREST BANK, as administrative agent (in such '
    'capacity, the "Agent").\n\n'
    "WHEREAS, the Borrower, the Lenders and the Agent are parties to that certain Revolving "
    'Credit Agreement dated as of December 1, 2016 (as amended, the "Credit Agreement");\n\n'
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "1. Amendments. The Credit Agreement is hereby amended as follows:\n\n"
    "(a) Section 2.1 of the Credit Agreement is hereby amended by deleting clause (ii) thereof "
    "in its entirety and inserting in lieu thereof the following:\n\n"
    '"(ii) the aggregate Revolving Exposure shall not exceed the Borrowing Base;"\n\n'
    "(b) The first sentence of Section 4.1 of the Credit Agreement is hereby amended by "
    'inserting the words "or any Affiliate thereof" immediately after the word "Borrower".\n\n'
    "(c) The proviso at the end of Section 6.5 of the Credit Agreement is hereby deleted.\n\n"
    "(d) Annex A (Pricing Schedule) to the Credit Agreement is hereby amended by deleting the "
    "row for Level IV.\n\n"
    "(e) Article VIII of the Credit Agreement is hereby amended by adding a new Section 8.15 at "
    "the end thereof to read as follows:\n\n"
    '"8.15 ERISA Matters. Each Lender represents that it is not using plan assets to fund its '
    'Loans."\n\n'
    '(f) Each reference in the Credit Agreement to "Pacific Crest Bank" shall be deemed a '
    'reference to "Pacific Crest Bank, National Association".\n\n'
    "2. Effectiveness. This Amendment shall be effective upon execution by the Borrower, the "
    "Required Lenders and the Agent.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nEVERGREEN OUTDOOR "
    "BRANDS, INC.\n\nBy: /s/ Paula Snow\nName: Paula Snow\nTitle: Chief Financial Officer\n\n"
    "PACIFIC CREST BANK, as Agent\n\nBy: /s/ Henry Tse\nName: Henry Tse\nTitle: Director\n"
)
PARTS_CHANGES: list[Expected] = [
    (
        "2.1(ii)",
        None,
        "replace",
        "(ii) the aggregate Revolving Exposure shall not exceed the Borrowing Base;",
    ),
    ("4.1", None, "amend", "or any Affiliate thereof"),
    ("6.5", None, "amend", None),
    ("Annex A", None, "amend", None),
    (
        "8.15",
        None,
        "add",
        "8.15 ERISA Matters. Each Lender represents that it is not using plan assets to fund its "
        "Loans.",
    ),
]

ITEMS = (
    "THIRD AMENDMENT TO CREDIT AGREEMENT\n\n"
    'This Third Amendment to Credit Agreement (this "Amendment") is entered into as of '
    'January 19, 2017 among MARLOWE PRECISION, INC. (the "Borrower"), the Lenders party '
    'hereto, and GREAT LAKES COMMERCE BANK, as Agent (the "Agent").\n\n'
    "The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of "
    'August 5, 2014 (as amended, the "Credit Agreement"). The parties agree as follows:\n\n'
    "1. Amendments to the Credit Agreement.\n\n"
    '(a) In Section 3.4 of the Credit Agreement, clause (b) is amended by adding "or any '
    'Subsidiary" after "the Borrower".\n\n'
    '(b) The amount "$10,000,000" appearing in Section 7.2(c) of the Credit Agreement is '
    'hereby changed to "$15,000,000".\n\n'
    "(c) Article IX of the Credit Agreement is amended by deleting Sections 9.7 and 9.8 and "
    "inserting the following in lieu thereof:\n\n"
    "\"9.7 Successor Agent. The Agent may resign upon 30 days' notice to the Lenders.\n\n"
    '9.8 Agent Fees. The Borrower shall pay the Agent the fees agreed in the Fee Letter."\n\n'
    '(d) Clause (x) of the definition of "Consolidated EBITDA" in Section 1.1 of the Credit '
    'Agreement is hereby amended and restated as follows: "(x) non-cash stock compensation '
    'expense,".\n\n'
    '(e) The definition of "Change of Control" in Section 1.1 of the Credit Agreement is '
    'hereby amended by (i) deleting "35%" and inserting "50%" in lieu thereof and (ii) adding '
    'at the end thereof the following: ", excluding any Permitted Holder".\n\n'
    "2. Conditions. This Amendment is effective upon its execution by the Required Lenders.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nMARLOWE PRECISION, INC."
    "\n\nBy: /s/ Gail Roth\nName: Gail Roth\nTitle: Treasurer\n\nGREAT LAKES COMMERCE BANK, as "
    "Agent\n\nBy: /s/ Tim Novak\nName: Tim Novak\nTitle: Vice President\n"
)
ITEMS_CHANGES: list[Expected] = [
    ("3.4(b)", None, "amend", "or any Subsidiary"),
    ("7.2(c)", None, "amend", "$15,000,000"),
    (
        "9.7",
        None,
        "replace",
        "9.7 Successor Agent. The Agent may resign upon 30 days' notice to the Lenders.",
    ),
    (
        "9.8",
        None,
        "replace",
        "9.8 Agent Fees. The Borrower shall pay the Agent the fees agreed in the Fee Letter.",
    ),
    (None, "Consolidated EBITDA", "amend", "(x) non-cash stock compensation expense,"),
    (None, "Change of Control", "amend", "50%"),
]

ARTICLE_ITEMS = (
    "AMENDMENT NO. 4 TO CREDIT AGREEMENT\n\n"
    'AMENDMENT NO. 4 TO CREDIT AGREEMENT, dated as of June 5, 2019 (this "Amendment"), among '
    'BRIGHTWATER RETAIL CORP. (the "Borrower"), the Lenders party hereto and SUMMIT NATIONAL '
    'BANK, as administrative agent (the "Administrative Agent").\n\n'
    "The Borrower, the Lenders and the Administrative Agent are parties to a Credit Agreement "
    'dated as of October 20, 2015 (as amended, the "Credit Agreement").\n\n'
    "ARTICLE I\n\nDEFINITIONS\n\n"
    "Section 1.1 Defined Terms. Capitalized terms used herein have the meanings given in the "
    "Credit Agreement.\n\n"
    "ARTICLE II\n\nAMENDMENTS\n\n"
    "Section 2.1 Amendment to Section 5.11. Section 5.11 of the Credit Agreement is hereby "
    'deleted in its entirety and "[Reserved]" is substituted therefor.\n\n'
    "Section 2.2 Amendment to Section 6.2. Section 6.2 of the Credit Agreement is hereby "
    'amended by deleting the word "and" at the end of clause (k), replacing the period at the '
    'end of clause (l) with "; and" and adding the following new clause (m) at the end '
    "thereof:\n\n"
    '"(m) Liens on cash collateral securing Letters of Credit."\n\n'
    "Section 2.3 Amendment to Section 8.4. The last sentence of Section 8.4 of the Credit "
    'Agreement is hereby amended and restated to read as follows: "The Administrative Agent '
    'may rely on any notice it believes in good faith to be genuine."\n\n'
    "Section 2.4 Amendment to Section 6.12. The table in Section 6.12(a) of the Credit "
    "Agreement is hereby amended and restated as follows:\n\n"
    "Fiscal Quarter Ending        Maximum Leverage Ratio\n"
    "June 30, 2019                4.25:1.00\n"
    "September 30, 2019           4.00:1.00\n"
    "December 31, 2019 and after  3.75:1.00\n\n"
    'Section 2.5 Amendment to Definition. The "Aggregate Revolving Commitment" (as defined in '
    "the Credit Agreement) is hereby increased from $75,000,000 to $100,000,000.\n\n"
    "ARTICLE III\n\nMISCELLANEOUS\n\n"
    "Section 3.1 Effectiveness. This Amendment shall be effective upon execution by the "
    "Required Lenders.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nBRIGHTWATER RETAIL CORP."
    "\n\nBy: /s/ Kim Yates\nName: Kim Yates\nTitle: Treasurer\n\nSUMMIT NATIONAL BANK, as "
    "Administrative Agent\n\nBy: /s/ Luke Barr\nName: Luke Barr\nTitle: Director\n"
)
ARTICLE_ITEMS_CHANGES: list[Expected] = [
    ("5.11", None, "replace", "[Reserved]"),
    ("6.2(m)", None, "add", "(m) Liens on cash collateral securing Letters of Credit."),
    # words struck before the new clause amend the section (the tuned gold's convention)
    ("6.2", None, "amend", "(m) Liens on cash collateral securing Letters of Credit."),
    (
        "8.4",
        None,
        "amend",
        "The Administrative Agent may rely on any notice it believes in good faith to be genuine.",
    ),
    (
        "6.12(a)",
        None,
        "amend",
        "Fiscal Quarter Ending        Maximum Leverage Ratio\n"
        "June 30, 2019                4.25:1.00\n"
        "September 30, 2019           4.00:1.00\n"
        "December 31, 2019 and after  3.75:1.00",
    ),
    (None, "Aggregate Revolving Commitment", "amend", "$100,000,000"),
]

HEADED_ITEMS = (
    "AMENDMENT NO. 2 TO CREDIT AGREEMENT\n\n"
    'This Amendment No. 2 to Credit Agreement (this "Amendment") is made as of February 15, '
    '2020 between ASPEN LEAF SOFTWARE, INC. (the "Borrower") and MOUNTAIN TRUST BANK (the '
    '"Lender").\n\nThe Borrower and the Lender are parties to a Credit Agreement dated as of '
    'April 4, 2018 (as amended, the "Credit Agreement"). The parties agree that the Credit '
    "Agreement is hereby amended as set forth below:\n\n"
    '(1) SECTION 2.06 \u2014 COMMITMENT FEE. The reference to "0.30%" in Section 2.06(a) is '
    'deleted and replaced with "0.25%".\n\n'
    "(2) SECTION 5.01(c) \u2014 COMPLIANCE CERTIFICATE. Section 5.01(c) is amended by adding "
    'at the end thereof the following proviso: "; provided that such certificate may be '
    'delivered electronically".\n\n'
    "(3) NEW SECTION 5.14 \u2014 BENEFICIAL OWNERSHIP. The Credit Agreement is amended by "
    'inserting immediately after Section 5.13 a new Section 5.14 reading as follows: "5.14 '
    "Beneficial Ownership. The Borrower shall provide a Beneficial Ownership Certification upon "
    'request."\n\n'
    "Except as amended hereby, the Credit Agreement remains in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nASPEN LEAF SOFTWARE, INC."
    "\n\nBy: /s/ Nina Patel\nName: Nina Patel\nTitle: Chief Financial Officer\n\nMOUNTAIN "
    "TRUST BANK\n\nBy: /s/ Gus Ryan\nName: Gus Ryan\nTitle: Vice President\n"
)
HEADED_ITEMS_CHANGES: list[Expected] = [
    ("2.06(a)", None, "amend", "0.25%"),
    ("5.01(c)", None, "amend", "; provided that such certificate may be delivered electronically"),
    (
        "5.14",
        None,
        "add",
        "5.14 Beneficial Ownership. The Borrower shall provide a Beneficial Ownership "
        "Certification upon request.",
    ),
]

LETTER = (
    "LAKEVIEW COMMUNITY BANK\n400 Water Street\nMadison, Wisconsin 53703\n\n"
    "June 12, 2020\n\n"
    "Prairie Fields Dairy Cooperative\n18 County Road K\nBaraboo, Wisconsin 53913\n\n"
    "Re: Second Amendment to Loan Agreement\n\n"
    "Ladies and Gentlemen:\n\n"
    "Reference is made to the Loan Agreement dated as of September 30, 2017 (as amended, the "
    '"Loan Agreement") between Prairie Fields Dairy Cooperative (the "Borrower") and Lakeview '
    'Community Bank (the "Bank"). The Borrower has asked the Bank to amend the Loan Agreement. '
    "Accordingly, the Bank and the Borrower agree that the Loan Agreement is hereby amended as "
    "follows:\n\n"
    "a. Section 5.1(c) of the Loan Agreement is amended to read as follows:\n\n"
    '"(c) within 120 days after the end of each fiscal year, its audited financial statements '
    'for that year;"\n\n'
    'b. The reference to "$3,000,000" in Section 6.4 of the Loan Agreement is changed to '
    '"$4,000,000".\n\n'
    "c. Section 9 of the Loan Agreement is amended by adding the following new paragraph at the "
    'end thereof: "The Bank may share information about the Borrower with its affiliates."\n\n'
    "The Bank also waives the Event of Default under Section 6.2 of the Loan Agreement for the "
    "fiscal quarter ended March 31, 2020. Except as amended by this letter, the Loan Agreement "
    "remains in full force and effect.\n\n"
    "Very truly yours,\n\nLAKEVIEW COMMUNITY BANK\n\nBy: /s/ Greta Olson\nName: Greta Olson\n"
    "Title: Senior Vice President\n\nAGREED AND ACCEPTED:\n\nPRAIRIE FIELDS DAIRY COOPERATIVE\n\n"
    "By: /s/ Hal Brandt\nName: Hal Brandt\nTitle: General Manager\n"
)
LETTER_CHANGES: list[Expected] = [
    (
        "5.1(c)",
        None,
        "replace",
        "(c) within 120 days after the end of each fiscal year, its audited financial statements "
        "for that year;",
    ),
    ("6.4", None, "amend", "$4,000,000"),
    ("9", None, "amend", "The Bank may share information about the Borrower with its affiliates."),
]

CREDIT = (
    "FOURTH AMENDMENT TO CREDIT AGREEMENT\n\n"
    'This FOURTH AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of March 29, 2023 '
    'and is among TIMBERLINE FOODS GROUP, INC., a Minnesota corporation (the "Borrower"), the '
    'Lenders party hereto and NORTHERN PLAINS BANK, as administrative agent (the "Agent").\n\n'
    "RECITALS\n\n"
    "The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of "
    'November 18, 2020 (as amended prior to the date hereof, the "Credit Agreement").\n\n'
    "The parties therefore agree as follows:\n\n"
    "1. Defined Terms. Capitalized terms used herein have the meanings given in the Credit "
    "Agreement.\n\n"
    "2. Amendments.\n\n"
    '2.1 The pricing grid in the definition of "Applicable Margin" in Section 1.1 of the Credit '
    "Agreement is hereby deleted and replaced with the following:\n\n"
    "Level   Leverage Ratio      SOFR Margin   Base Rate Margin\n"
    "I       < 2.00:1.00         1.75%         0.75%\n"
    "II      >= 2.00:1.00        2.25%         1.25%\n\n"
    "2.2 Section 7.1 of the Credit Agreement is hereby amended and restated in its entirety as "
    "follows:\n\n"
    '"7.1 Financial Covenants.\n\n'
    "(a) Maximum Leverage Ratio. The Borrower shall not permit the Leverage Ratio to exceed 3.50 "
    "to 1.00.\n\n"
    "(b) Minimum Interest Coverage Ratio. The Borrower shall not permit the Interest Coverage "
    'Ratio to be less than 3.00 to 1.00."\n\n'
    '2.3 Section 8.1(e) of the Credit Agreement is hereby amended by deleting "$1,000,000" each '
    'place it appears and substituting "$2,500,000" therefor.\n\n'
    "2.4 Section 10.12 of the Credit Agreement is hereby deleted in its entirety.\n\n"
    "2.5 Exhibit C (Form of Compliance Certificate) to the Credit Agreement is hereby amended "
    "and restated in the form of Exhibit C attached hereto.\n\n"
    "3. Conditions. This Amendment shall become effective when the Agent has received "
    "counterparts signed by the Borrower and the Required Lenders.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above "
    "written.\n\nTIMBERLINE FOODS GROUP, INC.\n\nBy: /s/ Erin Holt\nName: Erin Holt\nTitle: "
    "Chief Financial Officer\n\nNORTHERN PLAINS BANK, as Agent and a Lender\n\nBy: /s/ Dale "
    "Kerr\nName: Dale Kerr\nTitle: Senior Vice President\n\n\n"
    "EXHIBIT C\n\nFORM OF COMPLIANCE CERTIFICATE\n\nThe undersigned officer of Timberline Foods "
    "Group, Inc. certifies that no Default has occurred and is continuing.\n"
)
CREDIT_CHANGES: list[Expected] = [
    (
        None,
        "Applicable Margin",
        "amend",
        "Level   Leverage Ratio      SOFR Margin   Base Rate Margin\n"
        "I       < 2.00:1.00         1.75%         0.75%\n"
        "II      >= 2.00:1.00        2.25%         1.25%",
    ),
    (
        "7.1",
        None,
        "replace",
        "7.1 Financial Covenants.\n\n(a) Maximum Leverage Ratio. The Borrower shall not permit "
        "the Leverage Ratio to exceed 3.50 to 1.00.\n\n(b) Minimum Interest Coverage Ratio. The "
        "Borrower shall not permit the Interest Coverage Ratio to be less than 3.00 to 1.00.",
    ),
    ("8.1(e)", None, "amend", "$2,500,000"),
    ("10.12", None, "delete", None),
    (
        "Exhibit C",
        None,
        "replace",
        "EXHIBIT C\n\nFORM OF COMPLIANCE CERTIFICATE\n\nThe undersigned officer of Timberline "
        "Foods Group, Inc. certifies that no Default has occurred and is continuing.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "a forbearance agreement's headed subsections",
        FORBEARANCE,
        "2007-07-09",
        FORBEARANCE_CHANGES,
    ),
    ("an HTML conversion", HTML_CONVERSION, "2019-03-01", HTML_CONVERSION_CHANGES),
    ("a 1990s amendment with paragraphs", NINETIES, "1994-02-14", NINETIES_CHANGES),
    ("parts of sections", PARTS, "2016-12-01", PARTS_CHANGES),
    ("clauses inside sections and definitions", ITEMS, "2014-08-05", ITEMS_CHANGES),
    ("items under an article, each its verb", ARTICLE_ITEMS, "2015-10-20", ARTICLE_ITEMS_CHANGES),
    ("items with headings in capitals", HEADED_ITEMS, "2018-04-04", HEADED_ITEMS_CHANGES),
    ("a bank's amendment letter, items a. b. c.", LETTER, "2017-09-30", LETTER_CHANGES),
    ("a pricing grid and a restated covenant", CREDIT, "2020-11-18", CREDIT_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
