"""Swing line loans a syndicated credit agreement makes available beside its revolving loans,
by the lender it names in that capacity: a credit facility of their own, ISSUED_UNDER the
agreement, with the cap its sublimit definition states. Passages written for these tests, in
the shapes of syndicated bank forms (a definition of the loan, or the lending sentence).
"""

from __future__ import annotations

from ingest.rules import registered
from tests.passages import entity_names, extract_text

HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of March 3, 2004, is by and among HARBOR MILLS CORPORATION
("Borrower"), the several lenders identified as "Lenders" on the signature pages hereto (each
a "Lender" and collectively, the "Lenders"), and FIRST COASTAL BANK, as administrative agent
for the Lenders (in such capacity, the "Agent").

ARTICLE 1
DEFINITIONS

"Swing Line Lender" means First Coastal Bank.

"Swing Line Sublimit" means an amount equal to the lesser of (a) $15,000,000 and (b) the
Aggregate Revolving Committed Amount.

"""

DEFINED = """"Swing Line Loan" means a loan made by the Swing Line Lender to the Borrower under
Section 2.2.

"""

BODY = """ARTICLE 2
CREDIT FACILITIES

2.1 Revolving Loans. Each Lender severally agrees to make revolving credit loans ("Revolving
Loans") to the Borrower in an aggregate amount not to exceed SEVENTY-FIVE MILLION DOLLARS
($75,000,000).

2.2 Swing Line Loans. Subject to the terms and conditions set forth in this Credit Agreement,
the Swing Line Lender agrees to make Swing Line Loans to the Borrower as the Borrower may from
time to time request.

IN WITNESS WHEREOF, the parties hereto have caused this Credit Agreement to be duly executed
as of the date first above written.

BORROWER:                    HARBOR MILLS CORPORATION

By: /s/ Jane R. Roe
Jane R. Roe, President

LENDERS:                     FIRST COASTAL BANK
in its capacity as Agent and as a Lender

By: /s/ John Q. Doe
John Q. Doe, Vice President
"""


def _facilities(text: str) -> dict[str, object]:
    x = extract_text(text)
    names = entity_names(x)
    under = {names[r.source] for r in x.relations if r.type == "ISSUED_UNDER"}
    return {
        names[e.ref]: e.props.get("amount")
        for e in x.entities
        if e.label == "Instrument"
        and e.props.get("kind") == "credit_facility"
        and names[e.ref] in under
    }


def test_a_defined_swing_line_loan_is_a_facility_of_its_own() -> None:
    found = _facilities(HEAD + DEFINED + BODY)
    assert found.get("Swing Line Loans") == 15000000
    assert found.get("Revolving Loans") == 75000000


def test_the_lending_sentence_alone_names_the_swing_line() -> None:
    found = _facilities(HEAD + BODY)
    assert found.get("Swing Line Loans") == 15000000


def test_an_amendment_adds_no_swing_line_of_its_own() -> None:
    text = (HEAD + DEFINED + BODY).replace(
        "CREDIT AGREEMENT\n", "FIRST AMENDMENT TO CREDIT AGREEMENT\n", 1
    )
    text = text.replace("THIS CREDIT AGREEMENT", "THIS FIRST AMENDMENT TO CREDIT AGREEMENT", 1)
    assert "Swing Line Loans" not in _facilities(text)


def test_the_swing_line_rules_are_registered() -> None:
    names = {r.name for r in registered()}
    assert {"instruments.swing_line_definition", "instruments.swing_line_lending"} <= names
