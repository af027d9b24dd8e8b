"""A commitment defined as "the commitment of the Lender to make Loans" whose amount the next
sentence states (:mod:`ingest.instruments.defined_commitments`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_STATED = """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT dated as of April 14, 2011 is between CORVANE SYSTEMS, INC., a \
Nevada corporation (the "Borrower"), and HARBORLINE BANK, N.A. (the "Lender").

1.01 Defined Terms.

"Commitment" means the commitment of the Lender to make Loans. The initial amount of the \
Lender's Commitment is $45,000,000.

"Loans" means the loans made by the Lender to the Borrower under Article 2.

2.01 Commitment. The Lender agrees to make Loans to the Borrower from time to time in an \
aggregate principal amount not exceeding the Commitment.
"""


def test_the_amount_the_next_sentence_states_is_the_commitments() -> None:
    x = extract_text(_STATED)
    assert ("Commitment", "Revolving Credit Agreement") in edges(x, "ISSUED_UNDER")
    facility = next(e for e in x.entities if e.props.get("title") == "Commitment")
    assert facility.props.get("kind") == "credit_facility"
    assert facility.props.get("amount") == 45000000


def test_each_lenders_commitment_stays_no_facility() -> None:
    text = _STATED.replace(
        "means the commitment of the Lender to make Loans",
        "means, as to each Lender, its commitment to make Loans",
    )
    x = extract_text(text)
    assert not any(e.props.get("title") == "Commitment" for e in x.entities)


def test_an_amount_of_another_term_is_not_taken() -> None:
    text = _STATED.replace(
        "Lender's Commitment is $45,000,000", "Letter of Credit Sublimit is $5,000,000"
    )
    x = extract_text(text)
    facility = next(e for e in x.entities if e.props.get("title") == "Commitment")
    assert facility.props.get("amount") != 5000000
