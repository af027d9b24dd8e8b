"""How much of a note its holder holds, where the document says it once: the principal of a
note one party alone holds, or each lender's commitment for notes "in the amount of such
Lender's Commitment" (:mod:`ingest.relations.held_amounts`)."""

from __future__ import annotations

from tests.passages import edge_amounts, extract_text

_GUARANTY = """GUARANTY

     THIS GUARANTY is made as of October 4, 2010 by BALSAM POINT HOLDINGS, INC., a Maine
corporation (the "Guarantor"), in favor of CASCO HARBOR BANK (the "Lender").

     Balsam Point Marine, LLC (the "Borrower") has executed and delivered to the Lender a
Promissory Note dated October 4, 2010, made by the Borrower payable to the order of the
Lender in the principal amount of $2,600,000 (the "Note").

     1. The Guarantor unconditionally guarantees the payment of the Note.

BALSAM POINT HOLDINGS, INC.

By: /s/ Edith Marsh
Name: Edith Marsh
Title: President
"""


def test_the_one_holder_of_a_priced_note_holds_its_principal() -> None:
    assert edge_amounts(extract_text(_GUARANTY), "HOLDS") == {
        ("CASCO HARBOR BANK", "Promissory Note"): 2600000
    }


_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

     This Second Amendment to Credit Agreement (this "Amendment") is dated as of July 1, 2018
among Dunfield Tool Corp., an Ohio corporation (the "Borrower"), the banks signatory hereto
(the "Lenders"), and Lakeview National Bank, as agent for the Lenders (the "Agent").

     The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of May 2,
2015 (the "Credit Agreement").

     1. Section 2.1 of the Credit Agreement is amended so that the Lenders will make revolving
loans to the Borrower of up to $30,000,000 in the aggregate.

     2. On the date hereof the Borrower will execute and deliver to each Lender a new Revolving
Note in a principal amount equal to such Lender's Revolving Commitment set forth on Schedule 1
(each a "New Note"), issued under the Credit Agreement, in exchange for the Revolving Note
then held by that Lender.

DUNFIELD TOOL CORP.

By: /s/ Owen Ritter
Its: Treasurer

LAKEVIEW NATIONAL BANK, as Agent and as a Lender

By: /s/ Sara Quist
Its: Vice President

HURON COMMERCIAL BANK, as a Lender

By: /s/ Leo Brandt
Its: Vice President

                                   SCHEDULE 1

     Lender                                Revolving Commitment
     Lakeview National Bank                     $18,000,000
     Huron Commercial Bank                      $12,000,000
"""


def test_notes_in_the_amount_of_each_lenders_commitment() -> None:
    held = edge_amounts(extract_text(_AMENDMENT), "HOLDS")
    assert held == {
        ("Lakeview National Bank", "New Note"): 18000000,
        ("Huron Commercial Bank", "New Note"): 12000000,
    }


def test_a_note_several_lenders_hold_without_the_clause_has_no_share() -> None:
    text = _AMENDMENT.replace(
        "in a principal amount equal to such Lender's Revolving Commitment set forth on Schedule 1",
        "in a principal amount of $30,000,000",
    )
    held = edge_amounts(extract_text(text), "HOLDS")
    assert held and set(held.values()) == {None}
