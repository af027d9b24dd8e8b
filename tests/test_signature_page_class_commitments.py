"""A credit agreement whose lenders are named only on the signature pages, each page followed by
the lender's commitment of each class on a labelled line ("Revolving Commitment: $20,000,000",
"Term Commitment: $10,000,000"), and whose notes are one per lender of each class "in a principal
amount equal to such Lender's Revolving Commitment", beside a swingline note payable to the
swingline lender alone: each lender holds its note of a class for that class's figure (not its
whole commitment), and only the swingline lender holds the swingline note."""

from __future__ import annotations

from tests.passages import edge_amounts, extract_text

_OAKS = """\
                                CREDIT AGREEMENT

     THIS CREDIT AGREEMENT, dated as of May 2, 2022, is entered into by and among
BRISTLECONE MILLING CORPORATION, a Delaware corporation (the "Borrower"), the
several banks from time to time parties hereto (the "Lenders"), and HARBORVIEW
BANK, N.A., as administrative agent for the Lenders (in such capacity, the
"Administrative Agent") and as swingline lender (in such capacity, the
"Swingline Lender").

     2.1 Loans. Each Lender severally agrees to make revolving credit loans
("Revolving Loans") to the Borrower in an aggregate amount not to exceed its
Revolving Commitment, and a term loan (a "Term Loan") not to exceed its Term
Commitment.

     2.4 Notes. (a) The Term Loan of each Lender shall be evidenced by a
promissory note of the Borrower payable to the order of such Lender in a
principal amount equal to such Lender's Term Commitment, substantially in the
form of Exhibit A-1 (a "Term Note").

     (b) The Revolving Loans made by each Lender shall be evidenced by a
promissory note of the Borrower, substantially in the form of Exhibit A-2 (a
"Revolving Note"), payable to the order of such Lender in a principal amount
equal to such Lender's Revolving Commitment.

     (c) The Swingline Loans shall be evidenced by a promissory note of the
Borrower, substantially in the form of Exhibit A-3 (the "Swingline Note"),
payable to the order of the Swingline Lender.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

                                  BRISTLECONE MILLING CORPORATION

                                  By:    /s/ Ada L. Pruitt
                                  Name:  Ada L. Pruitt
                                  Title: Treasurer

                                  HARBORVIEW BANK, N.A., as Administrative
                                  Agent, Swingline Lender and as a Lender

                                  By:    /s/ Omar Keane
                                  Name:  Omar Keane
                                  Title: Senior Vice President

Revolving Commitment: $15,000,000
Term Commitment:      $5,000,000

                                  COPPERLINE STATE BANK, as a Lender

                                  By:    /s/ Rhea Vance
                                  Name:  Rhea Vance
                                  Title: Vice President

Revolving Commitment: $9,000,000
Term Commitment:      $3,000,000
"""

#: the same shape in a bank form's wording: "Bank", address beside the block, the commitments
#: aligned in a column with percentages between them
_MILL = """\
                          REVOLVING AND TERM CREDIT AGREEMENT

     This Agreement, dated as of March 9, 1998, is among KESTREL VALVE, INC., a
Minnesota corporation (the "Borrower"), the banks signatory hereto (the
"Banks") and LAKELAND NATIONAL BANK, as agent for the Banks (the "Agent").

     "Revolving Note" means a promissory note of the Borrower payable to a Bank
in the amount of such Bank's Revolving Commitment, in substantially the form of
Exhibit A.

     "Term Note" means a promissory note of the Borrower payable to a Bank in the
amount of such Bank's Term Commitment, in substantially the form of Exhibit B.

     2.1 The Revolving Loans of each Bank shall be evidenced by a Revolving Note
and the Term Loan of each Bank by a Term Note.

KESTREL VALVE, INC.

By /s/ Lyle Brandt
Its Chief Financial Officer

Address:                                 LAKELAND NATIONAL BANK,
400 Lake Street                          as Bank and as Agent
Duluth, Minnesota 55802                  By /s/ Nina Ostrowski
                                         Its Vice President

Revolving Commitment:                    $6,000,000
Revolving Percentage:                    60.00%
Term Commitment:                         $9,000,000
Term Percentage:                         60.00%

Address:                                 PINE RIVER BANK AND TRUST COMPANY
22 Birch Avenue                          By /s/ Carl Dunmore
Duluth, Minnesota 55803                  Its Senior Vice President

Revolving Commitment:                    $4,000,000
Revolving Percentage:                    40.00%
Term Commitment:                         $6,000,000
Term Percentage:                         40.00%
"""


def test_each_lenders_note_of_a_class_is_for_that_class_commitment() -> None:
    held = edge_amounts(extract_text(_OAKS), "HOLDS")
    assert held[("HARBORVIEW BANK, N.A.", "Revolving Note")] == 15_000_000
    assert held[("HARBORVIEW BANK, N.A.", "Term Note")] == 5_000_000
    assert held[("COPPERLINE STATE BANK", "Revolving Note")] == 9_000_000
    assert held[("COPPERLINE STATE BANK", "Term Note")] == 3_000_000


def test_the_swingline_note_is_the_swingline_lenders_alone() -> None:
    holders = {
        h for h, note in edge_amounts(extract_text(_OAKS), "HOLDS") if note == "Swingline Note"
    }
    assert holders == {"HARBORVIEW BANK, N.A."}


def test_class_lines_under_blocks_set_in_columns() -> None:
    held = edge_amounts(extract_text(_MILL), "HOLDS")
    assert held[("LAKELAND NATIONAL BANK", "Revolving Note")] == 6_000_000
    assert held[("LAKELAND NATIONAL BANK", "Term Note")] == 9_000_000
    assert held[("PINE RIVER BANK AND TRUST COMPANY", "Revolving Note")] == 4_000_000
    assert held[("PINE RIVER BANK AND TRUST COMPANY", "Term Note")] == 6_000_000


def test_a_note_of_every_lender_is_not_narrowed_to_one() -> None:
    """Near miss: a note "payable to the order of such Lender" that the swingline lender's
    capacity is only mentioned beside stays every lender's."""
    text = _OAKS.replace(
        "payable to the order of the Swingline Lender.",
        "payable to the order of such Lender, including the Swingline Lender.",
    )
    holders = {
        h for h, note in edge_amounts(extract_text(text), "HOLDS") if note == "Swingline Note"
    }
    assert holders == {"HARBORVIEW BANK, N.A.", "COPPERLINE STATE BANK"}
