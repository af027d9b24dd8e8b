"""A term the text refers to near an instrument's name that names the agreement the instrument
was issued under ("... Senior Notes were issued (such note agreements are herein referred to
as the "Note Agreements")") is an agreement's term, never an instrument of its own: the "Note
Agreements" were read as a note, which took the agreement's place (its notes issued under it)
and the main agreement's notes as its alias.
"""

from __future__ import annotations

from tests.passages import extract_text


def _instrument_titles(text: str) -> set[str]:
    x = extract_text(text)
    return {str(e.props.get("title")) for e in x.entities if e.label == "Instrument"}


def test_note_agreements_referred_to_after_the_notes_are_no_instrument() -> None:
    text = (
        "Reference is made to the separate note agreements, each dated as of June 1, 1997, "
        "between Larkspur Mills, Inc. and each of the purchasers named therein, under which "
        "$25,000,000 7.15% Senior Notes due June 1, 2007 of the Company were issued (such "
        'note agreements are herein referred to as the "Note Agreements").\n'
    )
    assert not any("agreement" in t.lower() for t in _instrument_titles(text))


def test_a_purchase_agreement_referred_to_after_the_notes_is_no_instrument() -> None:
    text = (
        "The Floating Rate Notes of Corliss Tool Corp. were sold to the purchasers under the "
        "note purchase agreement dated March 4, 1999 (collectively referred to herein as the "
        '"Note Purchase Agreement").\n'
    )
    assert not any("agreement" in t.lower() for t in _instrument_titles(text))


def test_notes_referred_to_by_a_term_of_their_own_remain_an_instrument() -> None:
    text = (
        "The Company has issued its 6.5% notes due 2012 in the aggregate principal amount of "
        '$40,000,000 (referred to herein as the "Senior Notes").\n'
    )
    assert "Senior Notes" in _instrument_titles(text)
