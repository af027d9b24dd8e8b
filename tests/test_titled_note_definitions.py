"""A short note term defined as notes the definition titles: ""Notes" means the separate
Revolving Credit Notes made by the Borrowers payable to the order of each Lender", ""Notes"
means the Term Loan Notes executed by the Company in favor of each Bank". The notes are the
titled ones (the short term one more name of theirs), made by the borrowers, held by each
lender and issued under the agreement that defines them.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_TERM_NOTES = (
    "TERM LOAN AGREEMENT\n\n"
    "THIS TERM LOAN AGREEMENT is dated as of August 14, 1998 among WESTLAKE MARINE "
    'CORPORATION, a Delaware corporation (the "Company"), the banks listed on the signature '
    'pages hereof (the "Banks") and CASCADE NATIONAL BANK, as agent for the Banks (the '
    '"Agent").\n\n'
    '"Notes" means the Term Loan Notes executed by the Company in favor of each Bank in the '
    'form of Exhibit B, and "Note" means any one of them.\n\n'
    "SECTION 2.1 Term Loans. Each Bank severally agrees to make a term loan to the Company on "
    "the Closing Date in the amount of its Commitment.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first "
    "written above.\n\n"
    "WESTLAKE MARINE CORPORATION\n\nBy: /s/ Helen R. Moss\nTitle: Treasurer\n\n"
    "CASCADE NATIONAL BANK, as Agent and as a Bank\n\nBy: /s/ Peter Lund\n"
    "Title: Vice President\n\n"
    "ORCHARD BANK, N.A.\n\nBy: /s/ Dana Kim\nTitle: Vice President\n"
)


def test_the_short_term_names_the_titled_notes() -> None:
    x = extract_text(_TERM_NOTES)
    (note,) = (e for e in x.entities if e.label == "Instrument")
    assert note.props["title"] == "Term Loan Notes"
    assert "Notes" in note.aliases


def test_the_company_issues_and_each_bank_holds_them_under_the_agreement() -> None:
    x = extract_text(_TERM_NOTES)
    assert ("WESTLAKE MARINE CORPORATION", "Term Loan Notes") in edges(x, "ISSUES")
    assert {
        ("CASCADE NATIONAL BANK", "Term Loan Notes"),
        ("ORCHARD BANK, N.A.", "Term Loan Notes"),
    } <= edges(x, "HOLDS")
    assert ("Term Loan Notes", "Term Loan Agreement") in edges(x, "ISSUED_UNDER")


def test_promissory_notes_title_nothing_of_their_own() -> None:
    """ "the promissory notes made by the Company": no title beyond the kind of note."""
    text = _TERM_NOTES.replace("the Term Loan Notes executed", "the promissory notes executed")
    titles = {str(e.props["title"]) for e in extract_text(text).entities if e.label == "Instrument"}
    assert "Term Loan Notes" not in titles
