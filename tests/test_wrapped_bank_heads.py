"""A bank's name wrapped before its "of" on a signature page is one party: the head on one line
("FIRST NATIONAL BANK"), the tail opening with "of" on the next ("OF HARLAN COUNTY"), blank
lines between them or not. Passages written for this test (invented parties)."""

from __future__ import annotations

from ingest.signatures.wrapped_heads import joined_head
from tests.passages import extract_text, own_roles

_OPENING = (
    "TERM LOAN AGREEMENT\n\n"
    "THIS TERM LOAN AGREEMENT dated as of May 3, 2013 is between Corvel Basin Minerals, Inc., "
    'a Nevada corporation (the "Borrower"), and FIRST NATIONAL BANK OF HARLAN COUNTY, '
    'NEW YORK BRANCH (the "Lender").\n\n'
    "1. The Loan. The Lender agrees to make a term loan to the Borrower in the principal "
    "amount of $2,400,000.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first "
    "above written.\n\n"
    "CORVEL BASIN MINERALS, INC.\nas Borrower\n\nBy: /s/ Tamsin Oakes\nName: Tamsin Oakes\n"
    "Title: President\n\n"
)


def test_a_bank_wrapped_before_of_with_blank_lines_between_is_one_party() -> None:
    text = _OPENING + (
        "FIRST NATIONAL BANK\n\n\nOF HARLAN COUNTY, NEW YORK BRANCH\n\n\n"
        "in its capacity as the Lender\n\nBy: /s/ Perrin Vale\nName: Perrin Vale\n"
        "Title: Senior Vice President\n"
    )
    roles = own_roles(extract_text(text))
    names = {n.upper() for n in roles}
    assert "FIRST NATIONAL BANK OF HARLAN COUNTY, NEW YORK BRANCH" in names, roles
    assert not any(n.startswith("OF ") for n in names), roles


def test_a_bank_wrapped_before_of_on_the_next_line_is_one_party() -> None:
    text = _OPENING + (
        "First National Bank\nof Harlan County, New York Branch\n\nBy: /s/ Perrin Vale\n"
        "Name: Perrin Vale\nTitle: Senior Vice President\n"
    )
    names = {n.upper() for n in own_roles(extract_text(text))}
    assert "FIRST NATIONAL BANK OF HARLAN COUNTY, NEW YORK BRANCH" in names, names


def test_a_line_not_opening_with_of_or_a_head_ending_in_a_comma_stays_as_it_is() -> None:
    text = "LENDER:\n\nBANK OF HARLAN COUNTY\n"
    start = text.index("BANK")
    name = "BANK OF HARLAN COUNTY"
    assert joined_head(text, name, start, start + len(name)) == (name, start, start + len(name))
    # the line above ends with a comma: a descriptor, not a name's head
    text = "HARBOR REALTY, LP,\n\nof Harlan County\n"
    start = text.index("of Harlan")
    name = "of Harlan County"
    assert joined_head(text, name, start, start + len(name))[0] == name
