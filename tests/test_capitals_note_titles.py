"""A note a modification recites by its title set in capitals ("a certain REVOLVING CREDIT
LOANS NOTE dated February 1, 2005, in the original principal amount of ... (as amended by this
Modification, the "Note")"): the note is titled so, dated by the day after its noun, and the
modification AMENDS it (rules ``instruments.capitals_title_word``,
``instruments.dated_after_noun`` and the amended lead-in of ``instruments.defined`` in
:mod:`ingest.instruments.defined`; :func:`ingest.references.amends.extract_instruments_amended`);
passages written for this test, and round fourteen's note modification agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_MODIFICATION = """NOTE MODIFICATION AGREEMENT

THIS NOTE MODIFICATION AGREEMENT ("Modification") is made as of March 1, 2008, by BRISTOW \
TOOL CORPORATION, a Minnesota corporation ("Maker"), and FIRST LAKE BANK ("Bank").

WHEREAS, Maker executed and delivered to Bank {recital}; and

NOW, THEREFORE, Maker and Bank agree that the Note is modified as follows: the maturity date \
of the Note is extended to June 1, 2010.

BRISTOW TOOL CORPORATION

By: /s/ John Smith
John Smith, President
"""


def _notes(recital: str) -> dict[str, object]:
    x = extract_text(_MODIFICATION.format(recital=recital))
    return {
        str(e.props.get("title")).lower(): e.props.get("date")
        for e in x.entities
        if e.label == "Instrument"
    }


def test_capitals_title_with_an_amended_lead_in() -> None:
    recital = (
        "a certain REVOLVING CREDIT LOANS NOTE dated February 1, 2005, in the original "
        'principal amount of $2,000,000.00 (as amended by this Modification, the "Note")'
    )
    x = extract_text(_MODIFICATION.format(recital=recital))
    titles = {str(e.props.get("title")).lower(): e for e in x.entities if e.label == "Instrument"}
    assert titles["revolving credit loans note"].props.get("date") == "2005-02-01"
    assert ("Note Modification Agreement", "Revolving Credit Loans Note") in {
        (a, b) for a, b in edges(x, "AMENDS")
    }
    assert ("BRISTOW TOOL CORPORATION", "Revolving Credit Loans Note") in edges(x, "ISSUES")


def test_capitals_promissory_note_title() -> None:
    recital = (
        "its SECURED EQUIPMENT PROMISSORY NOTE dated June 15, 2006, in the original principal "
        'amount of $480,000.00 (the "Note")'
    )
    assert _notes(recital) == {"secured equipment promissory note": "2006-06-15"}


def test_lower_case_description_is_dated_too() -> None:
    recital = (
        "a secured promissory note dated as of June 15, 2006, in the original principal amount "
        'of $480,000.00 (the "Note")'
    )
    assert _notes(recital) == {"secured promissory note": "2006-06-15"}


def test_capitals_words_of_a_sentence_are_no_title() -> None:
    # a pointer in capitals stops the title ("THIS"), and no title word: no title of its own
    recital = 'THIS NOTE dated June 15, 2006, in the amount of $480,000.00 (the "Note")'
    assert "this note" not in _notes(recital)


def test_round_fourteen_note_modification() -> None:
    text = (_ROOT / "tests/gold_written/docs/r14fac_notemod_orland.txt").read_text()
    x = extract_text(text)
    amends = edges(x, "AMENDS")
    assert ("Note Modification Agreement", "Revolving Credit Loans Note") in amends
    assert ("Note Modification Agreement", "Equipment Note") in amends
    assert ("Revolving Credit Loans Note", "Credit Agreement") in edges(x, "ISSUED_UNDER")
