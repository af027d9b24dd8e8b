"""An amendment of a credit agreement restates some of the amended agreement's definitions,
among them its notes ("'Term Note' means a promissory note of the Borrower payable to the order
of any Term Lender"): those are the amended agreement's notes, defined there for every lender of
that agreement, and the amendment says no lender of its own holds one, so its lenders get no
HOLDS of them (``relations.role_lending``'s loan notes). A credit agreement's own definition
still makes each of its lenders a holder, and a note the amendment itself issues ("a
Replacement Note issued pursuant to this Amendment") keeps its holders."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of May 9, 2011 among
BRIGHTWATER MILLS, INC., a Delaware corporation (the "Borrower"), the lenders party hereto (the
"Lenders") and HARBOR POINT BANK, N.A., as administrative agent (the "Administrative Agent").

RECITALS

The Borrower, the Lenders and the Administrative Agent are parties to the Credit Agreement
dated as of June 1, 2009 (as amended, the "Credit Agreement").

SECTION 1. Amendments to the Credit Agreement. (a) Section 1.01 of the Credit Agreement is
amended by adding the following definitions in the appropriate alphabetical order:

"Term Note" means a promissory note of the Borrower payable to the order of any Term Lender, in
substantially the form of Exhibit B, evidencing the Term Loans made by such Term Lender.

"Term Lender" means each Lender having a Term Loan Commitment.

(b) Section 2.01 of the Credit Agreement is amended to add at the end thereof: "Each Term
Lender severally agrees to make a Term Loan to the Borrower on the First Amendment Date."

SECTION 2. Conditions. This Amendment is effective when the Administrative Agent has received
counterparts of this Amendment executed by the Borrower and the Lenders.

IN WITNESS WHEREOF, the parties have executed this Amendment.

BRIGHTWATER MILLS, INC.
By: /s/ Carl Ode
Name: Carl Ode
Title: Chief Financial Officer

HARBOR POINT BANK, N.A., as Administrative Agent and a Lender
By: /s/ Rita Moss
Name: Rita Moss
Title: Senior Vice President

EASTGATE SAVINGS BANK, as a Lender
By: /s/ Paul Ng
Name: Paul Ng
Title: Vice President
"""

_AGREEMENT = _AMENDMENT.replace(
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\nTHIS FIRST AMENDMENT TO CREDIT AGREEMENT (this"
    ' "Amendment")',
    'CREDIT AGREEMENT\n\nTHIS CREDIT AGREEMENT (this "Agreement")',
)


def test_amendment_lenders_hold_no_note_of_the_amended_agreement() -> None:
    x = extract_text(_AMENDMENT)
    assert not {e for e in edges(x, "HOLDS") if e[1] == "Term Note"}


def test_credit_agreement_lenders_hold_its_notes() -> None:
    x = extract_text(_AGREEMENT)
    holders = {s for s, t in edges(x, "HOLDS") if t == "Term Note"}
    assert "EASTGATE SAVINGS BANK" in holders
