"""A lender's waiver letter (titled by its "Re:" line, which names the loan agreement) that
recites the borrower's notes in a possessive ("the Company's Revolving Note dated ... payable
to the order of the Bank") and has a guarantor consent at its foot: the notes are the
company's, held by the bank, issued under the loan agreement the letter concerns, and the
guarantor secures that agreement, not the letter. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

LETTER = """                          PRAIRIE HOLLOW STATE BANK
                              14 Courthouse Square
                            Salina, Kansas 67401

                                 April 9, 1999

Tallgrass Feed & Grain Co.
Attention: Ms. Opal V. Reinholt

     Re:  Waiver of Current Ratio Covenant under Credit Agreement
          dated as of June 1, 1997

Dear Ms. Reinholt:

     Reference is made to the Credit Agreement dated as of June 1, 1997 (the "Credit
Agreement") between TALLGRASS FEED & GRAIN CO., a Kansas corporation (the "Company"), and
PRAIRIE HOLLOW STATE BANK, a Kansas banking corporation (the "Bank"), pursuant to which the
Bank has agreed to make revolving loans to the Company, as evidenced by the Company's
Revolving Note dated June 1, 1997 payable to the order of the Bank in the principal amount
of $2,250,000 (the "Note").

     The Bank hereby waives the Event of Default arising under Section 7.1(d) of the Credit
Agreement solely by reason of the Company's failure to comply with Section 5.2 of the Credit
Agreement as of December 31, 1998.

     The obligations of the Company under the Credit Agreement are guaranteed by TALLGRASS
TRUCKING, INC., a Kansas corporation (the "Guarantor"), pursuant to the Guaranty dated June
1, 1997. By its signature below, the Guarantor consents to this letter and confirms that the
Guaranty remains in full force and effect.

                              Very truly yours,

                              PRAIRIE HOLLOW STATE BANK

                              By: /s/ Lyman D. Fogarty
                                  Lyman D. Fogarty
                                  Senior Vice President

ACCEPTED AND AGREED:

TALLGRASS FEED & GRAIN CO.

By: /s/ Opal V. Reinholt
    Opal V. Reinholt
    President

CONSENTED TO BY GUARANTOR:

TALLGRASS TRUCKING, INC.

By: /s/ Emory J. Castellanos
    Emory J. Castellanos
    President
"""

COMPANY = "Tallgrass Feed & Grain Co."
BANK = "PRAIRIE HOLLOW STATE BANK"


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_the_possessive_notes_maker_and_payee() -> None:
    x = extract_text(LETTER)
    issues = _lower(edges(x, "ISSUES"))
    holds = _lower(edges(x, "HOLDS"))
    assert any(a == COMPANY.lower() and "revolving note" in b for a, b in issues)
    assert any(a == BANK.lower() and "revolving note" in b for a, b in holds)


def test_the_notes_are_issued_under_the_agreement_the_letter_concerns() -> None:
    x = extract_text(LETTER)
    under = _lower(edges(x, "ISSUED_UNDER"))
    assert any("revolving note" in a and b == "credit agreement" for a, b in under)


def test_the_consenting_guarantor_secures_the_credit_agreement_not_the_letter() -> None:
    x = extract_text(LETTER)
    secured = {b for a, b in edges(x, "SECURES") if a.lower() == "tallgrass trucking, inc."}
    assert "Credit Agreement" in secured
    assert not any(b.lower().startswith("waiver") for b in secured)
