"""An amount term defined for a day, in a check writer's words: ""Revolving Loan Commitment"
shall mean, on the Closing Date, One Million Seven Hundred Thousand and No/100 Dollars
($1,700,000.00), and ... thereafter, shall mean the amount to which Lender agrees to increase
[it]", and a note "in the principal amount of the Revolving Loan Commitment". The term's amount
is the one the definition gives for that day (before any increase), and the note's principal
is that amount. Passages written in the shape of single-lender revolving credit agreements;
names and figures invented."""

from __future__ import annotations

from ingest.instruments.lines_of_credit import term_amount
from ingest.instruments.note_principal_terms import principal_by_term

_CLOSING_DAY = (
    "(eee) \u201cRevolving Loan\nCommitment\u201d shall mean, on the Closing Date, Two Million "
    "Five Hundred Thousand and No/100 Dollars ($2,500,000.00), and in the event Borrower "
    "requests and Lender agrees to increase the Revolving Loan Commitment, thereafter, shall "
    "mean the amount to which Lender agrees to increase it, up to Eight Million and No/100 "
    "Dollars ($8,000,000.00).\n"
    "(fff) \u201cRevolving Note\u201d shall mean that certain Revolving Note in the principal "
    "amount of the Revolving Loan Commitment of even date herewith made by Borrower in favor "
    "of Lender.\n"
)

_EFFECTIVE_DAY = (
    '"Line Commitment" means, as of the Effective Date, $750,000, as increased from time to '
    "time under Section 2.4.\n"
    '"Line Note" means the promissory note of the Company in the principal sum of the Line '
    "Commitment, payable to the order of the Bank.\n"
)


def test_the_amount_a_cap_has_on_the_closing_date() -> None:
    assert [a.plain for a in term_amount(_CLOSING_DAY, "the Revolving Loan Commitment")] == [
        2500000
    ]
    clause = "that certain Revolving Note in the principal amount of the Revolving Loan Commitment"
    assert principal_by_term(_CLOSING_DAY, clause) == (2500000, "USD")


def test_the_amount_a_cap_has_on_the_effective_date() -> None:
    clause = "the promissory note of the Company in the principal sum of the Line Commitment"
    assert principal_by_term(_EFFECTIVE_DAY, clause) == (750000, "USD")


def test_a_cap_that_is_the_lesser_of_two_amounts_on_any_day_has_none() -> None:
    """Near miss: "on any date, the lesser of" is no figure of the term's own."""
    text = (
        '"Revolving Commitment" means, on any date, the lesser of $5,000,000 and the Borrowing '
        "Base on such date.\n"
    )
    assert term_amount(text, "the Revolving Commitment") == []
