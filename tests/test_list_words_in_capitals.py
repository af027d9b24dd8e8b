"""The list of parties's own words written in capitals at the head of a line ("BETWEEN Halden
Data Systems Limited ... AND Orrin Brands LLC"): they open no name (ingest.names._trim), as
"And" opening a party's line already did not."""

from __future__ import annotations

from ingest.names import name_runs
from tests.passages import own_parties


def test_between_in_capitals_opening_the_line_of_the_first_party() -> None:
    text = (
        "OUTSOURCING SERVICES AGREEMENT\n\n"
        "THIS AGREEMENT is made the 3rd day of March 2011.\n\n"
        'BETWEEN Halden Data Systems Limited ("Customer") AND Orrin Brands LLC ("Supplier").\n\n'
        "1. Services. The Supplier shall provide the services to the Customer.\n"
    )
    assert own_parties(text) == {
        "Halden Data Systems Limited": ("Customer",),
        "Orrin Brands LLC": ("Supplier",),
    }


def test_among_in_capitals_before_three_parties() -> None:
    text = (
        "SHAREHOLDERS AGREEMENT\n\n"
        "This Agreement is dated 1 May 2014.\n\n"
        'AMONG Tessaly Holdings Inc. ("Tessaly"), Quillmark Ventures LLC ("Quillmark") and '
        'Norvik Capital Ltd ("Norvik").\n\n'
        "1. Shares. The shareholders agree as follows.\n"
    )
    assert own_parties(text) == {
        "Tessaly Holdings Inc.": ("Tessaly",),
        "Quillmark Ventures LLC": ("Quillmark",),
        "Norvik Capital Ltd": ("Norvik",),
    }


def test_a_name_that_only_starts_like_the_word_keeps_it() -> None:
    text = "Andover Mills, Inc. and Amongi Foods Ltd signed."
    assert [r.text for r in name_runs(text)] == ["Andover Mills, Inc.", "Amongi Foods Ltd"]
