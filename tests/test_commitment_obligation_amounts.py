"""A commitment defined as the one lender's obligation, its amount at the end ("Commitment"
means the obligation of the Bank to make the Loans ... in the aggregate outstanding principal
amount of up to $3,000,000"), gives its amount to the loans the lending sentence caps by it."""

from __future__ import annotations

from tests.passages import extract_text

_CREDIT = """CREDIT AGREEMENT dated as of May 5, 1999 between TOLLAND PRECISION, INC., a
Connecticut corporation (the "Borrower"), and NUTMEG STATE BANK, a Connecticut banking
corporation (the "Bank").

Section 1.1. Definitions.

"Commitment" means the obligation of the Bank to make the Loans under this Agreement in the
aggregate outstanding principal amount of up to $3,000,000, as such amount may be reduced
from time to time.

"Termination Date" means May 4, 2000.

Section 2.1. The Loans. Subject to the terms and conditions of this Agreement, the Bank agrees
to make loans (the "Loans") to the Borrower from time to time to and including the
Termination Date, up to but not exceeding in the aggregate principal amount at any one time
outstanding the amount of the Commitment. The Loans shall be due and payable on the
Termination Date.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

TOLLAND PRECISION, INC.

By: /s/ Ada Whitlock
Title: Treasurer

NUTMEG STATE BANK

By: /s/ Victor Ruiz
Title: Vice President
"""


def test_the_loans_carry_the_commitment_amount() -> None:
    x = extract_text(_CREDIT)
    loans = [e for e in x.entities if e.label == "Instrument" and e.props.get("title") == "Loans"]
    assert [e.props.get("amount") for e in loans] == [3000000]


def test_the_bank_lends_the_commitment_amount() -> None:
    x = extract_text(_CREDIT)
    amounts = [r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"]
    assert amounts == [3000000]
