"""Notes a credit agreement defines as the notes "of" a party, and the indenture it defines as
relating to them (:mod:`ingest.relations.defined_notes_of`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CARVE_OUT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, made as of the 3rd day of May, 1999, by and between ACME WIDGET \
CORPORATION, an Ohio corporation (herein called "Company"), and FIRST RIVER BANK, an Ohio \
banking corporation (herein called "Bank");

1. DEFINITIONS

"Subordinated Debt Indenture" shall mean the Indenture relating to the Subordinated Notes.

"Subordinated Notes" shall mean the 11 1/4% Subordinated Notes of Company due March 15, 2007 \
in the original principal amount of $60,000,000.

2.1 Bank agrees to make Advances to Company not to exceed Five Million Dollars ($5,000,000).

WITNESS the due execution hereof as of the day and year first above written.

ACME WIDGET CORPORATION
By: /s/ John Doe
Its: President

FIRST RIVER BANK
By: /s/ Jane Roe
Its: Vice President
"""


def test_the_party_the_notes_are_of_issues_them_under_the_indenture_relating_to_them() -> None:
    x = extract_text(_CARVE_OUT)
    assert ("ACME WIDGET CORPORATION", "Subordinated Notes") in edges(x, "ISSUES")
    assert ("Subordinated Notes", "Subordinated Debt Indenture") in edges(x, "ISSUED_UNDER")
    notes = next(e for e in x.entities if e.props.get("title") == "Subordinated Notes")
    assert notes.props.get("amount") == 60000000
    assert notes.props.get("maturity_date") == "2007-03-15"
    # notes sold to the market are not issued under the credit agreement that mentions them
    assert ("Subordinated Notes", "Credit Agreement") not in edges(x, "ISSUED_UNDER")


def test_the_lenders_promissory_notes_of_the_company_are_left_to_the_loan_note_readers() -> None:
    text = _CARVE_OUT.replace(
        '"Subordinated Notes" shall mean the 11 1/4% Subordinated Notes of Company due March 15, '
        "2007 in the original principal amount of $60,000,000.",
        '"Revolving Notes" shall mean the promissory notes of Company payable to Bank.',
    )
    x = extract_text(text)
    assert not any(e.props.get("title") == "Subordinated Debt Indenture" for e in x.entities)
