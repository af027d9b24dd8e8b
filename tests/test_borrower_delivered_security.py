"""A security agreement or pledge a credit agreement defines as delivered by its borrowers ("the
Security Agreement in substantially the form of Exhibit C to be delivered by each Borrower"),
no secured party named: each borrower is party to it and SECURES the credit agreement. A
document delivered by a party that does not borrow gives no such edge. A passage written for
this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """LOAN AGREEMENT dated as of February 2, 2004 among TERRACE FOODS, INC., a Maine
corporation, and TERRACE LOGISTICS, INC., a Maine corporation (each a "Borrower" and together the
"Borrowers"), and PEMBERTON SAVINGS BANK, a Maine savings bank (the "Bank").

Section 1.01 Definitions.

"Pledge Agreement" means the Stock Pledge Agreement in substantially the form of Exhibit D to
be delivered by each Borrower under the terms of this Agreement.

"Security Agreement" means the Security Agreement in substantially the form of Exhibit C to
be delivered by each Borrower under the terms of this Agreement.

Section 2.01 Loans. The Bank agrees to make loans to the Borrowers in an aggregate principal
amount not to exceed $8,000,000.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written.

TERRACE FOODS, INC.
By: /s/ Noel Avery
Title: President

TERRACE LOGISTICS, INC.
By: /s/ Noel Avery
Title: President

PEMBERTON SAVINGS BANK
By: /s/ Joan Fry
Title: Vice President
"""


def test_each_borrower_delivering_the_security_agreement_secures_the_loan_agreement() -> None:
    secures = edges(extract_text(_TEXT), "SECURES")
    assert {
        ("TERRACE FOODS, INC.", "Loan Agreement"),
        ("TERRACE LOGISTICS, INC.", "Loan Agreement"),
    } <= secures


def test_a_document_the_bank_delivers_secures_nothing() -> None:
    text = _TEXT.replace("be delivered by each Borrower", "be delivered by the Bank")
    secures = edges(extract_text(text), "SECURES")
    assert not any(source == "PEMBERTON SAVINGS BANK" for source, _ in secures)


def test_a_document_delivered_with_a_secured_party_names_no_grantor() -> None:
    text = _TEXT.replace(
        "Exhibit C to\nbe delivered by each Borrower",
        "Exhibit C to\nbe delivered by each Borrower and the Trustee",
    ).replace(
        "Exhibit D to\nbe delivered by each Borrower", "Exhibit D to\nbe delivered by the Trustee"
    )
    secures = edges(extract_text(text), "SECURES")
    assert ("TERRACE FOODS, INC.", "Loan Agreement") not in secures
