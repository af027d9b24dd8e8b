"""Promissory notes as given, the first round: Maker/Payee, Borrower/Lender, Company/Holder,
Issuer/bearer; a note a loan agreement delivers (a standalone exhibit and the form attached), an
allonge, a note amendment and a note modification, joint payees, a bank's caption form."""

from __future__ import annotations

from tests.instrument_stress.stress import Stress

PLAIN_NOTE = Stress(
    "promissory note, Maker and Payee",
    """PROMISSORY NOTE

$750,000.00                                                          Toledo, Ohio
                                                                     May 14, 2008

FOR VALUE RECEIVED, the undersigned, COPPERLINE TOOL & DIE CO., an Ohio corporation
("Maker"), promises to pay to the order of FIFTH HARBOR BANK, NATIONAL ASSOCIATION ("Payee"),
at its offices in Toledo, Ohio, the principal sum of Seven Hundred Fifty Thousand Dollars
($750,000.00), with interest thereon at the rate of seven percent (7%) per annum, in sixty
equal monthly installments commencing June 14, 2008.

Maker waives presentment, demand, protest and notice of dishonor. This Note shall be governed
by the laws of the State of Ohio.

                                        COPPERLINE TOOL & DIE CO.

                                        By: /s/ Gerald Fitch
                                            Gerald Fitch, President
""",
    (
        ("ISSUES", "COPPERLINE TOOL & DIE CO.", "promissory note"),
        ("HOLDS", "FIFTH HARBOR BANK, NATIONAL ASSOCIATION", "promissory note"),
    ),
)

TERM_NOTE_EXHIBIT = Stress(
    "term note delivered under a credit agreement, standalone exhibit",
    """Exhibit 10.3

                                   TERM NOTE

$5,000,000                                                     Chicago, Illinois
                                                               April 1, 2009

     FOR VALUE RECEIVED, MIDWAY LOGISTICS HOLDINGS, INC., a Delaware corporation (the
"Borrower"), hereby unconditionally promises to pay to the order of LAKESHORE NATIONAL BANK
(the "Lender") the principal sum of FIVE MILLION AND NO/100 DOLLARS ($5,000,000), payable in
the installments and on the dates provided in the Credit Agreement referred to below.

     This Note is the Term Note referred to in, and is entitled to the benefits of, the Credit
Agreement dated as of April 1, 2009 (as amended, supplemented or otherwise modified from time
to time, the "Credit Agreement") among the Borrower, the lenders from time to time party
thereto and Lakeshore National Bank, as Administrative Agent. Capitalized terms used herein
have the meanings given them in the Credit Agreement.

     THIS NOTE SHALL BE GOVERNED BY THE LAWS OF THE STATE OF ILLINOIS.

                                   MIDWAY LOGISTICS HOLDINGS, INC.

                                   By: /s/ Dana K. Pruitt
                                   Name: Dana K. Pruitt
                                   Title: Chief Financial Officer
""",
    (
        ("ISSUES", "MIDWAY LOGISTICS HOLDINGS, INC.", "term note"),
        ("HOLDS", "LAKESHORE NATIONAL BANK", "term note"),
        ("ISSUED_UNDER", "term note", "credit agreement"),
    ),
)

REVOLVING_FORM = Stress(
    "revolving credit note: the form attached to its credit agreement",
    """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT (this "Agreement") is dated as of October 2, 2015, between
PINECREST FOODS, INC., a Georgia corporation (the "Borrower"), and CASCADE TRUST BANK, a
Georgia banking corporation (the "Bank").

1. THE REVOLVING LOANS

1.1 Commitment. Subject to the terms hereof, the Bank agrees to make revolving loans (the
"Revolving Loans") to the Borrower from time to time until October 2, 2017 in an aggregate
principal amount outstanding at any time not to exceed $8,000,000.

1.2 Revolving Credit Note. The Revolving Loans shall be evidenced by a promissory note of the
Borrower substantially in the form of Exhibit A (the "Revolving Credit Note"), payable to the
order of the Bank in the principal amount of $8,000,000.

2. GOVERNING LAW. This Agreement shall be governed by the laws of the State of Georgia.

PINECREST FOODS, INC.                      CASCADE TRUST BANK

By: /s/ Alan Moreau                        By: /s/ Ruth Okafor
Title: President                           Title: Senior Vice President

                                   EXHIBIT A

                         FORM OF REVOLVING CREDIT NOTE

$8,000,000                                                     _____________, 20__

     FOR VALUE RECEIVED, the undersigned, PINECREST FOODS, INC., a Georgia corporation (the
"Borrower"), hereby promises to pay to the order of CASCADE TRUST BANK (the "Bank") the
principal sum of EIGHT MILLION DOLLARS ($8,000,000) or, if less, the aggregate unpaid
principal amount of all Revolving Loans made by the Bank to the Borrower under the Revolving
Credit Agreement dated as of October 2, 2015 between the Borrower and the Bank (the "Credit
Agreement").

                                   PINECREST FOODS, INC.

                                   By: ______________________
""",
    (
        ("ISSUES", "PINECREST FOODS, INC.", "revolving credit note"),
        ("HOLDS", "CASCADE TRUST BANK", "revolving credit note"),
        ("ISSUED_UNDER", "revolving credit note", "revolving credit agreement"),
    ),
    # added after the first run: the project's convention (tests/gold) has a credit facility
    # ISSUED_UNDER the agreement that makes it available; the first score counted it wrong
    optional=(("ISSUED_UNDER", "revolving loans", "revolving credit agreement"),),
)

ALLONGE = Stress(
    "allonge endorsing a note to a new holder",
    """ALLONGE TO PROMISSORY NOTE

     This Allonge is attached to and made a part of that certain Promissory Note dated May 5,
2011 in the original principal amount of $1,000,000.00 made by REDFERN HOLDINGS LLC, a
Delaware limited liability company ("Maker"), payable to the order of STERLING EQUITY
PARTNERS, L.P. ("Original Payee").

     PAY TO THE ORDER OF TIDEWATER CAPITAL FUND I, LLC, WITHOUT RECOURSE, REPRESENTATION OR
WARRANTY.

Dated: August 9, 2012

                                   STERLING EQUITY PARTNERS, L.P.
                                   By: Sterling Equity GP, LLC, its general partner

                                   By: /s/ Owen Blackwood
                                       Owen Blackwood, Managing Member
""",
    (
        ("ISSUES", "REDFERN HOLDINGS LLC", "promissory note"),
        ("HOLDS", "TIDEWATER CAPITAL FUND I, LLC", "promissory note"),
    ),
    optional=(("HOLDS", "STERLING EQUITY PARTNERS, L.P.", "promissory note"),),
)

NOTE_AMENDMENT = Stress(
    "first amendment to a promissory note",
    """FIRST AMENDMENT TO PROMISSORY NOTE

     This FIRST AMENDMENT TO PROMISSORY NOTE (this "Amendment") is entered into as of March 31,
2014, by and between BRIGHTWATER MARINE, INC., a Florida corporation ("Borrower"), and
COASTAL COMMERCE BANK, a Florida banking corporation ("Lender").

                                   RECITALS

     A. Borrower made that certain Promissory Note dated January 15, 2013, payable to the
order of Lender in the original principal amount of $2,000,000.00 (the "Note").

     B. Borrower and Lender desire to amend the Note to extend its maturity date.

     NOW, THEREFORE, the parties agree that the maturity date of the Note is hereby extended to
January 15, 2016.

BRIGHTWATER MARINE, INC.                    COASTAL COMMERCE BANK

By: /s/ Keith Duran                         By: /s/ Elena Sosa
    President                                   Vice President
""",
    (
        ("ISSUES", "BRIGHTWATER MARINE, INC.", "promissory note"),
        ("HOLDS", "COASTAL COMMERCE BANK", "promissory note"),
    ),
)

NOTE_MODIFICATION = Stress(
    "note modification agreement, Maker and Holder",
    """NOTE MODIFICATION AGREEMENT

     This Note Modification Agreement is made as of September 1, 2017 by and between SUNDANCE
RANCH PROPERTIES, L.L.C., a Kansas limited liability company ("Maker"), and FIRST PRAIRIE
STATE BANK ("Holder").

     Maker is the maker of that certain Promissory Note dated September 1, 2015 in the
original principal amount of $900,000, payable to Holder (the "Note"). Holder is the owner and
holder of the Note.

     Maker and Holder agree that the interest rate of the Note is reduced to five percent (5%)
per annum from the date hereof.

MAKER:                                      HOLDER:
SUNDANCE RANCH PROPERTIES, L.L.C.           FIRST PRAIRIE STATE BANK

By: /s/ Wade Henning                        By: /s/ Carla Dietz
    Manager                                     President
""",
    (
        ("ISSUES", "SUNDANCE RANCH PROPERTIES, L.L.C.", "promissory note"),
        ("HOLDS", "FIRST PRAIRIE STATE BANK", "promissory note"),
    ),
)

BEARER_NOTE = Stress(
    "a note payable to bearer: an issuer and no holder",
    """BEARER PROMISSORY NOTE

U.S. $2,000,000                                              Piraeus, Greece, July 1, 2006

     MERIDIAN SHIPPING LTD., a Marshall Islands corporation (the "Issuer"), for value received,
promises to pay to the bearer hereof the sum of Two Million United States Dollars
(U.S. $2,000,000) on July 1, 2009, with interest at the rate of six percent (6%) per annum.

     This Note shall be governed by the laws of England.

MERIDIAN SHIPPING LTD.

By: /s/ Nikos Andreou
    Director
""",
    (("ISSUES", "MERIDIAN SHIPPING LTD.", "note"),),
)

JOINT_PAYEES = Stress(
    "a note to two individual lenders",
    """PROMISSORY NOTE

Amount: $320,000                                       Date: February 1, 2016

     FOR VALUE RECEIVED, RIVERBEND DENTAL GROUP, P.C., a Colorado professional corporation
("Borrower"), promises to pay to the order of JAMES L. ORTEGA and MARIA S. ORTEGA (together,
"Lender"), the sum of Three Hundred Twenty Thousand Dollars ($320,000), with interest at 5.5%
per annum, in monthly installments of principal and interest until February 1, 2026.

RIVERBEND DENTAL GROUP, P.C.

By: /s/ Samuel Greer, D.D.S.
    Samuel Greer, President
""",
    (
        ("ISSUES", "RIVERBEND DENTAL GROUP, P.C.", "promissory note"),
        ("HOLDS", "JAMES L. ORTEGA", "promissory note"),
        ("HOLDS", "MARIA S. ORTEGA", "promissory note"),
    ),
)

CAPTION_NOTE = Stress(
    "a bank's caption-form commercial note issued under a loan agreement",
    """COMMERCIAL PROMISSORY NOTE

Borrower:  TRI-COUNTY HARDWARE CO.               Bank:  FARMERS AND MERCHANTS BANK OF
           410 Mill Street                              LONG BEACH
           Long Beach, California 90802                 302 Pine Avenue
                                                        Long Beach, California 90802

Principal Amount: $600,000.00        Date of Note: November 20, 2003

     For value received, Borrower promises to pay to the order of Bank the Principal Amount,
with interest as provided below, on or before November 20, 2006. This Note is issued under the
Loan Agreement dated November 20, 2003 between Borrower and Bank, and is secured as provided
therein.

TRI-COUNTY HARDWARE CO.

By: /s/ Phyllis Yuen
    Phyllis Yuen, Secretary
""",
    (
        ("ISSUES", "TRI-COUNTY HARDWARE CO.", "note"),
        ("HOLDS", "FARMERS AND MERCHANTS BANK OF LONG BEACH", "note"),
        ("ISSUED_UNDER", "note", "loan agreement"),
    ),
)
