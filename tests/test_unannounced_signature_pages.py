"""Signature pages that no witness clause announces, each footed by an unbracketed label
("Signature Page to Loan Agreement"), before exhibits whose note forms close with their own
"IN WITNESS WHEREOF": the agreement's blocks are its signature pages, not the first form's.

Passages written for the test in the shape of a syndicated credit agreement whose lenders are
named only on the signature pages (the body ends, then each page a company, "By: /s/", "Name:",
"Title:" (a chief's title wrapped before its "Officer"), a notice address and the label; then
the note forms); never copied from a filing.
Blind annotation h7-a found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_BODY = (
    "LOAN AGREEMENT\n\n"
    "THIS LOAN AGREEMENT, dated as of March 3, 2016, between HALLORAN MARINE, INC., a Nevada"
    " corporation (the \u201cBorrower\u201d), each lender from time to time party hereto"
    " (collectively, the \u201cLenders\u201d and individually, a \u201cLender\u201d) and"
    " NORTHGATE BANK, an Oregon state chartered bank, as Agent (in such capacity, the"
    " \u201cAgent\u201d).\n\n"
    "1.1 Revolving Notes. The Revolving Loans made by each Lender shall be evidenced by"
    " promissory notes of the Borrower (collectively, the \u201cRevolving Notes\u201d), payable"
    " to the order of such Lender.\n\n"
    "9.4 Limitation of Liability. NO CLAIM MAY BE MADE BY THE BORROWER AGAINST THE AGENT.\n\n\n\n"
    "31\n\n\n\n"
)
_PAGES = (
    "HALLORAN MARINE,\nINC.\n\n\nBy: /s/ Dana K. Pruitt\n\nName: Dana K. Pruitt\n\n"
    "Title: Chief Technology\nOfficer\n\nAddress:\n400 Harbor Way\nSeattle, WA 98101\n\n"
    "NORTHGATE BANK, as Agent\nand a Lender\n\nBy: /s/ Owen\nMarsh\n\nName: Owen Marsh\n\n"
    "Title: Senior Vice President\n\nAddress:\n12 Pine Street\nPortland, OR 97204\n\n"
    "{label}\n\n\n"
    "CEDAR VALLEY BANK, as a Lender\n\nBy: /s/ Rita\nAlvarez\n\nName: Rita Alvarez\n\n"
    "Title: Vice President\n\nAddress:\n88 Elm Avenue\nBoise, ID 83702\n\n"
    "{label}\n\n\n"
)
_FORM = (
    "EXHIBIT A\n\n[FORM OF] REVOLVING NOTE\n\n$[______]\t[Date]\n\n"
    "FOR VALUE RECEIVED, HALLORAN MARINE, INC. (the \u201cBorrower\u201d) promises to pay to the"
    " order of [__________] (the \u201cLender\u201d) the principal amount of [____] DOLLARS.\n\n"
    "IN WITNESS WHEREOF, the Borrower has caused this Note to be executed and delivered by its"
    " duly authorized officer.\n\n\n\nHALLORAN MARINE, INC.\n\nBy: __________\n"
    "Title:__________\n\nA-2\n"
)


def _document(label: str) -> str:
    return _BODY + _PAGES.format(label=label) + _FORM


def test_the_lenders_of_the_signature_pages_are_parties() -> None:
    for label in ("Signature Page to Loan Agreement", "SIGNATURE PAGE TO LOAN AGREEMENT"):
        roles = {k.upper(): v for k, v in own_roles(extract_text(_document(label))).items()}
        assert roles == {
            "HALLORAN MARINE, INC.": "Borrower",
            "NORTHGATE BANK": "Agent and Lender",
            "CEDAR VALLEY BANK": "Lender",
        }


def test_the_signers_sign_the_agreement_and_the_lenders_lend() -> None:
    x = extract_text(_document("Signature Page to Loan Agreement"))
    assert {p for p, _ in edges(x, "SIGNED")} == {"Dana K. Pruitt", "Owen Marsh", "Rita Alvarez"}
    lends = {(a.upper(), b.upper()) for a, b in edges(x, "LENDS_TO")}
    assert lends == {
        ("NORTHGATE BANK", "HALLORAN MARINE, INC."),
        ("CEDAR VALLEY BANK", "HALLORAN MARINE, INC."),
    }


def test_a_witness_clause_before_the_label_still_opens_the_pages() -> None:
    announced = _BODY + "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    x = extract_text(announced + _PAGES.format(label="Signature Page to Loan Agreement") + _FORM)
    assert {p for p, _ in edges(x, "SIGNED")} == {"Dana K. Pruitt", "Owen Marsh", "Rita Alvarez"}


def test_a_chief_title_wrapped_before_its_officer_is_one_title() -> None:
    x = extract_text(_document("Signature Page to Loan Agreement"))
    titles = {r.props.get("title") for r in x.relations if r.type == "SIGNED"}
    assert titles == {"Chief Technology Officer", "Senior Vice President", "Vice President"}
