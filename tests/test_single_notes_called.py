"""A credit agreement's lenders' notes required in the syndicated form that describes each note
by its maker and payee and names them only in a closing parenthesis: "The Term Loans made by
each Lender shall be evidenced by a single Note of Borrower ... payable to the order of such
Lender ... (such notes, together with all renewals ... thereof, being herein called a "Note" and
collectively called the "Notes")", the definitions only pointing there (""Notes" shall have the
meaning assigned to such term in Section 2.02(a)"). The borrower ISSUES the notes, each lender
HOLDS them, and they are ISSUED_UNDER the agreement. Passages written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of May 1, 2007, among HARTWELL TOOLS, INC., a Delaware corporation,
the LENDERS party hereto and NORTHGATE TRUST BANK, as Administrative Agent for the Lenders.

SECTION 1.01 Defined Terms.

"Borrower" means Hartwell Tools, Inc., a Delaware corporation.

"Notes" shall have the meaning assigned to such term in Section 2.02(a) hereof.

SECTION 2.01 Commitments. Each Lender agrees to make Loans to the Borrower in an aggregate
principal amount equal to such Lender's Commitment.

SECTION 2.02 Loans and Borrowings. (a) Each Loan shall be made as part of a Borrowing. {clause}

SECTION 9.09 Governing Law. THIS AGREEMENT SHALL BE GOVERNED BY THE LAW OF THE STATE OF NEW
YORK.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARTWELL TOOLS, INC.

By: /s/ Jane Roe
Name: Jane Roe
Title: President

NORTHGATE TRUST BANK, individually and as Administrative Agent

By: /s/ Paul Okafor
Name: Paul Okafor
Title: Managing Director

FIRST MERIDIAN BANK, N.A.

By: /s/ Mary Lindgren
Name: Mary Lindgren
Title: Director
"""

CALLED = (
    "The Loans made by each Lender shall be evidenced by a single Note of Borrower in\n"
    "substantially the form of Exhibit B payable to the order of such Lender in a principal "
    "amount\nequal to the Commitment of such Lender (such notes, together with all renewals "
    "and\nreplacements thereof, being herein called a \u201cNote\u201d and collectively called "
    "the\n\u201cNotes\u201d)."
)
MADE_BY = (
    "The Term Loans of each Lender shall be evidenced by a single Note made by the Borrower\n"
    "payable to the order of such Lender (each such note, as amended from time to time, herein\n"
    'called a "Note").'
)
BANKS = {"NORTHGATE TRUST BANK", "FIRST MERIDIAN BANK, N.A."}


@pytest.mark.parametrize("clause", [CALLED, MADE_BY])
def test_a_single_note_of_the_borrower_to_each_lender(clause: str) -> None:
    x = extract_text(HEAD.format(clause=clause))
    assert edges(x, "ISSUES") == {("Hartwell Tools, Inc.", "Note")}
    assert edges(x, "HOLDS") == {(b, "Note") for b in BANKS}
    assert edges(x, "ISSUED_UNDER") >= {("Note", "Credit Agreement")}


def test_a_bare_note_of_no_maker_names_no_instrument() -> None:
    """Near miss: "evidenced by a Note (each a "Note")" says neither whose note nor to whom."""
    clause = 'The Loans shall be evidenced by a Note, if requested (each a "Note").'
    x = extract_text(HEAD.format(clause=clause))
    assert not edges(x, "ISSUES") and not edges(x, "HOLDS")
