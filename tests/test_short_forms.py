"""Short filed forms written for this test in the general shape of their kind (invented
parties): a guaranty whose recital joins the lender's term to the borrower's name, an
amendment whose preamble dates the amended agreement before its own date, a party organised
under a country's laws. Each runs through the whole extractor."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

GUARANTY = """GUARANTY

THIS GUARANTY (this "Guaranty") is made as of March 15, 2011 by NORTHWIND HOLDINGS, INC., a
Delaware corporation ("Guarantor"), in favor of FIRST COASTAL BANK, N.A., a national banking
association ("Lender").

RECITALS

A. Lender and Northwind Operating LLC, a Texas limited liability company ("Borrower"), are
parties to that certain Loan Agreement dated as of March 15, 2011 (the "Loan Agreement"),
pursuant to which Lender has agreed to make a term loan to Borrower.

B. Guarantor owns all of the membership interests of Borrower.

1. Guaranty. Guarantor hereby unconditionally guarantees to Lender the payment when due of
all obligations of Borrower under the Loan Agreement.
"""


def test_a_defined_term_joined_to_a_name_in_the_recitals_is_not_part_of_the_name() -> None:
    x = extract_text(GUARANTY)
    names = set(entity_names(x).values())
    assert "Northwind Operating LLC" in names
    assert not any(n.startswith("Lender and") for n in names)
    assert ("Northwind Operating LLC", "Loan Agreement") in edges(x, "PARTY_TO")
    assert ("FIRST COASTAL BANK, N.A.", "Northwind Operating LLC") in edges(x, "LENDS_TO")


AMENDMENT = """AMENDMENT NO. 2 TO DISTRIBUTION AGREEMENT

This Amendment No. 2 (this "Amendment") to the Distribution Agreement dated as of May 1, 2013
(the "Distribution Agreement"), by and between Orchid Medical Devices Co., Ltd., a company
organized under the laws of the People's Republic of China ("Orchid"), and Summit Surgical
Supply, Inc., a Florida corporation ("Distributor"), is entered into as of October 10, 2015.

1. Section 3.1 of the Distribution Agreement is hereby amended by deleting "2015" and
inserting "2018" in lieu thereof.
"""


def test_an_amendment_is_dated_by_its_own_verb_after_the_parties_of_the_amended_agreement() -> None:
    x = extract_text(AMENDMENT)
    agreements = {e.props["title"]: e.props for e in x.entities if e.label == "Agreement"}
    # one agreement for the amendment: the preamble's bare "Amendment No. 2" is the document
    assert set(agreements) == {
        "Amendment No. 2 to Distribution Agreement",
        "Distribution Agreement",
    }
    assert agreements["Amendment No. 2 to Distribution Agreement"]["date"] == "2015-10-10"
    assert agreements["Distribution Agreement"]["date"] == "2013-05-01"


def test_a_jurisdiction_named_with_of_and_an_apostrophe_is_read_whole() -> None:
    x = extract_text(AMENDMENT)
    orchid = next(
        e for e in x.entities if e.props.get("name") == "Orchid Medical Devices Co., Ltd."
    )
    assert orchid.props["jurisdiction"] == "People's Republic of China"
    x = extract_text(
        "This Agreement is made between Han River Shipping Co., Ltd., a corporation organized "
        'under the laws of the Republic of Korea ("Owner"), and Gull Freight LLC ("Charterer").'
    )
    owner = next(e for e in x.entities if e.props.get("name") == "Han River Shipping Co., Ltd.")
    assert owner.props["jurisdiction"] == "Republic of Korea"


LETTER = """[LETTERHEAD OF ATLAS MEDIA GROUP, INC.]

March 3, 2015

Mr. Daniel Reyes
22 Ocean View Road
Malibu, California 90265

Re: Consulting Agreement

Dear Mr. Reyes:

This letter agreement (this "Agreement") sets forth the terms on which Atlas Media Group, Inc.
(the "Company") will engage you as a consultant. The term of this Agreement begins on March 15,
2015.

Sincerely,

ATLAS MEDIA GROUP, INC.
By: /s/ Karen Wu
Karen Wu, Chief Executive Officer

ACCEPTED AND AGREED:

/s/ Daniel Reyes
Daniel Reyes
"""


def test_a_letter_agreement_to_a_person_titled_by_its_subject_and_dated_by_its_letterhead() -> None:
    x = extract_text(LETTER)
    own = next(e for e in x.entities if e.label == "Agreement")
    assert own.props["title"] == "Consulting Agreement"  # not "Re: Consulting Agreement"
    assert own.props["date"] == "2015-03-03"  # the letterhead's date, not the term's start
    party_to = edges(x, "PARTY_TO")
    assert ("Daniel Reyes", "Consulting Agreement") in party_to  # the addressee who accepts
    assert ("Atlas Media Group, Inc.", "Consulting Agreement") in party_to
    assert not any("LETTERHEAD" in n for n in entity_names(x).values())


def test_latin_american_company_forms_and_the_british_spelling_of_organised() -> None:
    x = extract_text(
        "THIS AGREEMENT is made on 2 February 2009 BETWEEN: HELIX PHARMA LTD., a company "
        'incorporated under the laws of Ireland ("Helix"); and CORDOVA MANUFACTURA, S.A. DE '
        'C.V., a company organised under the laws of Mexico ("Cordova").'
    )
    parties = {e.props["name"]: e.props for e in x.entities if e.label == "Party"}
    assert parties["CORDOVA MANUFACTURA, S.A. DE C.V."]["jurisdiction"] == "Mexico"
    assert parties["HELIX PHARMA LTD."]["jurisdiction"] == "Ireland"


NOTE_AT_A_MARGIN = """REVOLVING PROMISSORY NOTE

$3,000,000                                           April 18, 2012

FOR VALUE RECEIVED, the undersigned, PRAIRIE SOFTWARE, INC., a Delaware corporation
("Borrower"), promises to pay to the order of MIDLAND COMMUNITY BANK ("Bank") the principal sum
of Three Million Dollars ($3,000,000), with interest at the Prime Rate plus one percent (1%) per
annum and, after the occurrence of an Event of Default, at eighteen percent (18%) per annum.
"""


def test_a_margin_over_a_floating_rate_and_a_default_rate_are_no_stated_interest_rate() -> None:
    note = next(e for e in extract_text(NOTE_AT_A_MARGIN).entities if e.label == "Instrument")
    assert note.props["amount"] == 3000000
    assert "interest_rate" not in note.props
    fixed = NOTE_AT_A_MARGIN.replace("the Prime Rate plus one percent (1%)", "seven percent (7%)")
    note = next(e for e in extract_text(fixed).entities if e.label == "Instrument")
    assert note.props["interest_rate"] == 7


def test_a_securities_legend_above_the_heading_does_not_title_the_document() -> None:
    from ingest.readers.edgar_text import find_title

    text = (
        "Exhibit 4.1\n\nNEITHER THIS NOTE NOR THE SECURITIES INTO WHICH IT IS CONVERTIBLE HAVE "
        "BEEN REGISTERED UNDER THE SECURITIES ACT.\n\nCONVERTIBLE PROMISSORY NOTE\n\n$750,000"
        "                 February 14, 2013\n\nFOR VALUE RECEIVED, Solaris Mobile Corp. promises"
        " to pay to the order of Kestrel Fund LLC the principal sum of $750,000.\n"
    )
    assert find_title(text) == "CONVERTIBLE PROMISSORY NOTE"


FORBEARANCE = """FORBEARANCE AGREEMENT

This FORBEARANCE AGREEMENT (this "Agreement") is made as of January 9, 2009, between REDWOOD
FURNITURE GROUP, INC., a North Carolina corporation (the "Borrower"), and CAROLINA FIRST BANK
(the "Lender").

A. The Borrower and the Lender are parties to a Loan Agreement dated as of March 1, 2006 (the
"Loan Agreement"), under which the Lender made a term loan to the Borrower in the original
principal amount of $12,000,000.
"""


def test_a_recital_that_the_lender_made_a_loan_in_the_past_tense_lends() -> None:
    x = extract_text(FORBEARANCE)
    assert ("CAROLINA FIRST BANK", "REDWOOD FURNITURE GROUP, INC.") in edges(x, "LENDS_TO")
    # a covenant that forbids lending states none
    covenant = FORBEARANCE.replace(
        "under which the Lender made a term loan to the Borrower",
        "under which the Borrower shall not make loans to the Lender",
    )
    assert ("REDWOOD FURNITURE GROUP, INC.", "CAROLINA FIRST BANK") not in edges(
        extract_text(covenant), "LENDS_TO"
    )


MERGER = """AGREEMENT AND PLAN OF MERGER

by and among

ORION DIGITAL HOLDINGS, INC.,

ORION MERGER SUB, INC.

and

BRIGHTLEAF ANALYTICS CORPORATION

This AGREEMENT AND PLAN OF MERGER (this "Agreement"), dated as of July 22, 2019, is entered into
by and among Orion Digital Holdings, Inc., a Delaware corporation ("Parent"), Orion Merger Sub,
Inc., a Delaware corporation ("Merger Sub"), and Brightleaf Analytics Corporation, a Colorado
corporation (the "Company").
"""


def test_an_agreement_and_plan_of_merger_is_an_agreement_not_a_plan() -> None:
    x = extract_text(MERGER)
    own = next(e for e in x.entities if e.label == "Agreement")
    assert (own.props["title"], own.props["kind"]) == (
        "Agreement and Plan of Merger",
        "merger_agreement",
    )
    assert len([t for _, t in edges(x, "PARTY_TO") if t == "Agreement and Plan of Merger"]) == 3
    reorganization = extract_text(MERGER.replace("OF MERGER", "OF REORGANIZATION"))
    titles = {e.props["title"] for e in reorganization.entities if e.label == "Agreement"}
    assert titles == {"Agreement and Plan of Reorganization"}


def test_a_professional_corporation_is_a_party() -> None:
    x = extract_text(
        "THIS STOCK PURCHASE AGREEMENT is entered into as of December 1, 2020 by and among "
        'Lakeshore Dental Partners, LLC, a Michigan limited liability company ("Buyer"), and '
        'Smile Works, P.C., a Michigan professional corporation (the "Company").'
    )
    parties = {e.props["name"]: e.props for e in x.entities if e.label == "Party"}
    assert parties["Smile Works, P.C."]["entity_type"] == "corporation"
    assert parties["Smile Works, P.C."]["jurisdiction"] == "Michigan"


def test_a_heading_that_names_the_base_titles_an_amendment_the_preamble_calls_by_its_number() -> (
    None
):
    text = AMENDMENT.replace(
        'This Amendment No. 2 (this "Amendment") to the Distribution Agreement',
        'This SECOND AMENDMENT (this "Amendment") to the Distribution Agreement',
    )
    x = extract_text(text)
    titles = {e.props["title"] for e in x.entities if e.label == "Agreement"}
    assert titles == {"Amendment No. 2 to Distribution Agreement", "Distribution Agreement"}
    assert ("Amendment No. 2 to Distribution Agreement", "Distribution Agreement") in edges(
        x, "AMENDS"
    )


FACILITY = """FACILITY AGREEMENT

THIS AGREEMENT is dated 4 June 2009 and made BETWEEN:

(1) HARROWGATE PLC, a company incorporated in England and Wales (the "Borrower"); and

(2) NORTHERN COUNTIES BANK PLC (the "Lender").

1. THE FACILITY

The Lender makes available to the Borrower a sterling term loan facility in an aggregate
amount equal to £5,000,000.
"""


def test_the_lender_of_a_facility_agreement_lends_to_its_borrower() -> None:
    x = extract_text(FACILITY)
    assert ("NORTHERN COUNTIES BANK PLC", "HARROWGATE PLC") in edges(x, "LENDS_TO")


BANKS_CLASS = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of May 9, 1996 is among HALVERSON MARINE CORPORATION, a
Delaware corporation (the "Borrower"), the financial institutions signatory hereto (the
"Banks") and FIRST HARBOR BANK, as agent for the Banks (the "Agent").

SECTION 2.1. Commitments. Each Bank severally agrees to make loans to the Borrower from time
to time in an aggregate amount not to exceed its Commitment.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

HALVERSON MARINE CORPORATION

By: /s/ Ellen Brandt
Title: Chief Financial Officer

FIRST HARBOR BANK, as Agent

By: /s/ Victor Lane
Title: Senior Vice President

COASTLINE SAVINGS BANK

By: /s/ Maria Ortiz
Title: Vice President

PRAIRIE NATIONAL BANK

By: /s/ Tom Reyes
Title: Vice President
"""


def test_lenders_signing_in_a_class_the_agreement_calls_banks_sign_as_banks() -> None:
    x = extract_text(BANKS_CLASS)
    names = entity_names(x)
    roles = {
        names[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }
    assert roles["COASTLINE SAVINGS BANK"] == "Bank"
    assert roles["PRAIRIE NATIONAL BANK"] == "Bank"
    assert ("COASTLINE SAVINGS BANK", "HALVERSON MARINE CORPORATION") in edges(x, "LENDS_TO")
