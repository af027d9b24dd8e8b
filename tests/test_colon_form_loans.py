"""The loans and the note of a bank-form credit agreement whose definitions use the colon style
('"Note": A promissory note of the Borrower in the form of Exhibit A.', '"Commitment Amount":
$6,000,000, as the same may be reduced'), whose lending sentence makes "a revolving credit
facility available as loans (each, a "Revolving Loan" and, collectively, the "Revolving
Loans")" and whose revolver is converted into a term loan on a set day.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h11-b found the shapes (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

_BANK_FORM = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (the "Agreement"), dated as of March 3, 1994, is by and between'
    ' HALVERSON MEDIA GROUP, INC., a Minnesota corporation (the "Borrower"), and NORTHLAKE'
    ' BANK, N.A., a national banking association (the "Bank").\n\n'
    "Section 1.1 Defined Terms.\n\n"
    '"Commitment Amount":  $6,000,000, as the same may be reduced pursuant to Section 2.9.\n\n'
    '"Note":  A  promissory  note of the Borrower in the form of\nExhibit A.\n\n'
    '"Dealer Note": the promissory note made by a Dealer in favor of the Borrower to evidence'
    " a floor plan loan the Borrower makes to it.\n\n"
    "Section 2.1 Revolving Credit. On the terms and subject to the conditions hereof, the Bank"
    ' agrees to make a revolving credit facility available as loans (each, a "Revolving Loan"'
    ' and, collectively, the "Revolving Loans") to the Borrower from time to time until the'
    " Conversion Date, provided that no Revolving Loan will be made which would cause the"
    " Total Outstandings to exceed the Commitment Amount.\n\n"
    "Section 2.2 Term Loan. On the Conversion Date the outstanding principal balance of the"
    ' Revolving Loans shall be converted into a term loan (the "Term Loan").\n\n'
    "Section 2.3 Notes. The Loans shall be evidenced by a single Note payable to the order of"
    " the Bank in a principal amount equal to the Commitment Amount.\n\n"
    "Section 2.4 Rates. Eurodollar Advances may be converted into Reference Rate Advances"
    ' (each, a "Reference Rate Loan") on the last day of an Interest Period.\n'
)


def test_the_revolving_loans_and_the_term_loan_are_facilities_of_the_agreement() -> None:
    x = extract_text(_BANK_FORM)
    under = {a for a, b in edges(x, "ISSUED_UNDER") if b == entity_names(x)[OWN]}
    assert {"Revolving Loan", "Term Loan"} <= under
    facilities = {str(e.props.get("title")): e.props for e in x.entities if e.label == "Instrument"}
    # the amount the colon-style "Commitment Amount" defines
    assert facilities["Revolving Loan"].get("amount") == 6000000
    # a conversion between rate types makes no facility
    assert "Reference Rate Loan" not in facilities


def test_the_colon_defined_note_is_issued_by_the_borrower_to_the_bank() -> None:
    x = extract_text(_BANK_FORM)
    notes = [
        str(e.props["title"])
        for e in x.entities
        if e.props.get("kind") == "note" and e.props.get("title") != "Dealer Note"
    ]
    assert len(notes) == 1
    note = notes[0]
    assert ("HALVERSON MEDIA GROUP, INC.", note) in edges(x, "ISSUES")
    assert ("NORTHLAKE BANK, N.A.", note) in edges(x, "HOLDS")
    assert (note, entity_names(x)[OWN]) in edges(x, "ISSUED_UNDER")


def test_the_collective_term_names_the_facility_too() -> None:
    x = extract_text(_BANK_FORM)
    revolving = [e for e in x.entities if e.props.get("title") == "Revolving Loan"]
    assert len(revolving) == 1
    assert "Revolving Loans" in revolving[0].aliases


def test_a_note_made_by_someone_unnamed_is_no_note_of_the_borrower() -> None:
    x = extract_text(_BANK_FORM)
    assert not any(b == "Dealer Note" for _, b in edges(x, "ISSUES") | edges(x, "HOLDS"))
