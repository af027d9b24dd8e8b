"""Round four, first batch (cases 1-20, written blind): definitions deleted, restated and
added; lease and licence terms; page numbers and footers; consents; old and new layouts."""

from __future__ import annotations

from tests.changes_round4.case import amendment, case

# 1. Two definitions deleted in one sentence, "in their entirety".
case(
    "delete_two_in_their_entirety",
    amendment(
        "1. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby amended "
        'by deleting the definitions of "Existing Letters of Credit" and "Tranche B '
        'Commitment" in their entirety.\n\n'
        "2. Representations. The Borrower represents that no Default exists.\n"
    ),
    ("term:existing letters of credit", "delete", None),
    ("term:tranche b commitment", "delete", None),
)

# 2. A definition restated, unquoted paragraph, term in quotes, closing period.
case(
    "restated_unquoted_paragraph",
    amendment(
        '1. Amendment to Definition of Applicable Margin. The definition of "Applicable '
        'Margin" in Section 1.1 of the Credit Agreement is hereby amended and restated in its '
        "entirety to read as follows:\n\n"
        '     "Applicable Margin" means, for any day, 2.25% per annum with respect to '
        "Eurodollar Loans and 1.25% per annum with respect to Base Rate Loans.\n\n"
        "2. Conditions. This Amendment shall become effective when the Agent has received "
        "counterparts hereof signed by the Borrower and the Required Lenders.\n"
    ),
    (
        "term:applicable margin",
        "replace",
        '"Applicable Margin" means, for any day, 2.25% per annum with respect to Eurodollar '
        "Loans and 1.25% per annum with respect to Base Rate Loans.",
    ),
)

# 3. A definition restated with the term unquoted (bold lost in conversion).
case(
    "restated_bold_term",
    amendment(
        "SECTION 1. Amendment. The definition of \u201cLeverage Ratio\u201d in Section 1.01 of "
        "the Credit Agreement is hereby amended and restated in its entirety to read as "
        "follows:\n\n"
        "Leverage Ratio means, as of any date, the ratio of Total Funded Debt on such date to "
        "EBITDA for the four fiscal quarters then most recently ended.\n\n"
        "SECTION 2. Governing Law. This Amendment shall be governed by the laws of the State "
        "of New York.\n"
    ),
    (
        "term:leverage ratio",
        "replace",
        "Leverage Ratio means, as of any date, the ratio of Total Funded Debt on such date to "
        "EBITDA for the four fiscal quarters then most recently ended.",
    ),
)

# 4. A restated definition in the old form ending with a semicolon.
case(
    "restated_semicolon",
    amendment(
        '     1.  The definition of "Base Rate" contained in Section 1.1 of the Credit\n'
        "Agreement is hereby amended to read in its entirety as follows:\n\n"
        '          "Base Rate" shall mean, for any day, the higher of (a) the\n'
        "     Prime Rate for such day and (b) the Federal Funds Rate for such\n"
        "     day plus one-half of one percent (1/2%);\n\n"
        "     2.  Except as amended hereby, the Credit Agreement remains in full\n"
        "force and effect.\n",
        date="August 14, 1997",
        base_date="May 2, 1995",
    ),
    (
        "term:base rate",
        "replace",
        '"Base Rate" shall mean, for any day, the higher of (a) the\n'
        "     Prime Rate for such day and (b) the Federal Funds Rate for such\n"
        "     day plus one-half of one percent (1/2%);",
    ),
)

# 5. Three new definitions inserted in alphabetical order, each its own paragraph.
case(
    "insert_three_alphabetical",
    amendment(
        "1. New Definitions. Section 1.01 of the Credit Agreement is hereby amended by "
        "inserting the following new definitions in the appropriate alphabetical order:\n\n"
        '"Cash Collateral Account" means a deposit account maintained with the Agent and '
        "subject to the Agent's sole dominion and control.\n\n"
        '"Qualified Receivables Facility" means any receivables financing of a Receivables '
        "Subsidiary that is non-recourse to the Borrower.\n\n"
        '"Specified Disposition" means the sale of the Borrower\'s distribution center '
        "located in Ridgeway, South Carolina.\n\n"
        "2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    (
        "term:cash collateral account",
        "add",
        '"Cash Collateral Account" means a deposit account maintained with the Agent and '
        "subject to the Agent's sole dominion and control.",
    ),
    (
        "term:qualified receivables facility",
        "add",
        '"Qualified Receivables Facility" means any receivables financing of a Receivables '
        "Subsidiary that is non-recourse to the Borrower.",
    ),
    (
        "term:specified disposition",
        "add",
        '"Specified Disposition" means the sale of the Borrower\'s distribution center '
        "located in Ridgeway, South Carolina.",
    ),
)

# 6. Words added at the end of a clause of a definition, inline.
case(
    "add_at_end_of_clause",
    amendment(
        '2. Consolidated EBITDA. The definition of "Consolidated EBITDA" in Section 1.01 of '
        "the Credit Agreement is hereby amended by adding the following at the end of clause "
        '(c) thereof: "and non-cash compensation expense arising from the grant of stock '
        'options to employees of the Borrower".\n\n'
        "3. Expenses. The Borrower shall pay the Agent's expenses in connection herewith.\n"
    ),
    (
        "term:consolidated ebitda",
        "amend",
        "and non-cash compensation expense arising from the grant of stock options to "
        "employees of the Borrower",
    ),
)

# 7. Word deleted at the end of one clause and a clause added: one amended definition.
case(
    "delete_and_add_clause",
    amendment(
        '(c) The definition of "Permitted Liens" in Section 1.1 of the Credit Agreement is '
        'amended by (i) deleting the word "and" at the end of clause (f) thereof, (ii) '
        'replacing the period at the end of clause (g) thereof with "; and" and (iii) adding '
        'a new clause (h) as follows: "(h) Liens securing Indebtedness permitted by Section '
        '7.1(k)."\n'
    ),
    ("term:permitted liens", "amend", None),
)

# 8. One amount replaced by another inside a definition.
case(
    "replace_amount_in_definition",
    amendment(
        '1. The definition of "Threshold Amount" in Section 1.01 of the Credit Agreement is '
        'hereby amended by replacing "$10,000,000" with "$15,000,000".\n'
    ),
    ("term:threshold amount", "amend", "$15,000,000"),
)

# 9. An amendment's Section 1 as a lettered list of definition changes.
case(
    "lettered_list_four_ways",
    amendment(
        "SECTION 1. Amendments to Definitions. Section 1.01 of the Credit Agreement is hereby "
        "amended as follows:\n\n"
        '(a) The definition of "Commitment Termination Date" is amended by deleting "June '
        '30, 2005" and substituting "June 30, 2007" therefor.\n\n'
        '(b) The definition of "Eligible Inventory" is amended by deleting clause (iv) '
        "thereof in its entirety.\n\n"
        '(c) The definition of "Interest Period" is amended and restated in its entirety as '
        "follows:\n\n"
        '"Interest Period" means, with respect to any Eurodollar Loan, a period of one, two, '
        "three or six months, as selected by the Borrower.\n\n"
        '(d) The following definition of "Fixed Charges" is added in proper alphabetical '
        "order:\n\n"
        '"Fixed Charges" means, for any period, the sum of Interest Expense and scheduled '
        "principal payments of Indebtedness for such period.\n\n"
        "SECTION 2. Effectiveness. This Amendment is effective on the date hereof.\n",
        ordinal="SECOND",
    ),
    ("term:commitment termination date", "amend", "June 30, 2007"),
    ("term:eligible inventory", "amend", None),
    (
        "term:interest period",
        "replace",
        '"Interest Period" means, with respect to any Eurodollar Loan, a period of one, two, '
        "three or six months, as selected by the Borrower.",
    ),
    (
        "term:fixed charges",
        "add",
        '"Fixed Charges" means, for any period, the sum of Interest Expense and scheduled '
        "principal payments of Indebtedness for such period.",
    ),
)

# 10. A lease amendment: "the term "Premises" shall mean".
LEASE = """FIRST AMENDMENT TO LEASE

THIS FIRST AMENDMENT TO LEASE (this "Amendment") is made as of October 1, 2008, by and
between BAYSHORE TOWER ASSOCIATES, L.P., a California limited partnership ("Landlord"), and
NORTHGATE SOFTWARE CORPORATION, a Delaware corporation ("Tenant").

RECITALS

A. Landlord and Tenant are parties to that certain Office Lease dated as of February 15,
2006 (the "Lease"), for premises on the third floor of the building located at 400 Harbor
Boulevard, Oakland, California (the "Building").

B. Landlord and Tenant desire to expand the premises and otherwise amend the Lease.

NOW, THEREFORE, Landlord and Tenant agree as follows:

1. Premises. Effective as of the Expansion Date, the term "Premises" as used in the Lease
shall mean the approximately 12,400 rentable square feet on the third and fourth floors of
the Building, as shown on Exhibit A hereto.

2. Base Rent. Section 3.1 of the Lease is amended by replacing "$21,500.00" with
"$31,250.00".

3. Ratification. Except as amended hereby, the Lease remains in full force and effect.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above
written.

LANDLORD: BAYSHORE TOWER ASSOCIATES, L.P.

By: /s/ Daniel K. Ferreira
Name: Daniel K. Ferreira
Title: General Partner

TENANT: NORTHGATE SOFTWARE CORPORATION

By: /s/ Helen J. Ostrowski
Name: Helen J. Ostrowski
Title: Chief Executive Officer
"""
case(
    "lease_term_shall_mean",
    LEASE,
    (
        "term:premises",
        "replace",
        "the approximately 12,400 rentable square feet on the third and fourth floors of\n"
        "the Building, as shown on Exhibit A hereto.",
    ),
    ("section:3.1", "amend", "$31,250.00"),
)

# 11. A licence amendment adding words inside a definition.
_LICENSE = """AMENDMENT NO. 2 TO LICENSE AGREEMENT

This Amendment No. 2 to License Agreement (this "Amendment") is entered into as of July 9,
2011 by and between Corvane Optics GmbH ("Licensor") and Pellham Instruments, Inc.
("Licensee").

WHEREAS, Licensor and Licensee are parties to a License Agreement dated as of January 20,
2009 (as amended, the "License Agreement"); and

WHEREAS, the parties wish to extend the license to additional products;

NOW, THEREFORE, the parties agree as follows:

1. The definition of "Licensed Products" set forth in Section 1.6 of the License Agreement
is hereby amended by adding the words "and the Model 40 series" immediately after the words
"Model 30 series".

2. Section 4.2 of the License Agreement is hereby deleted in its entirety.

3. All other terms of the License Agreement remain unchanged.

IN WITNESS WHEREOF, the parties have signed this Amendment as of the date first written
above.

CORVANE OPTICS GMBH                      PELLHAM INSTRUMENTS, INC.

By: /s/ Jurgen Haller                    By: /s/ Amy L. Tanaka
Name: Jurgen Haller                      Name: Amy L. Tanaka
Title: Managing Director                 Title: President
"""
case(
    "licence_words_added",
    _LICENSE,
    ("term:licensed products", "amend", "and the Model 40 series"),
    ("section:4.2", "delete", None),
)

# 12. A restated definition whose text runs across a page number line.
case(
    "restated_across_page_number",
    amendment(
        '(e) The definition of "Borrowing Base" in Section 1.1 of the Credit Agreement is '
        "amended and restated to read in its entirety as follows:\n\n"
        '"Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus '
        "(b) the lesser of (i) 50% of Eligible Inventory and\n\n"
        "                                       4\n\n"
        "(ii) $20,000,000, minus (c) such reserves as the Agent may establish in its "
        "reasonable credit judgment.\n\n"
        '(f) Section 2.5 of the Credit Agreement is amended by replacing "three" with '
        '"five".\n'
    ),
    (
        "term:borrowing base",
        "replace",
        '"Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus '
        "(b) the lesser of (i) 50% of Eligible Inventory and\n\n"
        "                                       4\n\n"
        "(ii) $20,000,000, minus (c) such reserves as the Agent may establish in its "
        "reasonable credit judgment.",
    ),
    ("section:2.5", "amend", "five"),
)

# 13. A page footer between the lead-in and the new definitions.
case(
    "footer_between_leadin_and_list",
    amendment(
        "2. Additional Definitions. Section 1.01 of the Credit Agreement is amended by adding "
        "the following definitions in the appropriate alphabetical order:\n\n"
        "Fifth Amendment to Credit Agreement\n"
        "Page 2\n\n"
        '"Account Debtor" means any Person obligated on an Account.\n\n'
        '"Blocked Account" means a deposit account of the Borrower subject to a control '
        "agreement in favor of the Agent.\n\n"
        "3. Miscellaneous. This Amendment is a Loan Document.\n",
        ordinal="FIFTH",
    ),
    ("term:account debtor", "add", '"Account Debtor" means any Person obligated on an Account.'),
    (
        "term:blocked account",
        "add",
        '"Blocked Account" means a deposit account of the Borrower subject to a control '
        "agreement in favor of the Agent.",
    ),
)

# 14. A definition changed inside a consent and waiver; a definition merely cited.
_CONSENT = """CONSENT, WAIVER AND AMENDMENT

This CONSENT, WAIVER AND AMENDMENT (this "Consent") dated as of May 22, 2013 is among
GRANITE PEAK MATERIALS, LLC (the "Company"), the lenders party hereto (the "Lenders") and
MERIDIAN COMMERCIAL FINANCE, INC., as agent (the "Agent").

The Company, the Lenders and the Agent are parties to a Loan Agreement dated as of
September 5, 2011 (the "Loan Agreement"). Capitalized terms used herein and not defined
have the meanings given in the Loan Agreement.

1. Consent. The Company has informed the Agent that it intends to sell its quarry located
in Bell County, Texas. The Lenders hereby consent to such sale.

2. Waiver. The Lenders waive any Event of Default (as defined in Section 1.1 of the Loan
Agreement) arising from the Company's failure to deliver its audited financial statements
for fiscal year 2012 within the time required by Section 6.1(a) of the Loan Agreement.

3. Amendment. In consideration of the foregoing consent, the definition of "Change of
Control" in Section 1.1 of the Loan Agreement is amended by deleting clause (b) thereof.

4. Governing Law. This Consent shall be governed by the laws of the State of Texas.

IN WITNESS WHEREOF, the parties have executed this Consent as of the date first written
above.

GRANITE PEAK MATERIALS, LLC

By: /s/ Raymond T. Voss
Name: Raymond T. Voss
Title: Manager

MERIDIAN COMMERCIAL FINANCE, INC., as Agent and a Lender

By: /s/ Olivia Grant
Name: Olivia Grant
Title: Director
"""
case("consent_waiver_definition", _CONSENT, ("term:change of control", "amend", None))

# 15. The amendment's own definitions change nothing; one covenant level changed.
case(
    "own_definition_trap",
    amendment(
        "1. Definitions. Capitalized terms used but not defined herein have the meanings "
        'assigned to them in the Credit Agreement. As used herein, "Amendment Effective '
        'Date" means the date on which each condition set forth in Section 4 hereof is '
        "satisfied.\n\n"
        "2. Leverage Covenant. Effective as of the Amendment Effective Date, Section 7.3 of "
        'the Credit Agreement is amended by replacing "3.50 to 1.00" with "3.75 to 1.00".\n'
    ),
    ("section:7.3", "amend", "3.75 to 1.00"),
)

# 16. A section restated whose new text cites a definition.
case(
    "section_citing_definition",
    amendment(
        "1. Minimum Net Worth. Section 6.12 of the Credit Agreement is amended and restated in "
        'its entirety as follows:\n\n"6.12 Minimum Net Worth. The Borrower shall maintain '
        "Tangible Net Worth (as defined in Section 1.01) of not less than $45,000,000 at all "
        'times."\n\n'
        "2. No Other Changes. The Credit Agreement is otherwise unchanged.\n"
    ),
    (
        "section:6.12",
        "replace",
        "6.12 Minimum Net Worth. The Borrower shall maintain Tangible Net Worth (as defined in "
        "Section 1.01) of not less than $45,000,000 at all times.",
    ),
)

# 17. 1990s hard-wrapped text: definition deleted and a substitute given.
case(
    "hard_wrapped_substituted",
    amendment(
        "     2.   Article I of the Credit Agreement is hereby amended by deleting\n"
        'the definition of "Termination Date" in its entirety and substituting\n'
        "the following therefor:\n\n"
        '          "Termination Date" shall mean April 30, 1999, or such\n'
        "     earlier date on which the Commitment shall terminate pursuant to\n"
        "     Section 8.2 hereof.\n\n"
        "     3.   The Borrower hereby ratifies the Credit Agreement.\n",
        date="November 12, 1996",
        base_date="April 30, 1995",
    ),
    (
        "term:termination date",
        "replace",
        '"Termination Date" shall mean April 30, 1999, or such\n'
        "     earlier date on which the Commitment shall terminate pursuant to\n"
        "     Section 8.2 hereof.",
    ),
)

# 18. HTML-converted spacing: a new definition in its proper alphabetical sequence.
case(
    "html_spacing_new_definition",
    amendment(
        "(b)  Section  1.1  of   the Credit Agreement is hereby amended by adding the following "
        "new definition in its proper alphabetical sequence :\n\n"
        "\u201cSanctioned Person\u201d   means any Person listed on the Specially Designated "
        "Nationals and Blocked Persons list maintained by OFAC .\n\n"
        "(c)  This Amendment shall be governed by New York law .\n"
    ),
    (
        "term:sanctioned person",
        "add",
        "\u201cSanctioned Person\u201d   means any Person listed on the Specially Designated "
        "Nationals and Blocked Persons list maintained by OFAC .",
    ),
)

# 19. Curly quotes and a definition quoted whole.
case(
    "quoted_whole_curly",
    amendment(
        "3. Maturity. The definition of \u201cMaturity Date\u201d contained in Section 1.01 of "
        "the Credit Agreement is hereby amended and restated as follows:\n\n"
        "\u201c\u201cMaturity Date\u201d means March 31, 2012.\u201d\n\n"
        "4. Fees. The Borrower shall pay an amendment fee of $50,000.\n",
        ordinal="THIRD",
    ),
    ("term:maturity date", "replace", "\u201cMaturity Date\u201d means March 31, 2012."),
)

# 20. A run-in heading, one definition deleted.
case(
    "run_in_heading_deleted",
    amendment(
        '(c) Deleted Definition. The definition of "Swing Line Lender" in Section 1.01 of '
        "the Credit Agreement is hereby deleted.\n\n"
        "(d) Swing Line. Section 2.4 of the Credit Agreement is hereby deleted in its "
        "entirety.\n"
    ),
    ("term:swing line lender", "delete", None),
    ("section:2.4", "delete", None),
)
