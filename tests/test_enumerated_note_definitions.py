"""A note defined as the first item of an enumerated definition, made "of even date herewith by"
its maker (""Note" shall mean collectively (a) the promissory note of even date herewith by
Borrower, ... payable to the order of Lender, and (b) any and all renewals ..."): the maker
ISSUES it, the payee HOLDS it, and it is ISSUED_UNDER the agreement defining it, with the
principal and date the item states. Passages written for these tests."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, entity_names, extract_text

_HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of May 2, 2011, is by and between Pinecrest Drilling, Inc., a
Colorado corporation (the "Borrower"), and FIRST PRAIRIE BANK, a Kansas banking corporation
("Lender").

Section 1.1 Defined Terms.

"""

_TAIL = """
Section 2.1 Loans. Lender agrees to make Loans to Borrower from time to time until the
Termination Date.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

BORROWER:
PINECREST DRILLING, INC.
By: /s/ Dana Whitcomb
Name: Dana Whitcomb
Title: President

LENDER:
FIRST PRAIRIE BANK
By: /s/ Owen Hartley
Name: Owen Hartley
Title: Senior Vice President
"""

_BORROWER, _BANK, _OWN = "Pinecrest Drilling, Inc.", "FIRST PRAIRIE BANK", "Credit Agreement"


def _note(x: Extraction) -> dict[str, object]:
    notes = [e for e in x.entities if e.label == "Instrument" and e.props.get("kind") == "note"]
    assert len(notes) == 1
    return dict(notes[0].props)


def test_the_first_item_of_an_enumerated_note_definition_is_the_note() -> None:
    x = extract_text(
        _HEAD + '"Note" shall mean collectively (a) the promissory note of even date herewith by\n'
        "Borrower, in the maximum aggregate principal amount of Twelve Million and No/100 Dollars\n"
        "($12,000,000.00), payable to the order of Lender, and (b) any and all renewals and\n"
        "extensions of the foregoing promissory note.\n" + _TAIL
    )
    assert (_BORROWER, "Promissory Note") in edges(x, "ISSUES")
    assert (_BANK, "Promissory Note") in edges(x, "HOLDS")
    assert ("Promissory Note", _OWN) in edges(x, "ISSUED_UNDER")
    note = _note(x)
    assert note["amount"] == 12000000
    assert note["date"] == "2011-05-02"


def test_a_note_dated_the_date_hereof_by_its_maker() -> None:
    x = extract_text(
        _HEAD
        + '"Revolving Note" means (i) the promissory note dated the date hereof by the Borrower\n'
        "payable to the order of the Lender in the principal amount of $4,500,000, and (ii) each\n"
        "note issued in substitution therefor.\n" + _TAIL
    )
    names = set(entity_names(x).values())
    assert "Revolving Note" in names
    assert (_BORROWER, "Revolving Note") in edges(x, "ISSUES")
    assert (_BANK, "Revolving Note") in edges(x, "HOLDS")
    assert ("Revolving Note", _OWN) in edges(x, "ISSUED_UNDER")


def test_a_note_of_the_lender_is_not_made_by_the_borrower() -> None:
    # "of even date herewith by" names the maker; a note only payable to someone names none
    x = extract_text(
        _HEAD
        + '"Seller Note" means (a) the subordinated promissory note of even date herewith payable\n'
        "to the order of Granite Holdings LLC, and (b) any renewal thereof.\n" + _TAIL
    )
    assert not any(a == _BORROWER for a, _ in edges(x, "ISSUES"))
