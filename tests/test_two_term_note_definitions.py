"""Notes a credit agreement defines under two terms (""Revolving Note" or "Revolving Notes"
means the promissory notes of the Borrower in favor of each of the Lenders evidencing the
Revolving Loans provided pursuant to Section 2.1(c)"): the Borrower ISSUES them, each Lender
HOLDS them, and a definition that ties them to a section of the agreement itself makes them
ISSUED_UNDER it (one tying them to another document's section does not). Passages written for
these tests, in the shape of syndicated bank forms.
"""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

OPENING = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of March 3, 2004, is by and among HARBOR MILLS CORPORATION
("Borrower"), the several lenders identified as "Lenders" on the signature pages hereto (each
a "Lender" and collectively, the "Lenders"), and FIRST COASTAL BANK, as administrative agent
for the Lenders (in such capacity, the "Agent").

ARTICLE 1
DEFINITIONS

"""

BODY = """

ARTICLE 2
CREDIT FACILITY

2.1 Revolving Loans.

(a) Each Lender severally agrees to make revolving credit loans ("Revolving Loans") to the
Borrower in an aggregate amount not to exceed SEVENTY-FIVE MILLION DOLLARS ($75,000,000).

(c) Revolving Notes. The Revolving Loans shall be evidenced by a duly executed promissory
note of the Borrower to each Lender in the original principal amount of such Lender's
Revolving Commitment.

IN WITNESS WHEREOF, the parties hereto have caused this Credit Agreement to be duly executed
as of the date first above written.

BORROWER:                    HARBOR MILLS CORPORATION

By: /s/ Jane R. Roe
Jane R. Roe, President

LENDERS:                     FIRST COASTAL BANK
in its capacity as Agent and as a Lender

By: /s/ John Q. Doe
John Q. Doe, Vice President

PINE RIVER BANK

By: /s/ Ann B. Smith
Its: Vice President
"""

TWO_TERMS = (
    '"Revolving Note" or "Revolving Notes" means the promissory notes of the Borrower in favor\n'
    "of each of the Lenders evidencing the Revolving Loans provided pursuant to Section 2.1(c),\n"
    "individually or collectively, as appropriate."
)


def _notes(text: str) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]], set[str]]:
    x = extract_text(text)
    names = entity_names(x)
    notes = {
        names[e.ref]
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "note"
    }
    under = {s for s, t in edges(x, "ISSUED_UNDER") if s in notes and t == "Credit Agreement"}
    return notes, edges(x, "ISSUES"), edges(x, "HOLDS"), under


def test_notes_defined_under_two_terms_are_issued_held_and_under_the_agreement() -> None:
    notes, issues, holds, under = _notes(OPENING + TWO_TERMS + BODY)
    assert len(notes) == 1
    note = next(iter(notes))
    assert note.startswith("Revolving Note")
    assert ("HARBOR MILLS CORPORATION", note) in issues
    assert ("PINE RIVER BANK", note) in holds
    assert under == {note}


def test_the_second_term_names_the_same_notes() -> None:
    x = extract_text(OPENING + TWO_TERMS + BODY)
    note = next(e for e in x.entities if e.label == "Instrument" and e.props.get("kind") == "note")
    assert {"Revolving Note", "Revolving Notes"} <= {*note.aliases, str(note.props["title"])}


def test_notes_tied_to_another_documents_section_are_not_under_the_agreement() -> None:
    other = TWO_TERMS.replace(
        "provided pursuant to Section 2.1(c),",
        "provided pursuant to Section 2.1(c) of the\nExisting Credit Agreement,",
    )
    _, _, _, under = _notes(OPENING + other + BODY)
    assert under == set()
