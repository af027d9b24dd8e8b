"""Loans a credit agreement defines in the sentence by which its lender makes them ("agrees
to make revolving credit loans (collectively, "Loans")", "will make Fundings ... $40,000,000
(the "Revolving Loan")"): a credit facility ISSUED_UNDER the agreement, with the amount the
sentence states or the one a term it uses defines ("not to exceed the Commitment").
Passages written for this test in the general shape of a single-lender credit agreement."""

from __future__ import annotations

from tests.passages import edges, extract_text

COMMITMENT_TERM = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of March 1, 2003, between Harbor Point Holdings L.P., a Delaware
limited partnership (the "Borrower"), and Northgate Capital L.P., a Delaware limited
partnership (the "Lender").

"Commitment" means $40 million, as such amount may be reduced from time to time.

Section 2.01 Commitment and Loans. Until the Commitment Termination Date, subject to the terms
and conditions of this Agreement, the Lender agrees to make revolving credit loans
(collectively, "Loans") to the Borrower in an aggregate principal amount at any one time
outstanding not to exceed the Commitment.
"""

STATED_AMOUNT = """CREDIT AGREEMENT

This Credit Agreement (this "Agreement") is made as of the 2nd day of June, 2008, by and
between CEDAR MILLS, INC., a Delaware corporation ("Borrower"), and LAKEFRONT NATIONAL BANK, a
national banking association ("Lakefront").

2.1 Loan Commitment. Subject to the terms and conditions set forth herein, Lakefront will make
Fundings to Borrower from time to time during the period ending on May 29, 2009, but such
Fundings shall not exceed, in the aggregate principal amount at any one time outstanding,
$12,000,000 (the "Revolving Loan").
"""

REPAID_LOANS = """CREDIT AGREEMENT

This Credit Agreement is made as of May 5, 2006 between CEDAR MILLS, INC., a Delaware
corporation ("Borrower"), and LAKEFRONT NATIONAL BANK ("Lakefront").

2.5 Repayment. The Borrower shall make payments on the loans outstanding on the date hereof
under the prior agreement (the "Existing Loans").
"""


def _facility(text: str) -> dict[str, object]:
    x = extract_text(text)
    facilities = [e for e in x.entities if e.props.get("kind") == "credit_facility"]
    assert len(facilities) == 1
    return dict(facilities[0].props)


def test_loans_sized_by_a_defined_commitment() -> None:
    props = _facility(COMMITMENT_TERM)
    assert (props["title"], props["amount"]) == ("Loans", 40000000)
    x = extract_text(COMMITMENT_TERM)
    assert edges(x, "ISSUED_UNDER") == {("Loans", "Credit Agreement")}
    lent = [r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"]
    assert lent == [40000000]


def test_a_revolving_loan_with_its_amount_and_last_day() -> None:
    props = _facility(STATED_AMOUNT)
    assert (props["title"], props["amount"], props["maturity_date"]) == (
        "Revolving Loan",
        12000000,
        "2009-05-29",
    )


def test_loans_a_sentence_does_not_make_are_no_facility() -> None:
    x = extract_text(REPAID_LOANS)
    assert not [e for e in x.entities if e.props.get("kind") == "credit_facility"]
