"""Standalone notes, debentures and bonds: the instrument's own text names its maker and payee."""

from __future__ import annotations

from tests.instrument_shapes.shape import shape

CLASSIC_NOTE = shape(
    "classic_note",
    """$250,000.00                                          Dallas, Texas
                                                     March 3, 1997

                              PROMISSORY NOTE

     FOR VALUE RECEIVED, the undersigned, HARLAN PLASTICS, INC., a Texas corporation
("Maker"), promises to pay to the order of FIRST PRAIRIE BANK, N.A., a national banking
association ("Payee"), at its offices in Dallas, Texas, the principal sum of Two Hundred Fifty
Thousand and No/100 Dollars ($250,000.00), together with interest on the unpaid principal
balance from the date hereof at the rate of eight and three-quarters percent (8.75%) per annum.
The entire unpaid principal balance and all accrued interest shall be due and payable on March
1, 2000.

     Maker waives presentment, demand, protest and notice of dishonor.

                                   HARLAN PLASTICS, INC.

                                   By: /s/ Curtis B. Lowell
                                       Curtis B. Lowell, President
""",
    (
        ("ISSUES", "Harlan Plastics, Inc.", "note"),
        ("HOLDS", "First Prairie Bank, N.A.", "note"),
    ),
    attributes=(
        ("note", "amount", 250000),
        ("note", "interest_rate", 8.75),
        ("note", "maturity_date", "2000-03-01"),
    ),
)

JOINT_MAKERS = shape(
    "joint_individual_makers",
    """INSTALLMENT PROMISSORY NOTE

$64,500.00                                                        April 17, 2004

FOR VALUE RECEIVED, the undersigned, DENNIS R. WALCOTT and MARIANNE WALCOTT (together, the
"Makers"), jointly and severally promise to pay to the order of KESTREL EQUIPMENT FINANCE LLC, a
Delaware limited liability company (the "Holder"), the principal sum of Sixty-Four Thousand Five
Hundred Dollars ($64,500.00), with interest at seven percent (7%) per annum, in sixty (60) equal
monthly installments commencing June 1, 2004, the final installment being due on May 1, 2009.

/s/ Dennis R. Walcott                          /s/ Marianne Walcott
Dennis R. Walcott                              Marianne Walcott
""",
    (
        ("ISSUES", "Dennis R. Walcott", "note"),
        ("ISSUES", "Marianne Walcott", "note"),
        ("HOLDS", "Kestrel Equipment Finance LLC", "note"),
    ),
    attributes=(("note", "amount", 64500), ("note", "interest_rate", 7)),
)

SECURED_NOTE_UNDER_LOAN = shape(
    "secured_note_under_loan_agreement",
    """SECURED PROMISSORY NOTE

Principal Amount: $3,250,000                                   Dated: June 12, 2014

     FOR VALUE RECEIVED, Quantum Leaf Robotics, Inc., a Delaware corporation (the
"Borrower"), hereby unconditionally promises to pay to the order of Ardent Capital Partners II,
L.P., a Delaware limited partnership (the "Lender"), the principal amount of Three Million Two
Hundred Fifty Thousand Dollars ($3,250,000), together with interest thereon at a rate of eleven
percent (11%) per annum, on June 12, 2017 (the "Maturity Date").

     This Note is issued pursuant to the Loan and Security Agreement dated as of June 12, 2014
between the Borrower and the Lender (the "Loan Agreement") and is secured by the Collateral
described therein.

                                    QUANTUM LEAF ROBOTICS, INC.
                                    By: /s/ Priya Raman, Chief Executive Officer
""",
    (
        ("ISSUES", "Quantum Leaf Robotics, Inc.", "note"),
        ("HOLDS", "Ardent Capital Partners II, L.P.", "note"),
        ("ISSUED_UNDER", "note", "loan and security agreement"),
    ),
    attributes=(
        ("note", "amount", 3250000),
        ("note", "interest_rate", 11),
        ("note", "maturity_date", "2017-06-12"),
    ),
)

CONVERTIBLE_NOTE = shape(
    "convertible_note_under_spa",
    """NEITHER THIS NOTE NOR THE SECURITIES INTO WHICH THIS NOTE IS CONVERTIBLE HAVE BEEN REGISTERED
UNDER THE SECURITIES ACT OF 1933, AS AMENDED.

Principal Amount: $110,000                                 Issue Date: May 5, 2016

10% CONVERTIBLE PROMISSORY NOTE

     FOR VALUE RECEIVED, BLUE HERON BIOSCIENCES CORP., a Nevada corporation (the "Company"),
hereby promises to pay to the order of PELICAN BAY FUND, LLC, or its registered assigns (the
"Holder"), the sum of $110,000 together with any interest as set forth herein, on May 5, 2017
(the "Maturity Date"), and to pay interest on the unpaid principal balance hereof at the rate
of ten percent (10%) per annum from the date hereof. This Note is issued pursuant to the
Securities Purchase Agreement dated May 5, 2016 between the Company and the Holder.
""",
    (
        ("ISSUES", "Blue Heron Biosciences Corp.", "convertible promissory note"),
        ("HOLDS", "Pelican Bay Fund, LLC", "convertible promissory note"),
        ("ISSUED_UNDER", "note", "securities purchase agreement"),
    ),
    attributes=(
        ("convertible promissory note", "amount", 110000),
        ("convertible promissory note", "interest_rate", 10),
        ("convertible promissory note", "maturity_date", "2017-05-05"),
    ),
)

CONVERTIBLE_DEBENTURE = shape(
    "convertible_debenture_one_of_an_issue",
    """Original Issue Date: August 1, 2007                              $1,500,000

           8% SENIOR SECURED CONVERTIBLE DEBENTURE DUE JULY 31, 2009

     THIS 8% SENIOR SECURED CONVERTIBLE DEBENTURE is one of a duly authorized and validly
issued series of 8% Senior Secured Convertible Debentures of Northgate Media Solutions, Inc., a
Delaware corporation (the "Company"), designated as its 8% Senior Secured Convertible Debenture
due July 31, 2009 (this debenture, the "Debenture" and, collectively with the other debentures
of such series, the "Debentures").

     FOR VALUE RECEIVED, the Company promises to pay to Castlegate Opportunity Fund Ltd. or its
registered assigns (the "Holder"), or shall have paid pursuant to the terms hereunder, the
principal sum of $1,500,000 on July 31, 2009 or such earlier date as this Debenture is required
or permitted to be repaid as provided hereunder. This Debenture is issued pursuant to the
Securities Purchase Agreement, dated as of August 1, 2007, among the Company and the original
Holders of the Debentures.
""",
    (
        ("ISSUES", "Northgate Media Solutions, Inc.", "debenture"),
        ("HOLDS", "Castlegate Opportunity Fund Ltd.", "debenture"),
        ("ISSUED_UNDER", "debenture", "securities purchase agreement"),
    ),
    attributes=(
        ("debenture", "amount", 1500000),
        ("debenture", "interest_rate", 8),
        ("debenture", "maturity_date", "2009-07-31"),
    ),
)

SUBORDINATED_NOTE_STOCK_PURCHASE = shape(
    "subordinated_note_to_seller",
    """                        SUBORDINATED PROMISSORY NOTE

$3,000,000                                                  New York, New York
                                                            October 14, 1998

     FOR VALUE RECEIVED, MERIDIAN TOOL HOLDINGS CORP., a Delaware corporation (the "Company"),
promises to pay to WILLIAM T. ASHCROFT (the "Holder"), the principal amount of THREE MILLION
DOLLARS ($3,000,000) on October 14, 2003, with interest on the unpaid principal amount at the
rate of nine percent (9%) per annum, payable quarterly in arrears.

     This Note is issued pursuant to Section 2.3 of the Stock Purchase Agreement dated as of
October 14, 1998 among the Company, the Holder and the other sellers named therein, and is
subordinated to Senior Indebtedness as provided in Section 6 hereof.
""",
    (
        ("ISSUES", "Meridian Tool Holdings Corp.", "note"),
        ("HOLDS", "William T. Ashcroft", "note"),
        ("ISSUED_UNDER", "note", "stock purchase agreement"),
    ),
    attributes=(
        ("note", "amount", 3000000),
        ("note", "interest_rate", 9),
        ("note", "maturity_date", "2003-10-14"),
    ),
)

DEMAND_NOTE = shape(
    "demand_note_or_order",
    """DEMAND NOTE

$500,000                                                   Boston, Massachusetts
                                                           May 20, 1999

     ON DEMAND, for value received, ELMWOOD INSTRUMENTS CORP., a Massachusetts corporation
(the "Company"), promises to pay to BAYSTATE INDUSTRIAL BANK or order, at its head office in
Boston, the principal sum of Five Hundred Thousand Dollars ($500,000), with interest at the
Bank's prime rate plus one percent (1%).
""",
    (
        ("ISSUES", "Elmwood Instruments Corp.", "note"),
        ("HOLDS", "Baystate Industrial Bank", "note"),
    ),
    attributes=(("note", "amount", 500000),),
)

KEY_VALUE_NOTE = shape(
    "key_value_header_note",
    """PROMISSORY NOTE

Principal Amount:   $85,000.00
Date:               October 3, 2018
Maturity Date:      October 3, 2021
Interest Rate:      6.0% per annum
Borrower:           Red Maple Landscaping LLC, an Oregon limited liability company
Lender:             Thomas J. Okafor

For value received, Borrower promises to pay to Lender, or order, the Principal Amount with
interest at the Interest Rate, in monthly installments of interest only, with all principal due
on the Maturity Date.

BORROWER: RED MAPLE LANDSCAPING LLC
By: /s/ Ana Ruiz, Managing Member
""",
    (
        ("ISSUES", "Red Maple Landscaping LLC", "note"),
        ("HOLDS", "Thomas J. Okafor", "note"),
    ),
    attributes=(
        ("note", "amount", 85000),
        ("note", "interest_rate", 6),
        ("note", "maturity_date", "2021-10-03"),
    ),
)

HTML_SPACED_NOTE = shape(
    "html_spaced_term_note",
    "SECURED\u00a0TERM\u00a0NOTE\n\n\n$2,750,000.00\u00a0\u00a0\u00a0\u00a0Atlanta,\u00a0Georgia\n"
    "\nDecember\u00a015,\u00a02010\n\n"
    "FOR VALUE RECEIVED, the undersigned, EMBER LANE RESTAURANTS, INC., a Georgia corporation\n"
    "(\u201cBorrower\u201d), promises to pay to the order of\nPEACHTREE MERCANTILE BANK\n"
    "(\u201cLender\u201d), the principal sum of TWO MILLION SEVEN HUNDRED FIFTY THOUSAND AND\n"
    "NO/100 DOLLARS ($2,750,000.00), with interest at a fixed rate of 5.25% per annum.\n"
    "All principal and unpaid interest shall be due on December\u00a015,\u00a02015.\n\n"
    "This Note is the Term Note referred to in, and is issued pursuant to, the Loan Agreement\n"
    "dated as of December\u00a015,\u00a02010 between Borrower and Lender.\n",
    (
        ("ISSUES", "Ember Lane Restaurants, Inc.", "term note"),
        ("HOLDS", "Peachtree Mercantile Bank", "term note"),
        ("ISSUED_UNDER", "term note", "loan agreement"),
    ),
    attributes=(
        ("term note", "amount", 2750000),
        ("term note", "interest_rate", 5.25),
        ("term note", "maturity_date", "2015-12-15"),
    ),
)

GLOBAL_NOTE = shape(
    "global_note_under_indenture",
    """                                GLOBAL NOTE

                       5.875% Senior Note due 2022

No. A-1                                                         $200,000,000
                                                          CUSIP No. 10922X AB1

     BRIGHTWATER HOLDINGS, INC., a Delaware corporation (the "Company," which term includes
any successor under the Indenture hereinafter referred to), for value received, promises to pay
to CEDE & CO., or registered assigns, the principal sum of TWO HUNDRED MILLION DOLLARS
($200,000,000) on June 15, 2022.

     This Note is one of a duly authorized issue of notes of the Company designated as its
5.875% Senior Notes due 2022 (the "Notes"), issued under an Indenture, dated as of June 15,
2012 (the "Indenture"), between the Company and Patriot Bank Trust Company, N.A., as trustee
(the "Trustee").
""",
    (
        ("ISSUES", "Brightwater Holdings, Inc.", "note"),
        ("HOLDS", "Cede & Co.", "note"),
        ("ISSUED_UNDER", "note", "indenture"),
    ),
    attributes=(
        ("note", "amount", 200000000),
        ("note", "interest_rate", 5.875),
        ("note", "maturity_date", "2022-06-15"),
    ),
)

MORTGAGE_BOND = shape(
    "first_mortgage_bond",
    """            NORTHERN PLAINS POWER COMPANY
       FIRST MORTGAGE BOND, 8 1/8% SERIES DUE 2023

No. R-1                                                           $50,000,000

     NORTHERN PLAINS POWER COMPANY, a corporation of the State of Minnesota (hereinafter
called the "Company"), for value received, hereby promises to pay to CEDE & CO., or registered
assigns, on September 1, 2023, the sum of Fifty Million Dollars, and to pay interest thereon at
the rate of 8 1/8% per annum, semi-annually on March 1 and September 1 in each year.

     This bond is one of a duly authorized issue of bonds of the Company known as its First
Mortgage Bonds, issued and to be issued in one or more series under and equally secured by an
Indenture of Mortgage and Deed of Trust dated as of May 1, 1946 (the "Mortgage"), from the
Company to Second National Trust Company, as Trustee.
""",
    (
        ("ISSUES", "Northern Plains Power Company", "bond"),
        ("HOLDS", "Cede & Co.", "bond"),
        ("ISSUED_UNDER", "bond", "indenture of mortgage"),
    ),
    attributes=(
        ("bond", "amount", 50000000),
        ("bond", "interest_rate", 8.125),
        ("bond", "maturity_date", "2023-09-01"),
    ),
)

SUBORDINATED_DEBENTURE = shape(
    "subordinated_debenture_1995",
    """                    12% SUBORDINATED DEBENTURE DUE 2000

No. D-7                                                            $400,000

     ROCKPORT BREWING COMPANY, a Massachusetts corporation (the "Company"), for value
received, hereby promises to pay to MARGARET L. DUNMORE, or registered assigns, the principal
sum of Four Hundred Thousand Dollars on June 30, 2000, and to pay interest thereon at the rate
of twelve percent (12%) per annum, quarterly.

     This Debenture is one of a series of 12% Subordinated Debentures due 2000 of the Company
issued under the Debenture Purchase Agreement dated as of June 30, 1995 between the Company and
the purchasers named therein.
""",
    (
        ("ISSUES", "Rockport Brewing Company", "debenture"),
        ("HOLDS", "Margaret L. Dunmore", "debenture"),
        ("ISSUED_UNDER", "debenture", "debenture purchase agreement"),
    ),
    attributes=(
        ("debenture", "amount", 400000),
        ("debenture", "interest_rate", 12),
        ("debenture", "maturity_date", "2000-06-30"),
    ),
)
