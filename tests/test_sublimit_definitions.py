"""The caps a credit agreement or a reimbursement agreement puts on its letters of credit and its
swing line: "the aggregate face amount of all Letters of Credit outstanding shall at no time
exceed $2,500,000", ""Letter of Credit Sublimit" means an amount equal to $5,000,000", and a
swing line read from its lending sentence ("agrees to make loans (each such loan, a "Swing Line
Loan") ... not to exceed ... the Swing Line Sublimit") sized by its sublimit's definition.
Shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_REIMBURSEMENT = """\
                   LETTER OF CREDIT REIMBURSEMENT AGREEMENT

This Letter of Credit Reimbursement Agreement (this "Agreement") is made as of
June 3, 2012 between CASCADE SUMMIT BANK, an Oregon state bank (the "Bank"), and
BRIGHTWELL FISHERIES, INC., an Alaska corporation (the "Company").

1. The Bank will issue standby letters of credit (each, a "Letter of Credit")
for the account of the Company, provided that the aggregate face amount of all
Letters of Credit outstanding shall at no time exceed {cap}.
"""

_CREDIT = """\
                                CREDIT AGREEMENT

     This CREDIT AGREEMENT is entered into as of March 2, 2015 among KESTREL
AVIONICS CORP., a Kansas corporation (the "Borrower"), the lenders party hereto
(the "Lenders"), and PLAINS FEDERAL BANK, as Administrative Agent, Swing Line
Lender and L/C Issuer.

     1.01  Defined Terms.

     "L/C Issuer" means Plains Federal Bank in its capacity as issuer of Letters of
Credit hereunder.

     "Letter of Credit" means any standby letter of credit issued hereunder.

     "Letter of Credit Sublimit" means an amount equal to $4,000,000.

     "Swing Line Sublimit" means an amount equal to the lesser of (a) {swing}
and (b) the Aggregate Commitments.

     2.01  Each Lender severally agrees to make loans (each such loan, a "Revolving
Loan") to the Borrower in an amount not to exceed such Lender's Commitment.

     2.03  The L/C Issuer agrees to issue Letters of Credit for the account of the
Borrower.

     2.04  The Swing Line Lender agrees to make loans (each such loan, a "Swing
Line Loan") to the Borrower in an aggregate amount not to exceed at any time
outstanding the Swing Line Sublimit.
"""


def _amounts(x: Extraction) -> dict[str, object]:
    return {
        str(e.props.get("title")): e.props.get("amount")
        for e in x.entities
        if e.label == "Instrument"
    }


def test_letters_of_credit_that_shall_at_no_time_exceed_a_sum() -> None:
    x = extract_text(
        _REIMBURSEMENT.format(cap="Two Million Five Hundred Thousand Dollars ($2,500,000)")
    )
    assert _amounts(x)["Letters of Credit"] == 2500000


def test_a_cap_that_is_no_sum_of_money_sizes_nothing() -> None:
    x = extract_text(_REIMBURSEMENT.format(cap="the Borrowing Base"))
    assert _amounts(x)["Letters of Credit"] is None


def test_sublimits_defined_as_an_amount_equal_to_a_sum() -> None:
    amounts = _amounts(extract_text(_CREDIT.format(swing="$1,500,000")))
    assert amounts["Letters of Credit"] == 4000000
    assert 1500000 in {amounts.get("Swing Line Loan"), amounts.get("Swing Line Loans")}
