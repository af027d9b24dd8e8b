"""Notes, debentures and warrants written for the instrument stress test (issue 13), each with
the instrument facts expected of it, stated before the extractor ran on any of them.

Every passage is invented (names, amounts, dates) in one general drafting shape: promissory
notes (Maker/Payee, Borrower/Lender, Company/Holder, Issuer/bearer), notes a credit or loan
agreement delivers (a standalone exhibit and the form attached), an allonge, a debenture, a
warrant certificate, a warrant agreement, note and securities purchase agreements with their
purchasers, a subscription agreement, a note amendment and a note modification, a report's
list of tranches and an 8-K announcing notes. A fact is ``(type, source, target)``: a party's
name as written, an instrument's or agreement's title by a word group it contains (lower
case). ``optional`` facts count neither way.
"""

from __future__ import annotations

from dataclasses import dataclass

Fact = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Stress:
    name: str
    text: str
    expected: tuple[Fact, ...]
    optional: tuple[Fact, ...] = ()


PLAIN_NOTE = Stress(
    "promissory note, Maker and Payee",
    """PROMISSORY NOTE

$750,000.00                                                          Toledo, Ohio
                                                                     May 14, 2008

FOR VALUE RECEIVED, the undersigned, COPPERLINE TOOL & DIE CO., an Ohio corporation
("Maker"), promises to pay to the order of FIFTH HARBOR BANK, NATIONAL ASSOCIATION ("Payee"),
at its offices in Toledo, Ohio, the principal sum of Seven Hundred Fifty Thousand Dollars
($750,000.00), with interest thereon at the rate of seven percent (7%) per annum, in sixty
equal monthly installments commencing June 14, 2008.

Maker waives presentment, demand, protest and notice of dishonor. This Note shall be governed
by the laws of the State of Ohio.

                                        COPPERLINE TOOL & DIE CO.

                                        By: /s/ Gerald Fitch
                                            Gerald Fitch, President
""",
    (
        ("ISSUES", "COPPERLINE TOOL & DIE CO.", "promissory note"),
        ("HOLDS", "FIFTH HARBOR BANK, NATIONAL ASSOCIATION", "promissory note"),
    ),
)

TERM_NOTE_EXHIBIT = Stress(
    "term note delivered under a credit agreement, standalone exhibit",
    """Exhibit 10.3

                                   TERM NOTE

$5,000,000                                                     Chicago, Illinois
                                                               April 1, 2009

     FOR VALUE RECEIVED, MIDWAY LOGISTICS HOLDINGS, INC., a Delaware corporation (the
"Borrower"), hereby unconditionally promises to pay to the order of LAKESHORE NATIONAL BANK
(the "Lender") the principal sum of FIVE MILLION AND NO/100 DOLLARS ($5,000,000), payable in
the installments and on the dates provided in the Credit Agreement referred to below.

     This Note is the Term Note referred to in, and is entitled to the benefits of, the Credit
Agreement dated as of April 1, 2009 (as amended, supplemented or otherwise modified from time
to time, the "Credit Agreement") among the Borrower, the lenders from time to time party
thereto and Lakeshore National Bank, as Administrative Agent. Capitalized terms used herein
have the meanings given them in the Credit Agreement.

     THIS NOTE SHALL BE GOVERNED BY THE LAWS OF THE STATE OF ILLINOIS.

                                   MIDWAY LOGISTICS HOLDINGS, INC.

                                   By: /s/ Dana K. Pruitt
                                   Name: Dana K. Pruitt
                                   Title: Chief Financial Officer
""",
    (
        ("ISSUES", "MIDWAY LOGISTICS HOLDINGS, INC.", "term note"),
        ("HOLDS", "LAKESHORE NATIONAL BANK", "term note"),
        ("ISSUED_UNDER", "term note", "credit agreement"),
    ),
)

REVOLVING_FORM = Stress(
    "revolving credit note: the form attached to its credit agreement",
    """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT (this "Agreement") is dated as of October 2, 2015, between
PINECREST FOODS, INC., a Georgia corporation (the "Borrower"), and CASCADE TRUST BANK, a
Georgia banking corporation (the "Bank").

1. THE REVOLVING LOANS

1.1 Commitment. Subject to the terms hereof, the Bank agrees to make revolving loans (the
"Revolving Loans") to the Borrower from time to time until October 2, 2017 in an aggregate
principal amount outstanding at any time not to exceed $8,000,000.

1.2 Revolving Credit Note. The Revolving Loans shall be evidenced by a promissory note of the
Borrower substantially in the form of Exhibit A (the "Revolving Credit Note"), payable to the
order of the Bank in the principal amount of $8,000,000.

2. GOVERNING LAW. This Agreement shall be governed by the laws of the State of Georgia.

PINECREST FOODS, INC.                      CASCADE TRUST BANK

By: /s/ Alan Moreau                        By: /s/ Ruth Okafor
Title: President                           Title: Senior Vice President

                                   EXHIBIT A

                         FORM OF REVOLVING CREDIT NOTE

$8,000,000                                                     _____________, 20__

     FOR VALUE RECEIVED, the undersigned, PINECREST FOODS, INC., a Georgia corporation (the
"Borrower"), hereby promises to pay to the order of CASCADE TRUST BANK (the "Bank") the
principal sum of EIGHT MILLION DOLLARS ($8,000,000) or, if less, the aggregate unpaid
principal amount of all Revolving Loans made by the Bank to the Borrower under the Revolving
Credit Agreement dated as of October 2, 2015 between the Borrower and the Bank (the "Credit
Agreement").

                                   PINECREST FOODS, INC.

                                   By: ______________________
""",
    (
        ("ISSUES", "PINECREST FOODS, INC.", "revolving credit note"),
        ("HOLDS", "CASCADE TRUST BANK", "revolving credit note"),
        ("ISSUED_UNDER", "revolving credit note", "revolving credit agreement"),
    ),
    # added after the first run: the project's convention (tests/gold) has a credit facility
    # ISSUED_UNDER the agreement that makes it available; the first score counted it wrong
    optional=(("ISSUED_UNDER", "revolving loans", "revolving credit agreement"),),
)

ALLONGE = Stress(
    "allonge endorsing a note to a new holder",
    """ALLONGE TO PROMISSORY NOTE

     This Allonge is attached to and made a part of that certain Promissory Note dated May 5,
2011 in the original principal amount of $1,000,000.00 made by REDFERN HOLDINGS LLC, a
Delaware limited liability company ("Maker"), payable to the order of STERLING EQUITY
PARTNERS, L.P. ("Original Payee").

     PAY TO THE ORDER OF TIDEWATER CAPITAL FUND I, LLC, WITHOUT RECOURSE, REPRESENTATION OR
WARRANTY.

Dated: August 9, 2012

                                   STERLING EQUITY PARTNERS, L.P.
                                   By: Sterling Equity GP, LLC, its general partner

                                   By: /s/ Owen Blackwood
                                       Owen Blackwood, Managing Member
""",
    (
        ("ISSUES", "REDFERN HOLDINGS LLC", "promissory note"),
        ("HOLDS", "TIDEWATER CAPITAL FUND I, LLC", "promissory note"),
    ),
    optional=(("HOLDS", "STERLING EQUITY PARTNERS, L.P.", "promissory note"),),
)

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

NOTE_AMENDMENT = Stress(
    "first amendment to a promissory note",
    """FIRST AMENDMENT TO PROMISSORY NOTE

     This FIRST AMENDMENT TO PROMISSORY NOTE (this "Amendment") is entered into as of March 31,
2014, by and between BRIGHTWATER MARINE, INC., a Florida corporation ("Borrower"), and
COASTAL COMMERCE BANK, a Florida banking corporation ("Lender").

                                   RECITALS

     A. Borrower made that certain Promissory Note dated January 15, 2013, payable to the
order of Lender in the original principal amount of $2,000,000.00 (the "Note").

     B. Borrower and Lender desire to amend the Note to extend its maturity date.

     NOW, THEREFORE, the parties agree that the maturity date of the Note is hereby extended to
January 15, 2016.

BRIGHTWATER MARINE, INC.                    COASTAL COMMERCE BANK

By: /s/ Keith Duran                         By: /s/ Elena Sosa
    President                                   Vice President
""",
    (
        ("ISSUES", "BRIGHTWATER MARINE, INC.", "promissory note"),
        ("HOLDS", "COASTAL COMMERCE BANK", "promissory note"),
    ),
)

NOTE_MODIFICATION = Stress(
    "note modification agreement, Maker and Holder",
    """NOTE MODIFICATION AGREEMENT

     This Note Modification Agreement is made as of September 1, 2017 by and between SUNDANCE
RANCH PROPERTIES, L.L.C., a Kansas limited liability company ("Maker"), and FIRST PRAIRIE
STATE BANK ("Holder").

     Maker is the maker of that certain Promissory Note dated September 1, 2015 in the
original principal amount of $900,000, payable to Holder (the "Note"). Holder is the owner and
holder of the Note.

     Maker and Holder agree that the interest rate of the Note is reduced to five percent (5%)
per annum from the date hereof.

MAKER:                                      HOLDER:
SUNDANCE RANCH PROPERTIES, L.L.C.           FIRST PRAIRIE STATE BANK

By: /s/ Wade Henning                        By: /s/ Carla Dietz
    Manager                                     President
""",
    (
        ("ISSUES", "SUNDANCE RANCH PROPERTIES, L.L.C.", "promissory note"),
        ("HOLDS", "FIRST PRAIRIE STATE BANK", "promissory note"),
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

BEARER_NOTE = Stress(
    "a note payable to bearer: an issuer and no holder",
    """BEARER PROMISSORY NOTE

U.S. $2,000,000                                              Piraeus, Greece, July 1, 2006

     MERIDIAN SHIPPING LTD., a Marshall Islands corporation (the "Issuer"), for value received,
promises to pay to the bearer hereof the sum of Two Million United States Dollars
(U.S. $2,000,000) on July 1, 2009, with interest at the rate of six percent (6%) per annum.

     This Note shall be governed by the laws of England.

MERIDIAN SHIPPING LTD.

By: /s/ Nikos Andreou
    Director
""",
    (("ISSUES", "MERIDIAN SHIPPING LTD.", "note"),),
)

JOINT_PAYEES = Stress(
    "a note to two individual lenders",
    """PROMISSORY NOTE

Amount: $320,000                                       Date: February 1, 2016

     FOR VALUE RECEIVED, RIVERBEND DENTAL GROUP, P.C., a Colorado professional corporation
("Borrower"), promises to pay to the order of JAMES L. ORTEGA and MARIA S. ORTEGA (together,
"Lender"), the sum of Three Hundred Twenty Thousand Dollars ($320,000), with interest at 5.5%
per annum, in monthly installments of principal and interest until February 1, 2026.

RIVERBEND DENTAL GROUP, P.C.

By: /s/ Samuel Greer, D.D.S.
    Samuel Greer, President
""",
    (
        ("ISSUES", "RIVERBEND DENTAL GROUP, P.C.", "promissory note"),
        ("HOLDS", "JAMES L. ORTEGA", "promissory note"),
        ("HOLDS", "MARIA S. ORTEGA", "promissory note"),
    ),
)

CAPTION_NOTE = Stress(
    "a bank's caption-form commercial note issued under a loan agreement",
    """COMMERCIAL PROMISSORY NOTE

Borrower:  TRI-COUNTY HARDWARE CO.               Bank:  FARMERS AND MERCHANTS BANK OF
           410 Mill Street                              LONG BEACH
           Long Beach, California 90802                 302 Pine Avenue
                                                        Long Beach, California 90802

Principal Amount: $600,000.00        Date of Note: November 20, 2003

     For value received, Borrower promises to pay to the order of Bank the Principal Amount,
with interest as provided below, on or before November 20, 2006. This Note is issued under the
Loan Agreement dated November 20, 2003 between Borrower and Bank, and is secured as provided
therein.

TRI-COUNTY HARDWARE CO.

By: /s/ Phyllis Yuen
    Phyllis Yuen, Secretary
""",
    (
        ("ISSUES", "TRI-COUNTY HARDWARE CO.", "note"),
        ("HOLDS", "FARMERS AND MERCHANTS BANK OF LONG BEACH", "note"),
        ("ISSUED_UNDER", "note", "loan agreement"),
    ),
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

ALL: tuple[Stress, ...] = (
    PLAIN_NOTE,
    TERM_NOTE_EXHIBIT,
    REVOLVING_FORM,
    ALLONGE,
    DEBENTURE,
    WARRANT_CERTIFICATE,
    WARRANT_AGREEMENT,
    NOTE_PURCHASE,
    SECURITIES_PURCHASE,
    SUBSCRIPTION,
    NOTE_AMENDMENT,
    NOTE_MODIFICATION,
    REPORT_TRANCHES,
    EIGHT_K,
    BEARER_NOTE,
    JOINT_PAYEES,
    CAPTION_NOTE,
    ISSUER_PURCHASER,
)


def _folded(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split()).casefold()


def _fits(fact: Fact, edge: Fact) -> bool:
    """An edge fits a fact: same type, the party's name as written, a title holding the
    fact's word group."""
    type_, source, target = fact
    if edge[0] != type_:
        return False
    if type_ == "ISSUED_UNDER":
        return source in _folded(edge[1]) and target in _folded(edge[2])
    return _folded(source) == _folded(edge[1]) and target in _folded(edge[2])


@dataclass(frozen=True, slots=True)
class Score:
    found: tuple[Fact, ...]
    missed: tuple[Fact, ...]
    wrong: tuple[Fact, ...]


def score(stress: Stress, produced: set[Fact]) -> Score:
    """The expected facts found and missed, and the produced edges no fact (nor an optional
    one) accounts for."""
    found = tuple(f for f in stress.expected if any(_fits(f, e) for e in produced))
    missed = tuple(f for f in stress.expected if f not in found)
    facts = stress.expected + stress.optional
    wrong = tuple(sorted(e for e in produced if not any(_fits(f, e) for f in facts)))
    return Score(found, missed, wrong)


# A second round, written after the first round's fixes and before the extractor ran on it: a
# fresh measure of whether those fixes read the shapes, not the first round's passages.

LOAN_AND_SECURITY_NOTE = Stress(
    "secured note issued under and pursuant to a loan and security agreement",
    """SECURED PROMISSORY NOTE

$1,750,000                                                  Denver, Colorado
                                                            August 15, 2018

     FOR VALUE RECEIVED, ZEPHYR ANALYTICS, LLC, a Colorado limited liability company
("Borrower"), promises to pay to the order of GRANITE PEAK VENTURES II, L.P., a Delaware limited
partnership ("Lender"), the principal amount of One Million Seven Hundred Fifty Thousand
Dollars ($1,750,000), with interest at eleven percent (11%) per annum.

     This Note is issued under and pursuant to the Loan and Security Agreement of even date
herewith between Borrower and Lender (the "Loan Agreement") and is secured by the Collateral
described therein.

ZEPHYR ANALYTICS, LLC

By: /s/ Tomas Ruiz
    Tomas Ruiz, Manager
""",
    (
        ("ISSUES", "ZEPHYR ANALYTICS, LLC", "secured promissory note"),
        ("HOLDS", "GRANITE PEAK VENTURES II, L.P.", "secured promissory note"),
        ("ISSUED_UNDER", "secured promissory note", "loan and security agreement"),
    ),
)

LENDER_WARRANT = Stress(
    "a lender's warrant issued in connection with a loan agreement",
    """WARRANT TO PURCHASE SHARES OF SERIES B PREFERRED STOCK

     THIS CERTIFIES THAT, for value received, Blue Heron Credit Fund LLC (together with its
registered assigns, the "Warrantholder") is entitled to purchase from Ridgeback Systems Corp., a
Delaware corporation (the "Company"), 85,000 shares of the Company's Series B Preferred Stock at
a price of $2.10 per share.

     This Warrant is issued in connection with the Loan Agreement dated as of April 2, 2019
between the Company and the Warrantholder.

RIDGEBACK SYSTEMS CORP.

By: /s/ Ellen Park
    Ellen Park, Chief Financial Officer
""",
    (
        ("ISSUES", "Ridgeback Systems Corp.", "warrant"),
        ("HOLDS", "Blue Heron Credit Fund LLC", "warrant"),
        ("ISSUED_UNDER", "warrant", "loan agreement"),
    ),
)

EIGHT_K_SALES = Stress(
    "8-K item 3.02: notes sold to unnamed investors and a note to a named lender",
    """FORM 8-K

ORCHID ISLAND BRANDS, INC.
(Exact name of registrant as specified in its charter)

Item 3.02 Unregistered Sales of Equity Securities.

On May 5, 2021, Orchid Island Brands, Inc. (the "Company") sold to three accredited investors
convertible promissory notes in the aggregate principal amount of $600,000 (the "May Notes").
The May Notes bear interest at 12% per annum and are convertible at $0.15 per share.

On May 10, 2021, the Company issued a promissory note in the principal amount of $150,000 to
Keystone Bridge Lending LLC, due November 10, 2021.
""",
    (
        ("ISSUES", "Orchid Island Brands, Inc.", "may notes"),
        ("ISSUES", "Orchid Island Brands, Inc.", "promissory note"),
        ("HOLDS", "Keystone Bridge Lending LLC", "promissory note"),
    ),
)

PREAMBLE_PURCHASERS = Stress(
    "note purchase agreement naming its purchasers in the preamble",
    """NOTE PURCHASE AGREEMENT

     This NOTE PURCHASE AGREEMENT (this "Agreement") is made as of January 12, 2017 by and among
Solstice Biomedical, Inc., a Delaware corporation (the "Company"), Pinecone Capital Partners LP,
a Delaware limited partnership, and Meridian Health Ventures LLC, a California limited
liability company (each a "Purchaser" and together the "Purchasers").

     1. The Notes. The Company has authorized the issue and sale of its Secured Promissory Notes
(the "Notes") in an aggregate principal amount of up to $2,000,000.

     2. Purchase and Sale. Subject to the terms hereof, each Purchaser agrees to purchase, and
the Company agrees to sell and issue to each Purchaser, a Note in the principal amount of
$1,000,000.

SOLSTICE BIOMEDICAL, INC.              PINECONE CAPITAL PARTNERS LP
By: /s/ Ana Ferreira                    By: /s/ Jonah Feld
                                        MERIDIAN HEALTH VENTURES LLC
                                        By: /s/ Grace Liu
""",
    (
        ("ISSUES", "Solstice Biomedical, Inc.", "notes"),
        ("ISSUED_UNDER", "notes", "note purchase agreement"),
        ("HOLDS", "Pinecone Capital Partners LP", "notes"),
        ("HOLDS", "Meridian Health Ventures LLC", "notes"),
    ),
)

TERM_LOAN_NOTE = Stress(
    "term loan note to a national bank, referred to in a loan agreement",
    """TERM LOAN NOTE

$3,200,000.00                                               Baltimore, Maryland
                                                            June 1, 2012

FOR VALUE RECEIVED, the undersigned, HARBORVIEW MARINE SERVICES, INC., a Maryland corporation
("Maker"), promises to pay to the order of CHESAPEAKE NATIONAL BANK, N.A. ("Bank"), the
principal sum of THREE MILLION TWO HUNDRED THOUSAND DOLLARS ($3,200,000.00), in eighty-four
consecutive monthly installments of principal and interest.

This Note is the Term Loan Note referred to in the Loan Agreement dated as of June 1, 2012
between Maker and Bank (the "Loan Agreement").

HARBORVIEW MARINE SERVICES, INC.

By: /s/ Curtis Bell
    Curtis Bell, President
""",
    (
        ("ISSUES", "HARBORVIEW MARINE SERVICES, INC.", "term loan note"),
        ("HOLDS", "CHESAPEAKE NATIONAL BANK, N.A.", "term loan note"),
        ("ISSUED_UNDER", "term loan note", "loan agreement"),
    ),
)

RESTATED_NOTE = Stress(
    "amended and restated note replacing an earlier note",
    """AMENDED AND RESTATED PROMISSORY NOTE

$4,500,000                                                  Portland, Oregon
                                                            March 1, 2015

     This Amended and Restated Promissory Note amends and restates in its entirety that certain
Promissory Note dated March 1, 2013 in the original principal amount of $3,000,000.

     FOR VALUE RECEIVED, CASCADE TIMBER PRODUCTS, INC., an Oregon corporation ("Borrower"),
promises to pay to the order of UMPQUA VALLEY BANK ("Lender") the principal sum of $4,500,000,
with interest at the rate of 4.25% per annum.

CASCADE TIMBER PRODUCTS, INC.

By: /s/ Diane Holt
    Diane Holt, President
""",
    (
        ("ISSUES", "CASCADE TIMBER PRODUCTS, INC.", "amended and restated promissory note"),
        ("HOLDS", "UMPQUA VALLEY BANK", "amended and restated promissory note"),
    ),
    optional=(
        ("ISSUES", "CASCADE TIMBER PRODUCTS, INC.", "promissory note"),
        ("HOLDS", "UMPQUA VALLEY BANK", "promissory note"),
    ),
)

NOTE_ASSIGNMENT = Stress(
    "assignment of a note to a new holder",
    """ASSIGNMENT OF PROMISSORY NOTE

     FOR VALUE RECEIVED, PELICAN BAY BANK ("Assignor") hereby assigns, transfers and sets over
to OSPREY CREDIT OPPORTUNITIES FUND LP ("Assignee") all of its right, title and interest in and
to that certain Promissory Note dated October 3, 2016 in the original principal amount of
$800,000, made by SANDPIPER HOTELS LLC, a Florida limited liability company, payable to the
order of Assignor (the "Note").

Dated: December 1, 2017

PELICAN BAY BANK

By: /s/ Luis Ortega
    Senior Vice President
""",
    (
        ("ISSUES", "SANDPIPER HOTELS LLC", "promissory note"),
        ("HOLDS", "OSPREY CREDIT OPPORTUNITIES FUND LP", "promissory note"),
    ),
    optional=(("HOLDS", "PELICAN BAY BANK", "promissory note"),),
)

REGISTERED_HOLDER = Stress(
    "a debenture whose holder a caption names and the promise calls the Holder",
    """10% CONVERTIBLE DEBENTURE DUE 2020

Registered Holder: Summit Ridge Partners, L.P.
Original Principal Amount: $500,000
Issue Date: July 1, 2017

     FOR VALUE RECEIVED, Bluewater Genomics Corp., a Nevada corporation (the "Company"), hereby
promises to pay to the registered holder named above (the "Holder") the principal sum of Five
Hundred Thousand Dollars ($500,000) on July 1, 2020, with interest at 10% per annum.

BLUEWATER GENOMICS CORP.

By: /s/ Raj Patel
    Raj Patel, Chief Executive Officer
""",
    (
        ("ISSUES", "Bluewater Genomics Corp.", "debenture"),
        ("HOLDS", "Summit Ridge Partners, L.P.", "debenture"),
    ),
)

SECOND: tuple[Stress, ...] = (
    LOAN_AND_SECURITY_NOTE,
    LENDER_WARRANT,
    EIGHT_K_SALES,
    PREAMBLE_PURCHASERS,
    TERM_LOAN_NOTE,
    RESTATED_NOTE,
    NOTE_ASSIGNMENT,
    REGISTERED_HOLDER,
)


# A third round, written after the second and before the extractor ran on it: notes as credit
# agreements require them (the shape most credit documents hold), not as standalone instruments.

EVIDENCE_OF_DEBT = Stress(
    "credit agreement: advances evidenced by a note executed in favor of the bank",
    """REVOLVING CREDIT AGREEMENT

     THIS REVOLVING CREDIT AGREEMENT is made as of September 30, 2004 between NORTHERN LIGHTS
APPAREL CORP., a Minnesota corporation (the "Company"), and SUMMIT STATE BANK, a Minnesota
banking corporation (the "Bank").

     2.1 Advances. The Bank agrees to make advances (the "Advances") to the Company from time to
time before September 30, 2006 in an aggregate amount not to exceed $6,000,000.

     2.3 Evidence of Debt. The obligation of the Company to repay the Advances shall be evidenced
by a revolving credit note executed by the Company in favor of the Bank in the form of Exhibit A
hereto (the "Revolving Note").

NORTHERN LIGHTS APPAREL CORP.              SUMMIT STATE BANK

By: /s/ Karin Olsen                        By: /s/ Peter Vang
    President                                  Vice President
""",
    (
        ("ISSUES", "NORTHERN LIGHTS APPAREL CORP.", "revolving note"),
        ("HOLDS", "SUMMIT STATE BANK", "revolving note"),
        ("ISSUED_UNDER", "revolving note", "revolving credit agreement"),
    ),
    optional=(("ISSUED_UNDER", "advances", "revolving credit agreement"),),
)

SYNDICATE_NOTES = Stress(
    "syndicated credit agreement: a note payable to each bank, banks named on signature pages",
    """CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of March 15, 1998 among MERIDIAN FOODS GROUP, INC., a Delaware
corporation (the "Borrower"), the banks listed on the signature pages hereof (the "Banks") and
FIRST CITY BANK, as Agent.

     "Notes" means the promissory notes of the Borrower, substantially in the form of Exhibit A
hereto, evidencing the obligation of the Borrower to repay the Loans, and "Note" means any one
of such promissory notes.

     Section 2.05. Notes. The Loans of each Bank shall be evidenced by a single Note payable to
the order of such Bank in an amount equal to the aggregate unpaid principal amount of such
Bank's Loans.

MERIDIAN FOODS GROUP, INC.

By: /s/ Harold Cobb
Title: Treasurer

FIRST CITY BANK, as Agent and as a Bank

By: /s/ Susan Reyes
Title: Vice President

RIVERSIDE NATIONAL BANK

By: /s/ Tom Adler
Title: Senior Vice President

MOUNTAIN TRUST COMPANY

By: /s/ Nina Park
Title: Vice President
""",
    (
        ("ISSUES", "MERIDIAN FOODS GROUP, INC.", "note"),
        ("ISSUED_UNDER", "note", "credit agreement"),
        ("HOLDS", "FIRST CITY BANK", "note"),
        ("HOLDS", "RIVERSIDE NATIONAL BANK", "note"),
        ("HOLDS", "MOUNTAIN TRUST COMPANY", "note"),
    ),
    optional=(("ISSUED_UNDER", "loans", "credit agreement"),),
)

TERM_LOAN_AGREEMENT = Stress(
    "term loan agreement: the borrower shall execute and deliver a term note",
    """TERM LOAN AGREEMENT

     This Term Loan Agreement is entered into as of May 1, 2011 by and between SILVER CREEK
DAIRY, LLC, an Idaho limited liability company ("Borrower"), and HIGH PLAINS FARM CREDIT, FLCA
("Lender").

     1. The Loan. Lender agrees to lend to Borrower the principal amount of $2,000,000 (the
"Loan"). At closing, Borrower shall execute and deliver to Lender a term note in the original
principal amount of $2,000,000 (the "Term Note"), which shall evidence the Loan.

SILVER CREEK DAIRY, LLC                   HIGH PLAINS FARM CREDIT, FLCA
By: /s/ Ray Dunn                          By: /s/ Meg Cole
""",
    (
        ("ISSUES", "SILVER CREEK DAIRY, LLC", "term note"),
        ("HOLDS", "HIGH PLAINS FARM CREDIT, FLCA", "term note"),
        ("ISSUED_UNDER", "term note", "term loan agreement"),
    ),
    optional=(("ISSUED_UNDER", "loan", "term loan agreement"),),
)

SWING_LINE_NOTE = Stress(
    "credit agreement defining a swing line note payable to the swing line lender",
    """CREDIT AGREEMENT

     This CREDIT AGREEMENT is dated as of July 1, 2013 among CANYON RIDGE RESORTS, INC., a Utah
corporation (the "Borrower"), the Lenders party hereto, and BIG SKY BANK, N.A., as
Administrative Agent and as swing line lender (in such capacity, the "Swing Line Lender").

     "Swing Line Note" means the promissory note of the Borrower payable to the order of the
Swing Line Lender, substantially in the form of Exhibit C, evidencing the Swing Line Loans.

CANYON RIDGE RESORTS, INC.

By: /s/ Wes Hart
""",
    (
        ("ISSUES", "CANYON RIDGE RESORTS, INC.", "swing line note"),
        ("HOLDS", "BIG SKY BANK, N.A.", "swing line note"),
        ("ISSUED_UNDER", "swing line note", "credit agreement"),
    ),
)

AMENDED_NOTE_DELIVERED = Stress(
    "amendment to a loan agreement: an amended and restated note delivered in substitution",
    """FIRST AMENDMENT TO LOAN AGREEMENT

     This First Amendment to Loan Agreement (this "Amendment") is made as of February 1, 2016
between PRAIRIE WIND ENERGY, LLC, a Kansas limited liability company ("Borrower"), and FLINT
HILLS NATIONAL BANK ("Lender"), and amends the Loan Agreement dated as of February 1, 2014
between Borrower and Lender (the "Loan Agreement").

     1. Increase. The maximum principal amount of the Loan is increased to $15,000,000.

     2. Amended Note. Concurrently herewith, Borrower shall deliver to Lender an amended and
restated promissory note in the principal amount of $15,000,000 (the "Amended Note") in
substitution for the Note issued under the Loan Agreement.

PRAIRIE WIND ENERGY, LLC                  FLINT HILLS NATIONAL BANK
By: /s/ Owen Marsh                        By: /s/ Julia Kent
""",
    (
        ("ISSUES", "PRAIRIE WIND ENERGY, LLC", "amended note"),
        ("HOLDS", "FLINT HILLS NATIONAL BANK", "amended note"),
        ("ISSUED_UNDER", "amended note", "loan agreement"),
    ),
)

NOTE_DEFINITION = Stress(
    "loan agreement defining its note by who executed it payable to whom",
    """LOAN AGREEMENT

     THIS LOAN AGREEMENT is made as of April 10, 2009 by and between COASTLINE SURGICAL
PARTNERS, P.A., a Florida professional association ("Borrower"), and GULF HARBOR BANK
("Lender").

     "Note" means the Promissory Note of even date herewith executed by Borrower payable to
Lender in the original principal amount of $500,000, and any renewals or extensions thereof.

COASTLINE SURGICAL PARTNERS, P.A.         GULF HARBOR BANK
By: /s/ Dr. Amy Lin                       By: /s/ Carl Brooks
""",
    (
        ("ISSUES", "COASTLINE SURGICAL PARTNERS, P.A.", "note"),
        ("HOLDS", "GULF HARBOR BANK", "note"),
        ("ISSUED_UNDER", "note", "loan agreement"),
    ),
)

THIRD: tuple[Stress, ...] = (
    EVIDENCE_OF_DEBT,
    SYNDICATE_NOTES,
    TERM_LOAN_AGREEMENT,
    SWING_LINE_NOTE,
    AMENDED_NOTE_DELIVERED,
    NOTE_DEFINITION,
)
