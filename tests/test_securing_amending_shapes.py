"""Stress passages for SECURES, AMENDS and PARTY_TO: who secures which obligations and what
amends what, in the general shapes drafting gives them (stand-alone and subsidiary guaranties,
guarantors in a preamble, a schedule or a signature list, security and pledge agreements, a deed
of trust, an intercreditor agreement, reaffirmations, consents and joinders of guarantors;
amendments naming their base, recitals listing earlier amendments, restatements, a note
amendment, a letter amendment, an omnibus amendment, a waiver and amendment). Every passage was
written for this test (invented names, dates and amounts) and its facts were written down
before the extractor ran on it.

A fact is ``(type, source, target)``: a party by its name, an agreement or instrument by its
title, ``SELF`` for the passage's own agreement, ``ASSET:words`` for a collateral asset whose
description holds those words. ``expected`` facts must come out; ``optional`` facts may; any
other SECURES or AMENDS edge, and any other party made party to the passage's own agreement, is
a wrong fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from ingest.records import Extraction
from tests.passages import OWN, extract_text

Fact = tuple[str, str, str]
SELF = "SELF"


@dataclass(frozen=True)
class Shape:
    name: str
    text: str
    expected: tuple[Fact, ...]
    optional: tuple[Fact, ...] = ()


def _norm(name: str) -> str:
    name = re.sub(r"\s+", " ", name.upper()).strip(" .,;:")
    return re.sub(r"^THE ", "", name)


SHAPES: tuple[Shape, ...] = (
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
)

# Round two: written after the first round's fixes, before running the extractor on them, to
# see whether those fixes hold on shapes nobody tuned for.
SHAPES_ROUND_TWO: tuple[Shape, ...] = (
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
)

# Round three: collateral and guaranty clauses in the body of a credit agreement (the shape
# most SECURES facts take), written after round two's fixes and before running the extractor.
_CA_CLOSING = """
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

{borrower}

By: /s/ Jordan Pell
Name: Jordan Pell
Title: Chief Financial Officer

{bank}

By: /s/ Morgan Ruiz
Name: Morgan Ruiz
Title: Vice President
"""


def _credit_agreement(borrower: str, bank: str, year: int, body: str) -> str:
    """A short credit agreement between ``borrower`` and ``bank`` whose body is ``body``."""
    return (
        "CREDIT AGREEMENT\n\n"
        f'THIS CREDIT AGREEMENT (this "Agreement") is dated as of May 1, {year}, between '
        f'{borrower}, a Delaware corporation (the "Borrower"), and {bank} (the "Bank").\n\n'
        "2.1 Revolving Loans. The Bank agrees to make revolving loans to the Borrower in an "
        "aggregate amount not to exceed $5,000,000.\n\n"
        + body
        + _CA_CLOSING.format(borrower=borrower.upper(), bank=bank.upper())
    )


SHAPES_ROUND_THREE: tuple[Shape, ...] = (
    Shape(
        "loans secured by collateral granted under a security agreement of the same date",
        _credit_agreement(
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
    Shape(
        "a pledge of a subsidiary's stock delivered as security for the obligations",
        _credit_agreement(
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
    Shape(
        "obligations guaranteed by named subsidiaries under a subsidiary guaranty",
        _credit_agreement(
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
    Shape(
        "a deed of trust on the borrower's land as a condition of the loans",
        _credit_agreement(
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
    Shape(
        "unsecured loans and negative covenants on liens and guaranties",
        _credit_agreement(
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
    Shape(
        "guarantors named only in a list of loan documents delivered at closing",
        _credit_agreement(
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
    Shape(
        "a letter of credit and cash collateral securing a term loan",
        _credit_agreement(
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
)


def _node_names(x: Extraction) -> dict[str, set[str]]:
    """Entity ref -> every name it answers to (name or title, aliases, SELF, ASSET: words)."""
    names: dict[str, set[str]] = {}
    for e in x.entities:
        found = {_norm(str(v)) for v in (e.props.get("name"), e.props.get("title")) if v}
        found |= {_norm(a) for a in e.aliases}
        if e.label == "Asset":
            found.add("ASSET:" + _norm(str(e.props.get("description", ""))))
        if e.ref == OWN:
            found.add(SELF)
        names[e.ref] = found
    return names


def _answers(names: set[str], wanted: str) -> bool:
    if wanted.startswith("ASSET:"):
        words = _norm(wanted[len("ASSET:") :])
        return any(n.startswith("ASSET:") and words in n for n in names)
    return _norm(wanted) in names or wanted in names


def _matches(x: Extraction, names: dict[str, set[str]], fact: Fact) -> bool:
    type_, source, target = fact
    return any(
        r.type == type_ and _answers(names[r.source], source) and _answers(names[r.target], target)
        for r in x.relations
    )


@dataclass(frozen=True)
class Score:
    right: int
    expected: int
    wrong: tuple[str, ...]
    missed: tuple[Fact, ...]


def score(shape: Shape) -> Score:
    """Expected facts found, and the SECURES / AMENDS / own PARTY_TO edges nobody expected."""
    x = extract_text(shape.text)
    names = _node_names(x)
    missed = tuple(f for f in shape.expected if not _matches(x, names, f))
    allowed = shape.expected + shape.optional
    wrong = []
    for r in x.relations:
        judged = r.type in ("SECURES", "AMENDS") or (r.type == "PARTY_TO" and r.target == OWN)
        if not judged:
            continue
        if not any(
            r.type == t and _answers(names[r.source], s) and _answers(names[r.target], g)
            for t, s, g in allowed
        ):
            wrong.append(f"{r.type} {sorted(names[r.source])[0]} -> {sorted(names[r.target])[0]}")
    return Score(len(shape.expected) - len(missed), len(shape.expected), tuple(wrong), missed)


#: The shapes the extractor still gets wrong, and why (kept failing on purpose: a fix that
#: reaches one of them turns its xfail into a pass that must be claimed).
KNOWN_MISSES = {
    "intercreditor agreement between two agents": "the obligations under 'each of them' (two "
    "agreements named before) secured by the common collateral: no reader resolves 'each of them'",
    "continuing guaranty of all indebtedness of a borrower": "a guaranty whose opening sentence "
    'is its preamble (\'the undersigned X ("Guarantor") ... guarantees ... Indebtedness of Y '
    '("Borrower") to Bank\'): the bank and the borrower are not read as parties',
    "a deed of trust on the borrower's land as a condition of the loans": "a security document "
    "'executed by the Borrower encumbering the real property ..., as security for the Loans' in a "
    "closing condition: no reader takes the executing party as grantor without a grant verb",
    "supplement to a security agreement adding a grantor": "the base agreement's parties listed "
    "after 'to the Security Agreement ... among' are read as the supplement's own",
}


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[s.name]))
        if s.name in KNOWN_MISSES
        else s
        for s in SHAPES + SHAPES_ROUND_TWO + SHAPES_ROUND_THREE
    ],
    ids=[s.name for s in SHAPES + SHAPES_ROUND_TWO + SHAPES_ROUND_THREE],
)
def test_shape(shape: Shape) -> None:
    result = score(shape)
    assert not result.missed and not result.wrong, result


if __name__ == "__main__":
    right = total = wrong = 0
    for shape in SHAPES + SHAPES_ROUND_TWO + SHAPES_ROUND_THREE:
        result = score(shape)
        right, total, wrong = (
            right + result.right,
            total + result.expected,
            wrong + len(result.wrong),
        )
        print(f"{result.right}/{result.expected} wrong {len(result.wrong)}  {shape.name}")
        for fact in result.missed:
            print("   missed", fact)
        for fact in result.wrong:
            print("   wrong ", fact)
    print(f"total {right}/{total} right, {wrong} wrong")
