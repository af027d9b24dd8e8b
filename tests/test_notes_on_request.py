"""A credit agreement whose notes a lender gets only by asking for one ("Upon the request of any
Lender, the Borrower shall execute and deliver to such Lender a Note", "Any Bank may request that
its Loans be evidenced by a promissory note"): the definition of the note as "payable to the
order of any Revolving Credit Lender" describes a form, not a note any lender holds yet, so no
lender of the class HOLDS it (``relations.evidencing_notes.notes_on_request``). The borrower
still ISSUES the note under the agreement, and a note the document gives a named payee, or
every lender without being asked, keeps its holders."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PARTIES = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is dated as of March 3, 2015 among HOLLIS FARMS, INC.,
a Delaware corporation (the "Borrower"), the lenders from time to time party hereto (the
"Lenders") and FIRST ORCHARD BANK, N.A., as administrative agent (in such capacity, the
"Administrative Agent").

ARTICLE I DEFINITIONS
"""

_SIGNATURES = """
IN WITNESS WHEREOF, the parties have executed this Agreement.

HOLLIS FARMS, INC.
By: /s/ Jane Doe
Name: Jane Doe
Title: President

FIRST ORCHARD BANK, N.A., as Administrative Agent and a Lender
By: /s/ John Roe
Name: John Roe
Title: Vice President

GRANITE STATE BANK, as a Lender
By: /s/ Amy Poe
Name: Amy Poe
Title: Senior Vice President
"""

_DEFINED = """
"REVOLVING CREDIT NOTE" means a promissory note of the Borrower payable to the order of any
Revolving Credit Lender, in substantially the form of Exhibit A-1 hereto, evidencing the
aggregate indebtedness of the Borrower to such Lender resulting from the Revolving Credit Loans
made by such Lender.

"TERM NOTE" means a promissory note of the Borrower payable to the order of each Term Lender,
in substantially the form of Exhibit A-2 hereto, evidencing the Term Loans made by such Lender.

SECTION 2.01. Commitments. Each Lender severally agrees to make Revolving Credit Loans to the
Borrower from time to time.
"""

_UPON_REQUEST = """
SECTION 2.05. Notes. Upon the request of any Lender, the Borrower shall execute and deliver to
such Lender a Revolving Credit Note or a Term Note.
"""

_MAY_REQUEST = """
Section 2.7 Evidence of Debt. Any Lender may request that Loans made by it be evidenced by a
promissory note. In such event, the Borrower shall prepare, execute and deliver to such Lender
a Revolving Credit Note or a Term Note, as applicable.
"""

_EVIDENCED = """
SECTION 2.05. Notes. The Loans made by each Lender shall be evidenced by a Revolving Credit Note
payable to the order of such Lender, duly executed by the Borrower.
"""

_NOTES = {"REVOLVING CREDIT NOTE", "TERM NOTE"}


def test_notes_on_request_have_no_class_holder() -> None:
    for clause in (_UPON_REQUEST, _MAY_REQUEST):
        x = extract_text(_PARTIES + _DEFINED + clause + _SIGNATURES)
        assert not {e for e in edges(x, "HOLDS") if e[1] in _NOTES}, clause
        assert edges(x, "ISSUES") >= {("HOLLIS FARMS, INC.", n) for n in _NOTES}, clause


def test_notes_evidencing_every_lenders_loans_keep_their_holders() -> None:
    """Near miss: a note every lender gets, no request said: the class holds it."""
    x = extract_text(_PARTIES + _DEFINED + _EVIDENCED + _SIGNATURES)
    assert ("GRANITE STATE BANK", "REVOLVING CREDIT NOTE") in edges(x, "HOLDS")


def test_a_named_payee_keeps_its_note_when_others_must_ask() -> None:
    """Near miss: the swingline note the document gives the agent by name is held, whatever
    the other lenders must request."""
    named = (
        '\n"SWINGLINE NOTE" means the promissory note of the Borrower payable to the order of'
        " FIRST ORCHARD BANK, N.A. in the amount of $5,000,000, evidencing the Swingline Loans.\n"
    )
    x = extract_text(_PARTIES + _DEFINED + named + _UPON_REQUEST + _SIGNATURES)
    assert ("FIRST ORCHARD BANK, N.A.", "SWINGLINE NOTE") in edges(x, "HOLDS")
    assert ("GRANITE STATE BANK", "REVOLVING CREDIT NOTE") not in edges(x, "HOLDS")
