"""The law of the notes a credit agreement requires but does not attach, stated by the
agreement's own choice-of-law clause naming them beside it ("This Agreement and each Note shall
be governed by ... the laws of the State of New York"). Passages written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

TEXT = """CREDIT AGREEMENT

AGREEMENT dated as of March 3, 2001 among KESTREL LOGISTICS CORPORATION, the BANKS listed on
the signature pages hereof and HARBORVIEW BANK, N.A., as Agent.

SECTION 1.1. Definitions.

"Borrower" means Kestrel Logistics Corporation, a Delaware corporation.

"Notes" means promissory notes of the Borrower, substantially in the form of Exhibit A hereto,
evidencing the obligation of the Borrower to repay the Loans, and "Note" means any one of such
promissory notes issued hereunder.

SECTION 2.1. Commitments to Lend. Each Bank severally agrees to make loans to the Borrower.

SECTION 9.8. Governing Law. {clause}

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

KESTREL LOGISTICS CORPORATION

By: /s/ Alan Pierce
Title: Treasurer

HARBORVIEW BANK, N.A.

By: /s/ Rosa Gutierrez
Title: Vice President
"""


def _note_law(clause: str) -> object:
    x = extract_text(TEXT.format(clause=clause))
    laws = [
        e.props.get("governing_law")
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "note"
    ]
    assert laws, "no note was read"
    return laws[0]


@pytest.mark.parametrize(
    ("clause", "place"),
    [
        (
            "This Agreement and each Note shall be governed by and construed in accordance\n"
            "with the laws of the State of New York.",
            "New York",
        ),
        (
            "THIS AGREEMENT AND THE NOTES SHALL BE GOVERNED BY THE INTERNAL LAWS OF THE STATE OF\n"
            "MINNESOTA, WITHOUT REGARD TO CONFLICT OF LAWS PRINCIPLES.",
            "Minnesota",
        ),
    ],
)
def test_the_notes_take_the_law_the_agreement_names_them_with(clause: str, place: str) -> None:
    assert _note_law(clause) == place


def test_a_clause_naming_only_the_agreement_leaves_the_notes_alone() -> None:
    """Near miss: "This Agreement and the other Loan Documents" names no note."""
    clause = (
        "This Agreement and the other Loan Documents shall be governed by the laws of the\n"
        "State of Illinois."
    )
    assert _note_law(clause) is None
