"""A signature block that prints a second signatory's slot under the first and leaves it blank
("Per:" / "Name: Ann Lowry" / "Title: Director" / "Name:" / "Title:"): the blank slot does not
erase the first signer's title (:meth:`ingest.signatures.block_reader` ``_title``)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import entity_names, extract_text

_TEXT = """LOAN AGREEMENT

THIS LOAN AGREEMENT is dated as of March 3, 2015 and made between NORTHWIND SOLAR LIMITED, a
corporation existing under the laws of Alberta (the "Borrower"), and KESTREL CAPITAL INC., a
corporation existing under the laws of Ontario (the "Lender").

1. The Lender agrees to make advances to the Borrower.

IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.

NORTHWIND SOLAR LIMITED

Per:

Name: Ann Lowry
Title: Director



Name:
Title:

KESTREL CAPITAL INC.

Per:

Name: Ken Mori
Title: Vice President



Name:
Title:
"""


def _titles(x: Extraction) -> dict[str, object]:
    names = entity_names(x)
    return {names[r.source]: r.props.get("title") for r in x.relations if r.type == "SIGNED"}


def test_a_blank_second_slot_keeps_the_first_signers_title() -> None:
    assert _titles(extract_text(_TEXT)) == {"Ann Lowry": "Director", "Ken Mori": "Vice President"}


def test_a_title_on_the_line_after_an_empty_title_field_is_still_read() -> None:
    text = _TEXT.replace("Title: Director", "Title:\nDirector")
    assert _titles(extract_text(text))["Ann Lowry"] == "Director"
