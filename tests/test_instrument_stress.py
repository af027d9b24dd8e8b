"""The instrument stress test (issue 13): every passage of :mod:`tests.instrument_stress`
through the whole extractor, its ISSUES, HOLDS and ISSUED_UNDER scored against the facts written
for it before the extractor ran. The facts still missed, and the edges still wrong, are listed
here by name, so that a change that fixes one shows up (remove it from the list) and a change
that loses one fails."""

from __future__ import annotations

import pytest

from tests.instrument_stress import ALL
from tests.instrument_stress.credit_notes import THIRD
from tests.instrument_stress.second_round import SECOND
from tests.instrument_stress.stress import Fact, Stress, score
from tests.passages import edges, extract_text

TYPES = ("ISSUES", "HOLDS", "ISSUED_UNDER")

#: facts the extractor does not find yet, by passage
KNOWN_MISSES: dict[str, tuple[Fact, ...]] = {
    # "the Company" of a report's notes is the registrant, which an excerpt does not name
    "a report's list of notes issued": (
        ("ISSUES", "GRAYSTONE DIGITAL, INC.", "10% convertible note"),
        ("ISSUES", "GRAYSTONE DIGITAL, INC.", "8% convertible note"),
    ),
    # a caption block set side by side ("Borrower: ...   Bank: ..."): the borrower's role is
    # read (role headings over their rows, stop 40), the bank's beside it is not
    "a bank's caption-form commercial note issued under a loan agreement": (
        ("HOLDS", "FARMERS AND MERCHANTS BANK OF LONG BEACH", "note"),
    ),
    # the third round (notes as credit agreements require them): first score 12 of 20, the
    # figure closest to the held-out documents' drafting; 16 of 20 now (a note in the form of
    # the agreement's exhibit is issued under it: h6-f; the agent signing "as Agent and as a
    # Bank" holds its note: stop 28's merge)
    "amendment to a loan agreement: an amended and restated note delivered in substitution": (
        ("ISSUES", "PRAIRIE WIND ENERGY, LLC", "amended note"),
        ("HOLDS", "FLINT HILLS NATIONAL BANK", "amended note"),
        ("ISSUED_UNDER", "amended note", "loan agreement"),
    ),
    # the professional association's "P.A." is cut from the maker's name
    "loan agreement defining its note by who executed it payable to whom": (
        ("ISSUES", "COASTLINE SURGICAL PARTNERS, P.A.", "note"),
    ),
}

#: edges produced that no fact accounts for, by passage
KNOWN_WRONG: dict[str, tuple[Fact, ...]] = {
    "loan agreement defining its note by who executed it payable to whom": (
        ("ISSUES", "COASTLINE SURGICAL PARTNERS", "Promissory Note"),
    ),
    # the bank's name wraps in its column ("... BANK OF" / "LONG BEACH") and is cut there
    "a bank's caption-form commercial note issued under a loan agreement": (
        (
            "HOLDS",
            "FARMERS AND MERCHANTS BANK OF",
            "Principal Amount: $600,000.00 Date of Note: November 20, 2003",
        ),
    ),
}


@pytest.mark.parametrize("stress", ALL + SECOND + THIRD, ids=[s.name for s in ALL + SECOND + THIRD])
def test_instrument_facts_of_a_passage(stress: Stress) -> None:
    x = extract_text(stress.text)
    produced = {(t, a, b) for t in TYPES for a, b in edges(x, t)}
    result = score(stress, produced)
    assert result.missed == KNOWN_MISSES.get(stress.name, ())
    assert result.wrong == tuple(sorted(KNOWN_WRONG.get(stress.name, ())))
