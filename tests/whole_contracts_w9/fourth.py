"""A fourth batch, written blind after the third was scored and fixed: parties listed in a
first numbered section, a party bound only for some sections, a letter to a person, and an
English agency "of the one part" and "of the other part"; short governing-law clauses
("Delaware law governs") and dates with ordinals."""

from __future__ import annotations

PARTIES_SECTION = """\
                            WEBSITE DEVELOPMENT AGREEMENT

This Website Development Agreement (this "Agreement") is dated July 1st, 2004.

1.  PARTIES

    1.1  Copperline Outdoor Gear, Inc., a Delaware corporation, 200 River Road, Bozeman,
         Montana 59715 ("Copperline").

    1.2  Pixelgrove Studios LLC, an Oregon limited liability company, 1120 NW Couch Street,
         Portland, Oregon 97209 ("Developer").

2.  THE PROJECT

    2.1  Developer shall design, build and launch an online store for Copperline with the
         features set out in the functional specification attached as Exhibit A (the
         "Website").

    2.2  Developer shall deliver the Website in the three phases of Exhibit B and shall
         demonstrate each phase to Copperline before it is deployed.

3.  ACCEPTANCE

    3.1  Copperline shall test each phase within ten (10) business days after delivery and
         notify Developer of any failure to meet the specification. Developer shall correct
         each such failure within ten (10) business days.

4.  FEES

    4.1  Copperline shall pay Developer a fixed fee of $185,000, of which thirty percent
         (30%) is due on signature and the rest in equal parts on acceptance of each phase.

5.  INTELLECTUAL PROPERTY

    5.1  On full payment, Developer assigns to Copperline all rights in the Website's
         design, content and custom code. Developer keeps its pre-existing libraries and
         grants Copperline a perpetual, royalty-free license to use them in the Website.

6.  WARRANTY

    6.1  Developer warrants for ninety (90) days after final acceptance that the Website
         will perform materially as specified.

7.  GENERAL

    7.1  Delaware law governs this Agreement, without regard to its conflict of laws rules.

    7.2  This Agreement is the entire agreement of the parties on its subject.

Signed by the parties' authorised officers:

COPPERLINE OUTDOOR GEAR, INC.              PIXELGROVE STUDIOS LLC

By: /s/ Thomas Bergquist                   By: /s/ Alana Reyes
    Thomas Bergquist, CEO                      Alana Reyes, Managing Member

                                   EXHIBIT A
                           FUNCTIONAL SPECIFICATION

Product catalogue with 2,000 items; checkout with card and wallet payments; order tracking
"""

IP_SOLELY_FOR = """\
                     INTELLECTUAL PROPERTY CROSS-LICENSE AGREEMENT

     This INTELLECTUAL PROPERTY CROSS-LICENSE AGREEMENT (this "Agreement") is entered into
as of March 31, 2017, by and among Meridian Instruments Corporation, a California
corporation ("Meridian"), Lumora Photonics, Inc., a Delaware corporation ("Lumora"), and,
solely for purposes of Section 6, Meridian Holdings Limited, a Cayman Islands exempted
company ("Parent").

                                   RECITALS

     A. Meridian is distributing all the outstanding shares of Lumora to Parent's
shareholders under the Separation Agreement dated as of the date hereof (the "Separation
Agreement").

     B. Each of Meridian and Lumora owns patents and know-how that the other uses in its
business, and they wish to license them to each other on the terms below.

     NOW, THEREFORE, the parties agree as follows:

     1. License to Lumora. Meridian grants Lumora a non-exclusive, perpetual, royalty-free,
worldwide license under the Meridian patents listed in Schedule 1 to make and sell
optical components.

     2. License to Meridian. Lumora grants Meridian a non-exclusive, perpetual,
royalty-free, worldwide license under the Lumora patents listed in Schedule 2 to make and
sell test instruments.

     3. No Other Rights. No other right or license is granted by implication, estoppel or
otherwise.

     4. Improvements. Neither party is obliged to disclose or license any improvement made
after the date of this Agreement.

     5. Term. Each license continues until the last of the licensed patents expires.

     6. Parent Guarantee. Parent guarantees the performance by Meridian of its obligations
under this Agreement.

     7. Governing Law. This Agreement shall be interpreted under, and governed by, the
laws of the State of California.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first
above written.

MERIDIAN INSTRUMENTS CORPORATION            LUMORA PHOTONICS, INC.

By: /s/ Gail Thornton                       By: /s/ Ravi Chandran
Name: Gail Thornton                         Name: Ravi Chandran
Title: Chief Executive Officer              Title: Chief Executive Officer

MERIDIAN HOLDINGS LIMITED
(solely for purposes of Section 6)

By: /s/ Gail Thornton
Name: Gail Thornton
Title: Director

                                  SCHEDULE 1
                              MERIDIAN PATENTS

U.S. Patent Nos. 8,110,002; 8,455,913; 9,001,227
"""

LETTER_TO_PERSON = """\
                          AURORA SKINCARE COMPANY
                   55 Hudson Yards, New York, New York 10001

                                                       November 3, 2021

Ms. Sofia Marchetti
c/o Lumen Talent Agency
9000 Sunset Boulevard
Los Angeles, California 90069

          Re: Brand Ambassador Agreement

Dear Ms. Marchetti:

     This letter agreement (the "Agreement") confirms the terms on which you ("Ambassador")
will serve as brand ambassador for Aurora Skincare Company ("Aurora").

     1. Term. The term of this Agreement begins on January 1, 2022 and ends on
December 31, 2023 (the "Term").

     2. Services. During the Term, Ambassador will (a) take part in two photo shoots and
one commercial shoot each year, (b) make three personal appearances each year at events
Aurora chooses, and (c) publish at least two posts a month featuring Aurora products on
Ambassador's social media accounts.

     3. Rights. Aurora may use Ambassador's name, approved likeness and approved
biography in advertising Aurora products worldwide during the Term, and may continue
to use materials created during the Term for six months after it ends.

     4. Exclusivity. During the Term, Ambassador will not endorse any other skincare or
cosmetics brand.

     5. Compensation. Aurora will pay Ambassador $900,000 for each year of the Term, in
four equal quarterly installments in advance.

     6. Morals. Aurora may end this Agreement on written notice if Ambassador commits any
act that brings Ambassador or Aurora into public disrepute.

     7. Law. New York law shall govern this Agreement, and the state and federal courts
located in New York County shall have exclusive jurisdiction.

     8. Entire Agreement. This Agreement is our entire agreement about your services as
brand ambassador and replaces any earlier discussions between Aurora and Ambassador.

     9. Assignment. Ambassador may not assign this Agreement. Aurora may assign it to a
buyer of the Aurora brand.

     Please confirm your agreement by signing below.

                                        Sincerely,

                                        AURORA SKINCARE COMPANY

                                        By: /s/ Helena Brooks
                                            Helena Brooks
                                            Chief Marketing Officer

AGREED AND ACCEPTED:

/s/ Sofia Marchetti
-----------------------------
Sofia Marchetti
"""

ENGLISH_AGENCY = """\
                           COMMERCIAL AGENCY AGREEMENT

THIS AGREEMENT is made the 1st of July 2004

BETWEEN

     WESTBURY CERAMICS LIMITED, a company registered in England under number 01822734,
     whose registered office is at Potters Way, Stoke-on-Trent ST4 2RR (the "Principal")
     of the one part

AND

     MAISON DUVAL SARL, a company registered in France whose registered office is at 14
     rue du Commerce, 69002 Lyon (the "Agent") of the other part.

WHEREAS

(A)  The Principal manufactures fine bone china tableware.

(B)  The Principal wishes to appoint the Agent as its commercial agent in France for the
     sale of its tableware to department stores and the Agent is willing to act as such.

NOW IT IS HEREBY AGREED as follows:

1.   APPOINTMENT

1.1  The Principal appoints the Agent as its exclusive agent in France (the "Territory")
     to negotiate sales of the Products on the Principal's behalf.

1.2  The Agent shall not conclude contracts in the name of the Principal.

2.   COMMISSION

2.1  The Principal shall pay the Agent a commission of eight per cent (8%) of the net
     price of every order from a customer in the Territory accepted by the Principal.

2.2  Commission becomes due when the customer has paid for the order in full.

3.   DURATION

3.1  This Agreement shall continue for an initial period of three years and thereafter
     until terminated by either party on not less than six months' notice in writing.

4.   REGULATIONS

4.1  The parties intend that the Commercial Agents (Council Directive) Regulations 1993
     shall apply to this Agreement.

5.   LAW

5.1  This Agreement shall be governed by and construed in accordance with English law.

AS WITNESS the hands of the parties the day and year first above written.

SIGNED by GRAHAM PELL                     )
for and on behalf of                      )    /s/ Graham Pell
WESTBURY CERAMICS LIMITED                 )

SIGNED by ELODIE DUVAL                    )
for and on behalf of                      )    /s/ Elodie Duval
MAISON DUVAL SARL                         )
"""

FOURTH: dict[str, str] = {
    "website development: parties in a first numbered section, Delaware law governs": (
        PARTIES_SECTION
    ),
    "cross-license: a third party solely for purposes of one section": IP_SOLELY_FOR,
    "brand ambassador: a letter to a person called you": LETTER_TO_PERSON,
    "commercial agency: of the one part, of the other part, English law": ENGLISH_AGENCY,
}
