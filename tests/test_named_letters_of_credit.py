"""One letter of credit a credit agreement names apart, with its issuer and amount
(:mod:`ingest.relations.named_letters_of_credit`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_NAMED = """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT dated as of May 5, 2003 is by and between BRIGHTWATER \
DEVELOPMENT, LLC, a Texas limited liability company (the "Borrower"), and LONE OAK BANK, N.A., \
a national banking association (the "Bank").

2.1 Loans. The Bank agrees to make loans to the Borrower not to exceed $9,000,000.

2.9 Lease Letter of Credit. In connection with the Loan, the Bank has issued a separate \
letter of credit in the amount of Seventy-Five Thousand Dollars ($75,000) naming Elm Street \
Associates as beneficiary (as amended from time to time, the "Lease Letter of Credit").

2.10 Bond Letter of Credit. The Borrower has requested, and the Bank has agreed, to issue a \
standby letter of credit in the amount of $250,000 (the "Bond LC"), expiring on or before the \
Maturity Date.
"""


def test_a_letter_of_credit_named_apart_is_issued_by_the_bank_with_its_amount() -> None:
    x = extract_text(_NAMED)
    issues = edges(x, "ISSUES")
    assert ("LONE OAK BANK, N.A.", "Lease Letter of Credit") in issues
    assert ("LONE OAK BANK, N.A.", "Bond LC") in issues
    amounts = {str(e.props.get("title")): e.props.get("amount") for e in x.entities}
    assert amounts["Lease Letter of Credit"] == 75000
    assert amounts["Bond LC"] == 250000
    # the one the agreement provides for is issued under it; the one issued before is not
    under = edges(x, "ISSUED_UNDER")
    assert ("Bond LC", "Revolving Credit Agreement") in under
    assert ("Lease Letter of Credit", "Revolving Credit Agreement") not in under
