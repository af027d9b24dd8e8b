"""Note clauses and lending sentences in shapes the blind credit-dev annotations of issue #13
showed unread (``ingest.relations.evidencing_notes``, ``ingest.relations.lending``).

Each passage is written in the general drafting shape, not copied from a filing:
- a note defined as "the Promissory Note which evidences the Loans ..., which Promissory Note
  is made by Borrower and payable to the order of Lender": the maker's name ran into the "and"
  that joins its payee;
- loans "evidenced by and repayable with interest in accordance with a promissory note
  executed, jointly and severally, by X and any applicable Borrower (a "Term Note") payable to
  the order of Y": an indefinite note after "in accordance with", and a maker after "executed,
  jointly and severally, by";
- "The Bank agrees, on the terms and subject to the conditions hereinafter set forth, to make
  loans to the Company": a lending verb with the terms clause between "agrees" and "to make";
- a condition precedent asking for a note "properly executed on behalf of" the borrower: no
  closing "EXECUTED ON" where the signature pages begin (``ingest.structure.signature_pages``);
- a signing partnership's name whose descriptor wrapped ("HARBOR REALTY, LP, A DELAWARE
  LIMITED" / "PARTNERSHIP"): no company "PARTNERSHIP" (``ingest.signatures.wrapped_descriptors``);
- "(X and its Property Subsidiaries are collectively referred to as the "Borrowers")" with the
  subsidiaries never named: the collective term is X's (``ingest.defined_terms``);
- ""Swap Agreement" means the agreement between Borrower and Lender dated as of ...": an
  agreement named by its term and parties (``ingest.relations.agreements_between``).
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_SIGNATURES = """
IN WITNESS WHEREOF, the parties have executed this Agreement.

{first}

By: /s/ Nora T. Ellison
Nora T. Ellison
President

{second}

By: /s/ Paul Vickers
Paul Vickers
Vice President
"""

_MADE_BY_AND_PAYABLE = """LOAN AGREEMENT

This LOAN AGREEMENT dated as of March 3, 2003, is by and between HARTWELL QUARRY COMPANY, a \
corporation organized and existing under the laws of Ohio ("Borrower"), and LOWLAND SAVINGS \
BANK, a bank organized and existing under the laws of Indiana ("Lender").

1.1  Definitions.

"Note" means the Promissory Note which evidences the Loans, dated as of March 3, 2003, which \
Promissory Note is made by Borrower and payable to the order of Lender, in the form of Exhibit \
A hereto.

2.1  Loans. Lender agrees to make Loans to Borrower up to $4,000,000.
""" + _SIGNATURES.format(first="HARTWELL QUARRY COMPANY", second="LOWLAND SAVINGS BANK")


def test_a_maker_followed_by_and_payable_to_the_order_of_the_payee() -> None:
    x = extract_text(_MADE_BY_AND_PAYABLE)
    assert edges(x, "ISSUES") == {("HARTWELL QUARRY COMPANY", "Promissory Note")}
    assert edges(x, "HOLDS") == {("LOWLAND SAVINGS BANK", "Promissory Note")}
    assert edges(x, "ISSUED_UNDER") == {("Promissory Note", "Loan Agreement")}


_JOINTLY_EXECUTED = """TERM LOAN AGREEMENT

This Term Loan Agreement (this "Agreement") is made and entered into as of April 9, 2004 by \
and between Birchfield Holdings, LP, a Texas limited partnership ("Birchfield" or the \
"Borrower"), and Coastal Finance Corporation, a Nevada corporation ("Coastal").

SECTION 2.01 LOANS. Coastal agrees to make Loans to Birchfield from time to time in an \
aggregate amount not exceeding $40,000,000.

SECTION 2.02 NOTES. Each Loan made by Coastal pursuant to Section 2.01 shall be evidenced by \
and repayable with interest in accordance with a promissory note executed, jointly and \
severally, by Birchfield and any applicable Borrower (a "Term Note") payable to the order of \
Coastal, substantially in the form of Exhibit A attached hereto.
""" + _SIGNATURES.format(first="COASTAL FINANCE CORPORATION", second="BIRCHFIELD HOLDINGS, LP")


def test_a_note_executed_jointly_and_severally_by_its_makers() -> None:
    x = extract_text(_JOINTLY_EXECUTED)
    assert edges(x, "ISSUES") == {("Birchfield Holdings, LP", "Term Note")}
    assert edges(x, "HOLDS") == {("Coastal Finance Corporation", "Term Note")}
    assert edges(x, "ISSUED_UNDER") == {("Term Note", "Term Loan Agreement")}


_AGREES_ON_THE_TERMS = """LOAN AGREEMENT

THIS LOAN AGREEMENT, dated as of July 1, 1998, is between PEMBROKE TOOL CO., a Vermont \
corporation (the "Company"), and GRANITE STATE BANK, a New Hampshire banking corporation (the \
"Bank").

SECTION 2.01. The Loans. The Bank agrees, on the terms and subject to the conditions \
hereinafter set forth, to make loans to the Company from time to time in an aggregate amount \
not to exceed $2,500,000.

SECTION 2.02. Payments. The Company agrees, on demand, to pay the Bank all costs of collection.
"""


def test_agrees_on_the_terms_to_make_loans() -> None:
    x = extract_text(_AGREES_ON_THE_TERMS)
    assert edges(x, "LENDS_TO") == {("GRANITE STATE BANK", "PEMBROKE TOOL CO.")}


#: Conditions precedent that ask for a note "properly executed on behalf of" the borrower, and
#: covenants long enough that the signature page stands far below them.
_EXECUTED_ON_BEHALF = (
    """LOAN AGREEMENT

THIS LOAN AGREEMENT, dated as of July 1, 1998, is between PEMBROKE TOOL CO., a Vermont \
corporation (the "Company"), and GRANITE STATE BANK, a New Hampshire banking corporation (the \
"Bank").

SECTION 3.01. Conditions. (c) Term Note. The Term Note, properly executed on
behalf of the Company.

"""
    + "SECTION 5.01. Covenants. The Company shall keep its books in good order.\n\n" * 400
    + """IN WITNESS WHEREOF, the parties hereto have caused this Loan Agreement to be executed.

GRANITE STATE BANK

By:   /s/ Walter K. Brandt
Its:  Senior Vice President

PEMBROKE TOOL CO.

By: /s/ Ellen R. Hobbs
Its: Chief Financial Officer
"""
)


def test_executed_on_behalf_of_in_the_body_opens_no_signature_page() -> None:
    x = extract_text(_EXECUTED_ON_BEHALF)
    assert edges(x, "SIGNED") == {
        ("Walter K. Brandt", "Loan Agreement"),
        ("Ellen R. Hobbs", "Loan Agreement"),
    }


#: A limited partnership's signature block whose descriptor wrapped onto the line above the
#: "By:" line of its general partner (``ingest.signatures.wrapped_descriptors``).
_WRAPPED_DESCRIPTOR = """CREDIT AGREEMENT

This Credit Agreement is made and entered into as of May 5, 2001 by and among Harbor Realty, \
LP, a Delaware limited partnership ("Harbor"), and Keystone Capital Corporation, a Delaware \
corporation ("Keystone").

SECTION 2.01 LOANS. Keystone agrees to make loans to Harbor.

IN WITNESS WHEREOF, the parties hereto have caused this Credit
Agreement to be executed as of the date first above written.

KEYSTONE CAPITAL CORPORATION

By:   /s/ Walter K. Brandt
Its:  Vice President - Real Estate Lending

HARBOR REALTY, LP, A DELAWARE LIMITED
PARTNERSHIP

By:  Harbor Realty Trust, a Maryland
real estate investment trust
Its: General Partner

By: /s/ Ellen R. Hobbs
Its: Vice President and Treasurer
"""


def test_a_wrapped_descriptor_is_no_company_of_its_own() -> None:
    x = extract_text(_WRAPPED_DESCRIPTOR)
    parties = {str(e.props["name"]) for e in x.entities if e.label == "Party"}
    assert parties == {
        "Harbor Realty, LP",
        "Keystone Capital Corporation",
        "Walter K. Brandt",
        "Ellen R. Hobbs",
    }
    on_behalf = {r.props.get("on_behalf_of") for r in x.relations if r.type == "SIGNED"}
    assert on_behalf == {"party:keystone capital corporation", "party:harbor realty lp"}


#: A borrower named with subsidiaries the document never names, under one collective term
#: (``ingest.defined_terms``): the term is the named borrower's.
_WITH_ITS_UNNAMED_SUBSIDIARIES = """TERM LOAN AGREEMENT

This Term Loan Agreement (this "Agreement") is made and entered into as of April 9, 2004 by \
and among Birchfield Holdings, LP, a Texas limited partnership ("Birchfield"), and certain \
subsidiaries of Birchfield from time to time party hereto (collectively, the "Property \
Subsidiaries") (Birchfield and its Property Subsidiaries are collectively referred to as the \
"Borrowers"), jointly and severally; and Coastal Finance Corporation, a Nevada corporation \
("Coastal").

SECTION 2.01 LOANS. Coastal agrees to make Loans to the Borrowers from time to time in an \
aggregate amount not exceeding $40,000,000.
"""


def test_a_collective_term_of_a_borrower_and_its_unnamed_subsidiaries() -> None:
    x = extract_text(_WITH_ITS_UNNAMED_SUBSIDIARIES)
    assert edges(x, "LENDS_TO") == {("Coastal Finance Corporation", "Birchfield Holdings, LP")}


#: A hedging agreement the definitions name only by its term and its two parties
#: (``ingest.relations.agreements_between``), beside one written with its title.
_AGREEMENT_BETWEEN = """LOAN AGREEMENT

THIS LOAN AGREEMENT, dated as of July 1, 1998, is between PEMBROKE TOOL CO., a Vermont \
corporation ("Borrower"), and GRANITE STATE BANK, a New Hampshire banking corporation \
("Lender").

1.1 Definitions.

"Swap Agreement" means the agreement between Borrower and Lender dated as of May 2, 1998 \
regarding interest rate protection, substantially in the form of Exhibit D.

"Pledge Agreement" means the Pledge Agreement dated as of July 1, 1998 between Borrower, as \
pledgor, and Lender, as pledgee.

SECTION 2.01. The Loans. Lender agrees to make loans to Borrower.
"""


def test_an_agreement_defined_by_its_two_parties() -> None:
    x = extract_text(_AGREEMENT_BETWEEN)
    dates = {
        str(e.props["title"]): e.props.get("date") for e in x.entities if e.label == "Agreement"
    }
    assert dates["Swap Agreement"] == "1998-05-02"
    assert {(p, "Swap Agreement") for p in ("PEMBROKE TOOL CO.", "GRANITE STATE BANK")} <= edges(
        x, "PARTY_TO"
    )
    assert len([t for t in dates if t == "Pledge Agreement"]) == 1
