"""Every amendment the document names carries the number its title gives ("Amendment No. 3 to
Promissory Note" -> 3, "First Amendment to the Credit Agreement" -> 1, "Amendment #2" -> 2),
whichever reader made it: the document's own title, a recital's list of earlier amendments of a
note (read as instruments), a credit agreement's recital, an amendment appended after the
agreement it amends. Before one pass read them all, amendments made by the readers of appended
and attached agreements had no number, and an amended note's number never reached the graph
(the Instrument label had no such property). Passages written for the test; near misses: an
amended and restated agreement and a bare "Amendment".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dealgraph.pipeline import preview_export
from tests.passages import extract_text

_NOTE_AMENDMENT = """AMENDMENT NO. 4 TO PROMISSORY NOTE

This Amendment No. 4 to Promissory Note (this "Amendment") is made as of December 30, 2022 by
{maker}, a Delaware corporation (the "Maker"), and {holder} (the "Holder").

WHEREAS, the Maker issued to the Holder a Promissory Note dated March 1, 2021 in the principal
amount of $500,000 (the "Note"), as amended by {first} dated October 14, 2022, {second} dated
October 24, 2022 and {third} dated November 14, 2022;

NOW, THEREFORE, the parties agree that the Maturity Date of the Note is extended to March 31,
2023.
"""

_CREDIT_AMENDMENT = """THIRD AMENDMENT TO CREDIT AGREEMENT

THIS THIRD AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of May 2, 2003 among
{borrower}, an Ohio corporation (the "Borrower"), the Lenders party hereto and {agent}, as
administrative agent (the "Agent").

WHEREAS, the Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of
June 1, 2000, as amended by the First Amendment to Credit Agreement dated as of March 1, 2001
and the Second Amendment to Credit Agreement dated as of April 9, 2002 (as so amended, the
"Credit Agreement");

NOW, THEREFORE, Section 7.1 of the Credit Agreement is amended by deleting "2.50" and inserting
"2.75".
"""


def _numbers(text: str) -> dict[str, object]:
    return {
        str(e.props.get("title")): e.props.get("amendment_number")
        for e in extract_text(text).entities
        if e.label in ("Agreement", "Instrument")
    }


@pytest.mark.parametrize(
    ("maker", "holder", "labels"),
    [
        (
            "Quarry Lane Therapeutics, Inc.",
            "Ellis Park Capital LLC",
            (
                "Amendment No. 1 to Promissory Note",
                "Amendment No. 2 to Promissory Note",
                "Amendment No. 3 to Promissory Note",
            ),
        ),
        (
            "Brightwater Diagnostics Corp.",
            "Hollis Street Partners, L.P.",
            (
                "Amendment #1 to Promissory Note",
                "Amendment #2 to Promissory Note",
                "Amendment #3 to Promissory Note",
            ),
        ),
    ],
)
def test_a_notes_recited_amendments_carry_their_numbers(
    maker: str, holder: str, labels: tuple[str, str, str]
) -> None:
    text = _NOTE_AMENDMENT.format(
        maker=maker, holder=holder, first=labels[0], second=labels[1], third=labels[2]
    )
    numbers = _numbers(text)
    assert numbers["Amendment No. 4 to Promissory Note"] == 4
    assert [numbers.get(t) for t in labels] == [1, 2, 3]


def test_a_credit_agreements_recited_amendments_carry_their_numbers() -> None:
    numbers = _numbers(
        _CREDIT_AMENDMENT.format(borrower="Tessaly Forge, Inc.", agent="Lake Erie Bank, N.A.")
    )
    assert numbers["Third Amendment to Credit Agreement"] == 3
    assert numbers["First Amendment to Credit Agreement"] == 1
    assert numbers["Second Amendment to Credit Agreement"] == 2
    assert numbers["Credit Agreement"] is None


def test_a_restated_agreement_and_a_bare_amendment_have_no_number() -> None:
    """Near misses: "Amended and Restated" numbers no amendment, nor does "Amendment" alone."""
    text = """AMENDED AND RESTATED LOAN AGREEMENT

This Amended and Restated Loan Agreement is made as of July 7, 2008 between Corvid Sails LLC
(the "Borrower") and Sea Island Bank (the "Bank"), and amends and restates the Loan Agreement
dated as of January 4, 2005 between them, as modified by an Amendment dated as of May 5, 2006.
"""
    numbers = _numbers(text)
    assert numbers["Amended and Restated Loan Agreement"] is None
    assert all(v is None for v in numbers.values())


def test_an_amended_notes_number_reaches_the_graph(tmp_path: Path) -> None:
    """An amendment of a note is an Instrument; its number is exported as an agreement's is."""
    doc = tmp_path / "note_amendment.txt"
    doc.write_text(
        _NOTE_AMENDMENT.format(
            maker="Quarry Lane Therapeutics, Inc.",
            holder="Ellis Park Capital LLC",
            first="Amendment No. 1 to Promissory Note",
            second="Amendment No. 2 to Promissory Note",
            third="Amendment No. 3 to Promissory Note",
        )
    )
    numbers = {
        n["properties"]["title"]: n["properties"].get("amendment_number")
        for n in preview_export([doc])["nodes"]
        if n["label"] == "Instrument"
    }
    assert numbers["Amendment No. 2 to Promissory Note"] == 2
    assert numbers["Promissory Note"] is None
