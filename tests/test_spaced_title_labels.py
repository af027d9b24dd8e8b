"""Signature blocks whose "Name" and "Title" labels are typed with one space and no colon
("Title Treasurer"): the title is the value, never the label with it. Passages written for these
tests."""

from __future__ import annotations

from tests.passages import OWN, extract_text


def _titles(text: str) -> dict[str, object]:
    x = extract_text(text)
    names = {e.ref: e.props.get("name") for e in x.entities}
    return {
        str(names[r.source]): r.props.get("title")
        for r in x.relations
        if r.type == "SIGNED" and r.target == OWN
    }


_TEXT = """LOAN AGREEMENT

This Loan Agreement is entered into as of March 3, 1999, by and among Harbor Tooling Corp.,
an Ohio corporation (the "Borrower"), and Lakeshore National Bank (the "Bank").

1. The Bank shall make Loans to the Borrower.

This Agreement is entered into between us as of the date first above written.

HARBOR TOOLING CORP.


By /s/ Marta Quinlan
Name Marta Quinlan
Title Treasurer


LAKESHORE NATIONAL BANK


By /s/ Peter Ruiz
Name Peter Ruiz
Title Assistant Vice President
"""


def test_a_title_label_typed_with_one_space_is_no_part_of_the_title() -> None:
    titles = _titles(_TEXT)
    assert titles.get("Marta Quinlan") == "Treasurer"
    assert titles.get("Peter Ruiz") == "Assistant Vice President"


def test_a_title_after_a_colon_reads_as_before() -> None:
    titles = _titles(_TEXT.replace("Title Treasurer", "Title: Treasurer"))
    assert titles.get("Marta Quinlan") == "Treasurer"
