"""A series of notes an indenture creates by designating it is issued under it by its issuer
(:mod:`ingest.relations.designated_series`): passages written for this test, and round eight's
written supplemental indenture."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent


def _indenture(title: str, body: str) -> str:
    return f"""{title.upper()}

{title.upper()}, dated as of June 3, 2013, between QUILLMOOR RAIL CORP., a Delaware \
corporation (the "Company"), and ASHGROVE TRUST COMPANY, as trustee (the "Trustee").

The Company and the Trustee are parties to an Indenture, dated as of January 8, 2010 (the \
"Base Indenture"), providing for the issuance of debt securities in series.

{body}

Section 2.02. The Notes shall bear interest at the rate stated in their title.

QUILLMOOR RAIL CORP.
By: /s/ Dean Holt
Title: Treasurer
"""


_ESTABLISHED = (
    "Section 2.01. The Company hereby establishes a new series of Debt Securities designated "
    "as its 4.50% Notes due 2031 (the Notes), initially limited to $250,000,000."
)
_CREATED = (
    "Section 2.01. There is hereby created a series of Securities under the Base Indenture "
    "designated the 7 1/8% Senior Subordinated Notes due 2022. The Notes are limited to "
    "$90,000,000."
)


def test_a_series_established_as_its_notes_is_issued_under_the_supplemental_indenture() -> None:
    x = extract_text(_indenture("First Supplemental Indenture", _ESTABLISHED))
    assert ("4.50% Notes due 2031", "First Supplemental Indenture") in edges(x, "ISSUED_UNDER")
    assert ("QUILLMOOR RAIL CORP.", "4.50% Notes due 2031") in edges(x, "ISSUES")


def test_a_series_created_under_the_base_is_issued_by_the_company() -> None:
    x = extract_text(_indenture("Second Supplemental Indenture", _CREATED))
    notes = {str(e.props.get("title")) for e in x.entities if e.label == "Instrument"}
    title = next(t for t in notes if "Subordinated Notes due 2022" in t)
    assert (title, "Second Supplemental Indenture") in edges(x, "ISSUED_UNDER")
    assert ("QUILLMOOR RAIL CORP.", title) in edges(x, "ISSUES")


def test_a_series_a_credit_agreement_describes_is_not_issued_under_it() -> None:
    x = extract_text(_indenture("Credit Agreement", _ESTABLISHED))
    assert not any(s == "4.50% Notes due 2031" for s, _ in edges(x, "ISSUED_UNDER"))


def test_round_eight_supplemental_indenture_issues_its_series() -> None:
    path = _ROOT / "tests/gold_written/docs/r8ins_suppind_harrowfield.txt"
    x = extract_text(path.read_text())
    notes = "6.875% Senior Notes due 2027"
    assert (notes, "First Supplemental Indenture") in edges(x, "ISSUED_UNDER")
    assert ("Harrowfield Energy Partners, Inc.", notes) in edges(x, "ISSUES")


def test_a_series_already_named_under_its_title_is_that_one_instrument() -> None:
    """The series the designating sentence names may already be an instrument keyed otherwise
    (the rated issue the same sentence names, "instrument:issue:..."): found by its title, it
    is that one node, never a second of the same title."""
    for title, body, series in (
        ("First Supplemental Indenture", _ESTABLISHED, "4.50% Notes due 2031"),
        (
            "Third Supplemental Indenture",
            "Section 2.01. There is hereby created a series of Securities designated the "
            "5.25% Senior Notes due 2029 (the Notes), limited to $120,000,000.",
            "5.25% Senior Notes due 2029",
        ),
    ):
        x = extract_text(_indenture(title, body))
        refs = [e.ref for e in x.entities if e.props.get("title") == series]
        assert len(refs) == 1, refs
        assert (series, title) in edges(x, "ISSUED_UNDER")
