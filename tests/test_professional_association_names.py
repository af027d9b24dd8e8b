"""A professional association's initials after its name ("BAYSIDE DENTAL GROUP, P.A., a Florida
professional association") are no party of their own, though a body described by its kind
("a Florida professional association", "an agricultural cooperative") may be one
(:func:`ingest.parties.descriptions._named_by_term`). Passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text

_OPENING = """LOAN AGREEMENT

     THIS LOAN AGREEMENT is made as of May 2, 2012 by and between {first} ("Borrower"), and
HARBOR POINT BANK ("Lender").

     1. The Lender agrees to lend to the Borrower up to $400,000.
"""


def _parties(first: str) -> set[str]:
    x = extract_text(_OPENING.format(first=first))
    return {str(e.props.get("name")) for e in x.entities if e.label == "Party"}


def test_initials_after_a_firms_name_are_no_party() -> None:
    parties = _parties("BAYSIDE DENTAL GROUP, P.A., a Florida professional\nassociation")
    assert "P.A." not in parties
    assert any(p.startswith("BAYSIDE DENTAL GROUP") for p in parties)


def test_a_body_described_by_its_kind_is_still_a_party() -> None:
    parties = _parties("Harlan Growers, an agricultural cooperative")
    assert "Harlan Growers" in parties
