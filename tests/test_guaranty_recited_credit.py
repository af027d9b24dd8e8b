"""A guaranty's recitals tell of the credit it stands behind: the note that evidences the
loan, the line of credit, the letters of credit. A guaranty issues none of them; they are
ISSUED_UNDER the loan or credit agreement the guaranty guarantees. And "that certain
Revolving Credit Note dated ... (as amended ..., the "Note")" is one note, its short term an
alias."""

from __future__ import annotations

from tests.passages import edges, extract_text

_GUARANTY = """UNCONDITIONAL GUARANTY

THIS UNCONDITIONAL GUARANTY is made as of February 3, 2009 by OSPREY MILLWORK GROUP, INC., a
Maine corporation ("Guarantor"), in favor of CASCO BAY SAVINGS BANK ("Bank").

RECITALS

A. Osprey Millwork, LLC, a Maine limited liability company ("Borrower"), and Bank are
parties to a Loan Agreement dated as of February 3, 2009 (the "Loan Agreement").

B. Borrower's obligation to repay advances under the Loan Agreement is evidenced by that
certain Revolving Credit Note dated February 3, 2009, in the original principal amount of
$3,250,000, made by Borrower and payable to the order of Bank, bearing interest at the Prime
Rate and maturing on February 3, 2011 (as the same may be amended or replaced from time to
time, the "Note").

NOW, THEREFORE, Guarantor agrees as follows:

1. Guarantor unconditionally guarantees to Bank the payment of the Note and all other
obligations of Borrower under the Loan Agreement.

IN WITNESS WHEREOF, Guarantor has executed this Unconditional Guaranty as of the date above.

OSPREY MILLWORK GROUP, INC.

By: /s/ Colin P. Thibodeau
Name: Colin P. Thibodeau
Title: President
"""


def test_the_recited_note_is_issued_under_the_guaranteed_agreement() -> None:
    x = extract_text(_GUARANTY)
    under = edges(x, "ISSUED_UNDER")
    assert ("Revolving Credit Note", "Loan Agreement") in under
    assert not [u for u in under if u[1] == "Unconditional Guaranty"]


def test_the_short_term_of_a_titled_note_is_the_same_note() -> None:
    x = extract_text(_GUARANTY)
    notes = [e for e in x.entities if e.label == "Instrument"]
    assert [(str(e.props.get("title")), "Note" in e.aliases) for e in notes] == [
        ("Revolving Credit Note", True)
    ]
