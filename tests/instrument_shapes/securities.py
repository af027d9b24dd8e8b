"""Notes, warrants and bonds sold under purchase agreements and indentures, warrant certificates,
and the lists of tranches a report or schedule gives."""

from __future__ import annotations

from tests.instrument_shapes.shape import shape

NOTE_PURCHASE_SCHEDULE_A = shape(
    "note_purchase_agreement_schedule_a",
    """                          WESTBROOK UTILITIES COMPANY

              $75,000,000 6.42% Senior Notes due April 2, 2013

                           NOTE PURCHASE AGREEMENT

                                                          Dated as of April 2, 2003

To each of the Purchasers listed in Schedule A hereto:

Ladies and Gentlemen:

     WESTBROOK UTILITIES COMPANY, an Ohio corporation (the "Company"), agrees with each of the
purchasers listed in Schedule A hereto (the "Purchasers") as follows:

     1. AUTHORIZATION OF NOTES. The Company will authorize the issue and sale of $75,000,000
aggregate principal amount of its 6.42% Senior Notes due April 2, 2013 (the "Notes").

     2. SALE AND PURCHASE OF NOTES. Subject to the terms and conditions of this Agreement, the
Company will issue and sell to each Purchaser and each Purchaser will purchase from the Company,
at the Closing, Notes in the principal amount specified opposite such Purchaser's name in
Schedule A at the purchase price of 100% of the principal amount thereof.

                                  SCHEDULE A

                      INFORMATION RELATING TO PURCHASERS

                                                      Principal Amount of
Name and Address of Purchaser                         Notes to Be Purchased

GREAT PLAINS LIFE INSURANCE COMPANY                   $40,000,000
1200 Prairie Avenue
Omaha, Nebraska 68102

COASTAL MUTUAL ASSURANCE COMPANY                      $35,000,000
88 Harbor Street
Portland, Maine 04101
""",
    (
        ("ISSUES", "Westbrook Utilities Company", "senior notes"),
        ("HOLDS", "Great Plains Life Insurance Company", "senior notes"),
        ("HOLDS", "Coastal Mutual Assurance Company", "senior notes"),
        ("ISSUED_UNDER", "senior notes", "note purchase agreement"),
    ),
    attributes=(
        ("senior notes", "amount", 75000000),
        ("senior notes", "interest_rate", 6.42),
        ("senior notes", "maturity_date", "2013-04-02"),
    ),
)

SECURITIES_PURCHASE_NOTES_WARRANTS = shape(
    "securities_purchase_notes_and_warrants",
    """                        SECURITIES PURCHASE AGREEMENT

     This Securities Purchase Agreement (this "Agreement") is dated as of March 14, 2019, between
Tidewater Genomics, Inc., a Delaware corporation (the "Company"), and each purchaser identified
on the Schedule of Purchasers hereto (each, including its successors and assigns, a "Purchaser"
and collectively the "Purchasers").

     "Notes" means the 12% Senior Secured Notes due March 14, 2021 issued by the Company to the
Purchasers hereunder, in the form of Exhibit A.

     "Warrants" means, collectively, the Common Stock purchase warrants delivered to the
Purchasers at the Closing in accordance with Section 2.2(a)(iii), in the form of Exhibit B.

     2.1 Closing. On the Closing Date, the Company agrees to sell, and the Purchasers, severally
and not jointly, agree to purchase, Notes in the aggregate principal amount of up to $2,500,000
and Warrants to purchase shares of Common Stock.

                            SCHEDULE OF PURCHASERS

Purchaser                          Principal Amount of Notes        Warrant Shares
Osprey Master Fund LP              $2,000,000                       800,000
Lark Capital LLC                   $500,000                         200,000
""",
    (
        ("ISSUES", "Tidewater Genomics, Inc.", "notes"),
        ("ISSUES", "Tidewater Genomics, Inc.", "warrants"),
        ("HOLDS", "Osprey Master Fund LP", "notes"),
        ("HOLDS", "Lark Capital LLC", "notes"),
        ("HOLDS", "Osprey Master Fund LP", "warrants"),
        ("HOLDS", "Lark Capital LLC", "warrants"),
        ("ISSUED_UNDER", "notes", "securities purchase agreement"),
        ("ISSUED_UNDER", "warrants", "securities purchase agreement"),
    ),
    attributes=(("notes", "interest_rate", 12), ("notes", "maturity_date", "2021-03-14")),
)

WARRANT_CERTIFICATE = shape(
    "warrant_this_certifies",
    """THIS WARRANT AND THE SHARES ISSUABLE UPON EXERCISE HEREOF HAVE NOT BEEN REGISTERED UNDER THE
SECURITIES ACT OF 1933.

                  WARRANT TO PURCHASE 250,000 SHARES OF COMMON STOCK
                                         OF
                                AURORA FLUIDICS, INC.

Warrant No. W-14                                          Issue Date: January 8, 2015

     THIS CERTIFIES THAT, for value received, Birchwood Partners LLC or its registered assigns
(the "Holder") is entitled to purchase, subject to the provisions of this Warrant, from Aurora
Fluidics, Inc., a Delaware corporation (the "Company"), 250,000 shares of Common Stock of the
Company at an exercise price of $1.25 per share, at any time on or before January 8, 2020.
""",
    (
        ("ISSUES", "Aurora Fluidics, Inc.", "warrant"),
        ("HOLDS", "Birchwood Partners LLC", "warrant"),
    ),
)

WARRANT_UNDER_LOAN_1996 = shape(
    "warrant_issued_under_loan_agreement",
    """                      COMMON STOCK PURCHASE WARRANT

No. 3                                            Void after 5:00 p.m. New York City time
                                                 on December 31, 2001

     This certifies that, for value received, THE HAVERFORD GROUP, L.P., or registered assigns,
is entitled to purchase from DELMAR SYSTEMS CORPORATION, a Maryland corporation (the "Company"),
at any time after the date hereof and prior to the expiration hereof, 75,000 fully paid and
nonassessable shares of the Common Stock, $.01 par value, of the Company at a purchase price of
$4.50 per share.

     This Warrant is issued pursuant to the Loan Agreement dated as of December 31, 1996 between
the Company and The Haverford Group, L.P.
""",
    (
        ("ISSUES", "Delmar Systems Corporation", "warrant"),
        ("HOLDS", "The Haverford Group, L.P.", "warrant"),
        ("ISSUED_UNDER", "warrant", "loan agreement"),
    ),
)

WARRANT_SUBSCRIBE_FOR = shape(
    "warrant_subscribe_for_and_purchase",
    """                     COMMON STOCK PURCHASE WARRANT

                          COBALT RIDGE MINING CORP.

Warrant Shares: 1,200,000                          Initial Exercise Date: June 3, 2020

     THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies that, for value received,
Ironwood Special Situations Fund, L.P. or its assigns (the "Holder") is entitled, upon the terms
and subject to the limitations on exercise and the conditions hereinafter set forth, at any time
on or after the Initial Exercise Date and on or prior to June 3, 2025 (the "Termination Date")
but not thereafter, to subscribe for and purchase from Cobalt Ridge Mining Corp., a Nevada
corporation (the "Company"), up to 1,200,000 shares of Common Stock. This Warrant is issued
pursuant to that certain Securities Purchase Agreement, dated June 3, 2020, among the Company and
the purchasers signatory thereto.
""",
    (
        ("ISSUES", "Cobalt Ridge Mining Corp.", "warrant"),
        ("HOLDS", "Ironwood Special Situations Fund, L.P.", "warrant"),
        ("ISSUED_UNDER", "warrant", "securities purchase agreement"),
    ),
)

WARRANT_AGREEMENT_WITH_AGENT = shape(
    "warrant_agreement_with_warrant_agent",
    """                              WARRANT AGREEMENT

     WARRANT AGREEMENT dated as of August 8, 2002 between STARFIRE AVIATION HOLDINGS, INC., a
Delaware corporation (the "Company"), and MIDTOWN STOCK TRANSFER COMPANY, a New York corporation,
as warrant agent (the "Warrant Agent").

     WHEREAS, the Company proposes to issue 2,000,000 warrants (the "Warrants"), each entitling
the holder thereof to purchase one share of Common Stock of the Company at $6.00 per share; and

     WHEREAS, the Company desires the Warrant Agent to act on behalf of the Company in connection
with the issuance, transfer, exchange and exercise of the Warrants.
""",
    (
        ("ISSUES", "Starfire Aviation Holdings, Inc.", "warrant"),
        ("ISSUED_UNDER", "warrant", "warrant agreement"),
    ),
)

INDENTURE_WITH_TRUSTEE = shape(
    "indenture_with_trustee",
    """                        SILVERLAKE PAPER COMPANY

                      7 3/4% Senior Notes due 2014

                                INDENTURE

                      Dated as of February 15, 2004

                CONTINENTAL FIDELITY TRUST COMPANY, N.A.,

                                as Trustee

     INDENTURE dated as of February 15, 2004 between SILVERLAKE PAPER COMPANY, a Delaware
corporation (the "Company"), and CONTINENTAL FIDELITY TRUST COMPANY, N.A., a national banking
association, as Trustee (the "Trustee").

     Each party agrees as follows for the benefit of the other party and for the equal and
ratable benefit of the Holders of the Company's 7 3/4% Senior Notes due 2014 (the "Notes"):
""",
    (
        ("ISSUES", "Silverlake Paper Company", "senior notes"),
        ("ISSUED_UNDER", "senior notes", "indenture"),
    ),
    attributes=(("senior notes", "interest_rate", 7.75),),
)

EIGHT_K_CONVERTIBLE_NOTES = shape(
    "eight_k_convertible_senior_notes",
    """Item 1.01 Entry into a Material Definitive Agreement.

     On November 12, 2014, Quarry Point Therapeutics, Inc. (the "Company") entered into an
Indenture (the "Indenture") with U.S. Trust Bank of Commerce, National Association, as trustee
(the "Trustee"), relating to the Company's issuance of $115 million aggregate principal amount
of 2.75% Convertible Senior Notes due 2021 (the "Notes"). The Notes will bear interest at a rate
of 2.75% per year, payable semiannually in arrears, and will mature on November 15, 2021.
""",
    (
        ("ISSUES", "Quarry Point Therapeutics, Inc.", "convertible senior notes"),
        ("ISSUED_UNDER", "convertible senior notes", "indenture"),
    ),
    attributes=(
        ("convertible senior notes", "amount", 115000000),
        ("convertible senior notes", "interest_rate", 2.75),
        ("convertible senior notes", "maturity_date", "2021-11-15"),
    ),
)

REPORT_TRANCHES = shape(
    "report_notes_and_warrants_over_years",
    """VERDANT HORIZONS, INC.

NOTE 6 - NOTES PAYABLE AND WARRANTS

     Verdant Horizons, Inc. (the "Company") financed its operations from 2009 through 2012 with
loans from related and unrelated parties, as follows:

     On March 1, 2009, the Company issued a promissory note in the principal amount of $50,000 to
Gerald Finch, a director, bearing interest at 10% per annum and due March 1, 2010.

     On August 15, 2010, the Company issued a convertible note in the principal amount of $75,000
to Sable Rock Capital LLC, bearing interest at 8% per annum and due August 15, 2012.

     On January 20, 2012, the Company issued to Sable Rock Capital LLC a warrant to purchase
100,000 shares of common stock at $0.40 per share.
""",
    (
        ("ISSUES", "Verdant Horizons, Inc.", "promissory note"),
        ("ISSUES", "Verdant Horizons, Inc.", "convertible note"),
        ("ISSUES", "Verdant Horizons, Inc.", "warrant"),
        ("HOLDS", "Gerald Finch", "promissory note"),
        ("HOLDS", "Sable Rock Capital LLC", "convertible note"),
        ("HOLDS", "Sable Rock Capital LLC", "warrant"),
    ),
)

SCHEDULE_OF_OUTSTANDING_NOTES = shape(
    "schedule_of_outstanding_notes",
    """              OMNIBUS AMENDMENT TO CONVERTIBLE PROMISSORY NOTES

     This Omnibus Amendment to Convertible Promissory Notes (this "Amendment") is entered into as
of March 1, 2019 by and among SUNFIELD OUTDOOR BRANDS, INC., a Colorado corporation (the
"Company"), and the holders of the Company's convertible promissory notes listed on Schedule 1
(each, a "Holder"), and amends each such note (each, a "Note").

     1. Extension. The maturity date of each Note is extended to December 31, 2020.

                                  SCHEDULE 1
                               OUTSTANDING NOTES

Note No.    Date of Issue        Holder                          Principal Amount
CN-1        May 1, 2017          Alder Creek Fund LP             $200,000
CN-2        August 1, 2017       Alder Creek Fund LP             $150,000
CN-3        February 1, 2018     Juniper Hill Trust              $100,000
""",
    (
        ("ISSUES", "Sunfield Outdoor Brands, Inc.", "note"),
        ("HOLDS", "Alder Creek Fund LP", "note"),
        ("HOLDS", "Juniper Hill Trust", "note"),
    ),
)
