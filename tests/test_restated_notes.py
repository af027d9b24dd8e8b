"""A new note that "shall amend and restate, and be given in substitution for (but not in
payment of), the Existing Term Note held by such Lender" AMENDS that note (singular or the
plural the recital defined); a clause amending the credit agreement is no note's restatement."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

THIS SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is made as of March 4, 1998, among
PELLSTON MACHINE WORKS, INC., a Michigan corporation (the "Borrower"), the banks signatory
hereto (the "Lenders") and HURON VALLEY BANK, as agent (the "Agent").

WHEREAS, the Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of
June 2, 1996 (the "Credit Agreement"), under which the Lenders made term loans to the Borrower
evidenced by the term notes of the Borrower dated June 2, 1996 payable to the order of each
Lender (the "Existing Term Notes");

NOW, THEREFORE, the parties agree as follows:

1. On the date hereof the Borrower shall execute and deliver to each Lender a replacement term
note in the form of Exhibit B hereto (each, a "Replacement Term Note"), which shall amend and
restate, and be given in substitution for (but not in payment of), the Existing Term Note held
by such Lender.

2. Section 2.4 of the Credit Agreement is amended by deleting "June 30, 1999" and inserting
"June 30, 2001".

PELLSTON MACHINE WORKS, INC.

By: /s/ Warren Kolb
Name: Warren Kolb
Title: Treasurer

HURON VALLEY BANK, as Agent and as a Lender

By: /s/ Irene Szabo
Name: Irene Szabo
Title: Vice President
"""


def test_the_replacement_note_amends_the_existing_notes() -> None:
    amends = edges(extract_text(_AMENDMENT), "AMENDS")
    assert ("Replacement Term Note", "Existing Term Notes") in amends
    assert ("Second Amendment to Credit Agreement", "Credit Agreement") in amends


def test_no_note_restates_without_the_clause() -> None:
    text = _AMENDMENT.replace(
        ", which shall amend and\nrestate, and be given in substitution for (but not in payment "
        "of), the Existing Term Note held\nby such Lender.",
        ".",
    )
    assert "substitution" not in text
    amends = edges(extract_text(text), "AMENDS")
    assert not [a for a in amends if a[0] == "Replacement Term Note"]
