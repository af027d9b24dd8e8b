"""A note purchase agreement's amendment recites the series the company "has heretofore issued
pursuant to the Note Purchase Agreement", each "$N aggregate principal amount of its R% Senior
Notes, Series X, due ..." with its term, the last one's term collecting both ("together with
the Series A Notes, the "Notes""), and the guarantors of "the obligations of the Company under
the Notes and the Note Purchase Agreement". Passages written for these tests, one with the
spaced quotes of an HTML page converted to text."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

RECITALS = """AMENDMENT NO. 2 TO NOTE PURCHASE AGREEMENT

THIS AMENDMENT NO. 2 dated as of June 5, 2014 (this \u201c Amendment \u201d) to the Note
Purchase Agreement dated as of April 22, 2009 is between TEMBLOR VALVE CORPORATION, an Iowa
corporation (the \u201c Company \u201d), and each of the institutions which is a signatory
to this Amendment (the \u201c Noteholders \u201d).

RECITALS:

A. The Company and the Purchasers named therein have entered into the Note Purchase
Agreement dated as of April 22, 2009 (the \u201c Note Purchase Agreement \u201d). The
Company has heretofore issued pursuant to the Note Purchase Agreement $60,000,000 aggregate
principal amount of its 6.44% Senior Notes, Series A, due April 22, 2016 (the \u201c Series A
Notes \u201d) and $40,000,000 aggregate principal amount of its 6.91% Senior Notes, Series B,
due April 22, 2019 (the \u201c Series B Notes \u201d and, together with the Series A Notes,
the \u201c Notes \u201d).

B. The obligations of the Company under the Notes and the Note Purchase Agreement are
guaranteed by Temblor Castings, Inc., an Iowa corporation, and Quarry Road Fittings, LLC, a
Delaware limited liability company, pursuant to the Subsidiary Guaranty dated as of April
22, 2009.

NOW, THEREFORE, the Company and the Noteholders agree as follows:

SECTION 1. Section 10.3 of the Note Purchase Agreement is amended as set forth herein.
"""

SERIES_A = "6.44% Senior Notes, Series A, due April 22, 2016"
SERIES_B = "6.91% Senior Notes, Series B, due April 22, 2019"
NPA = "Note Purchase Agreement"


def _named(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """The edges of ``type_`` by every name of their ends: an issue's title and the term it is
    defined by name the same note (which one titles the node is the readers' choice)."""
    names = {
        e.ref: {str(e.props.get("title") or e.props.get("name")), *e.aliases} for e in x.entities
    }
    return {
        (a, b)
        for r in x.relations
        if r.type == type_
        for a in names[r.source]
        for b in names[r.target]
    }


def _instrument(x: Extraction, title: str) -> dict[str, object]:
    return next(
        e.props
        for e in x.entities
        if e.label == "Instrument" and title in (e.props.get("title"), *e.aliases)
    )


def test_the_company_issues_each_series_under_the_note_purchase_agreement() -> None:
    x = extract_text(RECITALS)
    issues = {(a.lower(), b) for a, b in _named(x, "ISSUES")}
    assert {("temblor valve corporation", SERIES_A), ("temblor valve corporation", SERIES_B)} <= (
        issues
    )
    assert {(SERIES_A, NPA), (SERIES_B, NPA)} <= _named(x, "ISSUED_UNDER")


def test_each_series_keeps_its_own_principal() -> None:
    x = extract_text(RECITALS)
    assert _instrument(x, SERIES_A).get("amount") == 60000000
    assert _instrument(x, SERIES_B).get("amount") == 40000000


def test_the_guarantors_secure_both_series_and_the_agreement() -> None:
    x = extract_text(RECITALS)
    secures = _named(x, "SECURES")
    for guarantor in ("Temblor Castings, Inc.", "Quarry Road Fittings, LLC"):
        targets = {b for a, b in secures if a == guarantor}
        assert {SERIES_A, SERIES_B, NPA} <= targets
