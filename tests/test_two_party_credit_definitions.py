"""Two-party credit agreements whose definitions carry facts the preamble leaves out.

Shapes (passages written for these tests; names, amounts and dates invented):
- colon definitions, one per paragraph, in the New York bank form ('"Guarantor": Hollin
  Storage Co., a Delaware corporation.'), naming the guarantor of a "Payment Guaranty" that
  the borrower's parent gives: the guarantor is a party, secures the credit agreement and is
  party to its guaranty; the one term loan the lender "agrees to make ... to the Borrower ... in an
  amount equal to $7,500,000" is a facility of the agreement, maturing on the colon-defined
  "Maturity Date"; a schedule of refinanced debt names an older "Credit Agreement" of
  another date, which the preamble's parties are not parties to;
- an agreement that sets every defined term in capitals, whose lender makes "advances (the
  "LOANS")" to borrowers the parent designates later ('"BORROWER" ... means each of the
  wholly owned Subsidiaries of the Company designated by the Company'): the loans are a
  facility of the agreement, and the lender lends to nobody the agreement names.
"""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

_COLON_FORM = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of March 9, 2001 between HOLLIN HARBOR PARTNERS, L.P., a Delaware
limited partnership (the "Borrower"), and MERIDIAN STATE BANK, a state banking corporation (the
"Lender").

The parties hereto hereby agree as follows:

SECTION 1. DEFINITIONS

1.1 Defined Terms. As used in this Agreement, the following terms shall have the following
meanings:

"Agreement": this Credit Agreement, as amended from time to time.

"Guarantor": Hollin Storage Co., a Delaware corporation.

"Loan Documents": this Agreement, the Note and the Payment Guaranty.

"Maturity Date": April 30, 2004.

"Payment Guaranty": that certain Payment Guaranty of even date herewith from the Guarantor to
the Lender pursuant to which the Guarantor has guaranteed the Borrower's Obligations.

SECTION 2. THE LOAN

2.1 Term Loan. Subject to the terms hereof, the Lender agrees to make a term loan to the
Borrower on the Closing Date in an amount equal to $7,500,000.

SECTION 3. MISCELLANEOUS

3.1 Governing Law. This Agreement shall be governed by the law of the State of Ohio.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of the
day and year first above written.

HOLLIN HARBOR PARTNERS, L.P.

By: Hollin Storage Co., its General Partner

By: /s/ Ruth Adair
Name: Ruth Adair
Title: Treasurer

MERIDIAN STATE BANK

By: /s/ Paul Okafor
Name: Paul Okafor
Title: Senior Vice President

SCHEDULE 3

1. Credit Agreement between Hollin Harbor Partners, L.P. and Lakeshore Mutual Life Insurance
Company dated as of June 2, 1986, in the original principal amount of $9,100,000.
"""

_DESIGNATED_BORROWERS = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of May 4, 1997 between TALLGRASS SENIOR HOMES, INC., a Kansas
corporation (the "COMPANY"), and NORDHAFEN BANK AG, acting through its Chicago Branch (the
"LENDER").

ARTICLE I
DEFINITIONS

"BORROWER" except as otherwise limited herein, means each of the wholly owned Subsidiaries of
the Company designated by the Company to receive Loans hereunder.

"GUARANTOR" means the Company.

ARTICLE II
THE LOANS

SECTION 2.01. THE LOANS. Subject to the terms and conditions set forth in this Agreement, the
Lender agrees to make advances (the "LOANS") to the respective Borrowers from time to time in an
aggregate amount not to exceed Forty Million Dollars ($40,000,000).

SECTION 8.10. GOVERNING LAW. This Agreement shall be governed by the laws of the State of New
York.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the
date first above written.

TALLGRASS SENIOR HOMES, INC.

By /s/ Ada Birch
Name: Ada Birch
Title: Vice President

LENDER:

NORDHAFEN BANK AG

By /s/ Karl Veit
Name: Karl Veit
Title: Director
"""


def test_a_colon_definition_names_the_guarantor_of_a_payment_guaranty() -> None:
    x = extract_text(_COLON_FORM)
    names = entity_names(x)
    assert "Hollin Storage Co." in names.values()
    assert ("Hollin Storage Co.", "Credit Agreement") in edges(x, "SECURES")
    guaranty = [
        r for r in x.relations if r.type == "PARTY_TO" and names[r.target] == "Payment Guaranty"
    ]
    assert [(names[r.source], r.props.get("role")) for r in guaranty] == [
        ("Hollin Storage Co.", "Guarantor")
    ]


def test_the_preamble_parties_are_not_parties_to_an_older_agreement_of_the_same_title() -> None:
    x = extract_text(_COLON_FORM)
    names = entity_names(x)
    own = {names[r.source].lower() for r in x.relations if r.type == "PARTY_TO" and r.target == OWN}
    assert own == {"hollin harbor partners, l.p.", "meridian state bank"}
    older = {
        names[r.source].lower()
        for r in x.relations
        if r.type == "PARTY_TO" and r.target != OWN and names[r.target] == "Credit Agreement"
    }
    assert "meridian state bank" not in older


def test_loans_in_capitals_are_a_facility_of_the_agreement() -> None:
    x = extract_text(_DESIGNATED_BORROWERS)
    loans = [e for e in x.entities if e.label == "Instrument" and e.props.get("title") == "LOANS"]
    assert [(e.props["kind"], e.props["amount"]) for e in loans] == [("credit_facility", 40000000)]
    assert ("LOANS", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_a_lender_lends_to_no_one_when_the_borrowers_are_designated_later() -> None:
    x = extract_text(_DESIGNATED_BORROWERS)
    assert edges(x, "LENDS_TO") == set()


def test_the_one_term_loan_of_a_two_party_agreement_is_its_facility() -> None:
    x = extract_text(_COLON_FORM)
    loans = [
        e for e in x.entities if e.label == "Instrument" and e.props.get("title") == "Term Loan"
    ]
    assert [(e.props["amount"], e.props["maturity_date"]) for e in loans] == [
        (7500000, "2004-04-30")
    ]
    assert ("Term Loan", "Credit Agreement") in edges(x, "ISSUED_UNDER")
