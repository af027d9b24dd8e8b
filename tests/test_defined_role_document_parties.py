"""Parties of a loan document a credit agreement's definitions name "among" role terms, where
one role term is given a company only by its own definition (""Guarantor" means Alder Ridge
Holdings, LLC"), and the parties a collateral assignment "of" another agreement is made among,
which are the assignment's, not that agreement's (:mod:`ingest.underlying`): passages written
for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT

This CREDIT AGREEMENT ("Agreement") is entered into as of April 3, 2018, among NORTHWIND \
GAS SUPPLY, LLC, a Colorado limited liability company (the "Borrower"), and FIRST KESTREL \
BANK (the "Lender").

1.01. Defined Terms.

"Assignment Agreements" means, collectively, each collateral assignment of Gas Supply Agreement \
by and among the Borrower, Lender and the applicable Pipeline Operator.

"Guarantor" means Alder Ridge Holdings, LLC, a Colorado limited liability company.

"Membership Pledge Agreement" means that certain Membership Pledge Agreement of even date \
herewith among the Guarantor, Borrower and Lender, whereby Guarantor pledges to Lender all of \
its membership interests in the Borrower.

"Gas Supply Agreement" means each agreement between the Borrower and a Pipeline Operator for the \
supply of natural gas.

2.01. Loans. Subject to the terms hereof, Lender agrees to make loans to the Borrower from \
time to time in an aggregate amount not to exceed $2,500,000.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of \
the date first above written.

NORTHWIND GAS SUPPLY, LLC
By: /s/ Ruth Annan
Name: Ruth Annan
Title: President

FIRST KESTREL BANK
By: /s/ Colin Brandt
Name: Colin Brandt
Title: Vice President
"""


def test_a_role_term_its_definition_gives_a_company_is_party_to_the_document() -> None:
    party_to = edges(extract_text(_AGREEMENT), "PARTY_TO")
    assert ("Alder Ridge Holdings, LLC", "Membership Pledge Agreement") in party_to
    assert ("NORTHWIND GAS SUPPLY, LLC", "Membership Pledge Agreement") in party_to
    assert ("FIRST KESTREL BANK", "Membership Pledge Agreement") in party_to


def test_the_parties_of_an_assignment_of_an_agreement_are_not_that_agreements() -> None:
    party_to = edges(extract_text(_AGREEMENT), "PARTY_TO")
    assert ("FIRST KESTREL BANK", "Gas Supply Agreement") not in party_to
