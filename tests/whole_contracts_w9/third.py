"""A third batch, written blind after the second was scored and fixed: a person trading under
a name, a title block that names the parties above the preamble that names them again, an
amended and restated agreement whose parties stand in blocks of their own, and brands spelt
with digits and small letters."""

from __future__ import annotations

CONSULTING_DBA = """\
                          MARKETING CONSULTING AGREEMENT

     This Marketing Consulting Agreement (this "Agreement") is made effective as of
September 9, 2014, by and between Brightwater Organics, Inc., a Vermont corporation
("Client"), and Jordan E. Castillo d/b/a Castillo Creative Media, an individual with an
address at 19 Pearl Street, Burlington, Vermont 05401 ("Consultant").

     1. Services. Consultant shall develop and carry out social media campaigns for
Client's snack products, prepare a monthly performance report, and attend Client's
quarterly marketing meetings (the "Services").

     2. Fees. Client shall pay Consultant a retainer of $7,500 per month, payable in
advance on the first day of each month, and shall reimburse Consultant's pre-approved
out-of-pocket expenses within thirty (30) days of receiving an itemized invoice.

     3. Independent Contractor. Consultant is an independent contractor. Consultant is
responsible for all taxes on the fees and shall not be eligible for any employee benefit
of Client.

     4. Work Product. All campaign materials, copy, images and reports Consultant creates
for Client under this Agreement are works made for hire owned by Client. To the extent
any of them is not a work made for hire, Consultant assigns it to Client.

     5. Confidentiality. Consultant shall keep confidential all non-public information of
Client, including its product plans, pricing and customer lists, during the term and for
two (2) years thereafter.

     6. Non-Solicitation. During the term and for one (1) year thereafter, Consultant shall
not solicit any employee of Client to leave Client's employment.

     7. Term and Termination. This Agreement continues for twelve (12) months from its
effective date and may be terminated by either party on thirty (30) days' written notice.

     8. Governing Law. The validity, interpretation and performance of this Agreement
shall be governed by the laws of the State of Vermont.

     9. Notices. Notices to Client shall be sent to Brightwater Organics, Inc., 400 Pine
Street, Burlington, Vermont 05401, Attention: Chief Executive Officer. Notices to
Consultant shall be sent to the address above.

     10. Entire Agreement. This Agreement is the entire agreement of the parties about
the Services and may be amended only in a writing signed by both parties.

     11. Assignment. Consultant may not assign this Agreement or subcontract any of the
Services without Client's prior written consent.

     12. Counterparts. This Agreement may be signed in counterparts and delivered by
electronic transmission, each of which is an original.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first
written above.

CLIENT:                                   CONSULTANT:

BRIGHTWATER ORGANICS, INC.

By: /s/ Naomi Feld                        /s/ Jordan E. Castillo
    -------------------------             -------------------------
    Naomi Feld                            Jordan E. Castillo, d/b/a
    Chief Executive Officer               Castillo Creative Media
"""

SPONSORSHIP_BLOCK = """\
                                                                    EXHIBIT 10.5

                              SPONSORSHIP AGREEMENT

                                 by and between

                          HOLLOWAY SPORTS DRINKS, INC.

                                       and

                        RIVERTON ATHLETIC CLUB, L.L.C.

                           Dated as of January 8, 2016



     This Sponsorship Agreement (this "Agreement") is entered into as of January 8, 2016
(the "Effective Date") by and between Holloway Sports Drinks, Inc., a Georgia corporation
("Sponsor"), and Riverton Athletic Club, L.L.C., a Georgia limited liability company that
owns and operates the Riverton Rapids professional soccer club (the "Club").

                                   RECITALS

     The Club plays its home matches at Riverton Stadium (the "Stadium"), and Sponsor
wishes to become the official sports drink of the Club and the Stadium.

                                   AGREEMENT

     1. Sponsorship Rights. During the Term, Sponsor shall be the exclusive "Official
Sports Drink of the Riverton Rapids", and the Club shall not grant any other sports drink
or bottled water brand any sponsorship, advertising or pouring rights at the Stadium.

     2. Signage and Media. The Club shall display Sponsor's logo on two LED ribbon boards
during every home match, on the back of the players' training jerseys, and on the Club's
website and match-day programme.

     3. Product. The Club shall serve only Sponsor's sports drinks on its bench and in its
training facility, and Sponsor shall supply them free of charge.

     4. Fees. Sponsor shall pay the Club a sponsorship fee of $600,000 for each season,
in two equal installments due on March 1 and July 1.

     5. Term. The term of this Agreement begins on the Effective Date and ends after the
2018 season (the "Term").

     6. Governing Law. This Agreement shall be governed by and construed in accordance
with the laws of the State of Georgia, without regard to its conflicts of law rules.

     7. Hospitality. The Club shall provide Sponsor with a twelve-seat suite at every home
match and twenty (20) season tickets in the lower bowl each season.

     8. Termination. Either party may terminate this Agreement if the other materially
breaches it and fails to cure within thirty (30) days after notice.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

HOLLOWAY SPORTS DRINKS, INC.              RIVERTON ATHLETIC CLUB, L.L.C.

By: /s/ Dwight Holloway                   By: /s/ Marisa Quintero
Name: Dwight Holloway                     Name: Marisa Quintero
Title: President                          Title: Managing Member
"""

RESTATED_DISTRIBUTION = """\
                AMENDED AND RESTATED EXCLUSIVE DISTRIBUTION AGREEMENT

This Amended and Restated Exclusive Distribution Agreement (the "Agreement") is made as of
the 30th day of June, 2009, by and between:

          THE GREENBRIAR GROUP, INC., a North Carolina corporation with its
          principal offices at 1500 Westchase Drive, Raleigh, North Carolina 27609
          (hereinafter "Greenbriar");

                                      AND

          HOLLIS & CRANE LLC, a Delaware limited liability company with its
          principal offices at 20 Exchange Place, New York, New York 10005
          (hereinafter "Distributor").

WHEREAS, Greenbriar and Distributor are parties to an Exclusive Distribution Agreement
dated as of March 1, 2006 (the "Original Agreement"), under which Distributor distributes
Greenbriar's line of outdoor furniture to retailers in the northeastern United States;

WHEREAS, the parties wish to amend and restate the Original Agreement in its entirety to
extend the Territory and revise the minimum purchase commitments;

NOW, THEREFORE, the parties agree that the Original Agreement is amended and restated in
its entirety as follows:

1. APPOINTMENT. Greenbriar appoints Distributor as its exclusive distributor of the
Products listed in Schedule A in the states listed in Schedule B (the "Territory").

2. MINIMUM PURCHASES. Distributor shall purchase Products with an aggregate net invoice
value of at least $4,000,000 in each contract year. If it fails to do so in two consecutive
contract years, Greenbriar may make the appointment non-exclusive on written notice.

3. PRICES. Distributor shall pay Greenbriar's distributor prices in effect on the date
of each order, which Greenbriar may change once a year on sixty (60) days' notice.

4. MARKETING. Distributor shall maintain a showroom in New York City and exhibit the
Products at no fewer than two (2) national trade shows each year.

5. TERM. This Agreement shall continue until June 30, 2014 and thereafter for successive
two-year periods unless either party gives notice of non-renewal at least one year before
the end of the then current period.

6. GOVERNING LAW. The laws of the State of North Carolina shall govern this Agreement,
without regard to the conflict of laws principles thereof.

7. ENTIRE AGREEMENT. This Agreement supersedes the Original Agreement and every other
understanding of the parties on its subject matter.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

THE GREENBRIAR GROUP, INC.                 HOLLIS & CRANE LLC

By: /s/ Warren P. Ashby                    By: /s/ Deborah Crane
Name: Warren P. Ashby                      Name: Deborah Crane
Title: President                           Title: Managing Member

                                  SCHEDULE A
                                   PRODUCTS

Teak seating collection; aluminum dining collection; outdoor cushions and umbrellas

                                  SCHEDULE B
                                  TERRITORY

Connecticut, Maine, Massachusetts, New Hampshire, New Jersey, New York, Rhode Island, Vermont
"""

BRANDS_SERVICES = """\
                       DATA PROCESSING SERVICES AGREEMENT

THIS DATA PROCESSING SERVICES AGREEMENT (this "Agreement") dated as of August 1, 2001
(the "Effective Date") is between eTrove.com, Inc., a Delaware corporation ("eTrove"), and
4Sight Data Systems, Inc., a Minnesota corporation ("4Sight").

1.   SERVICES

1.1  4Sight shall host and operate eTrove's order management and fulfillment systems in
     its data center in Eagan, Minnesota, and shall process eTrove's customer orders, returns
     and refunds as described in Exhibit A (the "Services").

1.2  4Sight shall provide the Services twenty-four hours a day, seven days a week, and
     shall meet the service levels set forth in Exhibit B.

2.   FEES

2.1  eTrove shall pay 4Sight a monthly base fee of $85,000 plus $0.35 per order processed
     in excess of 200,000 orders in any month.

2.2  4Sight shall invoice eTrove monthly in arrears; invoices are due within thirty (30)
     days of receipt.

3.   DATA

3.1  All customer data processed by 4Sight for eTrove is the property of eTrove. 4Sight
     shall use it only to provide the Services and shall return it at the end of the term.

4.   TERM

4.1  The initial term of this Agreement is three (3) years from the Effective Date. eTrove
     may renew it for one additional term of two (2) years by notice given at least ninety
     (90) days before the initial term ends.

5.   LIMITATION OF LIABILITY

5.1  Neither party shall be liable for indirect or consequential damages, and 4Sight's
     aggregate liability shall not exceed the fees paid in the twelve (12) months before
     the claim arose.

6.   GOVERNING LAW

6.1  This Agreement shall be governed in all respects by the laws of the State of
     Minnesota, and the parties consent to the jurisdiction of the state and federal courts
     located in Hennepin County, Minnesota.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

ETROVE.COM, INC.                          4SIGHT DATA SYSTEMS, INC.

By: /s/ Victor Amsel                      By: /s/ Carol Brandvold
Name: Victor Amsel                        Name: Carol Brandvold
Title: Chief Technology Officer           Title: President

                                   EXHIBIT A
                              DESCRIPTION OF SERVICES

Order capture and routing; warehouse pick lists; returns authorization; refund processing

                                   EXHIBIT B
                                 SERVICE LEVELS

System availability: 99.5% monthly; order routing within 15 minutes of capture
"""

THIRD: dict[str, str] = {
    "consulting: an individual doing business as, the term after the address": CONSULTING_DBA,
    "sponsorship: a title block naming the parties above the preamble": SPONSORSHIP_BLOCK,
    "restated distribution: parties in blocks of their own, hereinafter": RESTATED_DISTRIBUTION,
    "data processing: brands in small letters and with digits": BRANDS_SERVICES,
}
