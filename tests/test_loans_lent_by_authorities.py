"""The one loan a two-party loan agreement makes, lent by an authority or a director rather
than "made" by a bank: "The Authority agrees to lend to the Borrower the sum of ... ($900,000)
(the "Loan")", "the Lender agrees to lend to the Company the principal amount of $150,000"
under a recital that names it "the Loan". Passages written for these tests (made-up names)."""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

AUTHORITY = """\
                                  LOAN AGREEMENT

     This LOAN AGREEMENT is made as of June 1, 2009, by and between the GREAT BASIN
ECONOMIC DEVELOPMENT AUTHORITY, a public instrumentality of the State of Nevada (the
"Authority"), and SILVER SAGE FABRICATION, LLC, a Nevada limited liability company (the
"Borrower").

     Section 1. The Authority agrees to lend to the Borrower the sum of Nine Hundred
Thousand Dollars ($900,000) (the "Loan"), repayable in full on June 1, 2019.

     Section 2. This Loan Agreement shall be governed by the laws of the State of Nevada.
"""

DIRECTOR = """\
                                  LOAN AGREEMENT

This LOAN AGREEMENT is entered into as of February 2, 2016 by and between ARCLIGHT
SENSORS, INC., a Delaware corporation (the "Company"), and Naomi F. Achterberg (the
"Lender").

WHEREAS, the Company desires to borrow from the Lender $150,000 (the "Loan").

1.   Loan. The Lender agrees to lend to the Company the principal amount of $150,000 on the
date hereof.

2.   Governing Law. This Agreement shall be governed by the laws of the State of Delaware.
"""


def _loan(text: str) -> dict[str, object]:
    x = extract_text(text)
    loans = [e for e in x.entities if e.label == "Instrument" and e.props.get("title") == "Loan"]
    assert len(loans) == 1
    assert ("Loan", entity_names(x)[OWN]) in edges(x, "ISSUED_UNDER")
    return dict(loans[0].props)


def test_an_authority_lends_the_loan() -> None:
    assert _loan(AUTHORITY)["amount"] == 900000


def test_a_director_lends_the_loan_the_recital_names() -> None:
    assert _loan(DIRECTOR)["amount"] == 150000


def test_lending_with_no_loan_named_makes_none() -> None:
    text = DIRECTOR.replace(' (the "Loan")', "")
    x = extract_text(text)
    assert not any(e.props.get("title") == "Loan" for e in x.entities)
