"""Notes a credit agreement defines with the form it attaches ("... made by Borrower in favor of
each Bank substantially in the form of EXHIBIT D"): the notes its own loans are evidenced by,
ISSUED_UNDER it even though only a definition names them; a note in the form of another
agreement's exhibit is not. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """LOAN AGREEMENT

            This LOAN AGREEMENT ("Agreement") is entered into as of June 3, 1996 by and among
CASCADE MARINE SUPPLY, INC., a Washington corporation ("Borrower"), and PUGET SOUND BANK, as
Agent and as a Bank.

            1.1  DEFINED TERMS.

"""

_TAIL = """
            2.1  LOANS.  Each Bank shall make Revolving Advances to Borrower.

            IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed.

CASCADE MARINE SUPPLY, INC.

By: /s/ Harold J. Brandt
    Its: President

PUGET SOUND BANK, as Agent and as a Bank

By: /s/ Irene K. Sato
    Its: Vice President
"""


def test_a_note_defined_with_the_agreements_own_form_is_issued_under_it() -> None:
    x = extract_text(
        _HEAD
        + '            "REVOLVING NOTE" means a promissory note made by Borrower in favor of\n'
        "       each Bank substantially in the form of EXHIBIT D, either as originally\n"
        "       executed or as the same may from time to time be amended.\n" + _TAIL
    )
    assert ("REVOLVING NOTE", "Loan Agreement") in edges(x, "ISSUED_UNDER")
    assert ("CASCADE MARINE SUPPLY, INC.", "REVOLVING NOTE") in edges(x, "ISSUES")


def test_a_note_in_another_agreements_form_is_not() -> None:
    x = extract_text(
        _HEAD
        + '            "SELLER NOTE" means a promissory note made by Borrower in favor of the\n'
        "       sellers substantially in the form of Exhibit C to the Purchase Agreement.\n" + _TAIL
    )
    assert not any(a == "SELLER NOTE" for a, _ in edges(x, "ISSUED_UNDER"))
