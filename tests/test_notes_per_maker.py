"""Loans to several borrowers, one note per maker: "The Loan to each Borrower shall be evidenced by
a promissory note ... payable to the order of the Lender ..., as follows: the promissory note of
Cedarmount in the amount of $1,200,000 (the "Cedarmount Note"), the promissory note of Pinehaven
..." (``relations.evidencing_notes.note_per_maker``): each borrower ISSUES its own note only, of
the amount beside it, the clause's payee HOLDS each, each is ISSUED_UNDER the agreement. Before,
the first term was read as the one note of every borrower."""

from __future__ import annotations

from tests.passages import edges, extract_text

_OPENING = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is made as of October 3, 2019 by and among ALDER
MILLS, INC., a Vermont corporation ("Alder"), BIRCHFIELD FOODS LLC, a Vermont limited liability
company ("Birchfield"), CORRAN DAIRY CO., a Maine corporation ("Corran" and, together with Alder
and Birchfield, each a "Borrower" and together the "Borrowers"), and GREEN MOUNTAIN SAVINGS
BANK, a Vermont savings bank (the "Lender").

1.1 Loans. The Lender agrees to make a term loan to each Borrower on the Closing Date.
"""

_CLOSING = """
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

ALDER MILLS, INC.
By: /s/ Ruth Abel
Title: President

BIRCHFIELD FOODS LLC
By: /s/ Ruth Abel
Title: Manager

CORRAN DAIRY CO.
By: /s/ Ruth Abel
Title: President

GREEN MOUNTAIN SAVINGS BANK
By: /s/ Owen Pike
Title: Senior Vice President
"""

_OF_MAKER = """
1.2 Notes. The Loan to each Borrower shall be evidenced by a promissory note executed by such
Borrower and payable to the order of the Lender, as follows: the promissory note of Alder in the
amount of $800,000 (the "Alder Note"), the promissory note of Birchfield in the amount of
$500,000 (the "Birchfield Note") and the promissory note of Corran in the amount of $300,000 (the
"Corran Note"; each, a "Note").
"""

_MADE_BY = """
1.2 Notes. Each Loan shall be evidenced by a note payable to the Lender: a note made by ALDER
MILLS, INC. (the "Alder Note"), a note made by BIRCHFIELD FOODS LLC (the "Birchfield Note") and a
note made by CORRAN DAIRY CO. (the "Corran Note").
"""

_MAKERS = {
    ("ALDER MILLS, INC.", "Alder Note"),
    ("BIRCHFIELD FOODS LLC", "Birchfield Note"),
    ("CORRAN DAIRY CO.", "Corran Note"),
}


def test_each_maker_issues_its_own_note_held_by_the_payee() -> None:
    for clause in (_OF_MAKER, _MADE_BY):
        x = extract_text(_OPENING + clause + _CLOSING)
        notes = {n for _, n in _MAKERS}
        assert {e for e in edges(x, "ISSUES") if e[1] in notes} == _MAKERS, clause
        assert {e for e in edges(x, "HOLDS") if e[1] in notes} == {
            ("GREEN MOUNTAIN SAVINGS BANK", n) for n in notes
        }, clause
        assert {n for n, a in edges(x, "ISSUED_UNDER") if n in notes} == notes, clause


def test_each_note_takes_the_amount_beside_its_maker() -> None:
    x = extract_text(_OPENING + _OF_MAKER + _CLOSING)
    amounts = {
        e.props.get("title"): e.props.get("amount") for e in x.entities if e.label == "Instrument"
    }
    assert (amounts["Alder Note"], amounts["Birchfield Note"], amounts["Corran Note"]) == (
        800000,
        500000,
        300000,
    )


def test_one_note_of_the_borrowers_stays_one_note() -> None:
    """Near miss: a single note of all the borrowers names no note per maker."""
    one = (
        "\n1.2 Note. The Loans shall be evidenced by a promissory note of the Borrowers payable"
        ' to the order of the Lender in the amount of $1,600,000 (the "Note").\n'
    )
    x = extract_text(_OPENING + one + _CLOSING)
    # the one note, titled as its clause describes it ("a promissory note ... (the "Note")")
    assert edges(x, "ISSUES") == {(b, "Promissory Note") for b, _ in _MAKERS}
