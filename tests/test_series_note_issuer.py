"""The issuer a note of a series names after its securities ("one of a series of duly
authorized and validly issued Notes of Larkspur Genomics, Inc., a Delaware corporation (the
"Company")"): the company's name, not "of Larkspur Genomics, Inc." (a second party, split from
the one the signature block names). Passages written for this test in the general shape of a
convertible note's opening."""

from __future__ import annotations

from ingest.names import name_runs
from tests.passages import edges, entity_names, extract_text

OPENING = (
    "SENIOR SECURED CONVERTIBLE NOTE DUE JULY 1, 2021\n\n"
    "THIS SENIOR SECURED CONVERTIBLE NOTE is one of a series of duly authorized and validly "
    "issued Notes of Larkspur Genomics, Inc., a Delaware corporation (the \u201cCompany\u201d), "
    "designated as its Senior Secured Convertible Note due July 1, 2021 "
    "(this \u201cNote\u201d).\n\n"
    "FOR VALUE RECEIVED, the Company promises to pay to Osprey Bay Capital LLC or its registered "
    "assigns (the \u201cHolder\u201d) the principal sum of $650,000 on July 1, 2021.\n\n"
    "LARKSPUR GENOMICS, INC.\n\nBy: /s/ Dana K. Whitfield\nName: Dana K. Whitfield\n"
    "Title: President\n"
)


def test_the_issuer_after_its_notes_is_read_without_of() -> None:
    runs = [r.text for r in name_runs("validly issued Notes of Larkspur Genomics, Inc., a")]
    assert "Larkspur Genomics, Inc." in runs
    assert not any(r.startswith("of ") for r in runs)
    runs = [r.text for r in name_runs("the WARRANTS OF THE Tamsin Energy Corp. shall")]
    assert "Tamsin Energy Corp." in runs


def test_the_issuer_of_a_series_note_is_one_party() -> None:
    x = extract_text(OPENING)
    names = set(entity_names(x).values())
    assert "Larkspur Genomics, Inc." in names
    assert not any(n.startswith("of ") for n in names)
    assert any(s == "Larkspur Genomics, Inc." for s, _ in edges(x, "ISSUES"))
