"""A credit agreement's note named by its title as the evidence of a facility, with who
executes it and to whom it is delivered written after it; the notes are known from the
exhibit list."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CREDIT = """CREDIT AGREEMENT

This Credit Agreement is made as of this 9th day of April, 2012, by and between LINDQVIST
INSTRUMENTS, INC., a Minnesota corporation (the "Borrower"), and TWIN RIVERS BANK, a state
bank (the "Lender").

2.1 Revolving Credit. The Lender agrees to make revolving advances to the Borrower in an
aggregate amount not exceeding $2,500,000. The obligation of the Borrower to repay the
revolving advances shall be evidenced by the Revolving Credit Note substantially in the form
of Exhibit "A", which shall be duly executed by the Borrower and delivered to the Lender.

2.2 Line of Credit. The Lender agrees to make advances under a line of credit to the
Borrower of up to $400,000, which shall be evidenced by the Line of Credit Note in the form of
Exhibit "B", which shall be executed by the Borrower and delivered to the Lender.

2.3 Existing Note. The Borrower's prior indebtedness was evidenced by the Term Note, which the
Borrower has executed and delivered to the Lender.

IN WITNESS WHEREOF, the parties hereto have executed this Credit Agreement.

LINDQVIST INSTRUMENTS, INC.

By: /s/ Karin Lindqvist
Title: President

TWIN RIVERS BANK

By: /s/ Joel Amundsen
Title: Vice President

<PAGE>

EXHIBIT A

REVOLVING CREDIT NOTE

SEE ATTACHED

<PAGE>

EXHIBIT B

LINE OF CREDIT NOTE

SEE ATTACHED

<PAGE>

EXHIBIT C

TERM NOTE

SEE ATTACHED
"""

_NOTES = {"Revolving Credit Note", "Line of Credit Note"}


def test_the_executing_borrower_issues_each_note() -> None:
    x = extract_text(_CREDIT)
    issued = {n for b, n in edges(x, "ISSUES") if b == "LINDQVIST INSTRUMENTS, INC."}
    assert issued >= _NOTES


def test_the_lender_the_notes_are_delivered_to_holds_them() -> None:
    x = extract_text(_CREDIT)
    held = {n for h, n in edges(x, "HOLDS") if h == "TWIN RIVERS BANK"}
    assert held >= _NOTES


def test_the_notes_are_issued_under_the_credit_agreement() -> None:
    x = extract_text(_CREDIT)
    assert {(n, "Credit Agreement") for n in _NOTES} <= edges(x, "ISSUED_UNDER")


def test_a_note_already_executed_is_not_read_by_this_shape() -> None:
    x = extract_text(_CREDIT)
    assert ("Term Note", "Credit Agreement") not in edges(x, "ISSUED_UNDER")
