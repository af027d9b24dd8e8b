"""Each lender's own loan and note, defined by a possessive parenthesis in a syndicated
agreement: "each Lender agrees to make a single advance to Borrower ... Borrower's obligation to
repay to such Lender the amount of such advance (such Lender's "Loan") ... shall be evidenced
by a single promissory note (such Lender's "Note") made by Borrower payable to the order of
such Lender". The loan is a credit facility of the agreement, with the amount of the sentence
that makes it; the note is the borrower's, held by the lenders.
"""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, entity_names, extract_text, own_roles

_PREAMBLE = (
    "TERM CREDIT AGREEMENT\n\n"
    "THIS TERM CREDIT AGREEMENT is made as of March 3, 1997, by and among Harrow Valley "
    'Gas Inc., a Colorado corporation ("Borrower"), Northgate Capital Funding Corporation '
    '("Northgate"), individually as a Lender, the other Lenders from time to time party to '
    'this Agreement, and Northgate as agent for the Lenders (in such capacity, "Agent").\n\n'
)

_LOAN_THEN_NOTE = _PREAMBLE + (
    "Section 2.1. Making the Loans. Subject to the terms and conditions hereof, each Lender "
    "agrees to make a single advance to Borrower on or before March 10, 1997, in an amount "
    "which does not exceed such Lender's Percentage Share of $27,500,000. Borrower's "
    'obligation to repay to such Lender the amount of such advance (such Lender\'s "Loan"), '
    "together with interest accruing in connection therewith, shall be evidenced by a single "
    'promissory note (such Lender\'s "Note") made by Borrower payable to the order of such '
    "Lender in the form of Exhibit A.\n\n"
)

_BANK_NOTE = (
    "REVOLVING CREDIT AGREEMENT\n\n"
    "This Revolving Credit Agreement dated as of June 1, 2003 is among Larkspur Foods, Inc., a "
    'Delaware corporation (the "Company"), and Eastmoor Bank, N.A. (the "Bank").\n\n'
    "2.2 Note. The Revolving Loans made by the Bank shall be evidenced by a promissory note of "
    'the Company (the Bank\'s "Note") payable to the order of the Bank in the principal amount '
    "of $4,000,000.\n\n"
)


def _note_titled(x: Extraction, term: str) -> str:
    """The title of the one note the passage defines by ``term``."""
    (title,) = (
        str(e.props["title"]) for e in x.entities if e.label == "Instrument" and term in e.aliases
    )
    return title


def test_each_lenders_loan_is_a_facility_of_the_agreement() -> None:
    x = extract_text(_LOAN_THEN_NOTE)
    assert ("Loan", "Term Credit Agreement") in edges(x, "ISSUED_UNDER")
    loan = next(e for e in x.entities if e.label == "Instrument" and e.props["title"] == "Loan")
    assert loan.props["amount"] == 27_500_000


def test_each_lenders_note_is_the_borrowers_held_by_the_lender() -> None:
    x = extract_text(_LOAN_THEN_NOTE)
    note = _note_titled(x, "Note")
    assert (note, "Term Credit Agreement") in edges(x, "ISSUED_UNDER")
    assert ("Harrow Valley Gas Inc.", note) in edges(x, "ISSUES")
    assert ("Northgate Capital Funding Corporation", note) in edges(x, "HOLDS")


def test_a_banks_possessive_note_term() -> None:
    x = extract_text(_BANK_NOTE)
    note = _note_titled(x, "Note")
    assert ("Larkspur Foods, Inc.", note) in edges(x, "ISSUES")
    assert ("Eastmoor Bank, N.A.", note) in edges(x, "HOLDS")


def test_such_advance_without_a_lending_sentence_before_defines_no_facility() -> None:
    """The sentence before must make the advance: a repayment clause alone defines no loan."""
    text = _PREAMBLE + (
        "Section 2.5. Repayment. The parties have reviewed the schedule. Borrower shall repay "
        'the amount of such advance (such Lender\'s "Loan") on the Maturity Date.\n\n'
    )
    assert "Loan" not in entity_names(extract_text(text)).values()


def test_capacity_written_after_the_short_name_or_individually() -> None:
    """`X ("Short"), individually as a Lender` and `X, individually as a Lender`: the lender
    is X's capacity (no signature page states it in a passage)."""
    opening = (
        "LOAN AGREEMENT\n\nTHIS LOAN AGREEMENT is made as of May 2, 2001, by and among Copperline "
        'Mills, Inc., a Georgia corporation ("Borrower"), '
    )
    for lender in (
        'Redwater Bank of Commerce ("Redwater"), individually as a Lender, and the other '
        "Lenders party hereto.",
        'Redwater Bank of Commerce ("Redwater"), as a Lender, and the other Lenders party hereto.',
        "Redwater Bank of Commerce, individually as a Lender, and the other Lenders party hereto.",
    ):
        x = extract_text(opening + lender + "\n\n")
        assert own_roles(x)["Redwater Bank of Commerce"] == "Lender"
        assert ("Redwater Bank of Commerce", "Copperline Mills, Inc.") in edges(x, "LENDS_TO")
