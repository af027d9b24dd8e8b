"""The guaranty a credit agreement's definitions name beside a guarantor defined by name
(""Guarantor" means Alder Ridge Holdings, LLC", ""Guaranty" means, that certain guaranty of
payment of even date herewith given by Guarantor in favor of Lender"), where the definitions
also say what a guarantee is (""Guarantee" means, as to any Person, any obligation ...") and
name a validity guaranty officers give (:mod:`ingest.relations.guaranty_parties`): passages
written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT

This CREDIT AGREEMENT ("Agreement") is entered into as of April 3, 2018, among NORTHWIND \
GAS SUPPLY, LLC, a Colorado limited liability company (the "Borrower"), and FIRST KESTREL \
BANK (the "Lender").

1.01. Defined Terms.

"Guarantee" means, as to any Person, (a) any obligation, contingent or otherwise, of such \
Person guaranteeing any Indebtedness of another Person.

"Guarantor" means Alder Ridge Holdings, LLC, a Colorado limited liability company.

"Guaranty" means, that certain guaranty of payment of even date herewith given by Guarantor \
in favor of Lender, as amended from time to time.

"Validity Guaranty" means that certain Validity Guaranty of even date herewith, made by \
certain officers of the Borrower.

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


def test_the_guarantor_defined_by_name_is_party_to_the_defined_guaranty() -> None:
    x = extract_text(_AGREEMENT)
    assert ("Alder Ridge Holdings, LLC", "Guaranty") in edges(x, "PARTY_TO")
    assert ("Alder Ridge Holdings, LLC", "Credit Agreement") in edges(x, "SECURES")


def test_no_validity_guaranty_or_guarantee_concept_is_the_guarantors() -> None:
    x = extract_text(_AGREEMENT)
    party_to = edges(x, "PARTY_TO")
    assert ("Alder Ridge Holdings, LLC", "Validity Guaranty") not in party_to
    titles = {str(e.props.get("title")) for e in x.entities if e.label == "Agreement"}
    assert "Guarantee" not in titles
