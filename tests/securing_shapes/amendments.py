"""What amends what: amendments naming their base, recitals listing earlier amendments,
restatements, a note amendment, a letter amendment, an omnibus amendment, a waiver and amendment,
a loan modification."""

from __future__ import annotations

from tests.securing_shapes.shape import SELF, Shape

AMENDING_SHAPES: tuple[Shape, ...] = (
    # round 1
    Shape(
        "amendment naming its base in title and recital",
        """FIRST AMENDMENT TO LOAN AND SECURITY AGREEMENT

This First Amendment to Loan and Security Agreement (this "Amendment") is entered into as of
October 3, 2013, by and between HEATHERGLEN SOFTWARE, INC., a California corporation
("Borrower"), and PARKVIEW BANK ("Lender").

RECITALS

A. Borrower and Lender are parties to that certain Loan and Security Agreement dated as of
June 1, 2012 (the "Loan Agreement").

B. Borrower has requested that Lender amend the Loan Agreement as set forth below.

1. Section 6.7 of the Loan Agreement is amended and restated in its entirety to read as
follows: "6.7 Minimum Liquidity. Borrower shall maintain Liquidity of at least $2,000,000."

HEATHERGLEN SOFTWARE, INC.

By: /s/ Priya Nandan
Name: Priya Nandan
Title: Chief Financial Officer

PARKVIEW BANK

By: /s/ Tom Ellery
Name: Tom Ellery
Title: Vice President
""",
        expected=(
            ("AMENDS", SELF, "Loan and Security Agreement"),
            ("PARTY_TO", "Heatherglen Software, Inc.", SELF),
            ("PARTY_TO", "Parkview Bank", SELF),
        ),
        optional=(
            ("PARTY_TO", "Heatherglen Software, Inc.", "Loan and Security Agreement"),
            ("PARTY_TO", "Parkview Bank", "Loan and Security Agreement"),
        ),
    ),
    # round 1
    Shape(
        "recital listing three earlier amendments by short titles, 1990s plain text",
        """                     FOURTH AMENDMENT TO CREDIT AGREEMENT

     This Fourth Amendment to Credit Agreement, dated as of June 30, 1999, is between
ORCHARD HILL MILLS, INC. ("Company") and HARBOR NATIONAL BANK ("Bank").

                                   RECITALS

     A.  Company and Bank are parties to a Credit Agreement dated as of April 1, 1996, as
amended by the First Amendment dated as of December 15, 1996, the Second Amendment dated
as of September 30, 1997 and the Third Amendment dated as of August 1, 1998 (the "Credit
Agreement").

     1.  The Termination Date in Section 1.1 of the Credit Agreement is changed to June
30, 2001.

                              ORCHARD HILL MILLS, INC.

                              By: /s/ Frank Delacourt
                                  Frank Delacourt, Treasurer

                              HARBOR NATIONAL BANK

                              By: /s/ Ida Marchetti
                                  Ida Marchetti, Vice President
""",
        expected=(
            ("AMENDS", SELF, "Credit Agreement"),
            ("AMENDS", "First Amendment", "Credit Agreement"),
            ("AMENDS", "Second Amendment", "Credit Agreement"),
            ("AMENDS", "Third Amendment", "Credit Agreement"),
            ("PARTY_TO", "Orchard Hill Mills, Inc.", SELF),
            ("PARTY_TO", "Harbor National Bank", SELF),
        ),
        optional=(
            ("PARTY_TO", "Orchard Hill Mills, Inc.", "Credit Agreement"),
            ("PARTY_TO", "Harbor National Bank", "Credit Agreement"),
            ("PARTY_TO", "Orchard Hill Mills, Inc.", "First Amendment"),
            ("PARTY_TO", "Harbor National Bank", "First Amendment"),
            ("PARTY_TO", "Orchard Hill Mills, Inc.", "Second Amendment"),
            ("PARTY_TO", "Harbor National Bank", "Second Amendment"),
            ("PARTY_TO", "Orchard Hill Mills, Inc.", "Third Amendment"),
            ("PARTY_TO", "Harbor National Bank", "Third Amendment"),
        ),
    ),
    # round 1
    Shape(
        "amendment number three with earlier numbered amendments",
        """AMENDMENT NO. 3 TO CREDIT AGREEMENT

AMENDMENT NO. 3 TO CREDIT AGREEMENT, dated as of December 18, 2015 (this "Amendment"), among
QUILLON THERAPEUTICS, INC., a Delaware corporation (the "Borrower"), the Lenders party hereto
and BRANDT FIRST BANK, N.A., as administrative agent (the "Administrative Agent").

WHEREAS, the Borrower, the Lenders and the Administrative Agent are parties to the Credit
Agreement, dated as of May 22, 2013 (as amended by Amendment No. 1, dated as of March 3,
2014, and Amendment No. 2, dated as of January 9, 2015, the "Credit Agreement");

SECTION 1. Amendments. The definition of "Maturity Date" in Section 1.01 of the Credit
Agreement is amended by replacing "May 22, 2018" with "May 22, 2020".

QUILLON THERAPEUTICS, INC.

By: /s/ Abel Mercer
Name: Abel Mercer
Title: Chief Financial Officer

BRANDT FIRST BANK, N.A., as Administrative Agent and as a Lender

By: /s/ Joanna Pike
Name: Joanna Pike
Title: Director
""",
        expected=(
            ("AMENDS", SELF, "Credit Agreement"),
            ("AMENDS", "Amendment No. 1", "Credit Agreement"),
            ("AMENDS", "Amendment No. 2", "Credit Agreement"),
            ("PARTY_TO", "Quillon Therapeutics, Inc.", SELF),
            ("PARTY_TO", "Brandt First Bank, N.A.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Quillon Therapeutics, Inc.", "Credit Agreement"),
            ("PARTY_TO", "Brandt First Bank, N.A.", "Credit Agreement"),
            ("PARTY_TO", "Quillon Therapeutics, Inc.", "Amendment No. 1"),
            ("PARTY_TO", "Brandt First Bank, N.A.", "Amendment No. 1"),
            ("PARTY_TO", "Quillon Therapeutics, Inc.", "Amendment No. 2"),
            ("PARTY_TO", "Brandt First Bank, N.A.", "Amendment No. 2"),
        ),
    ),
    # round 1
    Shape(
        "amended and restated credit agreement",
        """AMENDED AND RESTATED CREDIT AGREEMENT

AMENDED AND RESTATED CREDIT AGREEMENT dated as of January 20, 2017 among TELFORD ENERGY
PARTNERS, L.P., a Delaware limited partnership (the "Borrower"), the Lenders party hereto and
CROWN HARBOR BANK, N.A., as Administrative Agent.

The Borrower, certain lenders and the Administrative Agent are parties to the Credit
Agreement dated as of May 3, 2013 (as amended prior to the date hereof, the "Existing Credit
Agreement"). The parties hereto have agreed to amend and restate the Existing Credit
Agreement in its entirety, and this Agreement amends and restates in its entirety the
Existing Credit Agreement.

TELFORD ENERGY PARTNERS, L.P.

By: Telford GP LLC, its general partner

By: /s/ Sandra Quist
Name: Sandra Quist
Title: Chief Financial Officer

CROWN HARBOR BANK, N.A., as Administrative Agent and a Lender

By: /s/ Gil Moreno
Name: Gil Moreno
Title: Managing Director
""",
        expected=(
            ("AMENDS", SELF, "Credit Agreement"),
            ("PARTY_TO", "Telford Energy Partners, L.P.", SELF),
            ("PARTY_TO", "Crown Harbor Bank, N.A.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Telford Energy Partners, L.P.", "Credit Agreement"),
            ("PARTY_TO", "Crown Harbor Bank, N.A.", "Credit Agreement"),
            ("PARTY_TO", "Telford GP LLC", SELF),
        ),
    ),
    # round 1
    Shape(
        "amendment to a promissory note",
        """AMENDMENT TO PROMISSORY NOTE

This Amendment to Promissory Note (this "Amendment") is made as of July 1, 2003, by GRANITE
LAKE RESORTS, INC., a Nevada corporation ("Maker"), and JAMES R. COLFAX ("Holder").

Maker executed and delivered to Holder a Promissory Note dated January 15, 2002 in the
original principal amount of $750,000 (the "Note"). Maker and Holder desire to amend the Note
to extend its maturity date.

1. The Maturity Date of the Note is hereby extended to December 31, 2004.

GRANITE LAKE RESORTS, INC.

By: /s/ Lyle Harmon
Lyle Harmon, President

/s/ James R. Colfax
James R. Colfax
""",
        expected=(
            ("AMENDS", SELF, "Promissory Note"),
            ("PARTY_TO", "Granite Lake Resorts, Inc.", SELF),
            ("PARTY_TO", "James R. Colfax", SELF),
        ),
        optional=(
            ("PARTY_TO", "Granite Lake Resorts, Inc.", "Promissory Note"),
            ("PARTY_TO", "James R. Colfax", "Promissory Note"),
        ),
    ),
    # round 1
    Shape(
        "letter amendment, 2000 plain text",
        """                          LAKESIDE NATIONAL BANK
                             200 Shore Drive
                         Duluth, Minnesota 55802

                             February 2, 2000

Northern Pine Timber Co.
1400 Forest Road
Cloquet, Minnesota 55720

     Re:  Amendment to Loan Agreement

Gentlemen:

     Reference is made to the Loan Agreement dated as of March 1, 1998 (the "Loan
Agreement") between Northern Pine Timber Co. (the "Borrower") and Lakeside National Bank
(the "Bank"). The Borrower has requested that the Bank amend the Loan Agreement as set
forth herein.

     1.  The definition of "Termination Date" in Section 1.1 of the Loan Agreement is
amended to read "March 1, 2001".

     If the foregoing is acceptable, please sign and return a copy of this letter.

                                   Very truly yours,

                                   LAKESIDE NATIONAL BANK

                                   By: /s/ Carl Voight
                                       Carl Voight, Vice President

ACCEPTED AND AGREED:

NORTHERN PINE TIMBER CO.

By: /s/ Ellen Sorby
    Ellen Sorby, Treasurer
""",
        expected=(
            ("AMENDS", SELF, "Loan Agreement"),
            ("PARTY_TO", "Lakeside National Bank", SELF),
            ("PARTY_TO", "Northern Pine Timber Co.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Lakeside National Bank", "Loan Agreement"),
            ("PARTY_TO", "Northern Pine Timber Co.", "Loan Agreement"),
        ),
    ),
    # round 1
    Shape(
        "omnibus amendment of three agreements",
        """OMNIBUS AMENDMENT

This OMNIBUS AMENDMENT (this "Amendment"), dated as of September 15, 2020, is entered into by
and among REDWOOD HARBOR LOGISTICS, INC. (the "Company"), the Subsidiary Guarantors party
hereto and EASTLAKE BANK, N.A. (the "Lender").

WHEREAS, the Company and the Lender are parties to (i) the Loan Agreement dated as of April 4,
2018 (the "Loan Agreement") and (ii) the Security Agreement dated as of April 4, 2018 (the
"Security Agreement"), and the Subsidiary Guarantors have delivered to the Lender the
Subsidiary Guaranty dated as of April 4, 2018 (the "Guaranty");

Section 1. Amendments to Loan Agreement. Section 2.1 of the Loan Agreement is amended by
replacing "$10,000,000" with "$12,500,000".

Section 2. Amendment to Security Agreement. Section 4.3 of the Security Agreement is deleted.

Section 3. Amendment to Guaranty. Section 9 of the Guaranty is amended by adding a new
clause (e).

REDWOOD HARBOR LOGISTICS, INC.

By: /s/ Maria Ocampo
Name: Maria Ocampo
Title: President

SUBSIDIARY GUARANTORS:

REDWOOD HARBOR TRUCKING LLC

By: /s/ Maria Ocampo
Name: Maria Ocampo
Title: Manager

EASTLAKE BANK, N.A.

By: /s/ Simon Reyes
Name: Simon Reyes
Title: Senior Vice President
""",
        expected=(
            ("AMENDS", SELF, "Loan Agreement"),
            ("AMENDS", SELF, "Security Agreement"),
            ("AMENDS", SELF, "Subsidiary Guaranty"),
            ("PARTY_TO", "Redwood Harbor Logistics, Inc.", SELF),
            ("PARTY_TO", "Redwood Harbor Trucking LLC", SELF),
            ("PARTY_TO", "Eastlake Bank, N.A.", SELF),
        ),
        optional=(
            ("SECURES", "Redwood Harbor Trucking LLC", "Loan Agreement"),
            ("SECURES", "Redwood Harbor Trucking LLC", SELF),
            ("SECURES", "Redwood Harbor Logistics, Inc.", "Loan Agreement"),
            ("SECURES", "Security Agreement", "Loan Agreement"),
            ("SECURES", "Subsidiary Guaranty", "Loan Agreement"),
            ("PARTY_TO", "Redwood Harbor Logistics, Inc.", "Loan Agreement"),
            ("PARTY_TO", "Eastlake Bank, N.A.", "Loan Agreement"),
            ("PARTY_TO", "Redwood Harbor Logistics, Inc.", "Security Agreement"),
            ("PARTY_TO", "Eastlake Bank, N.A.", "Security Agreement"),
            ("PARTY_TO", "Redwood Harbor Trucking LLC", "Subsidiary Guaranty"),
            ("PARTY_TO", "Eastlake Bank, N.A.", "Subsidiary Guaranty"),
        ),
    ),
    # round 1
    Shape(
        "waiver and amendment of a note purchase agreement",
        """WAIVER AND AMENDMENT NO. 2

WAIVER AND AMENDMENT NO. 2, dated as of November 30, 2009 (this "Waiver and Amendment"), to
the Note Purchase Agreement dated as of August 1, 2006 (as amended by Amendment No. 1 thereto
dated as of March 31, 2008, the "Note Agreement"), among STILLWATER CHEMICAL CORPORATION, a
Delaware corporation (the "Company"), and each of the holders of Notes party hereto (the
"Holders").

Section 1. Waiver. The Holders hereby waive the Event of Default arising under Section 10.4
of the Note Agreement for the fiscal quarter ended September 30, 2009.

Section 2. Amendment. Section 10.4 of the Note Agreement is amended by replacing "2.75 to
1.00" with "3.25 to 1.00".

STILLWATER CHEMICAL CORPORATION

By: /s/ Dean Albright
Name: Dean Albright
Title: Treasurer

GREAT PLAINS MUTUAL LIFE INSURANCE COMPANY

By: /s/ Rhoda Baines
Name: Rhoda Baines
Title: Vice President

ATLAS FRATERNAL ANNUITY SOCIETY

By: /s/ Kurt Lindahl
Name: Kurt Lindahl
Title: Investment Officer
""",
        expected=(
            ("AMENDS", SELF, "Note Purchase Agreement"),
            ("AMENDS", "Amendment No. 1", "Note Purchase Agreement"),
            ("PARTY_TO", "Stillwater Chemical Corporation", SELF),
            ("PARTY_TO", "Great Plains Mutual Life Insurance Company", SELF),
            ("PARTY_TO", "Atlas Fraternal Annuity Society", SELF),
        ),
        optional=(
            ("PARTY_TO", "Stillwater Chemical Corporation", "Note Purchase Agreement"),
            ("PARTY_TO", "Great Plains Mutual Life Insurance Company", "Note Purchase Agreement"),
            ("PARTY_TO", "Atlas Fraternal Annuity Society", "Note Purchase Agreement"),
            ("PARTY_TO", "Stillwater Chemical Corporation", "Amendment No. 1"),
        ),
    ),
    # round 2
    Shape(
        "amendment to an amended and restated agreement with a named earlier amendment",
        """THIRD AMENDMENT TO SECOND AMENDED AND RESTATED CREDIT AGREEMENT

This THIRD AMENDMENT TO SECOND AMENDED AND RESTATED CREDIT AGREEMENT (this "Amendment") is
entered into as of April 30, 2021 among TARRANT MIDSTREAM PARTNERS LP (the "Borrower"), the
Lenders party hereto and LONE STAR CAPITAL BANK, as administrative agent (the
"Administrative Agent").

The Borrower, the Lenders and the Administrative Agent are parties to the Second Amended and
Restated Credit Agreement dated as of September 1, 2017 (as amended by the First Amendment
dated as of March 2, 2018 and the Second Amendment dated as of November 19, 2019, the
"Credit Agreement").

TARRANT MIDSTREAM PARTNERS LP

By: Tarrant Midstream GP LLC, its general partner

By: /s/ Wade Pruitt
Name: Wade Pruitt
Title: Chief Financial Officer

LONE STAR CAPITAL BANK, as Administrative Agent and a Lender

By: /s/ Marisol Vega
Name: Marisol Vega
Title: Director
""",
        expected=(
            ("AMENDS", SELF, "Second Amended and Restated Credit Agreement"),
            ("AMENDS", "First Amendment", "Second Amended and Restated Credit Agreement"),
            ("AMENDS", "Second Amendment", "Second Amended and Restated Credit Agreement"),
            ("PARTY_TO", "Tarrant Midstream Partners LP", SELF),
            ("PARTY_TO", "Lone Star Capital Bank", SELF),
        ),
        optional=(
            (
                "PARTY_TO",
                "Tarrant Midstream Partners LP",
                "Second Amended and Restated Credit Agreement",
            ),
            ("PARTY_TO", "Lone Star Capital Bank", "Second Amended and Restated Credit Agreement"),
            ("PARTY_TO", "Tarrant Midstream GP LLC", SELF),
            ("PARTY_TO", "Tarrant Midstream Partners LP", "First Amendment"),
            ("PARTY_TO", "Lone Star Capital Bank", "First Amendment"),
            ("PARTY_TO", "Tarrant Midstream Partners LP", "Second Amendment"),
            ("PARTY_TO", "Lone Star Capital Bank", "Second Amendment"),
        ),
    ),
    # round 2
    Shape(
        "loan modification agreement of a loan agreement and its note",
        """LOAN MODIFICATION AGREEMENT

This Loan Modification Agreement (this "Agreement") is entered into as of December 1, 2004,
by and between BLUE HERON MARINE SUPPLY, INC., a Florida corporation ("Borrower"), and GULF
COAST COMMUNITY BANK ("Bank").

Borrower and Bank are parties to a Loan Agreement dated as of May 10, 2002 (the "Loan
Agreement"), and Borrower executed in favor of Bank a Revolving Promissory Note dated May 10,
2002 in the principal amount of $2,000,000 (the "Note"). Borrower and Bank desire to modify
the Loan Agreement and the Note as set forth below.

1. The maturity date of the Note is extended to May 10, 2006.

BLUE HERON MARINE SUPPLY, INC.

By: /s/ Curtis Mayhew
Curtis Mayhew, President

GULF COAST COMMUNITY BANK

By: /s/ Anita Solis
Anita Solis, Vice President
""",
        expected=(
            ("AMENDS", SELF, "Loan Agreement"),
            ("AMENDS", SELF, "Revolving Promissory Note"),
            ("PARTY_TO", "Blue Heron Marine Supply, Inc.", SELF),
            ("PARTY_TO", "Gulf Coast Community Bank", SELF),
        ),
        optional=(
            ("PARTY_TO", "Blue Heron Marine Supply, Inc.", "Loan Agreement"),
            ("PARTY_TO", "Gulf Coast Community Bank", "Loan Agreement"),
            ("PARTY_TO", "Blue Heron Marine Supply, Inc.", "Revolving Promissory Note"),
            ("PARTY_TO", "Gulf Coast Community Bank", "Revolving Promissory Note"),
        ),
    ),
)
