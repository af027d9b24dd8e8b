"""A small company's credit agreement with its owner's guaranty attached as an exhibit and
signed by the owner for himself ("/s/ Ruth A. Lindgren" / "RUTH A. LINDGREN, individually"):
the exhibit is the guaranty itself, executed, though no company signs it; a blank form of it
is not. Passages written for these tests (names, amounts and dates are made up)."""

from __future__ import annotations

from tests.passages import edges, extract_text

CREDIT = """\
                                CREDIT AGREEMENT

     THIS CREDIT AGREEMENT is made as of the 3rd day of March, 1998, by and between
LINDGREN TOOL & DIE, INC., a Minnesota corporation (the "Company"), and NORTH STAR
STATE BANK, a Minnesota banking corporation (the "Bank").

     1.  LOAN.  The Bank agrees to lend to the Company up to $900,000.

     2.  GUARANTY.  The obligations of the Company shall be guaranteed by Ruth A.
Lindgren pursuant to the Guaranty of even date herewith in the form of Exhibit A.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

                                   LINDGREN TOOL & DIE, INC.

                                   By: /s/ Ruth A. Lindgren
                                       Ruth A. Lindgren, President

                                   NORTH STAR STATE BANK

                                   By: /s/ Carl J. Westby
                                       Carl J. Westby, Vice President



                                   EXHIBIT A

                                    GUARANTY

     FOR VALUE RECEIVED, the undersigned, RUTH A. LINDGREN (the "Guarantor"), hereby
unconditionally guarantees to NORTH STAR STATE BANK (the "Bank") the payment of all
obligations of LINDGREN TOOL & DIE, INC. under the Credit Agreement dated as of March 3,
1998.

     IN WITNESS WHEREOF, the Guarantor has executed this Guaranty as of March 3, 1998.


                                   /s/ Ruth A. Lindgren
                                   ----------------------------------
                                   RUTH A. LINDGREN, individually
"""


def test_the_owner_signs_her_guaranty() -> None:
    x = extract_text(CREDIT)
    assert ("Ruth A. Lindgren", "Guaranty") in edges(x, "SIGNED")
    assert ("Ruth A. Lindgren", "Guaranty") in edges(x, "PARTY_TO")


def test_a_blank_form_of_the_guaranty_is_signed_by_no_one() -> None:
    signed = CREDIT.rsplit("/s/ Ruth A. Lindgren", 1)
    blank = "______________________".join(signed).replace(
        "RUTH A. LINDGREN, individually", "[NAME OF GUARANTOR], individually"
    )
    x = extract_text(blank)
    assert not any(target == "Guaranty" for _, target in edges(x, "SIGNED"))
