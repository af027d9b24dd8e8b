"""A second batch, written blind after the first was scored: contracts as PDF conversions file
them (page furniture, a title broken over two lines, a legend above it), parties given terms
by "hereinafter" without a parenthesis, a party acting with its affiliates, and governing-law
clauses worded otherwise than "governed by"."""

from __future__ import annotations

OUTSOURCING_PDF = """\
                                                                 EXHIBIT 10.32

                 CERTAIN IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT
                 BECAUSE IT IS BOTH NOT MATERIAL AND WOULD LIKELY CAUSE COMPETITIVE
                          HARM IF PUBLICLY DISCLOSED. [***]

                              MASTER OUTSOURCING
                              SERVICES AGREEMENT

This Master Outsourcing Services Agreement (the "Agreement") is made and entered into as of
the 17th day of November, 2019 (the "Effective Date") by and between Corvane Health
Holdings, Inc., a Tennessee corporation, on behalf of itself and its Affiliates
(collectively, "Corvane"), and Indus Bridge Technologies Private Limited, a company
incorporated under the laws of India having its registered office at Plot 22, Sector 5,
Noida 201301, India ("Supplier").

1. SCOPE

1.1 Supplier shall provide to Corvane the claims processing, medical coding and help desk
services described in each statement of work signed by the parties under this Agreement
(each, a "SOW").

1.2 Each SOW shall state the services, service levels, staffing, fees and term that apply
to it. If a SOW conflicts with this Agreement, this Agreement prevails unless the SOW
expressly states otherwise.

Source: CORVANE HEALTH HOLDINGS, INC., 10-K, 3/2/2020

2. PERSONNEL

2.1 Supplier shall assign to the services personnel who are qualified and trained, and
shall replace any of them within ten (10) business days of Corvane's reasonable request.

2.2 Supplier shall perform the services from its delivery centers in Noida and Pune and
shall not move them to another location without Corvane's prior written consent.

3. FEES

3.1 Corvane shall pay the fees stated in each SOW within forty-five (45) days after it
receives a correct invoice. [***]

                                      -2-

4. DATA SECURITY

4.1 Supplier shall comply with the HIPAA business associate agreement attached as
Exhibit D and with Corvane's information security requirements.

5. TERM

5.1 This Agreement shall commence on the Effective Date and continue for five (5) years,
unless terminated earlier as set forth herein.

6. APPLICABLE LAW

6.1 This Agreement and the rights and obligations of the parties hereunder shall be
construed and enforced in accordance with the laws of the State of Tennessee, without
reference to its principles of conflicts of law.

Source: CORVANE HEALTH HOLDINGS, INC., 10-K, 3/2/2020

IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

CORVANE HEALTH HOLDINGS, INC.              INDUS BRIDGE TECHNOLOGIES PRIVATE LIMITED

By: /s/ Laura Whitfield                    By: /s/ Anil Mehra
Name: Laura Whitfield                      Name: Anil Mehra
Title: Chief Operating Officer             Title: Whole-time Director
"""

HEREINAFTER_LICENCE = """\
                          TRADEMARK LICENSE AGREEMENT

This Trademark License Agreement is entered into this 3rd day of April 2003 between Bellamy
Brands International S.a r.l., a societe a responsabilite limitee incorporated in the Grand
Duchy of Luxembourg, with its registered office at 12 rue Erasme, L-1468 Luxembourg,
hereinafter referred to as "Bellamy" or "Licensor",

and

Tropica Beverage Company, S.A. de C.V., a company organized under the laws of the United
Mexican States, with its principal office at Avenida Reforma 250, Mexico City, hereinafter
referred to as "Licensee".

WHEREAS:

Bellamy owns the BELLAMY'S trademarks registered in Mexico listed in Annex 1 (the
"Trademarks"); and

Licensee wishes to use the Trademarks on fruit juices and nectars that it bottles and sells
in Mexico.

IT IS HEREBY AGREED AS FOLLOWS:

Article 1 - Grant

Licensor grants Licensee an exclusive license to use the Trademarks in Mexico on the
products listed in Annex 2 (the "Licensed Products").

Article 2 - Quality Control

Licensee shall manufacture the Licensed Products in accordance with the specifications
Licensor issues from time to time, and shall send Licensor samples of each Licensed
Product each quarter.

Article 3 - Royalties

Licensee shall pay Licensor a royalty of six percent (6%) of the net sales of Licensed
Products, quarterly within thirty (30) days of the end of each quarter.

Article 4 - Term

This Agreement shall remain in force for ten (10) years from the date hereof.

Article 5 - Applicable Law and Arbitration

This Agreement is subject to the laws of Switzerland. Any dispute shall be finally settled
by arbitration in Geneva under the Swiss Rules of International Arbitration.

Made in two originals in Luxembourg on the date first written above.

For Bellamy Brands International S.a r.l.      For Tropica Beverage Company, S.A. de C.V.

/s/ Claude Wagner                               /s/ Ernesto Villalobos
Claude Wagner, Manager                          Ernesto Villalobos, Director General

                                    ANNEX 1
                                  TRADEMARKS

BELLAMY'S (word), Mexican Reg. No. 512345
BELLAMY'S and Orchard Device, Mexican Reg. No. 612340

                                    ANNEX 2
                              LICENSED PRODUCTS

Fruit juices; fruit nectars; juice drinks with at least 20% fruit content
"""

FIRST_AMENDMENT_HOSTING = """\
                                                                    Exhibit 10.2

                         FIRST AMENDMENT TO HOSTING SERVICES
                                    AGREEMENT

THIS FIRST AMENDMENT TO HOSTING SERVICES AGREEMENT (this "First Amendment") is entered into
as of May 22, 2012, by and between Stratus Ridge Data Centers, LLC, a Delaware limited
liability company ("Stratus Ridge"), and Pinnacle Ticketing, Inc., a Colorado corporation
("Customer").

RECITALS

A. Stratus Ridge and Customer entered into that certain Hosting Services Agreement dated as
of February 1, 2010 (the "Agreement"), under which Stratus Ridge hosts Customer's ticketing
platform in its Denver data center.

B. Customer wishes to add space in Stratus Ridge's Phoenix data center, and the parties
wish to amend the Agreement accordingly.

AGREEMENT

NOW, THEREFORE, in consideration of the mutual promises herein, the parties agree:

1. Additional Space. Schedule 1 of the Agreement is amended to add twelve (12) cabinets in
Stratus Ridge's Phoenix data center, with 8 kW of power each, beginning July 1, 2012.

2. Fees. The monthly fee for the additional cabinets is $1,650 per cabinet, in addition to
the fees payable under the Agreement.

3. Term. The term of the Agreement is extended to June 30, 2017.

4. Effect. Except as amended by this First Amendment, the Agreement remains in full force
and effect. References in the Agreement to "this Agreement" mean the Agreement as amended
by this First Amendment.

5. Governing Law. This First Amendment shall be governed by the same law that governs the
Agreement, namely the laws of the State of Colorado.

6. Counterparts. This First Amendment may be executed in counterparts and by electronic
signature.

IN WITNESS WHEREOF, the parties have executed this First Amendment as of the date first
written above.

STRATUS RIDGE DATA CENTERS, LLC

By: /s/ Devin Marsh
Name: Devin Marsh
Title: Chief Revenue Officer

PINNACLE TICKETING, INC.

By: /s/ Keiko Lindgren
Name: Keiko Lindgren
Title: Vice President, Technology

                                  SCHEDULE 1-A
                            PHOENIX ADDITIONAL SPACE

Cabinets: 12; Power: 8 kW each; Cross-connects: 4; Start date: July 1, 2012
"""

JOINT_VENTURE = """\
                          JOINT VENTURE AGREEMENT

     THIS JOINT VENTURE AGREEMENT (the "Agreement") is made on 28 February 2018

BETWEEN:

(1)  HARBOUR LIGHT ENERGY PTY LTD (ACN 611 204 318) of Level 9, 1 Collins Street,
     Melbourne, Victoria 3000 ("Harbour Light");

(2)  KURRAWA MINERALS LIMITED (ACN 098 112 574) of 44 St Georges Terrace, Perth,
     Western Australia 6000 ("Kurrawa"); and

(3)  NORDSTRAND INVEST AS, a company organised under the laws of Norway, of Haakon VIIs
     gate 2, 0161 Oslo ("Nordstrand"),

(each a "Participant" and together the "Participants").

BACKGROUND

A.   Kurrawa holds exploration licence E 45/4120 in the Pilbara region of Western Australia
     (the "Tenement").

B.   The Participants wish to explore the Tenement for lithium and, if warranted, develop a
     mine on it as an unincorporated joint venture.

OPERATIVE PROVISIONS

1.   FORMATION

1.1  The Participants hereby form an unincorporated joint venture (the "Joint Venture")
     for the purposes set out in Background B.

1.2  The interests of the Participants in the Joint Venture are: Harbour Light 40%,
     Kurrawa 35% and Nordstrand 25%.

2.   MANAGEMENT

2.1  The Joint Venture is managed by a committee of one representative of each
     Participant, deciding by a majority of interests.

2.2  Harbour Light is appointed as manager of the Joint Venture (the "Manager").

3.   CONTRIBUTIONS

3.1  Each Participant shall contribute to approved programmes and budgets in proportion to
     its interest.

4.   GOVERNING LAW

4.1  This Agreement is governed by the law in force in Western Australia and each party
     submits to the non-exclusive jurisdiction of its courts.

EXECUTED as an agreement.

Executed by HARBOUR LIGHT ENERGY PTY LTD in accordance with section 127 of the Corporations
Act 2001 (Cth):

/s/ Sarah Oldfield                          /s/ James Tran
Director                                    Director/Secretary

Executed by KURRAWA MINERALS LIMITED in accordance with section 127 of the Corporations
Act 2001 (Cth):

/s/ Peter Baxendale                         /s/ Mira Kovac
Director                                    Director/Secretary

Signed for and on behalf of NORDSTRAND INVEST AS by its authorised signatory:

/s/ Eirik Solberg
Eirik Solberg, Chief Executive Officer
"""

SECOND: dict[str, str] = {
    "outsourcing: a PDF conversion, title over two lines, a party with its affiliates": (
        OUTSOURCING_PDF
    ),
    "trademark licence: hereinafter referred to as, two terms, Swiss law": HEREINAFTER_LICENCE,
    "hosting amendment: first amendment, title broken, law named by the agreement's": (
        FIRST_AMENDMENT_HOSTING
    ),
    "joint venture: BETWEEN (1)(2)(3) with ACNs, each a Participant": JOINT_VENTURE,
}
