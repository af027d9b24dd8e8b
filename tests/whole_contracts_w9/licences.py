"""Licences of intellectual property: software (three parties), endorsement by an individual,
a patent licence with its exhibits, co-branding set out in a parties table, a franchise with
a trade name, and a development agreement titled only in its preamble."""

from __future__ import annotations

SOFTWARE_LICENCE = """\
                         SOFTWARE LICENSE AND SUPPORT AGREEMENT

     This SOFTWARE LICENSE AND SUPPORT AGREEMENT (this "Agreement") is entered into as of
June 30, 2015 (the "Effective Date") by and among Quillon Systems Ltd., a company
incorporated in England and Wales with registered number 06112983 ("Quillon"), Quillon
Software Inc., a California corporation and a wholly owned subsidiary of Quillon ("Quillon
US" and, together with Quillon, "Licensor"), and Marlowe Retail Group, Inc., a Nevada
corporation ("Licensee").

                                    BACKGROUND

     Licensor owns the merchandising software known as "Quillon Assort" and Licensee wishes
to use it in its stores in the United States and the United Kingdom.

1.   DEFINITIONS

     "Documentation" means the user manuals Licensor makes available for the Software.
     "Software" means Quillon Assort in object code form, with all updates Licensor
     provides under Section 4.
     "Sites" means the stores and offices of Licensee listed in Schedule 1.

2.   LICENSE

     2.1 Licensor grants Licensee a non-exclusive, non-transferable license to install and
use the Software at the Sites for Licensee's internal business purposes during the Term.

     2.2 Licensee shall not decompile, reverse engineer or sublicense the Software.

3.   FEES

     3.1 Licensee shall pay Quillon US a license fee of $480,000, one half on the Effective
Date and one half on acceptance of the Software.

     3.2 Annual support fees are twenty percent (20%) of the license fee, payable to Quillon
in advance.

4.   SUPPORT

     Quillon shall provide telephone support during business hours in London, and Quillon US
during business hours in San Francisco, and each shall make updates available as released.

5.   TERM

     This Agreement commences on the Effective Date and continues for five (5) years (the
"Term") unless terminated earlier under this Section 5.

6.   GENERAL

     6.1 Governing Law. This Agreement and any non-contractual obligations arising out of it
are governed by and shall be construed in accordance with the laws of England and Wales.

     6.2 Notices. Notices to Licensor shall be sent to Quillon Systems Ltd., 30 Finsbury
Circus, London EC2M 7DT, with a copy to Quillon Software Inc., 101 Mission Street, San
Francisco, California 94105. Notices to Licensee shall be sent to Marlowe Retail Group,
Inc., 3900 Paradise Road, Las Vegas, Nevada 89169, Attention: General Counsel.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

QUILLON SYSTEMS LTD.                       QUILLON SOFTWARE INC.

By: /s/ Imogen Fairley                     By: /s/ Daniel Ruiz
Name: Imogen Fairley                       Name: Daniel Ruiz
Title: Director                            Title: President

MARLOWE RETAIL GROUP, INC.

By: /s/ Stephen Yates
Name: Stephen Yates
Title: Chief Information Officer

                                   SCHEDULE 1
                                     SITES

Store 14, 2200 Fremont Street, Las Vegas, Nevada
Store 31, 12 Oxford Street, London W1D 1AX
"""

ENDORSEMENT = """\
                               ENDORSEMENT AGREEMENT

     This Endorsement Agreement (the "Agreement") is made as of January 15, 2018 (the
"Effective Date"), by and between Vireo Nutrition Corp., a Utah corporation with offices
at 75 East Canyon Drive, Provo, Utah 84604 (the "Company"), and Dana K. Whitlock, an
individual residing in Scottsdale, Arizona ("Athlete").

     WHEREAS, the Company develops and sells protein powders and recovery drinks under the
VIREO trademark (the "Products");

     WHEREAS, Athlete is a professional triathlete with a substantial public following; and

     WHEREAS, the Company wishes to obtain the right to use Athlete's name, likeness and
endorsement in connection with the Products, and Athlete is willing to grant such rights;

     NOW, THEREFORE, the parties agree as follows:

     1. Grant of Rights. Athlete grants the Company the exclusive right during the Term to
use Athlete's name, nickname, image, likeness, voice and biography (the "Athlete
Endorsement") in advertising and promoting the Products throughout the world.

     2. Services. Athlete shall (a) appear at up to four (4) Company events each contract
year, (b) take part in one photo shoot and one video shoot each contract year, and
(c) post about the Products on Athlete's social media accounts at least twice a month.

     3. Exclusivity. During the Term, Athlete shall not endorse any nutritional supplement
or sports drink other than the Products.

     4. Compensation. The Company shall pay Athlete an annual fee of $150,000, payable in
quarterly installments, and the performance bonuses of Schedule A.

     5. Term. The term of this Agreement begins on the Effective Date and ends on
December 31, 2020 (the "Term"), unless earlier terminated under Section 6.

     6. Termination. The Company may terminate this Agreement on written notice if Athlete
is convicted of a felony or commits any act that brings Athlete into public disrepute.

     7. Governing Law. This Agreement shall be construed in accordance with, and governed in
all respects by, the internal laws of the State of Utah.

     8. Entire Agreement. This Agreement is the entire agreement of the parties on its
subject and supersedes all prior understandings.

     9. Notices. Notices to the Company shall be sent to its address above, Attention:
Legal Department. Notices to Athlete shall be sent care of Athlete's agent, Summit Talent
Partners, 2400 East Camelback Road, Phoenix, Arizona 85016, Attention: Mr. Rick Alvarado.

     10. Assignment. Athlete may not assign this Agreement. The Company may assign it to a
successor to the business of the Products on written notice to Athlete.

     IN WITNESS WHEREOF, the parties have signed this Agreement as of the Effective Date.

VIREO NUTRITION CORP.                         ATHLETE

By: /s/ Brandon Lyle                          /s/ Dana K. Whitlock
    ----------------------------              ----------------------------
    Brandon Lyle, Chief Executive Officer     Dana K. Whitlock

                                   SCHEDULE A
                               PERFORMANCE BONUSES

Ironman World Championship, top five finish:    $25,000
Any Ironman event, first place:                 $10,000
"""

PATENT_LICENCE = """\
                        EXCLUSIVE PATENT LICENSE AGREEMENT

     THIS EXCLUSIVE PATENT LICENSE AGREEMENT (the "Agreement") is made effective this 9th
day of August, 2006 (the "Effective Date"), between CALDER RESEARCH FOUNDATION, INC., a
Wisconsin nonstock corporation ("Foundation"), and VANTAGE SENSOR CORP., a Delaware
corporation ("Licensee").

                                    RECITALS

     A. Foundation owns the patents and patent applications listed in Exhibit A, which
arise from research in thin-film gas sensing carried out at the laboratories of the
Foundation (the "Licensed Patents").

     B. Licensee wishes to obtain an exclusive license under the Licensed Patents to make
and sell gas detection products.

     THE PARTIES AGREE:

     1. DEFINITIONS

     1.1 "Licensed Product" means any product the manufacture, use or sale of which would,
but for this Agreement, infringe a valid claim of the Licensed Patents.

     1.2 "Net Sales" means the gross amount invoiced for Licensed Products less returns,
freight and sales taxes.

     2. GRANT

     2.1 Foundation grants Licensee an exclusive, worldwide license under the Licensed
Patents to make, have made, use, sell and import Licensed Products.

     2.2 Foundation reserves the right to practice the Licensed Patents for non-commercial
research and education.

     3. ROYALTIES

     3.1 Licensee shall pay Foundation a royalty of four percent (4%) of Net Sales.

     3.2 Licensee shall report Net Sales each calendar quarter in the form of Exhibit B.

     4. DILIGENCE

     Licensee shall use commercially reasonable efforts to introduce a Licensed Product to
the market within thirty (30) months of the Effective Date.

     5. GOVERNING LAW

     This Agreement shall be interpreted and construed in accordance with the laws of the
State of Wisconsin.

     IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly
authorized representatives.

CALDER RESEARCH FOUNDATION, INC.            VANTAGE SENSOR CORP.

By: /s/ Margaret O. Lindqvist               By: /s/ Raj Patel
Name: Margaret O. Lindqvist                 Name: Raj Patel
Title: Managing Director                    Title: President and CEO
Date: August 9, 2006                        Date: August 11, 2006

                                    EXHIBIT A
                                LICENSED PATENTS

U.S. Patent No. 6,987,001   Thin-film metal oxide gas sensor
U.S. Patent Application No. 11/204,551   Low-power heater for gas sensing element

                                    EXHIBIT B
                            FORM OF ROYALTY REPORT

Licensee: Vantage Sensor Corp.
Quarter ending: ______________
Net Sales of Licensed Products: $____________
Royalty due (4%): $____________
"""

CO_BRANDING = """\
                              CO-BRANDING AGREEMENT

AGREEMENT DETAILS

Party A:          Lumen Card Services, Inc. ("Lumen")
Address:          8000 Harbor Boulevard, Wilmington, Delaware 19801

Party B:          TrailPeak Outfitters, LLC ("TrailPeak")
Address:          1450 Wynkoop Street, Denver, Colorado 80202

Effective Date:   April 1, 2019
Initial Term:     Five (5) years from the Effective Date

This Co-Branding Agreement (this "Agreement") is entered into by Lumen and TrailPeak as of
the Effective Date. The Agreement Details above and the General Terms below together form
the Agreement.

GENERAL TERMS

1. Program. Lumen will issue a co-branded credit card bearing the TrailPeak name and logo
(the "Card") to customers of TrailPeak who apply and are approved under Lumen's credit
criteria (the "Program").

2. Marks. TrailPeak grants Lumen a non-exclusive, royalty-free license to use the TrailPeak
name and logo on the Card, on Program marketing materials and on Lumen's website, solely
for the Program. Lumen grants TrailPeak a like license to use the Lumen name for the same
purpose. Each party shall submit any material bearing the other party's marks for approval
before first use.

3. Marketing. TrailPeak will promote the Card in its stores, catalogues and website, and
offer cardholders five percent (5%) back in rewards on purchases from TrailPeak.

4. Compensation. Lumen will pay TrailPeak (a) $50 for each new Card account opened and
(b) 0.40% of net purchases charged on Card accounts, each quarter within thirty (30) days
after the quarter ends.

5. Customer Information. Cardholder information belongs to Lumen. TrailPeak will use
Program information only as permitted by applicable privacy law and Lumen's privacy notice.

6. Termination. Either party may terminate the Agreement on ninety (90) days' notice if
the other party materially breaches it and fails to cure.

7. Governing Law. This Agreement is governed by the laws of the State of Delaware
applicable to contracts made and performed there, and by applicable federal law.

8. Notices. Notices go to the addresses in the Agreement Details, to the attention of the
General Counsel of each party.

9. Confidentiality. Each party will keep the terms of the Agreement and the other party's
non-public information confidential, except as required by law or regulation.

10. Relationship. The parties are independent contractors. Nothing in the Agreement makes
either party the agent, partner or joint venturer of the other.

Accepted and agreed as of the Effective Date:

LUMEN CARD SERVICES, INC.                  TRAILPEAK OUTFITTERS, LLC

By: /s/ Rosalind Achebe                    By: /s/ Kyle Brandt
Name: Rosalind Achebe                      Name: Kyle Brandt
Title: EVP, Partnerships                   Title: Chief Marketing Officer
"""

FRANCHISE = """\
                           COPPER KETTLE FRANCHISING, LLC
                               FRANCHISE AGREEMENT

     THIS FRANCHISE AGREEMENT (the "Agreement") is dated as of the 2nd day of May, 2004, by
and between COPPER KETTLE FRANCHISING, LLC, a Texas limited liability company
("Franchisor"), and ORTEGA HOSPITALITY GROUP, INC. d/b/a Copper Kettle Cafe of El Paso, a
Texas corporation ("Franchisee"), and RAMON ORTEGA and LUCIA ORTEGA, individuals residing
in El Paso, Texas (each an "Owner" and together the "Owners").

1.   GRANT OF FRANCHISE

     1.1 Franchisor grants Franchisee the right to operate one Copper Kettle Cafe restaurant
(the "Restaurant") at 5100 North Mesa Street, El Paso, Texas (the "Premises"), using the
Copper Kettle name and system.

     1.2 Franchisee shall not open any other restaurant within five (5) miles of the
Premises during the term of this Agreement.

2.   FEES

     2.1 Franchisee shall pay Franchisor an initial franchise fee of $30,000 upon signing.

     2.2 Franchisee shall pay Franchisor a weekly royalty of five percent (5%) of Gross Sales
and an advertising contribution of two percent (2%) of Gross Sales.

3.   TRAINING AND OPERATIONS

     3.1 Franchisor shall train Franchisee's general manager and the Owners for four weeks
before the Restaurant opens.

     3.2 Franchisee shall operate the Restaurant in accordance with Franchisor's operations
manual as revised from time to time.

4.   TERM

     The term of this Agreement is ten (10) years from the date the Restaurant opens.

5.   GUARANTY OF OWNERS

     The Owners jointly and severally guarantee the payment and performance of every
obligation of Franchisee under this Agreement.

6.   GOVERNING LAW

     Except to the extent governed by the United States Trademark Act of 1946, this
Agreement shall be governed by the laws of the State of Texas.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above
written.

FRANCHISOR:                               FRANCHISEE:
COPPER KETTLE FRANCHISING, LLC            ORTEGA HOSPITALITY GROUP, INC.

By: /s/ Evelyn Marsh                      By: /s/ Ramon Ortega
    Evelyn Marsh, President                   Ramon Ortega, President

OWNERS:

/s/ Ramon Ortega                          /s/ Lucia Ortega
RAMON ORTEGA, individually                LUCIA ORTEGA, individually
"""

DEVELOPMENT = """\
Exhibit 10.14

CONFIDENTIAL TREATMENT REQUESTED BY POLESTAR INTERACTIVE INC.

     This Development Agreement (the "Agreement") is made and entered into on December 12,
2017 by and between Ardent Games Ltd., a company organized under the laws of the State of
Israel, with offices at 3 Hamelacha Street, Herzliya, Israel ("Developer"), and Polestar
Interactive Inc., a Delaware corporation with offices at 55 Second Street, San Francisco,
California 94105 ("Publisher").

1.   The Game. Developer shall develop for Publisher a mobile strategy game with the working
     title "Iron Tides" (the "Game") according to the design document attached as Exhibit 1
     and the milestone schedule attached as Exhibit 2.

2.   Milestones. Developer shall deliver each milestone by its date in Exhibit 2. Publisher
     shall accept or reject each delivery within ten (10) business days, stating its reasons
     for any rejection.

3.   Payments. Publisher shall pay Developer the milestone payments of Exhibit 2, totalling
     $1,200,000, within fifteen (15) days after it accepts each milestone. These payments
     are advances recoupable from the royalties of Section 4.

4.   Royalties. Publisher shall pay Developer twenty-five percent (25%) of Net Receipts of
     the Game after the advances have been recouped.

5.   Ownership. The Game and all its code and artwork shall be owned by Publisher. Developer
     retains its pre-existing engine and tools and grants Publisher a perpetual license to
     use them as incorporated in the Game.

6.   Term. This Agreement continues until two (2) years after the Game's commercial launch.

7.   Governing Law. This Agreement shall be governed by the laws of the State of Israel,
     and the competent courts of Tel Aviv-Jaffa shall have exclusive jurisdiction.

8.   Entire Agreement. This Agreement, with its Exhibits, is the entire agreement of the
     parties on its subject.

9.   Credits. The Game's credits and splash screen shall state "Developed by Ardent Games"
     with Developer's logo, in a size no smaller than that of any other developer credit.

10.  Confidentiality. Each party shall keep the other's confidential information secret
     during the term and for three (3) years after it ends.

IN WITNESS WHEREOF, the parties have executed this Development Agreement on the date first
set forth above.

Ardent Games Ltd.                          Polestar Interactive Inc.

By: /s/ Yael Ben-David                     By: /s/ Marcus Hill
Name: Yael Ben-David                       Name: Marcus Hill
Title: CEO                                 Title: SVP, Publishing

                                    EXHIBIT 1
                                DESIGN DOCUMENT

[Forty-two pages omitted.]

                                    EXHIBIT 2
                              MILESTONE SCHEDULE

Milestone 1: Vertical slice          February 28, 2018       $300,000
Milestone 2: Alpha                   June 30, 2018           $400,000
Milestone 3: Gold master             November 30, 2018       $500,000
"""

LICENCES: dict[str, str] = {
    "software licence: among three, two of them one defined term": SOFTWARE_LICENCE,
    "endorsement: a company and an individual": ENDORSEMENT,
    "patent licence: effective this 9th day, exhibits with headings": PATENT_LICENCE,
    "co-branding: a parties table of Party A and Party B": CO_BRANDING,
    "franchise: a d/b/a and two owners, the franchisor over the title": FRANCHISE,
    "development: titled only in the preamble, an Israeli Ltd.": DEVELOPMENT,
}
