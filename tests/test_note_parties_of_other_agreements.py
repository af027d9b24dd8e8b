"""A note whose promise names its maker and payee mentions the parties of other agreements in
roles of their own: the "Company" an acquisition note pays for, the "Senior Lender" it is
subordinated to. Those neither issue nor hold the note, nor lend under it
(:mod:`ingest.relations.role_lending`, :mod:`ingest.relations.instrument_roles`). Passages
written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_NOTE = """SUBORDINATED PROMISSORY NOTE

$900,000.00                                                     March 12, 2011

     FOR VALUE RECEIVED, OSPREY BEND MARINE, LLC, a Florida limited liability company (the
"Maker"), promises to pay to HAROLD J. VANTERPOOL (the "Payee"), the principal sum of Nine
Hundred Thousand Dollars ($900,000.00), with interest at five percent (5%) per annum, due
March 12, 2016.

     1. Purchase Agreement. This Note is delivered pursuant to the Stock Purchase Agreement
dated as of March 12, 2011 by and among the Maker, the Payee and Vanterpool Boat Works, Inc.,
a Florida corporation (the "Company").

     2. Subordination. This Note is subordinate to all obligations of the Maker owing to
Gulf Harbor Commercial Credit Corp. (the "Senior Lender") under the Loan Agreement dated as of
March 12, 2011 between the Maker and the Senior Lender.

     3. Governing Law. This Note shall be governed by the laws of the State of Florida.

OSPREY BEND MARINE, LLC

By: /s/ Celia M. Oduya
    Celia M. Oduya, Manager
"""


def test_the_maker_issues_and_the_payee_holds_the_note_alone() -> None:
    x = extract_text(_NOTE)
    issues, holds = edges(x, "ISSUES"), edges(x, "HOLDS")
    assert issues == {("OSPREY BEND MARINE, LLC", "Subordinated Promissory Note")}, issues
    assert holds == {("HAROLD J. VANTERPOOL", "Subordinated Promissory Note")}, holds


def test_the_senior_lender_lends_to_the_maker_but_not_under_the_note() -> None:
    x = extract_text(_NOTE)
    lends = edges(x, "LENDS_TO")
    assert ("HAROLD J. VANTERPOOL", "OSPREY BEND MARINE, LLC") in lends, lends
    assert ("Gulf Harbor Commercial Credit Corp.", "OSPREY BEND MARINE, LLC") in lends
    senior = next(e.ref for e in x.entities if e.props.get("name", "").startswith("Gulf"))
    assert all(r.props.get("instrument") is None for r in x.relations if r.source == senior)
    assert ("Gulf Harbor Commercial Credit Corp.", "Vanterpool Boat Works, Inc.") not in lends
    assert ("HAROLD J. VANTERPOOL", "Vanterpool Boat Works, Inc.") not in lends
