"""The name of a body that serves a cause holds "for the" after the body's word ("The
Foundation for the Arts of Westport, Inc.", "Society for the Prevention of Blindness"): the
whole name is the party's (passages written for this test)."""

from __future__ import annotations

from ingest.names import name_runs
from tests.passages import own_parties


def test_a_foundation_sponsored_under_its_whole_name() -> None:
    parties = own_parties(
        "SPONSORSHIP AGREEMENT\n\nThis Sponsorship Agreement is entered into as of May 1, 2010 "
        "by and between The Foundation for the Arts of Westport, Inc., a Connecticut nonprofit "
        'corporation (the "Foundation"), and Kline Motors, Inc. ("Sponsor").\n\n'
        "1. Sponsorship.\n"
    )
    assert parties == {
        "Foundation for the Arts of Westport, Inc.": ("Foundation",),
        "Kline Motors, Inc.": ("Sponsor",),
    }


def test_for_the_joins_only_after_a_body_word() -> None:
    runs = [
        r.text
        for r in name_runs(
            "the Society for the Prevention of Blindness; the Administrative Agent for the "
            "Lenders; Acme Corp. for the Company"
        )
    ]
    assert "Society for the Prevention of Blindness" in runs
    assert "Administrative Agent" in runs and "Lenders" in runs
    assert "Acme Corp." in runs and "Company" in runs
