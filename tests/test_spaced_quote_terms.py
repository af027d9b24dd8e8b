"""Defined terms whose quotes stand apart from their words, as text converted from a web page
sets them ("(the \u201c Company \u201d)"): read as the same terms, with evidence that still
quotes the filing exactly. Passages written for this test in the general shape of a purchase
agreement's preamble and recitals."""

from __future__ import annotations

from ingest.spaced_quotes import reading_text
from tests.passages import edges, extract_text, own_parties

SPACED = (
    "NOTE PURCHASE AGREEMENT\n\n"
    "This NOTE PURCHASE AGREEMENT (this \u201c Agreement \u201d), dated as of April 3, 2019, is "
    "entered into by and between Larchmont Devices, Inc., a Delaware corporation (the \u201c "
    "Company \u201d), and Quarry Hill Partners LP, a Delaware limited partnership (the \u201c "
    "Purchaser \u201d).\n\n"
    "WHEREAS, the Company has authorized a new series of senior secured notes in the aggregate "
    "principal amount of $2,500,000, in the form attached hereto as Exhibit A (the \u201c Notes "
    "\u201d); and\n\n"
    "WHEREAS, the Company wishes to issue and sell to the Purchaser, and the Purchaser wishes to "
    "purchase from the Company, the Notes on the terms set forth herein.\n\n"
    "1. Purchase and Sale. The Company shall issue and sell to the Purchaser, and the Purchaser "
    "shall purchase from the Company, the Notes.\n"
)


def test_the_reading_text_moves_quotes_against_their_words_at_the_same_offsets() -> None:
    text = '(the " Notes ") and (the \u201cHolder \u201d) and the "Company"'
    read = reading_text(text)
    assert read == '(the  "Notes" ) and (the \u201cHolder\u201d ) and the "Company"'
    assert len(read) == len(text)
    assert reading_text('(the "Notes")') == '(the "Notes")'


def test_spaced_terms_name_the_parties() -> None:
    parties = own_parties(SPACED)
    assert "Company" in parties["Larchmont Devices, Inc."]
    assert "Purchaser" in parties["Quarry Hill Partners LP"]


def test_spaced_terms_define_the_notes_sold() -> None:
    x = extract_text(SPACED)
    assert ("Larchmont Devices, Inc.", "Senior Secured Notes") in edges(x, "ISSUES")
    assert ("Quarry Hill Partners LP", "Senior Secured Notes") in edges(x, "HOLDS")


def test_evidence_quotes_the_filing_as_written() -> None:
    x = extract_text(SPACED)
    for e in x.entities:
        for span in e.evidence:
            assert span.text == SPACED[span.start : span.end]
    for r in x.relations:
        for span in r.evidence:
            assert span.text == SPACED[span.start : span.end]
