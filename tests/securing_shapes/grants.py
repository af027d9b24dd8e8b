"""Security given: security and pledge agreements, deeds of trust and mortgages, an intercreditor
agreement, a supplement adding a grantor, and the collateral clauses of credit agreements."""

from __future__ import annotations

from tests.securing_shapes.shape import SELF, Shape, credit_agreement

GRANT_SHAPES: tuple[Shape, ...] = (
    # round 1
    Shape(
        "security agreement of a grantor",
        """SECURITY AGREEMENT

THIS SECURITY AGREEMENT (this "Agreement") is made as of August 8, 2013 by KINROSS DATA
SYSTEMS, INC., a Nevada corporation (the "Grantor"), in favor of SILVERPEAK BANK (the "Secured
Party").

RECITALS

The Secured Party has agreed to make loans to the Grantor pursuant to the Revolving Credit
Agreement dated as of August 8, 2013 between the Grantor and the Secured Party (the "Credit
Agreement").

1. Grant of Security Interest. To secure the payment and performance of the Obligations, the
Grantor hereby grants to the Secured Party a continuing security interest in all of the
Grantor's right, title and interest in its accounts, inventory, equipment and general
intangibles, whether now owned or hereafter acquired (collectively, the "Collateral").

IN WITNESS WHEREOF, the Grantor has executed this Agreement as of the date first written
above.

KINROSS DATA SYSTEMS, INC.

By: /s/ Owen Pryce
Name: Owen Pryce
Title: President

SILVERPEAK BANK

By: /s/ Alma Reyes
Name: Alma Reyes
Title: Vice President
""",
        expected=(
            ("SECURES", "Kinross Data Systems, Inc.", "Revolving Credit Agreement"),
            ("SECURES", "ASSET:Collateral", "Revolving Credit Agreement"),
            ("PARTY_TO", "Kinross Data Systems, Inc.", SELF),
            ("PARTY_TO", "Silverpeak Bank", SELF),
        ),
        optional=(
            ("SECURES", "ASSET:Collateral", SELF),
            ("SECURES", "Kinross Data Systems, Inc.", SELF),
            ("SECURES", SELF, "Revolving Credit Agreement"),
            ("PARTY_TO", "Kinross Data Systems, Inc.", "Revolving Credit Agreement"),
            ("PARTY_TO", "Silverpeak Bank", "Revolving Credit Agreement"),
        ),
    ),
    # round 1
    Shape(
        "stock pledge agreement of a parent, 1990s plain text",
        """                           STOCK PLEDGE AGREEMENT

     THIS STOCK PLEDGE AGREEMENT, dated as of December 1, 1997, is made by MERIDIAN TOOL
HOLDINGS CORP., a Delaware corporation (the "Pledgor"), to THE FIFTH NATIONAL BANK OF
INDIANA (the "Lender").

     WHEREAS, Meridian Tool Company, a wholly-owned subsidiary of the Pledgor (the
"Borrower"), and the Lender are parties to a Credit Agreement dated as of December 1, 1997
(the "Credit Agreement");

     1.  Pledge.  The Pledgor hereby pledges to the Lender, and grants to the Lender a
security interest in, all of the issued and outstanding shares of capital stock of the
Borrower (the "Pledged Shares"), as security for the payment of all obligations of the
Borrower under the Credit Agreement.

<PAGE>

     IN WITNESS WHEREOF, the Pledgor has executed this Agreement as of the date first
above written.

                                   MERIDIAN TOOL HOLDINGS CORP.

                                   By: /s/ Glen Haraway
                                       ------------------------
                                       Glen Haraway, President

                                   THE FIFTH NATIONAL BANK OF INDIANA

                                   By: /s/ Irene Kowal
                                       ------------------------
                                       Irene Kowal, Vice President
""",
        expected=(
            ("SECURES", "Meridian Tool Holdings Corp.", "Credit Agreement"),
            ("SECURES", "ASSET:Pledged Shares", "Credit Agreement"),
            ("PARTY_TO", "Meridian Tool Holdings Corp.", SELF),
            ("PARTY_TO", "Fifth National Bank of Indiana", SELF),
        ),
        optional=(
            ("SECURES", "ASSET:Pledged Shares", SELF),
            ("SECURES", "Meridian Tool Holdings Corp.", SELF),
            ("SECURES", SELF, "Credit Agreement"),
            ("PARTY_TO", "Meridian Tool Company", "Credit Agreement"),
            ("PARTY_TO", "Fifth National Bank of Indiana", "Credit Agreement"),
        ),
    ),
    # round 1
    Shape(
        "deed of trust securing a note",
        """DEED OF TRUST, ASSIGNMENT OF RENTS AND SECURITY AGREEMENT

THIS DEED OF TRUST is made as of May 5, 2011, by CASCADE RIDGE PROPERTIES LLC, an Oregon
limited liability company ("Trustor"), to FIRST AMERICAN TITLE INSURANCE COMPANY ("Trustee"),
for the benefit of PACIFIC SUMMIT BANK ("Beneficiary").

Trustor hereby irrevocably grants, bargains, sells and conveys to Trustee, in trust, with
power of sale, the real property located at 400 Alder Street, Medford, Oregon, more
particularly described in Exhibit A (the "Property"), to secure the payment of the
indebtedness evidenced by the Promissory Note dated May 5, 2011 in the principal amount of
$6,200,000 made by Trustor payable to Beneficiary (the "Note").

CASCADE RIDGE PROPERTIES LLC

By: /s/ Nora Whitcomb
Name: Nora Whitcomb
Title: Managing Member
""",
        expected=(
            ("SECURES", "Cascade Ridge Properties LLC", "Promissory Note"),
            ("SECURES", "ASSET:Property", "Promissory Note"),
            ("PARTY_TO", "Cascade Ridge Properties LLC", SELF),
            ("PARTY_TO", "Pacific Summit Bank", SELF),
        ),
        optional=(
            ("PARTY_TO", "First American Title Insurance Company", SELF),
            ("SECURES", "ASSET:Property", SELF),
            ("SECURES", SELF, "Promissory Note"),
            ("SECURES", "Cascade Ridge Properties LLC", SELF),
        ),
    ),
    # round 1
    Shape(
        "intercreditor agreement between two agents",
        """INTERCREDITOR AGREEMENT

This INTERCREDITOR AGREEMENT (this "Agreement") is dated as of February 9, 2018 between
OAKHURST BANK, N.A., as first lien agent (the "First Lien Agent"), and TRIDENT CREDIT
PARTNERS LLC, as second lien agent (the "Second Lien Agent"), and acknowledged by VELLUM
PAPER COMPANY (the "Company").

RECITALS

The Company, the lenders party thereto and the First Lien Agent are parties to the First Lien
Credit Agreement dated as of February 9, 2018 (the "First Lien Credit Agreement"). The
Company, the lenders party thereto and the Second Lien Agent are parties to the Second Lien
Term Loan Agreement dated as of February 9, 2018 (the "Second Lien Loan Agreement"). The
obligations under each of them are secured by Liens on substantially all of the assets of the
Company (the "Common Collateral").

Section 2.1 Lien Priorities. Any Lien on the Common Collateral securing the Second Lien
Obligations shall be junior and subordinate to any Lien securing the First Lien Obligations.

OAKHURST BANK, N.A., as First Lien Agent

By: /s/ Lena Marsh
Name: Lena Marsh
Title: Managing Director

TRIDENT CREDIT PARTNERS LLC, as Second Lien Agent

By: /s/ Victor Amado
Name: Victor Amado
Title: Partner

Acknowledged:

VELLUM PAPER COMPANY

By: /s/ Ruth Okafor
Name: Ruth Okafor
Title: Treasurer
""",
        expected=(
            ("PARTY_TO", "Oakhurst Bank, N.A.", SELF),
            ("PARTY_TO", "Trident Credit Partners LLC", SELF),
            ("SECURES", "ASSET:Common Collateral", "First Lien Credit Agreement"),
            ("SECURES", "ASSET:Common Collateral", "Second Lien Term Loan Agreement"),
        ),
        optional=(
            ("PARTY_TO", "Vellum Paper Company", SELF),
            ("SECURES", "Vellum Paper Company", "First Lien Credit Agreement"),
            ("SECURES", "Vellum Paper Company", "Second Lien Term Loan Agreement"),
            ("PARTY_TO", "Vellum Paper Company", "First Lien Credit Agreement"),
            ("PARTY_TO", "Oakhurst Bank, N.A.", "First Lien Credit Agreement"),
            ("PARTY_TO", "Vellum Paper Company", "Second Lien Term Loan Agreement"),
            ("PARTY_TO", "Trident Credit Partners LLC", "Second Lien Term Loan Agreement"),
        ),
    ),
    # round 2
    Shape(
        "loan agreement whose collateral section promises a security agreement",
        """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is dated as of February 14, 2019, between MOSSBANK
ORGANICS, INC., a Vermont corporation ("Borrower"), and GREEN MOUNTAIN SAVINGS BANK ("Lender").

2.1 Term Loan. Lender agrees to make a term loan to Borrower in the amount of $3,500,000.

2.5 Collateral. Payment of the Loan shall be secured by a first priority security interest in
all of Borrower's accounts, inventory and equipment (the "Collateral") pursuant to a Security
Agreement of even date herewith executed by Borrower in favor of Lender.

MOSSBANK ORGANICS, INC.

By: /s/ Ada Whitfield
Name: Ada Whitfield
Title: President

GREEN MOUNTAIN SAVINGS BANK

By: /s/ Pierre Lavoie
Name: Pierre Lavoie
Title: Senior Vice President
""",
        expected=(
            ("SECURES", "Mossbank Organics, Inc.", SELF),
            ("SECURES", "ASSET:Collateral", SELF),
            ("PARTY_TO", "Mossbank Organics, Inc.", SELF),
            ("PARTY_TO", "Green Mountain Savings Bank", SELF),
        ),
        optional=(
            ("SECURES", "Security Agreement", SELF),
            ("SECURES", "ASSET:Collateral", "Security Agreement"),
            ("PARTY_TO", "Mossbank Organics, Inc.", "Security Agreement"),
            ("PARTY_TO", "Green Mountain Savings Bank", "Security Agreement"),
        ),
    ),
    # round 2
    Shape(
        "note secured by a mortgage, 1990s plain text",
        """                              PROMISSORY NOTE

$1,250,000                                                   Tulsa, Oklahoma
                                                             October 1, 1996

     FOR VALUE RECEIVED, the undersigned, PRAIRIE STAR HOTELS, INC., an Oklahoma
corporation ("Maker"), promises to pay to the order of SOONER FEDERAL SAVINGS BANK
("Payee") the principal sum of One Million Two Hundred Fifty Thousand Dollars
($1,250,000), with interest at the rate of eight and one-half percent (8.5%) per annum.

     This Note is secured by a Mortgage and Security Agreement dated of even date
herewith (the "Mortgage") executed by Maker in favor of Payee covering the real property
located at 1200 Main Street, Tulsa, Oklahoma.

                                        PRAIRIE STAR HOTELS, INC.

                                        By: /s/ Dale Hickman
                                            ------------------------
                                            Dale Hickman, President
""",
        expected=(
            ("SECURES", "Mortgage and Security Agreement", SELF),
            ("PARTY_TO", "Prairie Star Hotels, Inc.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Sooner Federal Savings Bank", SELF),
            ("SECURES", "Prairie Star Hotels, Inc.", SELF),
            ("SECURES", "ASSET:real property", SELF),
            ("SECURES", "ASSET:1200 Main Street", SELF),
            ("PARTY_TO", "Prairie Star Hotels, Inc.", "Mortgage and Security Agreement"),
            ("PARTY_TO", "Sooner Federal Savings Bank", "Mortgage and Security Agreement"),
        ),
    ),
    # round 2
    Shape(
        "supplement to a security agreement adding a grantor",
        """SUPPLEMENT NO. 1 TO SECURITY AGREEMENT

SUPPLEMENT NO. 1 dated as of August 1, 2019 (this "Supplement") to the Security Agreement
dated as of January 15, 2018 (the "Security Agreement") among Larchmont Devices, Inc. (the
"Borrower"), the Subsidiaries of the Borrower from time to time party thereto and Keystone
Commerce Bank, as collateral agent (the "Collateral Agent").

Section 1. In accordance with Section 7.15 of the Security Agreement, Larchmont Optics LLC
(the "New Grantor") by its signature below becomes a Grantor under the Security Agreement
with the same force and effect as if originally named therein as a Grantor, and the New
Grantor hereby grants to the Collateral Agent a security interest in all of its right, title
and interest in the Collateral to secure the Secured Obligations.

LARCHMONT OPTICS LLC

By: /s/ Greta Holm
Name: Greta Holm
Title: Manager
""",
        expected=(
            ("AMENDS", SELF, "Security Agreement"),
            ("PARTY_TO", "Larchmont Optics LLC", SELF),
            ("PARTY_TO", "Larchmont Optics LLC", "Security Agreement"),
        ),
        optional=(
            ("SECURES", "Larchmont Optics LLC", "Security Agreement"),
            ("SECURES", "ASSET:Collateral", "Security Agreement"),
            ("PARTY_TO", "Keystone Commerce Bank", SELF),
            ("PARTY_TO", "Larchmont Devices, Inc.", "Security Agreement"),
            ("PARTY_TO", "Keystone Commerce Bank", "Security Agreement"),
        ),
    ),
    # round 2
    Shape(
        "mortgage granting a mortgagee the premises to secure a loan agreement",
        """MORTGAGE, ASSIGNMENT OF LEASES AND RENTS AND SECURITY AGREEMENT

THIS MORTGAGE is made as of March 3, 2015 by BRIDGEWATER COLD STORAGE LLC, a New Jersey
limited liability company ("Mortgagor"), to SHORE POINT BANK ("Mortgagee").

WHEREAS, Mortgagee has agreed to make a loan to Mortgagor pursuant to a Loan Agreement dated
as of March 3, 2015 between Mortgagor and Mortgagee (the "Loan Agreement");

NOW, THEREFORE, to secure the payment of the indebtedness under the Loan Agreement,
Mortgagor hereby mortgages, grants and conveys to Mortgagee the land described in Exhibit A
together with all buildings and improvements thereon (collectively, the "Mortgaged Property").

BRIDGEWATER COLD STORAGE LLC

By: /s/ Vincent Amato
Name: Vincent Amato
Title: Managing Member
""",
        expected=(
            ("SECURES", "Bridgewater Cold Storage LLC", "Loan Agreement"),
            ("SECURES", "ASSET:Mortgaged Property", "Loan Agreement"),
            ("PARTY_TO", "Bridgewater Cold Storage LLC", SELF),
            ("PARTY_TO", "Shore Point Bank", SELF),
        ),
        optional=(
            ("SECURES", "ASSET:Mortgaged Property", SELF),
            ("SECURES", "Bridgewater Cold Storage LLC", SELF),
            ("SECURES", SELF, "Loan Agreement"),
            ("PARTY_TO", "Bridgewater Cold Storage LLC", "Loan Agreement"),
            ("PARTY_TO", "Shore Point Bank", "Loan Agreement"),
        ),
    ),
    # round 3
    Shape(
        "loans secured by collateral granted under a security agreement of the same date",
        credit_agreement(
            "Westbrook Tile Company",
            "Cedar Falls Bank",
            2003,
            "2.8 Security. The Loans and all other obligations of the Borrower hereunder shall be "
            "secured by a first priority security interest in all of the Borrower's accounts, "
            "inventory and equipment granted pursuant to the Security Agreement dated as of the "
            'date hereof between the Borrower and the Bank (the "Security Agreement").\n\n',
        ),
        expected=(
            ("SECURES", "Westbrook Tile Company", SELF),
            ("SECURES", "ASSET:accounts", SELF),
            ("PARTY_TO", "Westbrook Tile Company", SELF),
            ("PARTY_TO", "Cedar Falls Bank", SELF),
        ),
        optional=(
            ("SECURES", "Security Agreement", SELF),
            ("SECURES", "ASSET:accounts", "Security Agreement"),
            ("PARTY_TO", "Westbrook Tile Company", "Security Agreement"),
            ("PARTY_TO", "Cedar Falls Bank", "Security Agreement"),
        ),
    ),
    # round 3
    Shape(
        "a pledge of a subsidiary's stock delivered as security for the obligations",
        credit_agreement(
            "Osgood Instruments Corp.",
            "Riverside Commerce Bank",
            1999,
            "4.3 Pledge. To secure the payment of the Obligations, the Borrower has executed and "
            "delivered to the Bank a Stock Pledge Agreement of even date herewith pledging all of "
            'the outstanding capital stock of Osgood Sensors, Inc. (the "Pledged Stock").\n\n',
        ),
        expected=(
            ("SECURES", "Osgood Instruments Corp.", SELF),
            ("SECURES", "ASSET:Pledged Stock", SELF),
            ("PARTY_TO", "Osgood Instruments Corp.", SELF),
            ("PARTY_TO", "Riverside Commerce Bank", SELF),
        ),
        optional=(
            ("SECURES", "Stock Pledge Agreement", SELF),
            ("SECURES", "ASSET:Pledged Stock", "Stock Pledge Agreement"),
            ("PARTY_TO", "Osgood Instruments Corp.", "Stock Pledge Agreement"),
            ("PARTY_TO", "Riverside Commerce Bank", "Stock Pledge Agreement"),
        ),
    ),
    # round 3
    Shape(
        "a deed of trust on the borrower's land as a condition of the loans",
        credit_agreement(
            "Pinecrest Lumber Co.",
            "Umpqua Valley Bank",
            2007,
            "3.1 Conditions. The obligation of the Bank to make the first Loan is subject to the "
            "Bank's receipt of a Deed of Trust executed by the Borrower encumbering the real "
            "property located at 88 Mill Road, Roseburg, Oregon, as security for the Loans.\n\n",
        ),
        expected=(
            ("SECURES", "Pinecrest Lumber Co.", SELF),
            ("PARTY_TO", "Pinecrest Lumber Co.", SELF),
            ("PARTY_TO", "Umpqua Valley Bank", SELF),
        ),
        optional=(
            ("SECURES", "Deed of Trust", SELF),
            ("SECURES", "ASSET:real property", SELF),
            ("SECURES", "ASSET:88 Mill Road", SELF),
            ("PARTY_TO", "Pinecrest Lumber Co.", "Deed of Trust"),
            ("PARTY_TO", "Umpqua Valley Bank", "Deed of Trust"),
        ),
    ),
    # round 3
    Shape(
        "collateral defined as all assets and granted in the agreement itself, 1990s plain text",
        """                              LOAN AGREEMENT

     THIS LOAN AGREEMENT is made as of September 12, 1997, by and between HOLLOWAY
BEARING WORKS, INC., a Michigan corporation ("Borrower"), and LAKE HURON BANK ("Lender").

     5.  SECURITY INTEREST.  As security for the payment of the Loan and all other
obligations of Borrower to Lender, Borrower hereby grants to Lender a security interest
in all of Borrower's present and future accounts, chattel paper, general intangibles,
inventory, equipment and fixtures, and all proceeds thereof (collectively, the
"Collateral").

<PAGE>

                              HOLLOWAY BEARING WORKS, INC.

                              By: /s/ Ruth Ambrose
                                  Ruth Ambrose, President

                              LAKE HURON BANK

                              By: /s/ Gerald Finch
                                  Gerald Finch, Vice President
""",
        expected=(
            ("SECURES", "Holloway Bearing Works, Inc.", SELF),
            ("SECURES", "ASSET:Collateral", SELF),
            ("PARTY_TO", "Holloway Bearing Works, Inc.", SELF),
            ("PARTY_TO", "Lake Huron Bank", SELF),
        ),
    ),
    # round 3
    Shape(
        "a letter of credit and cash collateral securing a term loan",
        credit_agreement(
            "Marlow Foods Corp.",
            "Keel Harbor Bank",
            2009,
            "2.6 Collateral. The Term Loan shall be secured by (a) a cash collateral account "
            'maintained by the Borrower with the Bank (the "Cash Collateral Account") and (b) an '
            "irrevocable standby letter of credit in the amount of $1,000,000 issued for the "
            "account of Marlow Holdings, Inc. in favor of the Bank.\n\n",
        ),
        expected=(
            ("SECURES", "ASSET:Cash Collateral Account", SELF),
            ("PARTY_TO", "Marlow Foods Corp.", SELF),
            ("PARTY_TO", "Keel Harbor Bank", SELF),
        ),
        optional=(
            ("SECURES", "Marlow Foods Corp.", SELF),
            ("SECURES", "Marlow Holdings, Inc.", SELF),
            ("SECURES", "letter of credit", SELF),
            ("SECURES", "ASSET:letter of credit", SELF),
        ),
    ),
    # round 3
    Shape(
        "unsecured loans and negative covenants on liens and guaranties",
        credit_agreement(
            "Summit Ridge Analytics, Inc.",
            "Bayline National Bank",
            2016,
            "6.2 Liens. The Borrower will not create or permit to exist any Lien on any of its "
            "property, except Liens securing Indebtedness permitted by Section 6.1.\n\n"
            "6.3 Guaranties. The Borrower will not guarantee the obligations of any other Person, "
            "and will not permit any Subsidiary to guarantee any Indebtedness.\n\n"
            "6.4 Pledges. No Subsidiary shall pledge or grant a security interest in its assets "
            "to secure the obligations of any Person.\n\n",
        ),
        expected=(
            ("PARTY_TO", "Summit Ridge Analytics, Inc.", SELF),
            ("PARTY_TO", "Bayline National Bank", SELF),
        ),
    ),
)
