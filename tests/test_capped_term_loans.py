"""The one term loan a single lender makes, capped in its lending sentence by a defined amount
("shall not exceed the Committed Amount") whose definition states the figure: a credit
facility with that amount and the day the maturity definition opens on, ISSUED_UNDER the
agreement, its amount on the lending edge. Passages written for this test (invented parties).
"""

from __future__ import annotations

from ingest.instruments.capped_amounts import capped_amount
from tests.passages import OWN, extract_text

_TEXT = (
    "TERM LOAN AGREEMENT\n\n"
    "This TERM LOAN AGREEMENT dated as of June 2, 2012 (the \u201cAgreement\u201d) is between "
    "Pellworth Glass Corporation, a Delaware corporation (the \u201cBorrower\u201d), and "
    "Avonmere Trust Bank, Chicago Branch (the \u201cLender\u201d).\n\n"
    "SECTION 1 DEFINITIONS\n\n"
    "\u201cCommitted Amount\u201d means an aggregate principal amount of $6,750,000.\n\n"
    "\u201cMaturity Date\u201d means the earlier of (i) June 2, 2015, and (ii) the date the "
    "Loan is accelerated.\n\n"
    "SECTION 2 THE TERM LOAN\n\n"
    "2.1 Commitment. Subject to the terms and conditions of this Agreement, the Lender agrees to "
    "make one term loan to the Borrower during the Availability Period such that the aggregate "
    "of the Loan outstanding at any time shall not exceed the Committed Amount.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first "
    "above written.\n\n"
    "PELLWORTH GLASS CORPORATION\n\nBy: /s/ Rhea Tolland\nName: Rhea Tolland\nTitle: CFO\n\n"
    "AVONMERE TRUST BANK, CHICAGO BRANCH\n\nBy: /s/ Cass Meridew\nName: Cass Meridew\n"
    "Title: Managing Director\n"
)


def test_a_term_loan_capped_by_a_defined_amount_takes_the_definitions_figure() -> None:
    x = extract_text(_TEXT)
    (loan,) = [e for e in x.entities if e.props.get("title") == "Term Loan"]
    assert loan.props.get("amount") == 6750000, loan.props
    assert loan.props.get("maturity_date") == "2015-06-02", loan.props
    assert any(
        r.type == "ISSUED_UNDER" and r.source == loan.ref and r.target == OWN for r in x.relations
    )
    lends = [r for r in x.relations if r.type == "LENDS_TO"]
    assert [r.props.get("amount") for r in lends] == [6750000], lends


def test_a_cap_with_no_definition_gives_no_amount() -> None:
    sentence = "the Loan outstanding shall not exceed the Committed Amount."
    assert capped_amount("No definitions here. " + sentence, sentence) is None
    # a figure, not a term: the sentence's own amount cue reads it
    assert capped_amount(sentence, "shall not exceed $2,000,000") is None
