"""A recital that describes its note (amount in words, payee, rate, maturity) between the note's
title and its defined term: the term names the note, so the clauses that say "the Note" reach it
(:mod:`ingest.references.note_descriptions`)."""

from __future__ import annotations

from ingest.references.mentions import find_mentions
from ingest.references.note_descriptions import note_description_end
from tests.passages import edges, extract_text

_TEXT = """                          NOTE MODIFICATION AGREEMENT

     THIS NOTE MODIFICATION AGREEMENT (this "Modification") is made as of June 2, 2003, by and
between ALDER CREEK FARMS, INC., an Iowa corporation ("Maker"), and PRAIRIE TRUST BANK, an Iowa
banking corporation ("Holder").

                                   RECITALS:

     A.   Maker executed and delivered to Holder that certain Promissory Note dated June 1,
2000, in the original principal amount of SEVEN HUNDRED FIFTY THOUSAND AND NO/100 DOLLARS
($750,000.00), payable to the order of Holder, bearing interest at 7.5% per annum, and
maturing on June 1, 2003 (the "Note").

     1.   The maturity date of the Note is hereby extended from June 1, 2003 to June 1, 2005.
"""


def test_the_term_after_a_described_note_is_the_notes() -> None:
    [(head, _)] = [m for m in find_mentions(_TEXT) if m[0].title == "Promissory Note"]
    assert (head.date, head.term) == ("2000-06-01", "Note")


def test_maker_holder_and_modification_reach_the_note() -> None:
    x = extract_text(_TEXT)
    assert ("ALDER CREEK FARMS, INC.", "Promissory Note") in edges(x, "ISSUES")
    assert ("PRAIRIE TRUST BANK", "Promissory Note") in edges(x, "HOLDS")
    assert ("Note Modification Agreement", "Promissory Note") in edges(x, "AMENDS")


def test_an_agreement_or_a_gap_that_describes_no_note_has_no_description() -> None:
    text = ', among the Borrower and the Lenders (the "Credit Agreement")'
    assert note_description_end(text, 0, "Credit Agreement") is None
    between = ', among the Company and Harbor Bank (the "Note")'
    assert note_description_end(between, 0, "Note") is None


def test_a_clause_or_another_note_in_the_gap_is_no_description() -> None:
    verb = " shall bear interest at the rates set forth in the Revolving Note, respectively"
    assert note_description_end(verb + ' (the "Notes")', 0, "Revolving Note") is None
    other = (
        ", in the principal amount of $900,000, as evidenced by the $1,200,000 Promissory Note"
        ' (the "Consolidated Note")'
    )
    assert note_description_end(other, 0, "Promissory Note") is None


def test_an_undated_class_of_notes_keeps_no_term_from_its_description() -> None:
    text = (
        "The Company will authorize the issue of $40,000,000 aggregate principal amount of its "
        '6.15% Senior Notes, Series A, due March 1, 2019 (the "Series A Notes").'
    )
    assert not [m for m, _ in find_mentions(text) if m.title == "15% Senior Notes"]
