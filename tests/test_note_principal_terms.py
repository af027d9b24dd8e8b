"""The principal of the note a credit agreement requires, stated by a defined amount term
("in an original principal amount equal to the Working Line Amount", with ""Working Line
Amount" means Four Million and 00/100 Dollars ($4,000,000.00)") (:mod:`ingest.instruments.
note_principal_terms`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """LOAN AGREEMENT

This LOAN AGREEMENT ("Agreement") is entered into as of June 2, 2017, between BLUE HERON \
FOODS, LLC, an Oregon limited liability company (the "Borrower"), and CASCADE VALLEY BANK (the \
"Lender").

1.01. Defined Terms.

"Working Line Amount" means Four Million and 00/100 Dollars ($4,000,000.00).

2.05. Evidence of Debt. The Loans made by Lender shall be evidenced by the records of Lender. \
The Borrower shall execute and deliver to Lender a promissory note payable to Lender in an \
original principal amount equal to the Working Line Amount to evidence the Loans (the \
"Note").

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of \
the date first above written.

BLUE HERON FOODS, LLC
By: /s/ Marta Quill
Name: Marta Quill
Title: Manager

CASCADE VALLEY BANK
By: /s/ Henry Osei
Name: Henry Osei
Title: Senior Vice President
"""


def test_the_note_principal_is_the_amount_its_term_defines() -> None:
    x = extract_text(_AGREEMENT)
    note = next(e for e in x.entities if e.props.get("kind") == "note")
    assert note.props.get("amount") == 4000000
    assert ("CASCADE VALLEY BANK", str(note.props["title"])) in edges(x, "HOLDS")


def test_a_term_defined_with_no_figure_gives_no_principal() -> None:
    text = _AGREEMENT.replace(
        "Four Million and 00/100 Dollars ($4,000,000.00)",
        "the lesser of the Borrowing Base and the commitment",
    )
    note = next(e for e in extract_text(text).entities if e.props.get("kind") == "note")
    assert note.props.get("amount") is None
