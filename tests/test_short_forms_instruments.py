"""Short financing instruments written for this test in the general shape of their kind
(invented parties, amounts and dates): a secured promissory note, a convertible note issued
under a securities purchase agreement, a note modification agreement with a guarantor's
consent, a common stock purchase warrant and a note purchase agreement. The wording of the
roles varies between them (Maker, Borrower, Company; Holder, Payee, Lender) so that the rules
they test read the shape, not one drafter's words. Each runs through the whole extractor."""

from __future__ import annotations

from typing import Any

from ingest.records import Extraction
from tests.passages import OWN, edges, extract_text


def _instrument(x: Extraction, kind: str) -> dict[str, Any]:
    return next(e.props for e in x.entities if e.label == "Instrument" and e.props["kind"] == kind)


def _agreement(x: Extraction, title: str) -> dict[str, Any]:
    return next(e.props for e in x.entities if e.label == "Agreement" and e.props["title"] == title)


def _parties(x: Extraction) -> dict[str, dict[str, Any]]:
    return {str(e.props["name"]): e.props for e in x.entities if e.label == "Party"}


def _folded(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Edges by names in lower case: which spelling of a party's name the graph keeps (the
    preamble's capitals or the schedule's) is not what these tests are about."""
    return {(a.lower(), b.lower()) for a, b in pairs}


SECURED_NOTE = """Exhibit 10.2

SECURED PROMISSORY NOTE

$2,500,000.00                                                   June 30, 2016
                                                         Minneapolis, Minnesota

FOR VALUE RECEIVED, the undersigned, LAKEVIEW COMPOSITES, INC., a Minnesota corporation (the
"Maker"), hereby promises to pay to the order of GRANITE RIDGE CAPITAL PARTNERS, LLC, a Delaware
limited liability company (together with its successors and assigns, the "Holder"), the
principal sum of Two Million Five Hundred Thousand and No/100 Dollars ($2,500,000.00), together
with interest on the unpaid principal balance hereof from the date hereof at the rate of six
and one-half percent (6.5%) per annum.

1. Payments. Interest shall be payable quarterly in arrears on the last day of each calendar
quarter. The entire unpaid principal balance, together with all accrued and unpaid interest,
shall be due and payable on June 30, 2019 (the "Maturity Date").

2. Security. This Note is secured by a Security Agreement of even date herewith between the
Maker and the Holder (the "Security Agreement"), pursuant to which the Maker has granted to the
Holder a security interest in the Collateral described therein.

3. Events of Default. Upon the occurrence of an Event of Default, the Holder may declare the
entire unpaid principal balance of this Note immediately due and payable.

4. Governing Law. This Note shall be governed by and construed in accordance with the laws of
the State of Minnesota.

IN WITNESS WHEREOF, the Maker has executed this Note as of the date first written above.

                                        LAKEVIEW COMPOSITES, INC.

                                        By: /s/ Thomas Brandt
                                        Name: Thomas Brandt
                                        Title: Chief Executive Officer
"""


def test_a_secured_promissory_note_made_by_the_maker_to_the_order_of_the_holder() -> None:
    x = extract_text(SECURED_NOTE)
    note = _instrument(x, "note")
    assert note["title"] == "Secured Promissory Note"
    assert note["amount"] == 2500000
    assert note["interest_rate"] == 6.5
    assert note["date"] == "2016-06-30"
    assert note["maturity_date"] == "2019-06-30"
    assert note["governing_law"] == "Minnesota"
    parties = _parties(x)
    assert parties["LAKEVIEW COMPOSITES, INC."]["jurisdiction"] == "Minnesota"
    assert parties["GRANITE RIDGE CAPITAL PARTNERS, LLC"]["jurisdiction"] == "Delaware"
    assert ("LAKEVIEW COMPOSITES, INC.", "Secured Promissory Note") in edges(x, "ISSUES")
    assert ("GRANITE RIDGE CAPITAL PARTNERS, LLC", "Secured Promissory Note") in edges(x, "HOLDS")
    assert ("GRANITE RIDGE CAPITAL PARTNERS, LLC", "LAKEVIEW COMPOSITES, INC.") in edges(
        x, "LENDS_TO"
    )
    assert ("Thomas Brandt", "Secured Promissory Note") in edges(x, "SIGNED")
    assert ("Security Agreement", "Secured Promissory Note") in edges(x, "SECURES")
    assert _agreement(x, "Security Agreement")["date"] == "2016-06-30"


CONVERTIBLE_NOTE = """NEITHER THIS NOTE NOR THE SECURITIES INTO WHICH THIS NOTE IS CONVERTIBLE HAVE
BEEN REGISTERED WITH THE SECURITIES AND EXCHANGE COMMISSION OR THE SECURITIES COMMISSION OF ANY
STATE IN RELIANCE UPON AN EXEMPTION FROM REGISTRATION UNDER THE SECURITIES ACT OF 1933, AS
AMENDED (THE "SECURITIES ACT"), AND MAY NOT BE OFFERED OR SOLD EXCEPT PURSUANT TO AN EFFECTIVE
REGISTRATION STATEMENT OR AN AVAILABLE EXEMPTION FROM REGISTRATION.

Original Issue Date: February 12, 2018
Principal Amount: $1,200,000

8% CONVERTIBLE PROMISSORY NOTE
DUE AUGUST 12, 2019

THIS 8% CONVERTIBLE PROMISSORY NOTE is one of a series of duly authorized and validly issued
Convertible Promissory Notes of Bluefin Therapeutics Corp., a Nevada corporation (the
"Company"), designated as its 8% Convertible Promissory Notes due August 12, 2019 (this "Note"),
issued pursuant to the Securities Purchase Agreement dated as of February 9, 2018 among the
Company and the purchasers signatory thereto (the "Purchase Agreement").

FOR VALUE RECEIVED, the Company promises to pay to Harbor Point Opportunity Fund, L.P. or its
registered assigns (the "Holder"), the principal sum of $1,200,000 on August 12, 2019 (the
"Maturity Date"), and to pay interest on the outstanding principal amount of this Note at the
rate of 8% per annum.

Section 1. Conversion. At any time after the Original Issue Date, this Note shall be
convertible, in whole or in part, into shares of common stock, par value $0.001 per share, of
the Company (the "Common Stock") at the option of the Holder at a conversion price of $0.40 per
share, subject to adjustment as provided herein.

Section 2. Governing Law. All questions concerning the construction, validity, enforcement and
interpretation of this Note shall be governed by the internal laws of the State of Nevada.

IN WITNESS WHEREOF, the Company has caused this Note to be duly executed by a duly authorized
officer as of the date first above indicated.

BLUEFIN THERAPEUTICS CORP.

By: /s/ Maria Chen
Name: Maria Chen
Title: Chief Financial Officer
"""


def test_a_convertible_note_under_a_legend_issued_pursuant_to_a_purchase_agreement() -> None:
    x = extract_text(CONVERTIBLE_NOTE)
    note = _instrument(x, "note")
    # the document is the note (its legend opens nothing), titled with its rate
    own = next(e for e in x.entities if e.ref == OWN)
    assert (own.label, note["title"]) == ("Instrument", "8% Convertible Promissory Note")
    assert note["amount"] == 1200000
    assert note["interest_rate"] == 8
    assert note["date"] == "2018-02-12"
    assert note["maturity_date"] == "2019-08-12"
    assert note["governing_law"] == "Nevada"
    title = note["title"]
    assert ("Bluefin Therapeutics Corp.", title) in edges(x, "ISSUES")
    assert ("Harbor Point Opportunity Fund, L.P.", title) in edges(x, "HOLDS")
    assert ("Harbor Point Opportunity Fund, L.P.", "Bluefin Therapeutics Corp.") in edges(
        x, "LENDS_TO"
    )
    assert (title, "Securities Purchase Agreement") in edges(x, "ISSUED_UNDER")
    assert _agreement(x, "Securities Purchase Agreement")["date"] == "2018-02-09"
    assert ("Maria Chen", title) in edges(x, "SIGNED")
    assert not any("NEITHER" in str(e.props.get("title")) for e in x.entities)


MODIFICATION = """NOTE MODIFICATION AGREEMENT

THIS NOTE MODIFICATION AGREEMENT (this "Agreement") is made and entered into effective as of
November 1, 2014, by and between ALAMO FABRICATION, LLC, a Texas limited liability company
("Borrower"), and PECOS VALLEY BANK, a Texas banking association ("Lender").

RECITALS

A. Borrower executed and delivered to Lender that certain Promissory Note dated November 1,
2012, in the original principal amount of $4,000,000.00, payable to the order of Lender (the
"Note"), which Note matures on November 1, 2014.

B. The Note is guaranteed by Robert J. Fielder ("Guarantor") pursuant to a Guaranty Agreement
dated November 1, 2012 (the "Guaranty").

C. Borrower has requested that Lender extend the maturity date of the Note, and Lender has
agreed to do so on the terms set forth herein.

NOW, THEREFORE, in consideration of the premises and the mutual covenants herein, the parties
agree as follows:

1. Extension of Maturity. The maturity date of the Note is hereby extended from November 1,
2014 to November 1, 2016, on which date all unpaid principal and accrued interest shall be due
and payable in full.

2. Ratification. Except as modified hereby, the Note remains in full force and effect.

3. Governing Law. This Agreement shall be governed by the laws of the State of Texas.

EXECUTED as of the date first written above.

BORROWER:

ALAMO FABRICATION, LLC

By: /s/ Linda Ortiz
Name: Linda Ortiz
Title: Manager

LENDER:

PECOS VALLEY BANK

By: /s/ Kevin Moss
Name: Kevin Moss
Title: Senior Vice President

CONSENT OF GUARANTOR

The undersigned Guarantor hereby consents to the foregoing Note Modification Agreement and
agrees that the Guaranty remains in full force and effect and extends to the Note as modified.

/s/ Robert J. Fielder
Robert J. Fielder
"""


def test_a_note_modification_extends_the_maturity_of_a_bank_note_with_a_guarantor_consent() -> None:
    x = extract_text(MODIFICATION)
    own = _agreement(x, "Note Modification Agreement")
    assert own["date"] == "2014-11-01"
    assert own["governing_law"] == "Texas"
    note = _instrument(x, "note")
    assert note["title"] == "Promissory Note"
    assert note["amount"] == 4000000
    assert note["date"] == "2012-11-01"
    party_to = edges(x, "PARTY_TO")
    for name in ("ALAMO FABRICATION, LLC", "PECOS VALLEY BANK"):
        assert (name, "Note Modification Agreement") in party_to
    # the guarantor is party to the consent appended below the signatures, and stands behind
    # the note the recital says it guarantees
    assert ("Robert J. Fielder", "Consent of Guarantor") in party_to
    assert ("Robert J. Fielder", "Promissory Note") in edges(x, "SECURES")
    assert ("Note Modification Agreement", "Promissory Note") in edges(x, "AMENDS")
    assert ("ALAMO FABRICATION, LLC", "Promissory Note") in edges(x, "ISSUES")
    assert ("PECOS VALLEY BANK", "Promissory Note") in edges(x, "HOLDS")
    assert ("PECOS VALLEY BANK", "ALAMO FABRICATION, LLC") in edges(x, "LENDS_TO")
    signed = edges(x, "SIGNED")
    assert ("Linda Ortiz", "Note Modification Agreement") in signed
    assert ("Kevin Moss", "Note Modification Agreement") in signed


WARRANT = """THIS WARRANT AND THE SECURITIES ISSUABLE UPON ITS EXERCISE HAVE NOT BEEN REGISTERED
UNDER THE SECURITIES ACT OF 1933, AS AMENDED, AND MAY NOT BE SOLD OR TRANSFERRED IN THE ABSENCE
OF AN EFFECTIVE REGISTRATION STATEMENT OR AN EXEMPTION FROM REGISTRATION.

Warrant Shares: 500,000                                 Initial Exercise Date: September 5, 2017
                                                        Issue Date: September 5, 2017

COMMON STOCK PURCHASE WARRANT

COBALT RIDGE MINING INC.

THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies that, for value received, Sterling
Harbor Investments Ltd. or its assigns (the "Holder") is entitled, upon the terms and subject to
the limitations on exercise and the conditions hereinafter set forth, at any time on or after
September 5, 2017 (the "Initial Exercise Date") and on or prior to the close of business on
September 5, 2022 (the "Termination Date") but not thereafter, to subscribe for and purchase
from Cobalt Ridge Mining Inc., a Wyoming corporation (the "Company"), up to 500,000 shares (the
"Warrant Shares") of common stock of the Company. The purchase price of one share of common
stock under this Warrant shall be equal to $0.85, subject to adjustment hereunder (the
"Exercise Price"). This Warrant is issued pursuant to that certain Securities Purchase
Agreement, dated as of August 31, 2017, between the Company and the purchasers signatory
thereto (the "Purchase Agreement").

Section 1. Governing Law. This Warrant shall be governed by and construed in accordance with
the laws of the State of New York.

IN WITNESS WHEREOF, the Company has caused this Warrant to be executed by its officer
thereunto duly authorized as of the date first above indicated.

COBALT RIDGE MINING INC.

By: /s/ Derek Lowe
Name: Derek Lowe
Title: Chief Executive Officer
"""


def test_a_common_stock_purchase_warrant_certifies_the_holder_may_purchase_from_the_company() -> (
    None
):
    x = extract_text(WARRANT)
    warrant = _instrument(x, "warrant")
    assert warrant["title"] == "Common Stock Purchase Warrant"
    assert warrant["exercise_price"] == 0.85
    assert warrant["date"] == "2017-09-05"  # its issue date, not the purchase agreement's
    assert warrant["maturity_date"] == "2022-09-05"
    assert warrant["governing_law"] == "New York"
    title = warrant["title"]
    assert ("Cobalt Ridge Mining Inc.", title) in edges(x, "ISSUES")
    assert ("Sterling Harbor Investments Ltd.", title) in edges(x, "HOLDS")
    assert (title, "Securities Purchase Agreement") in edges(x, "ISSUED_UNDER")
    assert _agreement(x, "Securities Purchase Agreement")["date"] == "2017-08-31"
    assert ("Derek Lowe", title) in edges(x, "SIGNED")
    assert _parties(x)["Cobalt Ridge Mining Inc."]["jurisdiction"] == "Wyoming"


PURCHASE = """NOTE PURCHASE AGREEMENT

THIS NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of April 15, 2019, by and among
Orchard Lane Foods, Inc., a Delaware corporation (the "Company"), and the purchasers listed on
Schedule I hereto (each a "Purchaser" and collectively, the "Purchasers").

RECITALS

WHEREAS, the Company desires to issue and sell to the Purchasers, and the Purchasers desire to
purchase from the Company, the Company's 10% Senior Secured Notes due 2022 in the aggregate
principal amount of $5,000,000 (the "Notes") on the terms set forth herein.

NOW, THEREFORE, the parties agree as follows:

1. Purchase and Sale of Notes. Subject to the terms hereof, the Company shall issue and sell to
each Purchaser, and each Purchaser shall purchase from the Company, a Note in the principal
amount set forth opposite such Purchaser's name on Schedule I. The Notes shall bear interest at
the rate of ten percent (10%) per annum and shall mature on April 15, 2022.

2. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

COMPANY:

ORCHARD LANE FOODS, INC.

By: /s/ Paul Grady
Name: Paul Grady
Title: President

PURCHASERS:

CEDAR HILL PARTNERS, LP
By: Cedar Hill GP, LLC, its general partner

By: /s/ Anne Keller
Name: Anne Keller
Title: Managing Member

WESTBROOK FAMILY TRUST

By: /s/ James Westbrook
Name: James Westbrook
Title: Trustee

SCHEDULE I

PURCHASERS

Name of Purchaser                      Principal Amount of Notes
Cedar Hill Partners, LP                $3,000,000
Westbrook Family Trust                 $2,000,000
"""


def test_a_note_purchase_agreement_with_purchasers_on_a_schedule_and_signature_pages() -> None:
    x = extract_text(PURCHASE)
    own = _agreement(x, "Note Purchase Agreement")
    assert own["date"] == "2019-04-15"
    assert own["governing_law"] == "Delaware"
    notes = _instrument(x, "note")
    assert notes["amount"] == 5000000
    assert notes["interest_rate"] == 10
    title = notes["title"]
    party_to = _folded(edges(x, "PARTY_TO"))
    purchasers = ("cedar hill partners, lp", "westbrook family trust")
    for name in ("orchard lane foods, inc.", *purchasers):
        assert (name, "note purchase agreement") in party_to
    assert ("Orchard Lane Foods, Inc.", title) in edges(x, "ISSUES")
    assert (title, "Note Purchase Agreement") in edges(x, "ISSUED_UNDER")
    # each purchaser buys a note of the class: it holds the notes and lends to the company
    for name in purchasers:
        assert (name, title.lower()) in _folded(edges(x, "HOLDS"))
        assert (name, "orchard lane foods, inc.") in _folded(edges(x, "LENDS_TO"))
    signed = edges(x, "SIGNED")
    for person in ("Paul Grady", "Anne Keller", "James Westbrook"):
        assert (person, "Note Purchase Agreement") in signed


BANK_NOTE = """PROMISSORY NOTE

$750,000.00                                               March 1, 2021

FOR VALUE RECEIVED, SUMMIT TRAIL OUTFITTERS, LLC, a Colorado limited liability company
("Borrower"), promises to pay to the order of FRONT RANGE BANK, N.A., a national banking
association ("Lender"), the principal sum of Seven Hundred Fifty Thousand Dollars ($750,000.00),
with interest at five percent (5%) per annum. This Note is secured by that certain Security
Agreement dated as of March 1, 2021 between Borrower and Lender (the "Security Agreement").
All unpaid principal shall be due on March 1, 2024.

This Note shall be governed by the laws of the State of Colorado.

SUMMIT TRAIL OUTFITTERS, LLC

By: /s/ Jordan Pike
Jordan Pike, Manager
"""


def test_a_bank_note_whose_borrower_is_named_without_the_undersigned() -> None:
    """The same facts in other words: "Borrower" and "Lender" for maker and holder, "that
    certain Security Agreement ... between Borrower and Lender" (whose "between" is that
    agreement's, not the note's), principal "due on" a date."""
    x = extract_text(BANK_NOTE)
    note = _instrument(x, "note")
    assert (note["amount"], note["interest_rate"]) == (750000, 5)
    assert note["maturity_date"] == "2024-03-01"
    assert _parties(x)["SUMMIT TRAIL OUTFITTERS, LLC"]["jurisdiction"] == "Colorado"
    assert ("SUMMIT TRAIL OUTFITTERS, LLC", "Promissory Note") in edges(x, "ISSUES")
    assert ("FRONT RANGE BANK, N.A.", "Promissory Note") in edges(x, "HOLDS")
    assert ("Security Agreement", "Promissory Note") in edges(x, "SECURES")


LOAN_MODIFICATION = """LOAN MODIFICATION AGREEMENT

This LOAN MODIFICATION AGREEMENT (this "Modification") is entered into as of May 5, 2017 between
HILLCREST DAIRY, INC., a Wisconsin corporation ("Maker"), and BADGER STATE BANK ("Payee").

1. Maker has executed and delivered to Payee a Promissory Note dated May 5, 2015, in the
original principal amount of $900,000, payable to Payee (the "Note"). Payment of the Note is
guaranteed by Ellen Marsh (the "Guarantor").

2. Maker and Payee desire to extend the maturity date of the Note to May 5, 2019.
"""


def test_a_loan_modification_between_maker_and_payee() -> None:
    x = extract_text(LOAN_MODIFICATION)
    assert ("Loan Modification Agreement", "Promissory Note") in edges(x, "AMENDS")
    assert ("HILLCREST DAIRY, INC.", "Promissory Note") in edges(x, "ISSUES")
    assert ("BADGER STATE BANK", "Promissory Note") in edges(x, "HOLDS")
    assert ("BADGER STATE BANK", "HILLCREST DAIRY, INC.") in edges(x, "LENDS_TO")
    # "Payment of the Note is guaranteed by": the note's own debt, no other obligor's
    assert ("Ellen Marsh", "Promissory Note") in edges(x, "SECURES")


SECURED_CONVERTIBLE = """THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.

SECURED CONVERTIBLE PROMISSORY NOTE

Issue Date: October 3, 2019                                              US $400,000

FOR VALUE RECEIVED, NOVA GRID ENERGY, INC., a Nevada corporation (the "Borrower"), hereby
promises to pay to RIVERSTONE CAPITAL FUND I, LLC, a Delaware limited liability company, or its
registered assigns (the "Lender"), the principal amount of Four Hundred Thousand Dollars
(US $400,000), together with interest at a rate of twelve percent (12%) per annum, on
October 3, 2020 (the "Maturity Date"). This Note is issued pursuant to the Note Purchase
Agreement dated as of September 30, 2019 by and between the Borrower and the Lender (the
"Purchase Agreement"). The obligations of the Borrower under this Note are secured by all of
the assets of the Borrower pursuant to the Security Agreement dated as of September 30, 2019.

1. Conversion. The Lender may convert the outstanding principal of this Note into shares of the
Borrower's common stock at a conversion price of $0.25 per share.

2. Governing Law. This Note shall be governed by the laws of the State of Nevada.

NOVA GRID ENERGY, INC.

By: /s/ Ray Okafor
Name: Ray Okafor
Title: President
"""


def test_a_secured_convertible_note_to_a_lender_issued_under_a_note_purchase_agreement() -> None:
    x = extract_text(SECURED_CONVERTIBLE)
    note = _instrument(x, "note")
    assert note["title"] == "Secured Convertible Promissory Note"
    assert (note["amount"], note["interest_rate"]) == (400000, 12)
    assert (note["date"], note["maturity_date"]) == ("2019-10-03", "2020-10-03")
    title = note["title"]
    assert ("NOVA GRID ENERGY, INC.", title) in edges(x, "ISSUES")
    assert ("RIVERSTONE CAPITAL FUND I, LLC", title) in edges(x, "HOLDS")
    assert (title, "Note Purchase Agreement") in edges(x, "ISSUED_UNDER")
    # "The obligations of the Borrower under this Note are secured by all of the assets of the
    # Borrower": the assets secure the note, not the purchase agreement it was sold under
    assets = {e.ref: e.props["description"] for e in x.entities if e.label == "Asset"}
    secured = {(assets.get(r.source), r.target) for r in x.relations if r.type == "SECURES"}
    assert secured == {("all of the assets of the Borrower", OWN)}


CERTIFIED_WARRANT = """WARRANT TO PURCHASE COMMON STOCK

Warrant No. W-7                                               Date of Issuance: June 1, 2020

THIS CERTIFIES THAT, for value received, Pinecrest Ventures, L.P., or its registered assigns
(the "Holder"), is entitled to purchase from ALDER BIOSCIENCES, INC., a Delaware corporation
(the "Company"), 125,000 shares of the Company's Common Stock at an exercise price of $3.10 per
share, at any time before 5:00 p.m. on June 1, 2025. This Warrant is issued in connection with
the Loan and Security Agreement dated as of June 1, 2020 between the Company and the Holder.

ALDER BIOSCIENCES, INC.

By: /s/ Mei Lin
Name: Mei Lin
Title: Chief Financial Officer
"""


def test_a_warrant_that_certifies_its_holder_in_capitals_issued_in_connection_with_a_loan() -> None:
    x = extract_text(CERTIFIED_WARRANT)
    warrant = _instrument(x, "warrant")
    assert (warrant["date"], warrant["exercise_price"]) == ("2020-06-01", 3.1)
    title = warrant["title"]
    assert ("ALDER BIOSCIENCES, INC.", title) in edges(x, "ISSUES")
    assert ("Pinecrest Ventures, L.P.", title) in edges(x, "HOLDS")
    # the "between" of the loan agreement it is issued in connection with is not the warrant's
    assert _parties(x)["ALDER BIOSCIENCES, INC."]["jurisdiction"] == "Delaware"
