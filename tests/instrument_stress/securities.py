"""Debentures, warrants and the agreements that sell notes, the first round: a debenture, a
warrant certificate and a warrant agreement, note and securities purchase agreements with their
purchasers, a subscription agreement, a report's list of tranches and an 8-K announcing notes."""

from __future__ import annotations

from tests.instrument_stress.stress import Stress

DEBENTURE = Stress(
    "debenture to a person or registered assigns, issued under a purchase agreement",
    """No. D-7                                                           $400,000

                   12% SENIOR SUBORDINATED DEBENTURE DUE JUNE 1, 2015

     NORTHGATE ENERGY CORP., a Colorado corporation (the "Company"), for value received,
hereby promises to pay to ANNE M. KELLER, or registered assigns (the "Holder"), the principal
sum of Four Hundred Thousand Dollars ($400,000) on June 1, 2015, and to pay interest thereon
at the rate of twelve percent (12%) per annum, payable semi-annually.

     This Debenture is one of a duly authorized issue of Debentures of the Company issued
pursuant to the Debenture Purchase Agreement dated as of June 1, 2010 among the Company and
the purchasers named therein (the "Purchase Agreement"), and is subordinated in right of
payment to all Senior Indebtedness of the Company.

     IN WITNESS WHEREOF, the Company has caused this Debenture to be executed by its duly
authorized officer.

NORTHGATE ENERGY CORP.

By: /s/ Victor Alvarez
    Victor Alvarez, Chief Executive Officer
""",
    (
        ("ISSUES", "NORTHGATE ENERGY CORP.", "debenture"),
        ("HOLDS", "ANNE M. KELLER", "debenture"),
        ("ISSUED_UNDER", "debenture", "debenture purchase agreement"),
    ),
)

WARRANT_CERTIFICATE = Stress(
    "warrant certificate: this certifies that X is entitled to purchase",
    """THIS WARRANT AND THE SHARES ISSUABLE UPON EXERCISE HEREOF HAVE NOT BEEN REGISTERED UNDER
THE SECURITIES ACT OF 1933, AS AMENDED.

Warrant No. W-12                                        Number of Shares: 150,000
Date of Issuance: September 15, 2012

                    SILVERLAKE MEDICAL DEVICES, INC.
                  WARRANT TO PURCHASE COMMON STOCK

     This certifies that, for value received, ORION BRIDGE PARTNERS LLC, or its registered
assigns (the "Holder"), is entitled to purchase from Silverlake Medical Devices, Inc., a
Delaware corporation (the "Company"), up to 150,000 fully paid and nonassessable shares of the
Company's Common Stock at an exercise price of $1.25 per share (the "Exercise Price") at any
time on or before September 15, 2017.

     This Warrant is issued pursuant to the Note and Warrant Purchase Agreement dated as of
September 15, 2012, by and among the Company and the Purchasers named therein.

SILVERLAKE MEDICAL DEVICES, INC.

By: /s/ Priya Raman
Name: Priya Raman
Title: Chief Executive Officer
""",
    (
        ("ISSUES", "Silverlake Medical Devices, Inc.", "warrant"),
        ("HOLDS", "ORION BRIDGE PARTNERS LLC", "warrant"),
        ("ISSUED_UNDER", "warrant", "note and warrant purchase agreement"),
    ),
)

WARRANT_AGREEMENT = Stress(
    "warrant agreement with a warrant agent",
    """WARRANT AGREEMENT

     WARRANT AGREEMENT, dated as of March 1, 2007 (this "Agreement"), between KESTREL AIRWAYS,
INC., a Delaware corporation (the "Company"), and AMERICAN CONTINENTAL STOCK TRANSFER
COMPANY, a New York corporation, as warrant agent (the "Warrant Agent").

     WHEREAS, the Company proposes to issue up to 2,000,000 warrants (the "Warrants"), each
entitling the holder thereof to purchase one share of Common Stock of the Company at an
exercise price of $6.50 per share, in connection with its public offering of units; and

     WHEREAS, the Company desires the Warrant Agent to act on behalf of the Company in
connection with the issuance, registration, transfer, exchange and exercise of the Warrants;

     NOW, THEREFORE, the parties agree as follows:

     1. Warrant Certificates. The Warrants shall be evidenced by warrant certificates in the
form of Exhibit A, signed by the Company's Chairman and Secretary.

     2. Governing Law. This Agreement shall be governed by the laws of the State of New York.

KESTREL AIRWAYS, INC.                  AMERICAN CONTINENTAL STOCK TRANSFER COMPANY

By: /s/ Thomas Leary                   By: /s/ Janet Wu
    Chairman                               Vice President
""",
    (
        ("ISSUES", "KESTREL AIRWAYS, INC.", "warrant"),
        ("ISSUED_UNDER", "warrant", "warrant agreement"),
    ),
)

NOTE_PURCHASE = Stress(
    "note purchase agreement with a schedule of purchasers and principal amounts",
    """NOTE PURCHASE AGREEMENT

     This NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of July 7, 2014, among
HALCYON SOFTWARE CORP., a Delaware corporation (the "Company"), and the purchasers listed on
Schedule I hereto (each a "Purchaser" and together the "Purchasers").

1. AUTHORIZATION AND SALE OF NOTES

     1.1 Authorization. The Company has authorized the issuance and sale of its 10% Senior
Secured Notes due July 7, 2017 (the "Notes") in the aggregate principal amount of $3,000,000.

     1.2 Sale and Purchase. Subject to the terms hereof, at the Closing the Company shall issue
and sell to each Purchaser, and each Purchaser shall purchase from the Company, a Note in the
principal amount set forth opposite such Purchaser's name on Schedule I.

2. GOVERNING LAW. This Agreement shall be governed by the laws of the State of Delaware.

HALCYON SOFTWARE CORP.

By: /s/ Edwin Marsh
Name: Edwin Marsh
Title: President

                                   SCHEDULE I

                                   PURCHASERS

Name of Purchaser                                    Principal Amount of Notes

Bayview Growth Fund, L.P.                            $1,500,000
Marcus T. Reilly                                     $1,000,000
Ironwood Partners LLC                                $  500,000
                                                     ----------
Total                                                $3,000,000
""",
    (
        ("ISSUES", "HALCYON SOFTWARE CORP.", "notes"),
        ("ISSUED_UNDER", "notes", "note purchase agreement"),
        ("HOLDS", "Bayview Growth Fund, L.P.", "notes"),
        ("HOLDS", "Marcus T. Reilly", "notes"),
        ("HOLDS", "Ironwood Partners LLC", "notes"),
    ),
)

SECURITIES_PURCHASE = Stress(
    "securities purchase agreement: debentures and warrants to purchasers on signature pages",
    """SECURITIES PURCHASE AGREEMENT

     This Securities Purchase Agreement (this "Agreement") is dated as of February 20, 2013,
between Quantum Leaf Biosciences, Inc., a Nevada corporation (the "Company"), and each
purchaser identified on the signature pages hereto (each, including its successors and
assigns, a "Purchaser" and collectively the "Purchasers").

     WHEREAS, the Company desires to issue and sell to each Purchaser, and each Purchaser,
severally and not jointly, desires to purchase from the Company, the Company's 8% Senior
Secured Convertible Debentures (the "Debentures") and warrants to purchase shares of Common
Stock (the "Warrants"), as more fully described in this Agreement.

     2.1 Closing. On the Closing Date, the Company shall deliver to each Purchaser a Debenture
with a principal amount equal to such Purchaser's Subscription Amount and a Warrant.

     5.1 Governing Law. This Agreement shall be governed by the laws of the State of New York.

QUANTUM LEAF BIOSCIENCES, INC.

By: /s/ Leon Hart
Name: Leon Hart
Title: Chief Executive Officer

[PURCHASER SIGNATURE PAGES TO SECURITIES PURCHASE AGREEMENT]

Name of Purchaser: Alpine Ridge Master Fund Ltd.
Signature of Authorized Signatory of Purchaser: /s/ Karl Brenner
Name of Authorized Signatory: Karl Brenner
Title of Authorized Signatory: Director
Subscription Amount: $800,000

Name of Purchaser: Westmark Opportunity Partners, L.P.
Signature of Authorized Signatory of Purchaser: /s/ Dana Lowe
Name of Authorized Signatory: Dana Lowe
Title of Authorized Signatory: Managing Partner
Subscription Amount: $450,000
""",
    (
        ("ISSUES", "Quantum Leaf Biosciences, Inc.", "debentures"),
        ("ISSUES", "Quantum Leaf Biosciences, Inc.", "warrants"),
        ("ISSUED_UNDER", "debentures", "securities purchase agreement"),
        ("ISSUED_UNDER", "warrants", "securities purchase agreement"),
        ("HOLDS", "Alpine Ridge Master Fund Ltd.", "debentures"),
        ("HOLDS", "Westmark Opportunity Partners, L.P.", "debentures"),
    ),
    optional=(
        ("HOLDS", "Alpine Ridge Master Fund Ltd.", "warrants"),
        ("HOLDS", "Westmark Opportunity Partners, L.P.", "warrants"),
    ),
)

SUBSCRIPTION = Stress(
    "subscription agreement for a convertible note",
    """SUBSCRIPTION AGREEMENT

Crestview Minerals Corp.
1200 Grant Avenue
Casper, Wyoming 82601

Gentlemen:

     1. Subscription. The undersigned, HAROLD P. WINSLOW (the "Subscriber"), hereby subscribes
for a 9% Convertible Promissory Note (the "Note") of Crestview Minerals Corp., a Wyoming
corporation (the "Company"), in the principal amount of $50,000, and tenders herewith the
purchase price of $50,000.

     2. The Note. The Note will bear interest at nine percent (9%) per annum, will mature on
December 31, 2011 and will be convertible into shares of the Company's common stock at $0.25
per share.

     3. Governing Law. This Subscription Agreement shall be governed by the laws of the State
of Wyoming.

Dated: January 4, 2010                  /s/ Harold P. Winslow
                                        Harold P. Winslow

ACCEPTED: CRESTVIEW MINERALS CORP.

By: /s/ Nora Lindqvist
    Nora Lindqvist, President
""",
    (
        ("ISSUES", "Crestview Minerals Corp.", "convertible promissory note"),
        ("HOLDS", "HAROLD P. WINSLOW", "convertible promissory note"),
        ("ISSUED_UNDER", "convertible promissory note", "subscription agreement"),
    ),
)

REPORT_TRANCHES = Stress(
    "a report's list of notes issued",
    """GRAYSTONE DIGITAL, INC.
NOTES TO FINANCIAL STATEMENTS

NOTE 6 - CONVERTIBLE NOTES PAYABLE

On March 3, 2010 the Company issued a 10% convertible note in the principal amount of $250,000
to Whitestone Capital LLC, due March 3, 2011, convertible at $0.10 per share.

On June 18, 2010, the Company issued a 10% convertible note in the principal amount of
$100,000 to an accredited investor, due June 18, 2011.

On September 9, 2010, the Company issued an 8% convertible note in the principal amount of
$75,000 to Asher Lane Partners, L.P., due September 9, 2011.
""",
    (
        ("HOLDS", "Whitestone Capital LLC", "convertible note"),
        ("HOLDS", "Asher Lane Partners, L.P.", "convertible note"),
        ("ISSUES", "GRAYSTONE DIGITAL, INC.", "10% convertible note"),
        ("ISSUES", "GRAYSTONE DIGITAL, INC.", "8% convertible note"),
    ),
)

EIGHT_K = Stress(
    "8-K items 2.03 and 3.02: a note and a warrant issued under a purchase agreement",
    """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

LUMINA SOLAR TECHNOLOGIES, INC.
(Exact name of registrant as specified in its charter)

Item 1.01 Entry into a Material Definitive Agreement.

On October 4, 2019, Lumina Solar Technologies, Inc. (the "Company") entered into a Securities
Purchase Agreement (the "Purchase Agreement") with Cobalt Point Investors, LLC (the
"Investor"), pursuant to which the Company issued to the Investor a senior secured promissory
note in the principal amount of $1,650,000 (the "Note"). The Note bears interest at 10% per
annum and matures on October 4, 2020.

Item 2.03 Creation of a Direct Financial Obligation.

The information set forth in Item 1.01 is incorporated herein by reference.

Item 3.02 Unregistered Sales of Equity Securities.

In connection with the Purchase Agreement, the Company issued to the Investor a warrant to
purchase 500,000 shares of common stock at an exercise price of $0.50 per share (the
"Warrant").
""",
    (
        ("ISSUES", "Lumina Solar Technologies, Inc.", "note"),
        ("HOLDS", "Cobalt Point Investors, LLC", "note"),
        ("ISSUED_UNDER", "note", "securities purchase agreement"),
        ("ISSUES", "Lumina Solar Technologies, Inc.", "warrant"),
        ("HOLDS", "Cobalt Point Investors, LLC", "warrant"),
    ),
    optional=(("ISSUED_UNDER", "warrant", "securities purchase agreement"),),
)

ISSUER_PURCHASER = Stress(
    "a note issued by the Issuer to the Purchaser in accordance with a purchase agreement",
    """SENIOR NOTE

Principal Amount: EUR 3,000,000                         Issue Date: 12 May 2017

     This Senior Note (this "Note") is issued by APEX ROBOTICS INC., a Delaware corporation
(the "Issuer"), to NORDIC VENTURE PARTNERS AB, a Swedish company (the "Purchaser"), in
accordance with the Note Purchase Agreement dated 10 May 2017 between the Issuer and the
Purchaser (the "Purchase Agreement").

     1. Promise to Pay. The Issuer shall pay to the Purchaser the principal amount of this Note
on 12 May 2020, with interest at seven percent (7%) per annum.

     2. Governing Law. This Note is governed by the laws of the State of New York.

APEX ROBOTICS INC.

By: /s/ Henrik Dahl
    Chief Financial Officer
""",
    (
        ("ISSUES", "APEX ROBOTICS INC.", "senior note"),
        ("HOLDS", "NORDIC VENTURE PARTNERS AB", "senior note"),
        ("ISSUED_UNDER", "senior note", "note purchase agreement"),
    ),
)
