"""The notes of a syndicated credit agreement that says its debt "is evidenced by the Notes, one
payable to each Lender", the note term defined elsewhere (here without quotes, as a bold heading
converted to plain text reads: "NOTE means a promissory note ..."), the lenders named only on
the signature pages, an agent among them "as Administrative Agent and a Lender".

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h12-d found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

_SYNDICATED = (
    "CREDIT AGREEMENT\n\n"
    "THIS AGREEMENT is entered into as of March 3, 1997, between\n"
    'HOLLOWAY DATA SYSTEMS, INC., a Nevada corporation ("BORROWER"),\n'
    "Lenders (defined below), and CASCADE NATIONAL BANK, as Administrative Agent for Lenders.\n\n"
    "SECTION 1 DEFINITIONS.\n\n"
    "LENDERS means the financial institutions named on SCHEDULE 1.\n\n"
    "NOTE means a promissory note substantially in the form of EXHIBIT A.\n\n"
    "SECTION 3 TERMS OF PAYMENT.\n\n"
    "3.1 Notes. Principal Debt under the Revolving Facility\n"
    "is evidenced by the Notes, one payable to each Lender in the stated\n"
    "amount of its Commitment.\n\n"
    "EXECUTED as of the date first stated above.\n\n"
    "HOLLOWAY DATA SYSTEMS, INC., as Borrower\n\n"
    "By /s/ Mary P. Voss\n"
    "Mary P. Voss, Treasurer\n\n"
    "CASCADE NATIONAL BANK, as Administrative Agent and a Lender\n\n"
    "By /s/ Kevin R. Dahl\n"
    "Kevin R. Dahl, Vice President\n\n"
    "ORCHARD STATE BANK, as a Lender\n\n"
    "By /s/ Lena T. Ortiz\n"
    "Lena T. Ortiz, Senior Vice President\n"
)


def test_the_borrower_issues_one_note_class_each_lender_holds() -> None:
    x = extract_text(_SYNDICATED)
    assert edges(x, "ISSUES") == {("HOLLOWAY DATA SYSTEMS, INC.", "Notes")}
    assert edges(x, "HOLDS") == {
        ("CASCADE NATIONAL BANK", "Notes"),
        ("ORCHARD STATE BANK", "Notes"),
    }
    assert ("Notes", entity_names(x)[OWN]) in edges(x, "ISSUED_UNDER")


def test_a_maker_the_clause_writes_issues_the_notes() -> None:
    text = _SYNDICATED.replace(
        "is evidenced by the Notes, one payable to each Lender",
        "shall be evidenced by the Term Notes of the Borrower, one payable to the order of each"
        " Lender",
    )
    x = extract_text(text)
    assert edges(x, "ISSUES") == {("HOLLOWAY DATA SYSTEMS, INC.", "Term Notes")}
    assert ("ORCHARD STATE BANK", "Term Notes") in edges(x, "HOLDS")


def test_an_amendment_restating_the_clause_issues_no_notes() -> None:
    text = _SYNDICATED.replace("CREDIT AGREEMENT\n\n", "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n")
    text = text.replace("THIS AGREEMENT is entered", "THIS FIRST AMENDMENT is entered")
    x = extract_text(text)
    assert not any(t == "Notes" for _, t in edges(x, "ISSUED_UNDER"))


def test_notes_held_by_one_named_bank_are_not_this_shape() -> None:
    text = _SYNDICATED.replace("one payable to each Lender", "one payable to Orchard State Bank")
    x = extract_text(text)
    assert ("ORCHARD STATE BANK", "Notes") not in edges(x, "HOLDS")
