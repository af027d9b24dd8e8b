"""A second round, written after the first round's fixes and before the extractor ran on it:
a fresh measure of whether those fixes read the shapes, not the first round's passages."""

from __future__ import annotations

from tests.instrument_stress.stress import Stress

LOAN_AND_SECURITY_NOTE = Stress(
    "secured note issued under and pursuant to a loan and security agreement",
    """SECURED PROMISSORY NOTE

$1,750,000                                                  Denver, Colorado
                                                            August 15, 2018

     FOR VALUE RECEIVED, ZEPHYR ANALYTICS, LLC, a Colorado limited liability company
("Borrower"), promises to pay to the order of GRANITE PEAK VENTURES II, L.P., a Delaware limited
partnership ("Lender"), the principal amount of One Million Seven Hundred Fifty Thousand
Dollars ($1,750,000), with interest at eleven percent (11%) per annum.

     This Note is issued under and pursuant to the Loan and Security Agreement of even date
herewith between Borrower and Lender (the "Loan Agreement") and is secured by the Collateral
described therein.

ZEPHYR ANALYTICS, LLC

By: /s/ Tomas Ruiz
    Tomas Ruiz, Manager
""",
    (
        ("ISSUES", "ZEPHYR ANALYTICS, LLC", "secured promissory note"),
        ("HOLDS", "GRANITE PEAK VENTURES II, L.P.", "secured promissory note"),
        ("ISSUED_UNDER", "secured promissory note", "loan and security agreement"),
    ),
)

LENDER_WARRANT = Stress(
    "a lender's warrant issued in connection with a loan agreement",
    """WARRANT TO PURCHASE SHARES OF SERIES B PREFERRED STOCK

     THIS CERTIFIES THAT, for value received, Blue Heron Credit Fund LLC (together with its
registered assigns, the "Warrantholder") is entitled to purchase from Ridgeback Systems Corp., a
Delaware corporation (the "Company"), 85,000 shares of the Company's Series B Preferred Stock at
a price of $2.10 per share.

     This Warrant is issued in connection with the Loan Agreement dated as of April 2, 2019
between the Company and the Warrantholder.

RIDGEBACK SYSTEMS CORP.

By: /s/ Ellen Park
    Ellen Park, Chief Financial Officer
""",
    (
        ("ISSUES", "Ridgeback Systems Corp.", "warrant"),
        ("HOLDS", "Blue Heron Credit Fund LLC", "warrant"),
        ("ISSUED_UNDER", "warrant", "loan agreement"),
    ),
)

EIGHT_K_SALES = Stress(
    "8-K item 3.02: notes sold to unnamed investors and a note to a named lender",
    """FORM 8-K

ORCHID ISLAND BRANDS, INC.
(Exact name of registrant as specified in its charter)

Item 3.02 Unregistered Sales of Equity Securities.

On May 5, 2021, Orchid Island Brands, Inc. (the "Company") sold to three accredited investors
convertible promissory notes in the aggregate principal amount of $600,000 (the "May Notes").
The May Notes bear interest at 12% per annum and are convertible at $0.15 per share.

On May 10, 2021, the Company issued a promissory note in the principal amount of $150,000 to
Keystone Bridge Lending LLC, due November 10, 2021.
""",
    (
        ("ISSUES", "Orchid Island Brands, Inc.", "may notes"),
        ("ISSUES", "Orchid Island Brands, Inc.", "promissory note"),
        ("HOLDS", "Keystone Bridge Lending LLC", "promissory note"),
    ),
)

PREAMBLE_PURCHASERS = Stress(
    "note purchase agreement naming its purchasers in the preamble",
    """NOTE PURCHASE AGREEMENT

     This NOTE PURCHASE AGREEMENT (this "Agreement") is made as of January 12, 2017 by and among
Solstice Biomedical, Inc., a Delaware corporation (the "Company"), Pinecone Capital Partners LP,
a Delaware limited partnership, and Meridian Health Ventures LLC, a California limited
liability company (each a "Purchaser" and together the "Purchasers").

     1. The Notes. The Company has authorized the issue and sale of its Secured Promissory Notes
(the "Notes") in an aggregate principal amount of up to $2,000,000.

     2. Purchase and Sale. Subject to the terms hereof, each Purchaser agrees to purchase, and
the Company agrees to sell and issue to each Purchaser, a Note in the principal amount of
$1,000,000.

SOLSTICE BIOMEDICAL, INC.              PINECONE CAPITAL PARTNERS LP
By: /s/ Ana Ferreira                    By: /s/ Jonah Feld
                                        MERIDIAN HEALTH VENTURES LLC
                                        By: /s/ Grace Liu
""",
    (
        ("ISSUES", "Solstice Biomedical, Inc.", "notes"),
        ("ISSUED_UNDER", "notes", "note purchase agreement"),
        ("HOLDS", "Pinecone Capital Partners LP", "notes"),
        ("HOLDS", "Meridian Health Ventures LLC", "notes"),
    ),
)

TERM_LOAN_NOTE = Stress(
    "term loan note to a national bank, referred to in a loan agreement",
    """TERM LOAN NOTE

$3,200,000.00                                               Baltimore, Maryland
                                                            June 1, 2012

FOR VALUE RECEIVED, the undersigned, HARBORVIEW MARINE SERVICES, INC., a Maryland corporation
("Maker"), promises to pay to the order of CHESAPEAKE NATIONAL BANK, N.A. ("Bank"), the
principal sum of THREE MILLION TWO HUNDRED THOUSAND DOLLARS ($3,200,000.00), in eighty-four
consecutive monthly installments of principal and interest.

This Note is the Term Loan Note referred to in the Loan Agreement dated as of June 1, 2012
between Maker and Bank (the "Loan Agreement").

HARBORVIEW MARINE SERVICES, INC.

By: /s/ Curtis Bell
    Curtis Bell, President
""",
    (
        ("ISSUES", "HARBORVIEW MARINE SERVICES, INC.", "term loan note"),
        ("HOLDS", "CHESAPEAKE NATIONAL BANK, N.A.", "term loan note"),
        ("ISSUED_UNDER", "term loan note", "loan agreement"),
    ),
)

RESTATED_NOTE = Stress(
    "amended and restated note replacing an earlier note",
    """AMENDED AND RESTATED PROMISSORY NOTE

$4,500,000                                                  Portland, Oregon
                                                            March 1, 2015

     This Amended and Restated Promissory Note amends and restates in its entirety that certain
Promissory Note dated March 1, 2013 in the original principal amount of $3,000,000.

     FOR VALUE RECEIVED, CASCADE TIMBER PRODUCTS, INC., an Oregon corporation ("Borrower"),
promises to pay to the order of UMPQUA VALLEY BANK ("Lender") the principal sum of $4,500,000,
with interest at the rate of 4.25% per annum.

CASCADE TIMBER PRODUCTS, INC.

By: /s/ Diane Holt
    Diane Holt, President
""",
    (
        ("ISSUES", "CASCADE TIMBER PRODUCTS, INC.", "amended and restated promissory note"),
        ("HOLDS", "UMPQUA VALLEY BANK", "amended and restated promissory note"),
    ),
    optional=(
        ("ISSUES", "CASCADE TIMBER PRODUCTS, INC.", "promissory note"),
        ("HOLDS", "UMPQUA VALLEY BANK", "promissory note"),
    ),
)

NOTE_ASSIGNMENT = Stress(
    "assignment of a note to a new holder",
    """ASSIGNMENT OF PROMISSORY NOTE

     FOR VALUE RECEIVED, PELICAN BAY BANK ("Assignor") hereby assigns, transfers and sets over
to OSPREY CREDIT OPPORTUNITIES FUND LP ("Assignee") all of its right, title and interest in and
to that certain Promissory Note dated October 3, 2016 in the original principal amount of
$800,000, made by SANDPIPER HOTELS LLC, a Florida limited liability company, payable to the
order of Assignor (the "Note").

Dated: December 1, 2017

PELICAN BAY BANK

By: /s/ Luis Ortega
    Senior Vice President
""",
    (
        ("ISSUES", "SANDPIPER HOTELS LLC", "promissory note"),
        ("HOLDS", "OSPREY CREDIT OPPORTUNITIES FUND LP", "promissory note"),
    ),
    optional=(("HOLDS", "PELICAN BAY BANK", "promissory note"),),
)

REGISTERED_HOLDER = Stress(
    "a debenture whose holder a caption names and the promise calls the Holder",
    """10% CONVERTIBLE DEBENTURE DUE 2020

Registered Holder: Summit Ridge Partners, L.P.
Original Principal Amount: $500,000
Issue Date: July 1, 2017

     FOR VALUE RECEIVED, Bluewater Genomics Corp., a Nevada corporation (the "Company"), hereby
promises to pay to the registered holder named above (the "Holder") the principal sum of Five
Hundred Thousand Dollars ($500,000) on July 1, 2020, with interest at 10% per annum.

BLUEWATER GENOMICS CORP.

By: /s/ Raj Patel
    Raj Patel, Chief Executive Officer
""",
    (
        ("ISSUES", "Bluewater Genomics Corp.", "debenture"),
        ("HOLDS", "Summit Ridge Partners, L.P.", "debenture"),
    ),
)

SECOND: tuple[Stress, ...] = (
    LOAN_AND_SECURITY_NOTE,
    LENDER_WARRANT,
    EIGHT_K_SALES,
    PREAMBLE_PURCHASERS,
    TERM_LOAN_NOTE,
    RESTATED_NOTE,
    NOTE_ASSIGNMENT,
    REGISTERED_HOLDER,
)
