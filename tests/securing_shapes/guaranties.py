"""Guaranties and guarantors: stand-alone, subsidiary and parent guaranties, guarantors in a
preamble, a schedule, a signature list or a list of loan documents, reaffirmations, consents and
joinders of guarantors."""

from __future__ import annotations

from tests.securing_shapes.shape import SELF, Shape, credit_agreement

GUARANTY_SHAPES: tuple[Shape, ...] = (
    # round 1
    Shape(
        "stand-alone guaranty of a person, 1990s plain text",
        """                                GUARANTY

     FOR VALUE RECEIVED, and in order to induce FIRST COMMERCE BANK OF OHIO (the
"Bank") to extend credit to Tillman Brass Works, Inc., an Ohio corporation (the
"Borrower"), pursuant to the Loan Agreement dated as of March 14, 1996 between the
Borrower and the Bank (as amended from time to time, the "Loan Agreement"), the
undersigned, HAROLD J. TILLMAN (the "Guarantor"), hereby unconditionally guarantees to
the Bank the full and prompt payment when due of all obligations of the Borrower under
the Loan Agreement and the Note (as defined therein).

     1.  Nature of Guaranty.  This is a guaranty of payment and not of collection, and
the Guarantor waives any right to require the Bank to proceed first against the
Borrower.

<PAGE>

     IN WITNESS WHEREOF, the undersigned has executed this Guaranty as of March 14, 1996.

                                        /s/ Harold J. Tillman
                                        ---------------------------
                                        Harold J. Tillman
""",
        expected=(
            ("SECURES", "Harold J. Tillman", "Loan Agreement"),
            ("PARTY_TO", "Harold J. Tillman", SELF),
        ),
        optional=(
            ("PARTY_TO", "First Commerce Bank of Ohio", SELF),
            ("SECURES", "Harold J. Tillman", "Note"),
            ("SECURES", SELF, "Loan Agreement"),
            ("PARTY_TO", "Tillman Brass Works, Inc.", "Loan Agreement"),
            ("PARTY_TO", "First Commerce Bank of Ohio", "Loan Agreement"),
        ),
    ),
    # round 1
    Shape(
        "subsidiary guaranty, guarantors only on the signature pages",
        """SUBSIDIARY GUARANTY

SUBSIDIARY GUARANTY, dated as of June 30, 2014 (this "Guaranty"), made by each of the
signatories hereto and each of the other Subsidiaries that becomes a party hereto (each, a
"Guarantor" and collectively, the "Guarantors"), in favor of Northgate Capital Bank, N.A., as
administrative agent (in such capacity, the "Administrative Agent") for the Lenders party to
the Credit Agreement dated as of June 30, 2014 (as amended, the "Credit Agreement") among
Corvallis Instruments Corp., a Delaware corporation (the "Borrower"), the Lenders party
thereto and the Administrative Agent.

Section 2.1 Guaranty. Each Guarantor hereby, jointly and severally, unconditionally and
irrevocably guarantees to the Administrative Agent, for the ratable benefit of the Secured
Parties, the prompt and complete payment and performance by the Borrower when due of the
Obligations.

IN WITNESS WHEREOF, each of the undersigned has caused this Guaranty to be duly executed and
delivered as of the date first above written.

CORVALLIS SENSORS, LLC

By: /s/ Dana Whitlock
Name: Dana Whitlock
Title: Treasurer

CORVALLIS FIELD SERVICES, INC.

By: /s/ Dana Whitlock
Name: Dana Whitlock
Title: Treasurer

Acknowledged and agreed:

NORTHGATE CAPITAL BANK, N.A., as Administrative Agent

By: /s/ Peter Lind
Name: Peter Lind
Title: Director
""",
        expected=(
            ("SECURES", "Corvallis Sensors, LLC", "Credit Agreement"),
            ("SECURES", "Corvallis Field Services, Inc.", "Credit Agreement"),
            ("PARTY_TO", "Corvallis Sensors, LLC", SELF),
            ("PARTY_TO", "Corvallis Field Services, Inc.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Northgate Capital Bank, N.A.", SELF),
            ("SECURES", SELF, "Credit Agreement"),
            ("PARTY_TO", "Corvallis Instruments Corp.", "Credit Agreement"),
            ("PARTY_TO", "Northgate Capital Bank, N.A.", "Credit Agreement"),
        ),
    ),
    # round 1
    Shape(
        "guarantee agreement, guarantors listed on a schedule",
        """GUARANTEE AGREEMENT

GUARANTEE AGREEMENT dated as of April 2, 2012, among each of the subsidiaries of Pembrook
Retail Holdings, Inc. listed on Schedule I hereto (the "Guarantors") and Farrow Bank plc, as
collateral agent (the "Collateral Agent") under the Term Loan Agreement dated as of April 2,
2012 (the "Loan Agreement") among Pembrook Retail Holdings, Inc., the lenders party thereto
and Farrow Bank plc.

SECTION 1. Guarantee. Each Guarantor unconditionally guarantees, jointly with the other
Guarantors and severally, as a primary obligor and not merely as a surety, the due and
punctual payment of the Obligations under the Loan Agreement.

SCHEDULE I

GUARANTORS

1. Pembrook Stores of Ohio, Inc.
2. Pembrook Distribution LLC
3. Pembrook Online, Inc.
""",
        expected=(
            ("SECURES", "Pembrook Stores of Ohio, Inc.", "Term Loan Agreement"),
            ("SECURES", "Pembrook Distribution LLC", "Term Loan Agreement"),
            ("SECURES", "Pembrook Online, Inc.", "Term Loan Agreement"),
            ("PARTY_TO", "Pembrook Stores of Ohio, Inc.", SELF),
            ("PARTY_TO", "Pembrook Distribution LLC", SELF),
            ("PARTY_TO", "Pembrook Online, Inc.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Farrow Bank plc", SELF),
            ("SECURES", SELF, "Term Loan Agreement"),
            ("PARTY_TO", "Pembrook Retail Holdings, Inc.", "Term Loan Agreement"),
            ("PARTY_TO", "Farrow Bank plc", "Term Loan Agreement"),
        ),
    ),
    # round 1
    Shape(
        "credit agreement with the guarantors party hereto",
        """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of October 1, 2015 among HALDANE MARINE, INC., a Louisiana
corporation (the "Borrower"), the GUARANTORS party hereto, the LENDERS party hereto and BAYOU
STATE BANK, as Administrative Agent.

ARTICLE X
GUARANTY

10.01 The Guaranty. Each Guarantor hereby jointly and severally guarantees, as a primary
obligor and not as a surety, to the Administrative Agent and the Lenders the prompt payment of
the Obligations in full when due.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of
the date first above written.

HALDANE MARINE, INC., as Borrower

By: /s/ Roy Fontenot
Name: Roy Fontenot
Title: Chief Financial Officer

GUARANTORS:

HALDANE OFFSHORE LLC

By: /s/ Roy Fontenot
Name: Roy Fontenot
Title: Manager

HALDANE VESSELS, INC.

By: /s/ Roy Fontenot
Name: Roy Fontenot
Title: Treasurer

BAYOU STATE BANK, as Administrative Agent and a Lender

By: /s/ Celeste Guidry
Name: Celeste Guidry
Title: Senior Vice President
""",
        expected=(
            ("SECURES", "Haldane Offshore LLC", SELF),
            ("SECURES", "Haldane Vessels, Inc.", SELF),
            ("PARTY_TO", "Haldane Marine, Inc.", SELF),
            ("PARTY_TO", "Haldane Offshore LLC", SELF),
            ("PARTY_TO", "Haldane Vessels, Inc.", SELF),
            ("PARTY_TO", "Bayou State Bank", SELF),
        ),
    ),
    # round 1
    Shape(
        "amendment in which each guarantor reaffirms its guaranty",
        """SECOND AMENDMENT TO CREDIT AGREEMENT

This SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of March 31,
2019 among BRIGHTWATER FOODS, INC. (the "Borrower"), the Guarantors party hereto, the Lenders
party hereto and COMMONWEALTH TRUST BANK, as Administrative Agent.

RECITALS

The Borrower, the Lenders and the Administrative Agent are parties to that certain Credit
Agreement dated as of July 15, 2016 (as amended by the First Amendment to Credit Agreement
dated as of May 1, 2017, the "Credit Agreement").

Section 1. Amendment. Section 7.1(a) of the Credit Agreement is amended by replacing
"3.00 to 1.00" with "3.50 to 1.00".

Section 4. Reaffirmation. Each Guarantor hereby (a) consents to this Amendment, (b)
reaffirms its obligations under the Guaranty and each other Loan Document to which it is a
party and (c) agrees that the Guaranty remains in full force and effect and continues to
guarantee the Obligations under the Credit Agreement as amended hereby.

BRIGHTWATER FOODS, INC., as Borrower

By: /s/ Helen Marsh
Name: Helen Marsh
Title: Chief Financial Officer

GUARANTORS:

BRIGHTWATER DAIRY LLC

By: /s/ Helen Marsh
Name: Helen Marsh
Title: Manager

BRIGHTWATER FROZEN, INC.

By: /s/ Helen Marsh
Name: Helen Marsh
Title: Treasurer

COMMONWEALTH TRUST BANK, as Administrative Agent and a Lender

By: /s/ Mark Ostrow
Name: Mark Ostrow
Title: Vice President
""",
        expected=(
            ("AMENDS", SELF, "Credit Agreement"),
            ("AMENDS", "First Amendment to Credit Agreement", "Credit Agreement"),
            ("SECURES", "Brightwater Dairy LLC", "Credit Agreement"),
            ("SECURES", "Brightwater Frozen, Inc.", "Credit Agreement"),
            ("PARTY_TO", "Brightwater Foods, Inc.", SELF),
            ("PARTY_TO", "Brightwater Dairy LLC", SELF),
            ("PARTY_TO", "Brightwater Frozen, Inc.", SELF),
            ("PARTY_TO", "Commonwealth Trust Bank", SELF),
        ),
        optional=(
            ("PARTY_TO", "Brightwater Foods, Inc.", "Credit Agreement"),
            ("PARTY_TO", "Commonwealth Trust Bank", "Credit Agreement"),
            ("PARTY_TO", "Brightwater Foods, Inc.", "First Amendment to Credit Agreement"),
            ("PARTY_TO", "Commonwealth Trust Bank", "First Amendment to Credit Agreement"),
            ("PARTY_TO", "Brightwater Dairy LLC", "Guaranty"),
            ("PARTY_TO", "Brightwater Frozen, Inc.", "Guaranty"),
            ("SECURES", "Guaranty", "Credit Agreement"),
        ),
    ),
    # round 1
    Shape(
        "consent of guarantors attached to an amendment, 1990s plain text",
        """                     THIRD AMENDMENT TO LOAN AGREEMENT

     THIS THIRD AMENDMENT TO LOAN AGREEMENT (this "Amendment") is made as of September
30, 1998 by and between PRAIRIE FARM SUPPLY CO., a Kansas corporation ("Borrower"), and
MIDLAND STATES BANK ("Bank").

     WHEREAS, Borrower and Bank entered into a Loan Agreement dated as of January 10,
1995 (as previously amended, the "Loan Agreement");

     1.  Section 2.1 of the Loan Agreement is amended by deleting "$5,000,000" and
inserting "$7,500,000" in its place.

     IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first
written above.

                              PRAIRIE FARM SUPPLY CO.

                              By: /s/ Walter Ambry
                                  Walter Ambry, President

                              MIDLAND STATES BANK

                              By: /s/ Doris Kemper
                                  Doris Kemper, Vice President

<PAGE>

                           CONSENT OF GUARANTORS

     Each of the undersigned, as a guarantor of the obligations of Borrower to Bank
under the Loan Agreement pursuant to its Guaranty dated January 10, 1995, hereby
consents to the foregoing Third Amendment and agrees that its Guaranty shall remain in
full force and effect.

                              PRAIRIE FEED MILLS, INC.

                              By: /s/ Walter Ambry
                                  Walter Ambry, President

                              PRAIRIE TRANSPORT CO.

                              By: /s/ Walter Ambry
                                  Walter Ambry, President
""",
        expected=(
            ("AMENDS", SELF, "Loan Agreement"),
            ("SECURES", "Prairie Feed Mills, Inc.", "Loan Agreement"),
            ("SECURES", "Prairie Transport Co.", "Loan Agreement"),
            ("PARTY_TO", "Prairie Farm Supply Co.", SELF),
            ("PARTY_TO", "Midland States Bank", SELF),
            ("PARTY_TO", "Prairie Feed Mills, Inc.", "Consent of Guarantors"),
            ("PARTY_TO", "Prairie Transport Co.", "Consent of Guarantors"),
        ),
        optional=(
            ("PARTY_TO", "Prairie Farm Supply Co.", "Loan Agreement"),
            ("PARTY_TO", "Midland States Bank", "Loan Agreement"),
            ("PARTY_TO", "Prairie Feed Mills, Inc.", "Guaranty"),
            ("PARTY_TO", "Prairie Transport Co.", "Guaranty"),
            ("SECURES", "Guaranty", "Loan Agreement"),
        ),
    ),
    # round 1
    Shape(
        "joinder of a new subsidiary guarantor",
        """JOINDER AGREEMENT

THIS JOINDER AGREEMENT, dated as of November 12, 2016, is made by WAVECREST LABS, LLC, a
Delaware limited liability company (the "New Guarantor"), in favor of SUMMIT RIVER BANK, as
administrative agent (the "Agent"), under the Guaranty and Security Agreement dated as of
March 1, 2015 (the "Guaranty and Security Agreement") among Aldridge Medical Devices, Inc.
(the "Borrower"), the other Grantors party thereto and the Agent.

1. Joinder. By executing and delivering this Joinder Agreement, the New Guarantor hereby
becomes a party to the Guaranty and Security Agreement as a Guarantor and a Grantor
thereunder, hereby guarantees the Obligations under the Credit Agreement dated as of March 1,
2015 among the Borrower, the Lenders party thereto and the Agent (the "Credit Agreement"), and
hereby grants to the Agent a security interest in all of its Collateral.

WAVECREST LABS, LLC

By: /s/ Imogen Tate
Name: Imogen Tate
Title: Chief Executive Officer
""",
        expected=(
            ("SECURES", "Wavecrest Labs, LLC", "Credit Agreement"),
            ("PARTY_TO", "Wavecrest Labs, LLC", SELF),
            ("PARTY_TO", "Wavecrest Labs, LLC", "Guaranty and Security Agreement"),
        ),
        optional=(
            ("PARTY_TO", "Summit River Bank", SELF),
            ("SECURES", "Wavecrest Labs, LLC", "Guaranty and Security Agreement"),
            ("SECURES", "ASSET:Collateral", "Credit Agreement"),
            ("SECURES", "Guaranty and Security Agreement", "Credit Agreement"),
            ("AMENDS", SELF, "Guaranty and Security Agreement"),
            ("PARTY_TO", "Aldridge Medical Devices, Inc.", "Guaranty and Security Agreement"),
            ("PARTY_TO", "Summit River Bank", "Guaranty and Security Agreement"),
            ("PARTY_TO", "Aldridge Medical Devices, Inc.", "Credit Agreement"),
            ("PARTY_TO", "Summit River Bank", "Credit Agreement"),
        ),
    ),
    # round 1
    Shape(
        "continuing guaranty of all indebtedness of a borrower",
        """CONTINUING GUARANTY

1. GUARANTY. For valuable consideration, the undersigned DELMAR HOLDINGS, INC., a Texas
corporation ("Guarantor"), unconditionally guarantees and promises to pay to LONE OAK BANK
("Bank") on demand, in lawful money of the United States, any and all Indebtedness of SANTA
RITA PUMP COMPANY ("Borrower") to Bank.

2. DEFINITIONS. "Indebtedness" means any and all debts, liabilities and obligations of
Borrower to Bank, now or hereafter existing.

IN WITNESS WHEREOF, the undersigned Guarantor has executed this Guaranty as of April 8,
2008.

DELMAR HOLDINGS, INC.

By: /s/ Carlos Ybarra
Carlos Ybarra, President
""",
        expected=(
            ("SECURES", "Delmar Holdings, Inc.", "Santa Rita Pump Company"),
            ("PARTY_TO", "Delmar Holdings, Inc.", SELF),
        ),
        optional=(("PARTY_TO", "Lone Oak Bank", SELF),),
    ),
    # round 1
    Shape(
        "amended and restated guaranty",
        """AMENDED AND RESTATED GUARANTY

THIS AMENDED AND RESTATED GUARANTY (this "Guaranty") is made as of March 15, 2021 by
NORTHFIELD AGGREGATES HOLDINGS, INC., a Minnesota corporation (the "Guarantor"), in favor of
GRANITE CITY BANK (the "Lender").

The Guarantor previously executed the Guaranty dated as of June 1, 2017 in favor of the
Lender (the "Original Guaranty"). Northfield Aggregates, LLC (the "Borrower") and the Lender
are parties to the Amended and Restated Loan Agreement dated as of March 15, 2021 (the "Loan
Agreement"). This Guaranty amends and restates the Original Guaranty in its entirety.

1. Guaranty. The Guarantor hereby absolutely and unconditionally guarantees to the Lender
the payment when due of all obligations of the Borrower under the Loan Agreement.

NORTHFIELD AGGREGATES HOLDINGS, INC.

By: /s/ Bjorn Halvorsen
Name: Bjorn Halvorsen
Title: President
""",
        expected=(
            ("AMENDS", SELF, "Guaranty"),
            (
                "SECURES",
                "Northfield Aggregates Holdings, Inc.",
                "Amended and Restated Loan Agreement",
            ),
            ("PARTY_TO", "Northfield Aggregates Holdings, Inc.", SELF),
        ),
        optional=(
            ("PARTY_TO", "Granite City Bank", SELF),
            ("PARTY_TO", "Northfield Aggregates Holdings, Inc.", "Guaranty"),
            ("PARTY_TO", "Granite City Bank", "Guaranty"),
            ("SECURES", "Northfield Aggregates Holdings, Inc.", "Guaranty"),
            ("SECURES", SELF, "Amended and Restated Loan Agreement"),
            ("PARTY_TO", "Northfield Aggregates, LLC", "Amended and Restated Loan Agreement"),
            ("PARTY_TO", "Granite City Bank", "Amended and Restated Loan Agreement"),
        ),
    ),
    # round 2
    Shape(
        "credit agreement guaranteed by the parent under a parent guaranty",
        """CREDIT AGREEMENT

This CREDIT AGREEMENT is made as of July 9, 2012 by and between ASHCOMBE SOFTWARE CORP., a
Delaware corporation (the "Borrower"), and HARBORVIEW BANK, N.A. (the "Bank").

"Parent" means Ashcombe Group Holdings, Inc., a Delaware corporation.

Section 4.2 Guaranty. The Obligations shall be unconditionally guaranteed by the Parent
pursuant to a Parent Guaranty dated as of the date hereof (the "Parent Guaranty").

ASHCOMBE SOFTWARE CORP.

By: /s/ Hugh Barlow
Name: Hugh Barlow
Title: Chief Financial Officer

HARBORVIEW BANK, N.A.

By: /s/ Lydia Chen
Name: Lydia Chen
Title: Vice President
""",
        expected=(
            ("SECURES", "Ashcombe Group Holdings, Inc.", SELF),
            ("PARTY_TO", "Ashcombe Group Holdings, Inc.", "Parent Guaranty"),
            ("PARTY_TO", "Ashcombe Software Corp.", SELF),
            ("PARTY_TO", "Harborview Bank, N.A.", SELF),
        ),
        optional=(
            ("SECURES", "Parent Guaranty", SELF),
            ("PARTY_TO", "Harborview Bank, N.A.", "Parent Guaranty"),
        ),
    ),
    # round 2
    Shape(
        "consent and reaffirmation of guarantors after an amendment",
        """FIRST AMENDMENT TO CREDIT AGREEMENT

This FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of June 5, 2018 by and
between CALDERWOOD BREWING CO., a Colorado corporation (the "Borrower"), and FRONT RANGE
NATIONAL BANK (the "Lender").

The Borrower and the Lender are parties to a Credit Agreement dated as of March 20, 2017 (the
"Credit Agreement").

1. Section 6.12 of the Credit Agreement is hereby amended by replacing "$500,000" with
"$750,000".

CALDERWOOD BREWING CO.

By: /s/ Noel Arbuckle
Name: Noel Arbuckle
Title: President

FRONT RANGE NATIONAL BANK

By: /s/ Tessa Grimaldi
Name: Tessa Grimaldi
Title: Vice President

CONSENT AND REAFFIRMATION

Each of the undersigned Guarantors hereby (i) consents to the foregoing Amendment, (ii)
reaffirms its obligations under the Continuing Guaranty executed by it in favor of the Lender
with respect to the obligations of the Borrower under the Credit Agreement, and (iii) agrees
that such Continuing Guaranty remains in full force and effect.

CALDERWOOD TAPROOMS LLC

By: /s/ Noel Arbuckle
Name: Noel Arbuckle
Title: Manager

NOEL ARBUCKLE

/s/ Noel Arbuckle
""",
        expected=(
            ("AMENDS", SELF, "Credit Agreement"),
            ("SECURES", "Calderwood Taprooms LLC", "Credit Agreement"),
            ("SECURES", "Noel Arbuckle", "Credit Agreement"),
            ("PARTY_TO", "Calderwood Brewing Co.", SELF),
            ("PARTY_TO", "Front Range National Bank", SELF),
        ),
        optional=(
            ("PARTY_TO", "Calderwood Brewing Co.", "Credit Agreement"),
            ("PARTY_TO", "Front Range National Bank", "Credit Agreement"),
            ("PARTY_TO", "Calderwood Taprooms LLC", "Continuing Guaranty"),
            ("PARTY_TO", "Noel Arbuckle", "Continuing Guaranty"),
            ("PARTY_TO", "Calderwood Taprooms LLC", "Consent and Reaffirmation"),
            ("PARTY_TO", "Noel Arbuckle", "Consent and Reaffirmation"),
            ("PARTY_TO", "Front Range National Bank", "Continuing Guaranty"),
            ("SECURES", "Continuing Guaranty", "Credit Agreement"),
        ),
    ),
    # round 3
    Shape(
        "obligations guaranteed by named subsidiaries under a subsidiary guaranty",
        credit_agreement(
            "Fairmont Packaging Inc.",
            "Lakeshore Trust Bank",
            2011,
            "5.4 Guaranties. The obligations of the Borrower under this Agreement and the other "
            "Loan Documents are guaranteed by Fairmont Films LLC and Fairmont Labels, Inc. "
            'pursuant to a Subsidiary Guaranty dated as of the date hereof (the "Subsidiary '
            'Guaranty").\n\n',
        ),
        expected=(
            ("SECURES", "Fairmont Films LLC", SELF),
            ("SECURES", "Fairmont Labels, Inc.", SELF),
            ("PARTY_TO", "Fairmont Packaging Inc.", SELF),
            ("PARTY_TO", "Lakeshore Trust Bank", SELF),
        ),
        optional=(
            ("SECURES", "Subsidiary Guaranty", SELF),
            ("PARTY_TO", "Fairmont Films LLC", "Subsidiary Guaranty"),
            ("PARTY_TO", "Fairmont Labels, Inc.", "Subsidiary Guaranty"),
            ("PARTY_TO", "Lakeshore Trust Bank", "Subsidiary Guaranty"),
        ),
    ),
    # round 3
    Shape(
        "guarantors named only in a list of loan documents delivered at closing",
        credit_agreement(
            "Granby Outdoor Gear, Inc.",
            "Twin Lakes Bank",
            2014,
            "3.1 Closing Deliveries. The Bank shall have received each of the following: (a) the "
            "Note, duly executed by the Borrower; (b) a Guaranty, duly executed by Granby "
            "Retail Stores, LLC; and (c) a Security Agreement, duly executed by the Borrower and "
            "Granby Retail Stores, LLC, granting the Bank a first priority security interest in "
            "all of their personal property.\n\n",
        ),
        expected=(
            ("SECURES", "Granby Retail Stores, LLC", SELF),
            ("SECURES", "Granby Outdoor Gear, Inc.", SELF),
            ("PARTY_TO", "Granby Outdoor Gear, Inc.", SELF),
            ("PARTY_TO", "Twin Lakes Bank", SELF),
        ),
        optional=(
            ("SECURES", "Guaranty", SELF),
            ("SECURES", "Security Agreement", SELF),
            ("SECURES", "ASSET:personal property", SELF),
            ("PARTY_TO", "Granby Retail Stores, LLC", "Guaranty"),
            ("PARTY_TO", "Granby Retail Stores, LLC", "Security Agreement"),
            ("PARTY_TO", "Granby Outdoor Gear, Inc.", "Security Agreement"),
            ("PARTY_TO", "Twin Lakes Bank", "Security Agreement"),
            ("PARTY_TO", "Twin Lakes Bank", "Guaranty"),
        ),
    ),
)
