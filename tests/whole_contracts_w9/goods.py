"""Contracts for goods: distribution, supply, manufacturing (an amendment), reselling and
transportation."""

from __future__ import annotations

DISTRIBUTION = """\
                                                                    Exhibit 10.21

                            EXCLUSIVE DISTRIBUTION AGREEMENT

     THIS EXCLUSIVE DISTRIBUTION AGREEMENT (this "Agreement") is made and entered into as
of March 3, 2011, by and between HALVORSEN MEDICAL DEVICES, INC., a Delaware corporation
having its principal place of business at 2210 Quarry Lane, Plymouth, Minnesota 55447
("Supplier"), and BRENNER KLINIKBEDARF GMBH, a company organized under the laws of the
Federal Republic of Germany having its registered office at Lindenstrasse 14, 80331 Munich,
Germany ("Distributor").

                                     RECITALS

     A. Supplier designs and manufactures arthroscopic shaver systems and related disposable
blades (the "Products").

     B. Distributor is engaged in the sale of surgical equipment to hospitals in Germany,
Austria and Switzerland (the "Territory") and wishes to distribute the Products there.

     NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as
follows:

1.   APPOINTMENT

     1.1 Supplier hereby appoints Distributor as its exclusive distributor of the Products in
the Territory, and Distributor accepts the appointment, on the terms of this Agreement.

     1.2 Distributor shall not sell the Products outside the Territory or to any person it
knows intends to resell them outside the Territory.

2.   ORDERS AND PRICES

     2.1 Distributor shall order Products by written purchase order. Prices are those of
Exhibit A, which Supplier may change on ninety (90) days' written notice.

     2.2 Distributor shall purchase at least the minimum quantities of Exhibit B in each
calendar year.

3.   TERM AND TERMINATION

     3.1 This Agreement begins on the date above and continues for three (3) years, and then
renews for one-year terms unless either party gives notice of non-renewal six months before
the end of a term.

     3.2 Either party may terminate this Agreement if the other party materially breaches it
and fails to cure the breach within thirty (30) days after written notice.

4.   NOTICES

     Notices shall be in writing and delivered to:

     If to Supplier:   Halvorsen Medical Devices, Inc.
                       2210 Quarry Lane
                       Plymouth, Minnesota 55447
                       Attention: Vice President, International Sales

     If to Distributor: Brenner Klinikbedarf GmbH
                       Lindenstrasse 14
                       80331 Munich, Germany
                       Attention: Geschaftsfuhrer

5.   GOVERNING LAW

     This Agreement shall be governed by and construed in accordance with the laws of the
State of New York, without regard to its conflict of laws principles. The United Nations
Convention on Contracts for the International Sale of Goods shall not apply.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first
written above.

HALVORSEN MEDICAL DEVICES, INC.           BRENNER KLINIKBEDARF GMBH

By: /s/ Carl J. Halvorsen                 By: /s/ Matthias Brenner
    -------------------------                 -------------------------
Name: Carl J. Halvorsen                   Name: Matthias Brenner
Title: President                          Title: Managing Director

                                    EXHIBIT A
                                   PRICE LIST

Product                               Transfer Price (EUR)
ArthroGlide 4000 shaver console        6,250.00
ArthroGlide disposable blade (box of 10)  310.00

                                    EXHIBIT B
                               MINIMUM QUANTITIES

Year 1: 40 consoles; 2,000 boxes of blades
Year 2: 55 consoles; 2,800 boxes of blades
Year 3: 70 consoles; 3,500 boxes of blades
"""

SUPPLY = """\
                                                              EXECUTION VERSION

                               SUPPLY AGREEMENT

THIS AGREEMENT is dated 14 September 2009

PARTIES

(1)  ORCHARD VALE FOODS LIMITED, a company incorporated in England and Wales with company
     number 04418823 whose registered office is at Unit 7, Mill Road Trading Estate,
     Evesham WR11 2LS (the "Supplier"); and

(2)  NORTHGATE PROVISIONS PLC, a company incorporated in England and Wales with company
     number 02276411 whose registered office is at 1 Cathedral Square, Leeds LS1 4AB
     (the "Customer").

BACKGROUND

(A)  The Supplier produces chilled desserts under its own brands and for retailers.

(B)  The Customer wishes to buy, and the Supplier wishes to supply, own-label chilled
     desserts on the terms of this agreement.

AGREED TERMS

1.   INTERPRETATION

1.1  In this agreement:

     "Goods" means the own-label chilled desserts described in Schedule 1;

     "Order" means an order for Goods placed by the Customer under clause 3;

     "Specification" means the specification of each of the Goods set out in Schedule 1.

2.   SUPPLY

2.1  The Supplier shall supply and the Customer shall purchase the Goods in accordance
     with Orders placed under this agreement.

2.2  The Supplier shall ensure that the Goods conform to the Specification and are fit for
     human consumption on delivery.

3.   ORDERS

3.1  The Customer shall place Orders at least five Business Days before the delivery date.

3.2  The Supplier may reject an Order for more than 120% of the forecast for that week.

4.   PRICE AND PAYMENT

4.1  The price of the Goods is set out in Schedule 2 and is exclusive of VAT.

4.2  The Customer shall pay each invoice within 45 days of the end of the month in which
     it is received.

5.   TERM

5.1  This agreement shall commence on the date of this agreement and continue for two
     years, and thereafter until terminated by either party on six months' notice.

6.   GOVERNING LAW AND JURISDICTION

6.1  This agreement and any dispute or claim arising out of it shall be governed by and
     construed in accordance with the law of England and Wales.

6.2  The courts of England and Wales shall have exclusive jurisdiction.

This agreement has been entered into on the date stated at the beginning of it.

Signed by PETER ASHWORTH, director,        )
for and on behalf of                       )    /s/ Peter Ashworth
ORCHARD VALE FOODS LIMITED                 )

Signed by HELEN McCREADY, director,        )
for and on behalf of                       )    /s/ Helen McCready
NORTHGATE PROVISIONS PLC                   )

                                   SCHEDULE 1
                             GOODS AND SPECIFICATION

Northgate Finest Lemon Posset, 2 x 80g
Northgate Finest Sticky Toffee Pudding, 400g

                                   SCHEDULE 2
                                     PRICES

Lemon Posset: GBP 0.71 per pack
Sticky Toffee Pudding: GBP 1.22 per pack
"""

MANUFACTURING_AMENDMENT = """\
                                                                   Exhibit 10.3

[***] Certain confidential information contained in this document, marked by brackets,
has been omitted and filed separately with the Securities and Exchange Commission.

                  AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT

     This Amendment No. 2 to Manufacturing and Supply Agreement (this "Amendment") is entered
into effective as of October 1, 2013 (the "Amendment Effective Date") by and between
Pellucid Optics Corporation, a Washington corporation ("Pellucid"), and Kosei Precision
K.K., a company organized under the laws of Japan ("Manufacturer").

                                    RECITALS

     WHEREAS, Pellucid and Manufacturer are parties to that certain Manufacturing and Supply
Agreement dated as of April 18, 2008, as amended by Amendment No. 1 dated as of June 1, 2010
(as so amended, the "Agreement"); and

     WHEREAS, Pellucid and Manufacturer wish to extend the term of the Agreement and to
revise the pricing of the Products as set forth below.

     NOW, THEREFORE, the parties agree as follows:

     1. Definitions. Capitalized terms used but not defined in this Amendment have the
meanings given to them in the Agreement.

     2. Term. Section 12.1 of the Agreement is amended by deleting "September 30, 2013" and
replacing it with "September 30, 2016".

     3. Pricing. Exhibit C of the Agreement is deleted in its entirety and replaced with
Exhibit C attached to this Amendment.

     4. Forecasts. Section 4.2 of the Agreement is amended by adding the following sentence
at the end thereof: "Pellucid shall deliver each rolling forecast no later than the fifth
(5th) business day of each calendar month."

     5. No Other Changes. Except as expressly amended by this Amendment, the Agreement
remains in full force and effect in accordance with its terms.

     6. Governing Law. This Amendment shall be governed by the laws of the State of
Washington, without giving effect to any choice of law rule that would cause the
application of the laws of any other jurisdiction.

     7. Counterparts. This Amendment may be executed in counterparts, each of which shall
be deemed an original and all of which together constitute one instrument.

     IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly
authorized representatives as of the Amendment Effective Date.

PELLUCID OPTICS CORPORATION

By:    /s/ Andrea M. Solis
       ------------------------------
Name:  Andrea M. Solis
Title: Chief Operating Officer

KOSEI PRECISION K.K.

By:    /s/ Hiroshi Tanabe
       ------------------------------
Name:  Hiroshi Tanabe
Title: Representative Director

                                   EXHIBIT C
                                    PRICING

Part Number          Description                    Unit Price (USD)
PX-220               Aspheric lens assembly         [***]
PX-310               Sensor window, coated          [***]

Prices are FOB Osaka and apply to orders placed on or after the Amendment Effective Date.
"""

RESELLER = """\
                                RESELLER AGREEMENT

THIS AGREEMENT made as of the 22nd day of February, 1999.

B E T W E E N:

               NORTHERN LIGHTS SOFTWARE CORP., a corporation incorporated under the
               laws of the Province of Ontario

               (hereinafter referred to as "NLS")

                                                         OF THE FIRST PART

               - and -

               DATASPAN SOLUTIONS INC., a corporation incorporated under the laws of
               the Province of Alberta

               (hereinafter referred to as the "Reseller")

                                                         OF THE SECOND PART

WHEREAS NLS has developed and owns a payroll software product known as "PayNorth";

AND WHEREAS the Reseller wishes to market and resell PayNorth to small businesses in
Western Canada;

NOW THEREFORE THIS AGREEMENT WITNESSES that in consideration of the mutual covenants and
agreements herein contained, the parties hereto agree as follows:

                                    ARTICLE 1
                                 APPOINTMENT

1.01  NLS appoints the Reseller as a non-exclusive reseller of PayNorth in the Provinces of
      British Columbia, Alberta, Saskatchewan and Manitoba (the "Territory").

1.02  The Reseller shall resell PayNorth only under the end user licence supplied by NLS
      with each copy.

                                    ARTICLE 2
                                 FEES AND DISCOUNTS

2.01  The Reseller shall purchase licences of PayNorth at a discount of thirty percent
      (30%) from NLS's published list price in effect from time to time.

2.02  Payment is due within thirty (30) days of the date of NLS's invoice.

                                    ARTICLE 3
                                  TERM

3.01  This Agreement shall have an initial term of one (1) year and shall renew for
      successive one-year terms unless either party gives sixty (60) days' written notice.

                                    ARTICLE 4
                                   GENERAL

4.01  This Agreement shall be governed by and interpreted in accordance with the laws of
      the Province of Ontario and the federal laws of Canada applicable therein.

4.02  Any notice shall be given in writing to the address of the party set out below its
      signature.

IN WITNESS WHEREOF the parties have executed this Agreement.

                                   NORTHERN LIGHTS SOFTWARE CORP.
                                   Per: /s/ Graham Okafor
                                        Graham Okafor, President
                                   120 Front Street West, Toronto, Ontario M5J 2L4

                                   DATASPAN SOLUTIONS INC.
                                   Per: /s/ Linnea Strand
                                        Linnea Strand, Chief Executive Officer
                                   410 - 8th Avenue S.W., Calgary, Alberta T2P 1E1
"""

TRANSPORTATION = """\
                      FIRM TRANSPORTATION SERVICES AGREEMENT

     This FIRM TRANSPORTATION SERVICES AGREEMENT ("Agreement") is made and entered into
effective as of the 1st day of January, 2014, by and between BLUEWATER PIPELINE COMPANY,
L.L.C. (formerly known as Bluewater Gathering Company, L.L.C.), an Oklahoma limited
liability company ("Transporter"), and REDFIELD ENERGY MARKETING, LP, a Texas limited
partnership ("Shipper"). Transporter and Shipper are sometimes referred to herein
individually as a "Party" and collectively as the "Parties."

                                   WITNESSETH:

     WHEREAS, Transporter owns and operates a natural gas pipeline system extending from
the Anadarko Basin to the Cushing interconnect (the "System"); and

     WHEREAS, Shipper desires to obtain firm transportation service on the System, and
Transporter is willing to provide such service, on the terms set forth herein;

     NOW, THEREFORE, in consideration of the premises and the mutual covenants herein
contained, the Parties agree as follows:

                                   ARTICLE I
                                SERVICE

     1.1 Maximum Daily Quantity. Transporter shall receive at the Receipt Points, and
transport and redeliver at the Delivery Point, up to 40,000 Dekatherms per day (the
"Maximum Daily Quantity").

     1.2 Priority. Service hereunder is firm and shall not be interrupted except in the
event of Force Majeure or as required for safe operation of the System.

                                   ARTICLE II
                              RATES AND CHARGES

     2.1 Reservation Charge. Shipper shall pay a monthly reservation charge equal to $0.18
per Dekatherm multiplied by the Maximum Daily Quantity and the number of days in the month.

     2.2 Commodity Charge. Shipper shall pay a commodity charge of $0.02 per Dekatherm
actually transported.

                                   ARTICLE III
                                     TERM

     3.1 This Agreement shall remain in force for a primary term of ten (10) years from the
effective date above and year to year thereafter until terminated by either Party on one
hundred eighty (180) days' written notice.

                                   ARTICLE IV
                                MISCELLANEOUS

     4.1 Governing Law. THIS AGREEMENT SHALL BE GOVERNED BY AND CONSTRUED IN ACCORDANCE WITH
THE LAWS OF THE STATE OF OKLAHOMA, EXCLUDING ANY CONFLICT OF LAWS RULE THAT WOULD REFER
THE MATTER TO THE LAWS OF ANOTHER JURISDICTION.

     4.2 Notices. All notices shall be sent to the addresses set out in Exhibit A.

     IN WITNESS WHEREOF, the Parties have executed this Agreement by their duly authorized
officers effective as of the date first written above.

BLUEWATER PIPELINE COMPANY, L.L.C.         REDFIELD ENERGY MARKETING, LP
                                           By: Redfield Energy GP, LLC,
                                               its general partner
By: /s/ Wade T. Mercer
Name: Wade T. Mercer                       By: /s/ Celia Nunez
Title: Senior Vice President               Name: Celia Nunez
                                           Title: President

                                   EXHIBIT A
                                NOTICE ADDRESSES

Transporter:  Bluewater Pipeline Company, L.L.C.
              One Commerce Plaza, Suite 1800
              Tulsa, Oklahoma 74103
              Attn: Contract Administration

Shipper:      Redfield Energy Marketing, LP
              500 Main Street, Suite 900
              Houston, Texas 77002
              Attn: Gas Scheduling
"""

GOODS: dict[str, str] = {
    "distribution: by and between, a GmbH, notices and exhibits": DISTRIBUTION,
    "supply: PARTIES (1) (2), English dating": SUPPLY,
    "manufacturing: amendment no. 2 with a K.K.": MANUFACTURING_AMENDMENT,
    "reseller: B E T W E E N, of the first part, Ontario": RESELLER,
    "transportation: formerly known as, a partnership signing by its GP": TRANSPORTATION,
}
