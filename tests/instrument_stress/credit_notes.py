"""A third round, written after the second and before the extractor ran on it: notes as credit
agreements require them (the shape most credit documents hold), not as standalone instruments."""

from __future__ import annotations

from tests.instrument_stress.stress import Stress

EVIDENCE_OF_DEBT = Stress(
    "credit agreement: advances evidenced by a note executed in favor of the bank",
    """REVOLVING CREDIT AGREEMENT

     THIS REVOLVING CREDIT AGREEMENT is made as of September 30, 2004 between NORTHERN LIGHTS
APPAREL CORP., a Minnesota corporation (the "Company"), and SUMMIT STATE BANK, a Minnesota
banking corporation (the "Bank").

     2.1 Advances. The Bank agrees to make advances (the "Advances") to the Company from time to
time before September 30, 2006 in an aggregate amount not to exceed $6,000,000.

     2.3 Evidence of Debt. The obligation of the Company to repay the Advances shall be evidenced
by a revolving credit note executed by the Company in favor of the Bank in the form of Exhibit A
hereto (the "Revolving Note").

NORTHERN LIGHTS APPAREL CORP.              SUMMIT STATE BANK

By: /s/ Karin Olsen                        By: /s/ Peter Vang
    President                                  Vice President
""",
    (
        ("ISSUES", "NORTHERN LIGHTS APPAREL CORP.", "revolving note"),
        ("HOLDS", "SUMMIT STATE BANK", "revolving note"),
        ("ISSUED_UNDER", "revolving note", "revolving credit agreement"),
    ),
    optional=(("ISSUED_UNDER", "advances", "revolving credit agreement"),),
)

SYNDICATE_NOTES = Stress(
    "syndicated credit agreement: a note payable to each bank, banks named on signature pages",
    """CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of March 15, 1998 among MERIDIAN FOODS GROUP, INC., a Delaware
corporation (the "Borrower"), the banks listed on the signature pages hereof (the "Banks") and
FIRST CITY BANK, as Agent.

     "Notes" means the promissory notes of the Borrower, substantially in the form of Exhibit A
hereto, evidencing the obligation of the Borrower to repay the Loans, and "Note" means any one
of such promissory notes.

     Section 2.05. Notes. The Loans of each Bank shall be evidenced by a single Note payable to
the order of such Bank in an amount equal to the aggregate unpaid principal amount of such
Bank's Loans.

MERIDIAN FOODS GROUP, INC.

By: /s/ Harold Cobb
Title: Treasurer

FIRST CITY BANK, as Agent and as a Bank

By: /s/ Susan Reyes
Title: Vice President

RIVERSIDE NATIONAL BANK

By: /s/ Tom Adler
Title: Senior Vice President

MOUNTAIN TRUST COMPANY

By: /s/ Nina Park
Title: Vice President
""",
    (
        ("ISSUES", "MERIDIAN FOODS GROUP, INC.", "note"),
        ("ISSUED_UNDER", "note", "credit agreement"),
        ("HOLDS", "FIRST CITY BANK", "note"),
        ("HOLDS", "RIVERSIDE NATIONAL BANK", "note"),
        ("HOLDS", "MOUNTAIN TRUST COMPANY", "note"),
    ),
    optional=(("ISSUED_UNDER", "loans", "credit agreement"),),
)

TERM_LOAN_AGREEMENT = Stress(
    "term loan agreement: the borrower shall execute and deliver a term note",
    """TERM LOAN AGREEMENT

     This Term Loan Agreement is entered into as of May 1, 2011 by and between SILVER CREEK
DAIRY, LLC, an Idaho limited liability company ("Borrower"), and HIGH PLAINS FARM CREDIT, FLCA
("Lender").

     1. The Loan. Lender agrees to lend to Borrower the principal amount of $2,000,000 (the
"Loan"). At closing, Borrower shall execute and deliver to Lender a term note in the original
principal amount of $2,000,000 (the "Term Note"), which shall evidence the Loan.

SILVER CREEK DAIRY, LLC                   HIGH PLAINS FARM CREDIT, FLCA
By: /s/ Ray Dunn                          By: /s/ Meg Cole
""",
    (
        ("ISSUES", "SILVER CREEK DAIRY, LLC", "term note"),
        ("HOLDS", "HIGH PLAINS FARM CREDIT, FLCA", "term note"),
        ("ISSUED_UNDER", "term note", "term loan agreement"),
    ),
    optional=(("ISSUED_UNDER", "loan", "term loan agreement"),),
)

SWING_LINE_NOTE = Stress(
    "credit agreement defining a swing line note payable to the swing line lender",
    """CREDIT AGREEMENT

     This CREDIT AGREEMENT is dated as of July 1, 2013 among CANYON RIDGE RESORTS, INC., a Utah
corporation (the "Borrower"), the Lenders party hereto, and BIG SKY BANK, N.A., as
Administrative Agent and as swing line lender (in such capacity, the "Swing Line Lender").

     "Swing Line Note" means the promissory note of the Borrower payable to the order of the
Swing Line Lender, substantially in the form of Exhibit C, evidencing the Swing Line Loans.

CANYON RIDGE RESORTS, INC.

By: /s/ Wes Hart
""",
    (
        ("ISSUES", "CANYON RIDGE RESORTS, INC.", "swing line note"),
        ("HOLDS", "BIG SKY BANK, N.A.", "swing line note"),
        ("ISSUED_UNDER", "swing line note", "credit agreement"),
    ),
)

AMENDED_NOTE_DELIVERED = Stress(
    "amendment to a loan agreement: an amended and restated note delivered in substitution",
    """FIRST AMENDMENT TO LOAN AGREEMENT

     This First Amendment to Loan Agreement (this "Amendment") is made as of February 1, 2016
between PRAIRIE WIND ENERGY, LLC, a Kansas limited liability company ("Borrower"), and FLINT
HILLS NATIONAL BANK ("Lender"), and amends the Loan Agreement dated as of February 1, 2014
between Borrower and Lender (the "Loan Agreement").

     1. Increase. The maximum principal amount of the Loan is increased to $15,000,000.

     2. Amended Note. Concurrently herewith, Borrower shall deliver to Lender an amended and
restated promissory note in the principal amount of $15,000,000 (the "Amended Note") in
substitution for the Note issued under the Loan Agreement.

PRAIRIE WIND ENERGY, LLC                  FLINT HILLS NATIONAL BANK
By: /s/ Owen Marsh                        By: /s/ Julia Kent
""",
    (
        ("ISSUES", "PRAIRIE WIND ENERGY, LLC", "amended note"),
        ("HOLDS", "FLINT HILLS NATIONAL BANK", "amended note"),
        ("ISSUED_UNDER", "amended note", "loan agreement"),
    ),
)

NOTE_DEFINITION = Stress(
    "loan agreement defining its note by who executed it payable to whom",
    """LOAN AGREEMENT

     THIS LOAN AGREEMENT is made as of April 10, 2009 by and between COASTLINE SURGICAL
PARTNERS, P.A., a Florida professional association ("Borrower"), and GULF HARBOR BANK
("Lender").

     "Note" means the Promissory Note of even date herewith executed by Borrower payable to
Lender in the original principal amount of $500,000, and any renewals or extensions thereof.

COASTLINE SURGICAL PARTNERS, P.A.         GULF HARBOR BANK
By: /s/ Dr. Amy Lin                       By: /s/ Carl Brooks
""",
    (
        ("ISSUES", "COASTLINE SURGICAL PARTNERS, P.A.", "note"),
        ("HOLDS", "GULF HARBOR BANK", "note"),
        ("ISSUED_UNDER", "note", "loan agreement"),
    ),
)

THIRD: tuple[Stress, ...] = (
    EVIDENCE_OF_DEBT,
    SYNDICATE_NOTES,
    TERM_LOAN_AGREEMENT,
    SWING_LINE_NOTE,
    AMENDED_NOTE_DELIVERED,
    NOTE_DEFINITION,
)
