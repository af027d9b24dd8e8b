"""A row of dashes that underlined a word of the line above, which a conversion set inside
the running text between two words ("... and Lake [spaces] ------- Shore Outfitters, Inc."):
it becomes the line break it stood for, so the name it fell into reads whole (passages
written for this test)."""

from __future__ import annotations

from ingest.readers.furniture import blank_furniture
from tests.passages import own_parties

_GAP = " " * 40


def test_a_row_inside_a_party_name_is_a_line_break() -> None:
    text = (
        'CO-MARKETING AGREEMENT\n\n     This Co-Marketing Agreement ("Agreement") is made '
        f"as of May 1, 2000, by and{_GAP}--------- between Netlane.com, Inc., a Delaware "
        f'corporation (the "Company"), and Lake{_GAP}------- Shore Outfitters, Inc., a '
        f'Michigan corporation ("LSO").{_GAP}---\n\n1. Marketing.\n'
    )
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert own_parties(blanked) == {
        "Netlane.com, Inc.": ("Company",),
        "Lake Shore Outfitters, Inc.": ("LSO",),
    }


def test_a_signature_rule_and_a_heading_rule_stay() -> None:
    text = (
        f"SUPPLY AGREEMENT{_GAP}----------------\n\n"
        "By:        ------------------------\n"
        "           ------------------------\n"
        "Name: Jane Poole  ---  Title: President\n"
    )
    assert blank_furniture(text) == text
