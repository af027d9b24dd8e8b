"""Notes and letters of credit a credit or loan agreement delivers, and the documents that pass,
change or replace a note afterwards (allonge, modification, amended and restated note)."""

from __future__ import annotations

from tests.instrument_shapes.shape import shape

EACH_LENDER_REVOLVING_NOTE = shape(
    "credit_agreement_revolving_note_each_lender",
    """                              CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of September 9, 2005 among CRESTLINE FOODS, INC., a Delaware
corporation (the "Borrower"), the lenders from time to time party hereto (the "Lenders") and
ATLANTIC NATIONAL BANK, as Administrative Agent.

     SECTION 2.07. Evidence of Debt; Notes. The Revolving Loans made by each Lender shall be
evidenced by a promissory note of the Borrower substantially in the form of Exhibit B (each, a
"Revolving Note"), payable to the order of such Lender in an amount equal to such Lender's
Revolving Commitment.

                                   CRESTLINE FOODS, INC.
                                   By: /s/ Helen Ostrowski, Chief Financial Officer

                                   ATLANTIC NATIONAL BANK, as Administrative Agent and as a
                                   Lender
                                   By: /s/ Mark Delany, Senior Vice President

                                   FIRST CASCADE BANK, as a Lender
                                   By: /s/ Joan Pruitt, Vice President
""",
    (
        ("ISSUES", "Crestline Foods, Inc.", "revolving note"),
        ("HOLDS", "Atlantic National Bank", "revolving note"),
        ("HOLDS", "First Cascade Bank", "revolving note"),
        ("ISSUED_UNDER", "revolving note", "credit agreement"),
    ),
)

TERM_NOTE_FORM = shape(
    "term_note_form_exhibit",
    """                                 EXHIBIT C

                               FORM OF TERM NOTE

$15,000,000                                                          June 30, 2011

     FOR VALUE RECEIVED, the undersigned, PINNACLE RIDGE ENERGY, LLC, a Colorado limited
liability company (the "Borrower"), hereby promises to pay to the order of SUMMIT VALLEY BANK
(the "Lender") the principal amount of FIFTEEN MILLION DOLLARS ($15,000,000), or, if less, the
unpaid principal amount of the Term Loan made by the Lender to the Borrower under that certain
Credit Agreement, dated as of June 30, 2011 (as amended, restated or otherwise modified from time
to time, the "Credit Agreement"), among the Borrower, the Lenders from time to time party thereto
and Summit Valley Bank, as Administrative Agent.

     This Term Note is one of the Term Notes referred to in the Credit Agreement and is entitled
to the benefits thereof.
""",
    (
        ("ISSUES", "Pinnacle Ridge Energy, LLC", "term note"),
        ("HOLDS", "Summit Valley Bank", "term note"),
        ("ISSUED_UNDER", "term note", "credit agreement"),
    ),
    attributes=(("term note", "amount", 15000000),),
)

SWING_LINE_NOTE = shape(
    "swing_line_note",
    """                               SWING LINE NOTE

$5,000,000                                                        Chicago, Illinois
                                                                  November 2, 2007

     FOR VALUE RECEIVED, the undersigned, LAKESHORE LOGISTICS CORPORATION, a Delaware
corporation (the "Borrower"), promises to pay to the order of GREAT LAKES COMMERCE BANK (the
"Swing Line Lender") on the Maturity Date the lesser of (i) FIVE MILLION DOLLARS ($5,000,000)
and (ii) the aggregate unpaid principal amount of all Swing Line Loans made by the Swing Line
Lender to the Borrower pursuant to Section 2.04 of the Amended and Restated Credit Agreement
dated as of November 2, 2007 (the "Credit Agreement") among the Borrower, the Lenders party
thereto and Great Lakes Commerce Bank, as Administrative Agent.
""",
    (
        ("ISSUES", "Lakeshore Logistics Corporation", "swing line note"),
        ("HOLDS", "Great Lakes Commerce Bank", "swing line note"),
        ("ISSUED_UNDER", "swing line note", "credit agreement"),
    ),
    attributes=(("swing line note", "amount", 5000000),),
)

LOANS_EVIDENCED_BY_A_NOTE = shape(
    "loans_of_each_lender_evidenced_by_a_note",
    """                           TERM LOAN AND REVOLVING CREDIT AGREEMENT

     This TERM LOAN AND REVOLVING CREDIT AGREEMENT (this "Agreement") is entered into as of
February 28, 2013, among CANYON STONE MATERIALS, INC., a Utah corporation (the "Borrower"), each
lender from time to time party hereto (collectively, the "Lenders" and individually, a
"Lender"), and HARBOR POINT BANK, N.A., as Administrative Agent.

     2.11 Evidence of Debt. The Credit Extensions made by each Lender shall be evidenced by one
or more accounts or records maintained by such Lender in the ordinary course of business. Upon
the request of any Lender, the Loans of each Lender shall be evidenced by a Note, in addition to
such accounts or records. Each Lender may attach schedules to its Note.

     "Note" means a promissory note made by the Borrower in favor of a Lender evidencing Loans
made by such Lender, substantially in the form of Exhibit C.

                                 SCHEDULE 2.01
                        COMMITMENTS AND APPLICABLE PERCENTAGES

Lender                               Revolving Commitment        Term Commitment
Harbor Point Bank, N.A.              $20,000,000                 $10,000,000
Mesa Federal Savings Bank            $10,000,000                 $5,000,000
Total                                $30,000,000                 $15,000,000
""",
    (
        ("ISSUES", "Canyon Stone Materials, Inc.", "note"),
        ("HOLDS", "Harbor Point Bank, N.A.", "note"),
        ("HOLDS", "Mesa Federal Savings Bank", "note"),
        ("ISSUED_UNDER", "note", "credit agreement"),
    ),
)

SINGLE_BANK_LOAN_NOTE = shape(
    "single_bank_loan_agreement_note",
    """LOAN AGREEMENT

     THIS LOAN AGREEMENT is made and entered into this 8th day of August, 1996, by and between
PRAIRIE WIND TURBINES, INC., an Iowa corporation ("Borrower"), and HEARTLAND STATE BANK, an Iowa
banking corporation ("Bank").

     2.2 The Note. The Loan shall be evidenced by a promissory note of Borrower payable to the
order of Bank in the principal amount of $4,000,000, bearing interest at 8.5% per annum and
maturing on August 1, 2001 (the "Note"), in form and substance satisfactory to Bank.
""",
    (
        ("ISSUES", "Prairie Wind Turbines, Inc.", "note"),
        ("HOLDS", "Heartland State Bank", "note"),
        ("ISSUED_UNDER", "note", "loan agreement"),
    ),
    attributes=(
        ("note", "amount", 4000000),
        ("note", "interest_rate", 8.5),
        ("note", "maturity_date", "2001-08-01"),
    ),
)

CLOSING_DELIVERIES_TWO_NOTES = shape(
    "closing_deliveries_revolving_and_term_notes",
    """                                CREDIT AGREEMENT

     THIS CREDIT AGREEMENT dated as of May 1, 1999 is among GLENDALE FOUNDRY CORPORATION, an
Ohio corporation (the "Borrower"), NORTHSTAR MIDWEST BANK ("Northstar") and OHIO RIVER NATIONAL
BANK ("Ohio River") (Northstar and Ohio River, each a "Lender" and together the "Lenders").

     4.1 Conditions of Initial Loan. The obligation of the Lenders to make the initial Loan is
subject to the condition that the Lenders shall have received:

          (a) a Revolving Credit Note and a Term Note, each duly executed by the Borrower and
     payable to the order of each Lender;

          (b) certified copies of the resolutions of the Board of Directors of the Borrower.
""",
    (
        ("ISSUES", "Glendale Foundry Corporation", "revolving credit note"),
        ("ISSUES", "Glendale Foundry Corporation", "term note"),
        ("HOLDS", "Northstar Midwest Bank", "revolving credit note"),
        ("HOLDS", "Ohio River National Bank", "revolving credit note"),
        ("HOLDS", "Northstar Midwest Bank", "term note"),
        ("HOLDS", "Ohio River National Bank", "term note"),
        ("ISSUED_UNDER", "revolving credit note", "credit agreement"),
        ("ISSUED_UNDER", "term note", "credit agreement"),
    ),
)

LETTERS_OF_CREDIT_IN_CREDIT_AGREEMENT = shape(
    "issuing_bank_letters_of_credit",
    """                                 CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of January 15, 2009 among BRAMBLE HOME FURNISHINGS CORP., a North
Carolina corporation (the "Borrower"), the Lenders party hereto and RIVERTON TRUST COMPANY, as
Administrative Agent and Issuing Bank.

     "Issuing Bank" means Riverton Trust Company, in its capacity as the issuer of Letters of
Credit hereunder.

     SECTION 2.05. Letters of Credit. (a) General. Subject to the terms and conditions set forth
herein, the Borrower may request the Issuing Bank to issue Letters of Credit for its own account,
in a form reasonably acceptable to the Issuing Bank, at any time and from time to time during
the Availability Period. The LC Exposure shall not exceed $7,500,000.
""",
    (
        ("ISSUES", "Riverton Trust Company", "letter"),
        ("ISSUED_UNDER", "letter", "credit agreement"),
    ),
)

STANDBY_LETTER_OF_CREDIT = shape(
    "standalone_standby_letter_of_credit",
    """NORTHSHORE BANK & TRUST
International Banking Division

IRREVOCABLE STANDBY LETTER OF CREDIT NO. SB-40217

Date of Issue: February 11, 2013
Expiry Date: February 11, 2014
Beneficiary: Granite Hill Properties LLC
Applicant: Solano Data Centers, Inc.
Amount: US$750,000.00

Ladies and Gentlemen:

     We hereby establish in your favor our Irrevocable Standby Letter of Credit No. SB-40217 for
the account of Solano Data Centers, Inc. (the "Applicant") in an aggregate amount not exceeding
Seven Hundred Fifty Thousand and 00/100 United States Dollars (US$750,000.00), available by
your draft at sight drawn on Northshore Bank & Trust.
""",
    (
        ("ISSUES", "Northshore Bank & Trust", "letter of credit"),
        ("HOLDS", "Granite Hill Properties LLC", "letter of credit"),
    ),
    attributes=(("letter of credit", "amount", 750000),),
)

REIMBURSEMENT_AGREEMENT = shape(
    "letter_of_credit_reimbursement_agreement",
    """              LETTER OF CREDIT AND REIMBURSEMENT AGREEMENT

     THIS LETTER OF CREDIT AND REIMBURSEMENT AGREEMENT dated as of March 1, 2001 is between
HALCYON CHEMICAL CORP., a Louisiana corporation (the "Account Party"), and FIRST METROPOLITAN
BANK (the "Bank").

     Section 2.01. The Letter of Credit. The Bank agrees, on the terms and conditions hereinafter
set forth, to issue for the account of the Account Party its irrevocable direct-pay letter of
credit (the "Letter of Credit") in favor of Lakeview National Bank, as trustee for the holders
of the Bonds, in the stated amount of $10,250,000.
""",
    (
        ("ISSUES", "First Metropolitan Bank", "letter of credit"),
        ("HOLDS", "Lakeview National Bank", "letter of credit"),
        ("ISSUED_UNDER", "letter of credit", "reimbursement agreement"),
    ),
    attributes=(("letter of credit", "amount", 10250000),),
)

ALLONGE = shape(
    "allonge_to_note",
    """                          ALLONGE TO PROMISSORY NOTE

     This Allonge is attached to and made a part of that certain Promissory Note dated April 4,
2012 in the original principal amount of $2,400,000.00 made by CEDAR POINT HOSPITALITY, LLC, a
Michigan limited liability company ("Maker"), payable to the order of BLUE WATER BANK ("Original
Payee").

     Pay to the order of HARBORVIEW ASSET TRUST 2013-1, without recourse, representation or
warranty.

                                         BLUE WATER BANK
                                         By: /s/ Gregory Pell, Vice President
""",
    (
        ("ISSUES", "Cedar Point Hospitality, LLC", "promissory note"),
        ("HOLDS", "Harborview Asset Trust 2013-1", "promissory note"),
    ),
    optional=(("HOLDS", "Blue Water Bank", "promissory note"),),
    attributes=(("promissory note", "amount", 2400000),),
)

NOTE_MODIFICATION = shape(
    "note_modification_agreement",
    """                        NOTE MODIFICATION AGREEMENT

     This Note Modification Agreement (this "Agreement") is made as of July 1, 2016 by and
between WILLOW CREEK DAIRY, INC., a Wisconsin corporation ("Borrower"), and BADGER STATE BANK, a
Wisconsin state bank ("Lender").

                                  RECITALS

     A. Borrower executed and delivered to Lender a Promissory Note dated July 1, 2013 in the
original principal amount of $1,800,000 (the "Note").

     B. Borrower has requested that Lender extend the maturity date of the Note, and Lender is
willing to do so on the terms set forth herein.

     1. Maturity Date. The maturity date of the Note is hereby extended from July 1, 2016 to
July 1, 2019.
""",
    (
        ("ISSUES", "Willow Creek Dairy, Inc.", "note"),
        ("HOLDS", "Badger State Bank", "note"),
    ),
    attributes=(("note", "amount", 1800000),),
)

RESTATED_NOTE = shape(
    "amended_and_restated_note",
    """                  AMENDED AND RESTATED REVOLVING CREDIT NOTE

$12,000,000                                                          March 31, 2008

     FOR VALUE RECEIVED, TRIDENT MARINE SUPPLY CO., a Florida corporation (the "Borrower"),
promises to pay to the order of COASTAL FIRST BANK (the "Bank"), on the Termination Date, the
lesser of $12,000,000 or the aggregate unpaid principal amount of all Revolving Loans made by the
Bank under the Loan Agreement dated as of March 31, 2006 between the Borrower and the Bank (as
amended, the "Loan Agreement").

     This Note amends and restates in its entirety, and is given in substitution for (but not in
payment of), the Revolving Credit Note dated March 31, 2006 in the original principal amount of
$8,000,000 made by the Borrower payable to the Bank.
""",
    (
        ("ISSUES", "Trident Marine Supply Co.", "amended and restated revolving credit note"),
        ("HOLDS", "Coastal First Bank", "amended and restated revolving credit note"),
        ("ISSUED_UNDER", "revolving credit note", "loan agreement"),
    ),
    optional=(
        ("ISSUES", "Trident Marine Supply Co.", "revolving credit note"),
        ("HOLDS", "Coastal First Bank", "revolving credit note"),
    ),
    attributes=(("amended and restated revolving credit note", "amount", 12000000),),
)

AMENDMENT_REPLACEMENT_NOTES = shape(
    "amendment_delivers_replacement_notes",
    """                     FIRST AMENDMENT TO CREDIT AGREEMENT

     THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of October 1, 2012
among OAKMONT SURGICAL PARTNERS, INC., a Pennsylvania corporation (the "Borrower"), the lenders
party hereto (the "Lenders") and KEYSTONE COMMERCIAL BANK, as Agent, and amends the Credit
Agreement dated as of April 2, 2010 among the same parties (the "Credit Agreement").

     Section 3. Replacement Notes. On the Amendment Effective Date the Borrower shall execute
and deliver to each Lender an amended and restated Revolving Note in the amount of such
Lender's Revolving Commitment as increased hereby, in replacement of the Revolving Note
previously delivered to such Lender.

                              OAKMONT SURGICAL PARTNERS, INC.
                              By: /s/ Leonard Fisk, Treasurer

                              KEYSTONE COMMERCIAL BANK, as Agent and as a Lender
                              By: /s/ Ruth Calder, Vice President

                              ALLEGHENY VALLEY BANK, as a Lender
                              By: /s/ Owen Hart, Vice President
""",
    (
        ("ISSUES", "Oakmont Surgical Partners, Inc.", "revolving note"),
        ("HOLDS", "Keystone Commercial Bank", "revolving note"),
        ("HOLDS", "Allegheny Valley Bank", "revolving note"),
    ),
    optional=(("ISSUED_UNDER", "revolving note", "credit agreement"),),
)
