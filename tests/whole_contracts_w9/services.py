"""Services and other undertakings: hosting by a letter, maintenance named on a cover page,
a sales agency, a strategic alliance among three companies, a joint filing agreement and a
non-competition agreement that affiliates join."""

from __future__ import annotations

HOSTING_LETTER = """\
                           NIMBUSTRAIL NETWORKS, INC.
                   400 Technology Square, Cambridge, Massachusetts 02139

                                                              August 8, 2016

Harrow Learning Systems, Inc.
77 Summer Street
Boston, Massachusetts 02110
Attention: Ms. Priya Raman, Chief Technology Officer

     Re: Managed Hosting Services Agreement

Dear Ms. Raman:

     This letter agreement (this "Agreement") sets out the terms on which NimbusTrail
Networks, Inc. ("NimbusTrail") will host and operate the online course platform of Harrow
Learning Systems, Inc. ("Harrow").

     1. Services. NimbusTrail will provide the dedicated servers, storage, bandwidth,
monitoring and backup services described in Attachment 1 (the "Services") from its data
centers in Massachusetts and Virginia.

     2. Service Levels. NimbusTrail will make the hosted platform available 99.9% of each
calendar month, excluding scheduled maintenance announced at least 48 hours in advance.
If it fails to do so, Harrow will receive the service credits of Attachment 1.

     3. Fees. Harrow will pay NimbusTrail a monthly fee of $42,500, invoiced in advance, and
usage fees for bandwidth above 50 terabytes a month at $0.04 per gigabyte.

     4. Data. All content and student data remain the property of Harrow. NimbusTrail will
access them only to perform the Services and will protect them in accordance with
Attachment 2.

     5. Term. This Agreement begins on September 1, 2016 and continues for three years. It
then renews for one-year periods unless either of us gives notice ninety days before the
end of a period.

     6. Governing Law. This Agreement shall be governed by and construed in accordance with
the laws of the Commonwealth of Massachusetts.

     If these terms are acceptable, please sign and return a copy of this letter.

                                        Very truly yours,

                                        NIMBUSTRAIL NETWORKS, INC.

                                        By: /s/ Owen Castellano
                                            Owen Castellano
                                            Chief Executive Officer

ACCEPTED AND AGREED:

HARROW LEARNING SYSTEMS, INC.

By: /s/ Priya Raman
    Priya Raman
    Chief Technology Officer
Date: August 10, 2016

                                  ATTACHMENT 1
                          SERVICES AND SERVICE CREDITS

Availability below 99.9%: 5% of the monthly fee
Availability below 99.0%: 15% of the monthly fee

                                  ATTACHMENT 2
                                DATA PROTECTION

Encryption at rest and in transit; access logged and reviewed monthly.
"""

MAINTENANCE_COVER = """\
                                                                 Exhibit 10.9

                          AIRCRAFT MAINTENANCE AGREEMENT



                                     between



                      KESTREL AVIONICS SERVICES B.V.
                               (the "Provider")



                                       and



                     SUNWARD REGIONAL AIRLINES, INC.
                               (the "Operator")



                                 Dated 1 July 2012




                                    CONTENTS

1. Scope of Work
2. Charges
3. Term
4. Governing Law

THIS AGREEMENT is made on the date stated on the cover page between the Provider and the
Operator named there.

WHEREAS the Operator operates a fleet of turboprop aircraft and wishes the Provider to
perform line and base maintenance on them, and the Provider is an approved maintenance
organisation under Part-145;

IT IS AGREED as follows:

1.   SCOPE OF WORK

1.1  The Provider shall perform the scheduled checks, unscheduled repairs and component
     exchanges listed in Annex 1 on the aircraft listed in Annex 2 (the "Aircraft").

1.2  The Provider shall perform all work in accordance with the Operator's approved
     maintenance programme and issue a certificate of release to service for each check.

2.   CHARGES

2.1  The Operator shall pay the Provider a fixed charge of EUR 18,400 per Aircraft per
     month, plus materials at cost plus ten percent (10%).

2.2  Invoices are payable within thirty (30) days of receipt.

3.   TERM

3.1  This Agreement shall remain in force for five (5) years and may be extended by the
     Operator for a further two (2) years on twelve (12) months' notice.

4.   GOVERNING LAW

4.1  This Agreement shall be governed by the laws of the Netherlands. Disputes shall be
     submitted to the competent court in Amsterdam.

AS WITNESS the hands of the duly authorised representatives of the parties.

For and on behalf of                         For and on behalf of
KESTREL AVIONICS SERVICES B.V.               SUNWARD REGIONAL AIRLINES, INC.

/s/ Joost van der Meer                       /s/ Lorraine Kibbe
Joost van der Meer, Managing Director        Lorraine Kibbe, VP Technical Operations

                                     ANNEX 1
                                  SCOPE OF WORK

A-checks every 600 flight hours; C-checks every 6,000 flight hours; wheel and brake
exchanges on condition.

                                     ANNEX 2
                                    AIRCRAFT

ATR 72-600, MSN 1041, registration N641SR
ATR 72-600, MSN 1057, registration N657SR
"""

SALES_AGENCY = """\
                              SALES AGENCY AGREEMENT

     This SALES AGENCY AGREEMENT is made this 5th day of March, 2001, by and between
GRANITE FALLS TOOL WORKS, INC., 1200 Industrial Parkway, Rockford, Illinois 61109
(hereinafter called "Principal"), and PACIFIC RIM TRADE REPRESENTATIVES LTD., 88 Harbour
View Road, Vancouver, British Columbia V6C 3E1 (hereinafter called "Agent").

     1. Appointment. Principal appoints Agent as its exclusive sales agent to solicit orders
for Principal's line of industrial cutting tools (the "Products") from customers in
British Columbia, Washington and Oregon (the "Territory").

     2. Orders. Agent shall forward all orders to Principal, which may accept or reject
them in its sole discretion. Agent has no authority to bind Principal to any contract.

     3. Commission. Principal shall pay Agent a commission of seven percent (7%) of the net
invoice price of Products shipped to customers in the Territory, payable by the fifteenth
day of the month following Principal's receipt of payment from the customer.

     4. Expenses. Agent shall bear all expenses of its sales activities, including travel,
samples and trade show fees, unless Principal agrees in writing to share them.

     5. Independent Contractor. Agent is an independent contractor and not an employee,
partner or joint venturer of Principal.

     6. Term and Termination. This Agreement shall continue for one year from the date
hereof and from year to year thereafter, unless terminated by either party on sixty (60)
days' written notice. Upon termination Agent shall be paid commissions on orders
accepted before the termination date.

     7. Law. This Agreement shall be governed by the laws of the State of Illinois.

     8. Entire Agreement. This is the entire agreement of the parties and may be changed
only in a writing signed by both.

     9. Reports. Agent shall report to Principal each quarter on market conditions and
competitors' activity in the Territory, and on any customer complaint within five days.

     10. Trademarks. Agent may use Principal's trademarks only to promote the Products and
shall stop using them upon termination of this Agreement.

     IN WITNESS WHEREOF, the parties have signed this Agreement on the date above.

GRANITE FALLS TOOL WORKS, INC.

By: /s/ Lowell B. Jansen
    ---------------------------
    Lowell B. Jansen, Vice President - Sales

PACIFIC RIM TRADE REPRESENTATIVES LTD.

By: /s/ Gordon Chu
    ---------------------------
    Gordon Chu, President

                                   SCHEDULE I
                                    PRODUCTS

Carbide end mills
Indexable inserts and tool holders
Saw blades for metal
Coolant-fed drills
"""

STRATEGIC_ALLIANCE = """\
                         STRATEGIC ALLIANCE AGREEMENT

     THIS STRATEGIC ALLIANCE AGREEMENT (this "Agreement") is entered into as of November 20,
2007 among SERRANO BIOLOGICS S.A., a sociedad anonima organized under the laws of Spain
("Serrano"), ALTAMIRA PHARMA HOLDINGS B.V., a besloten vennootschap organized under the
laws of the Netherlands ("Altamira"), and COBALT RIDGE THERAPEUTICS, INC., a Delaware
corporation ("Cobalt Ridge"). Serrano, Altamira and Cobalt Ridge are each referred to
herein as a "Party" and together as the "Parties".

                                    RECITALS

     A. Serrano has developed a cell line platform for the production of monoclonal
antibodies.

     B. Altamira holds marketing authorizations for biologic medicines in the European
Union.

     C. Cobalt Ridge has discovered antibody candidates against inflammatory targets.

     D. The Parties wish to combine these capabilities to develop, manufacture and
commercialize antibody products (the "Alliance").

     NOW, THEREFORE, the Parties agree as follows:

ARTICLE 1 - GOVERNANCE

     1.1 The Parties shall form a joint steering committee of two representatives of each
Party (the "JSC"), which shall oversee the Alliance and meet at least quarterly.

     1.2 The JSC shall decide by unanimous vote. If it cannot agree, the matter shall be
referred to the chief executive officers of the Parties.

ARTICLE 2 - RESPONSIBILITIES

     2.1 Cobalt Ridge shall nominate antibody candidates and conduct their preclinical
development.

     2.2 Serrano shall develop manufacturing processes and supply clinical material.

     2.3 Altamira shall conduct clinical trials in the European Union and seek marketing
approval there.

ARTICLE 3 - COSTS AND REVENUES

     3.1 Development costs shall be shared equally by the Parties, and net revenues from
Alliance products shall be shared in the proportions set out in Schedule 3.1.

ARTICLE 4 - TERM

     4.1 This Agreement continues until the last Alliance product ceases to be sold, unless
terminated earlier by unanimous agreement of the Parties.

ARTICLE 5 - GOVERNING LAW AND ARBITRATION

     5.1 This Agreement shall be governed by the laws of the State of New York, United
States of America.

     5.2 Disputes shall be finally settled by arbitration in London under the ICC Rules.

     IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date first
written above.

SERRANO BIOLOGICS S.A.
By: /s/ Ignacio Ferrer
Name: Ignacio Ferrer
Title: Consejero Delegado

ALTAMIRA PHARMA HOLDINGS B.V.
By: /s/ Femke de Wit
Name: Femke de Wit
Title: Managing Director

COBALT RIDGE THERAPEUTICS, INC.
By: /s/ Nathan Albright
Name: Nathan Albright
Title: Chief Executive Officer

                                 SCHEDULE 3.1
                               REVENUE SHARING

Cobalt Ridge 40%; Serrano 30%; Altamira 30%
"""

JOINT_FILING = """\
                                                                    EXHIBIT 99.1

                             JOINT FILING AGREEMENT

     In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of 1934, as
amended, the undersigned hereby agree to the joint filing with each other on behalf of each
of them of a statement on Schedule 13D (including amendments thereto) with respect to the
Common Stock, par value $0.001 per share, of Tidewater Holdings Corp., and further agree
that this Joint Filing Agreement be included as an exhibit to such joint filings.

     The undersigned further agree that each party hereto is responsible for the timely
filing of such statement on Schedule 13D and any amendments thereto, and for the
completeness and accuracy of the information concerning such party contained therein;
provided that no party is responsible for the completeness or accuracy of the information
concerning any other party, unless such party knows or has reason to believe that such
information is inaccurate.

     Each of the undersigned hereby constitutes and appoints Blackmere Capital GP, LLC as
its attorney-in-fact, with full power of substitution, to sign any amendment to such
statement on Schedule 13D on its behalf and to file the same with the Securities and
Exchange Commission, and ratifies all that such attorney-in-fact may lawfully do hereunder.

     This Joint Filing Agreement shall remain in effect until revoked in writing by any of
the undersigned, such revocation to be effective only as to the revoking party and only
upon delivery of written notice to each of the other parties hereto.

     This Joint Filing Agreement may be executed in any number of counterparts, all of which
taken together shall constitute one and the same instrument.

     IN WITNESS WHEREOF, the undersigned have executed this Joint Filing Agreement as of
February 11, 2020.

                              BLACKMERE CAPITAL PARTNERS, L.P.

                              By: Blackmere Capital GP, LLC,
                                  its general partner

                              By: /s/ Thomas R. Vance
                                  --------------------------------
                                  Name: Thomas R. Vance
                                  Title: Managing Member

                              BLACKMERE CAPITAL GP, LLC

                              By: /s/ Thomas R. Vance
                                  --------------------------------
                                  Name: Thomas R. Vance
                                  Title: Managing Member

                              /s/ Thomas R. Vance
                              --------------------------------
                              THOMAS R. VANCE

                                    SCHEDULE I
                            INFORMATION ON THE REPORTING PERSONS

Name                                 Principal Business Address
Blackmere Capital Partners, L.P.     One Landmark Square, Stamford, Connecticut 06901
Blackmere Capital GP, LLC            One Landmark Square, Stamford, Connecticut 06901
Thomas R. Vance                      One Landmark Square, Stamford, Connecticut 06901
"""

NON_COMPETE = """\
                      NON-COMPETITION AND NON-SOLICITATION AGREEMENT

     This NON-COMPETITION AND NON-SOLICITATION AGREEMENT (this "Agreement") is dated as of
July 1, 2010, by and among Sterling Harbor Holdings, Inc., a Delaware corporation
("Buyer"), Mariner Data Services, Inc., a Maine corporation (the "Company"), and Jonathan
P. Greaves, an individual resident of the State of Maine ("Seller").

                                    RECITALS

     WHEREAS, concurrently herewith Buyer is acquiring all of the outstanding capital stock
of the Company from Seller pursuant to a Stock Purchase Agreement dated as of June 14,
2010 (the "Purchase Agreement"); and

     WHEREAS, as a condition to its obligations under the Purchase Agreement, Buyer has
required that Seller and his affiliates enter into this Agreement;

     NOW, THEREFORE, the parties agree as follows:

     1. Non-Competition. For a period of five (5) years after the date hereof (the
"Restricted Period"), Seller shall not, directly or indirectly, own, manage, operate or
be employed by any business that provides data backup or records management services in
Maine, New Hampshire or Vermont.

     2. Non-Solicitation. During the Restricted Period, Seller shall not solicit or hire
any employee of the Company or solicit any customer of the Company for a competing
business.

     3. Consideration. Seller acknowledges that the purchase price paid under the Purchase
Agreement is adequate consideration for his covenants in this Agreement.

     4. Remedies. Seller agrees that any breach of this Agreement would cause Buyer and the
Company irreparable harm, for which they shall be entitled to injunctive relief.

     5. Governing Law. This Agreement shall be governed by and construed in accordance
with the laws of the State of Maine.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first
written above.

STERLING HARBOR HOLDINGS, INC.              MARINER DATA SERVICES, INC.

By: /s/ AmeliaRoss                         By: /s/ Amelia Ross
Name: Amelia Ross                           Name: Amelia Ross
Title: President                            Title: President

SELLER:

/s/ Jonathan P. Greaves
Jonathan P. Greaves

                                     JOINDER

     Each of the undersigned, being an affiliate of Seller, hereby joins in this Agreement
as a "Seller Affiliate" and agrees to be bound by Sections 1, 2 and 4 as if it were
Seller.

GREAVES FAMILY HOLDINGS, LLC

By: /s/ Jonathan P. Greaves
Name: Jonathan P. Greaves
Title: Manager

MARINER RECORDS TRUST

By: /s/ Susan Greaves
Name: Susan Greaves
Title: Trustee
"""

SERVICES: dict[str, str] = {
    "hosting: a letter from the letterhead to the addressee": HOSTING_LETTER,
    "maintenance: parties named on the cover page, a B.V.": MAINTENANCE_COVER,
    "sales agency: a term after the address": SALES_AGENCY,
    "strategic alliance: among an S.A., a B.V. and an Inc.": STRATEGIC_ALLIANCE,
    "joint filing: signers only, a partnership by its GP, an individual": JOINT_FILING,
    "non-compete: among buyer, company and seller; affiliates joining": NON_COMPETE,
}
