"""The note an "Amendment to Promissory Note" amends, named in its text only by a title in
capitals and never in quotes: "Maker executed and delivered to Holder that certain REVOLVING
CREDIT LOANS NOTE dated May 3, 2004 in the original principal amount of $1,000,000, issued
pursuant to the Credit Agreement ..." (``relations.note_owners.capitals_note``): the note the
modification's title calls "Promissory Note" takes that title as an alias, its date and its
principal, and is ISSUED_UNDER the agreement named. The holder the opening defines ("in favor of
... ("Holder")") that signs under "ACCEPTED AND AGREED" HOLDS the note and lends to the maker
(before, it was read as a company acknowledging from below). Near miss: a modification whose own
title names another note than the one its text names in capitals."""

from __future__ import annotations

from tests.passages import edges, extract_text

_MODIFICATION = """{title}

THIS {title} (this "Amendment") is made as of June 1, 2009 by CORVALE FITTINGS, INC., an
Ohio corporation ("Maker"), in favor of LAKE ERIE NATIONAL BANK, a national banking
association ("Holder").

{recital}

1. The maturity date of the note is extended to June 1, 2010.

2. This Amendment is governed by the laws of the State of Ohio.

CORVALE FITTINGS, INC.
By: /s/ Dora Vale
Title: President

ACCEPTED AND AGREED:

LAKE ERIE NATIONAL BANK
By: /s/ Sam Kerr
Title: Vice President
"""

_RECITALS = (
    "Maker executed and delivered to Holder that certain REVOLVING CREDIT LOANS NOTE dated May "
    "3, 2004 in the original principal amount of $1,000,000, issued pursuant to the Credit "
    "Agreement dated May 3, 2004 between Maker and Holder. Maker has asked Holder to extend the "
    "REVOLVING CREDIT LOANS NOTE.",
    "Holder is the holder of that certain TERM LOAN NOTE, dated as of May 3, 2004, in the "
    "principal amount of $1,000,000 and executed pursuant to the Credit Agreement dated May 3, "
    "2004 between Maker and Holder, and the parties wish to amend the TERM LOAN NOTE.",
)


def _notes(x: object) -> dict[str, dict[str, object]]:
    return {
        str(e.props.get("title")): {**e.props, "aliases": e.aliases}
        for e in x.entities  # type: ignore[attr-defined]
        if e.label == "Instrument" and e.props.get("kind") == "note"
    }


def test_the_amended_note_takes_its_title_in_capitals_and_its_agreement() -> None:
    for recital, title in zip(
        _RECITALS, ("REVOLVING CREDIT LOANS NOTE", "TERM LOAN NOTE"), strict=True
    ):
        x = extract_text(
            _MODIFICATION.format(title="AMENDMENT TO PROMISSORY NOTE", recital=recital)
        )
        note = _notes(x)["Promissory Note"]
        assert title in note["aliases"], recital
        assert (note["date"], note["amount"]) == ("2004-05-03", 1000000), recital
        assert ("Promissory Note", "Credit Agreement") in edges(x, "ISSUED_UNDER"), recital


def test_the_holder_accepting_below_holds_the_note() -> None:
    x = extract_text(
        _MODIFICATION.format(title="AMENDMENT TO PROMISSORY NOTE", recital=_RECITALS[0])
    )
    assert ("LAKE ERIE NATIONAL BANK", "Promissory Note") in edges(x, "HOLDS")
    assert ("CORVALE FITTINGS, INC.", "Promissory Note") in edges(x, "ISSUES")
    assert ("LAKE ERIE NATIONAL BANK", "CORVALE FITTINGS, INC.") in edges(x, "LENDS_TO")


def test_a_note_the_modification_does_not_amend_keeps_its_own_title() -> None:
    x = extract_text(
        _MODIFICATION.format(title="AMENDMENT TO EQUIPMENT NOTE", recital=_RECITALS[0])
    )
    for note in _notes(x).values():
        assert "REVOLVING CREDIT LOANS NOTE" not in note["aliases"]
    assert not {n for n, _ in edges(x, "ISSUED_UNDER") if n == "Equipment Note"}
