"""An amendment that has the borrower "execute and deliver to each Bank a replacement Revolving
Note in the amount of such Bank's Commitment ... in substitution for" the note it holds: the
borrower issues the replacement notes and each bank holds them, under the credit agreement
the amendment amends. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

AMENDMENT = """THIRD AMENDMENT TO CREDIT AGREEMENT

     THIS THIRD AMENDMENT TO CREDIT AGREEMENT, dated as of March 1, 1996 (this
"Amendment"), is among OSAGE PLAINS MILLING COMPANY, a Kansas corporation (the "Company"),
the banks listed on the signature pages hereof (the "Banks"), and FLINT HILLS NATIONAL
BANK, as agent for the Banks (the "Agent").

     1.  The Company, the Banks and the Agent are parties to a Credit Agreement dated as of
June 3, 1994 (the "Credit Agreement"), pursuant to which the Banks have made available to
the Company a revolving credit facility.

     2.  NOTES.  On the date hereof the Company shall execute and deliver to each Bank a
replacement Revolving Note in the amount of such Bank's Commitment, in substitution for, but
not in payment of, the Revolving Note of the Company held by such Bank.

     IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

                                   OSAGE PLAINS MILLING COMPANY

                                   By: /s/ Harlan W. Poole
                                      Title: Treasurer

                                   FLINT HILLS NATIONAL BANK,
                                     individually and as Agent

                                   By: /s/ Marguerite Dye
                                      Title: Vice President

                                   PRAIRIE STATE BANK OF WICHITA

                                   By: /s/ Gideon R. Tull
                                      Title: Senior Vice President
"""


def test_each_bank_holds_the_replacement_note_the_company_issues() -> None:
    x = extract_text(AMENDMENT)
    holders = {a.lower() for a, b in edges(x, "HOLDS") if b == "Revolving Note"}
    assert holders == {"flint hills national bank", "prairie state bank of wichita"}
    assert any(
        a.lower() == "osage plains milling company" and b == "Revolving Note"
        for a, b in edges(x, "ISSUES")
    )
    assert ("Revolving Note", "Credit Agreement") in edges(x, "ISSUED_UNDER")
