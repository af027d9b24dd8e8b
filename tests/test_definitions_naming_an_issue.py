"""A definition that names an issue by its full title ("“Debentures” means the 9% Senior
Secured Convertible Debentures due March 1, 2019, issued by the Company to the Purchasers
hereunder"): the term is that issue's, one instrument, not a second one beside it."""

from __future__ import annotations

from tests.passages import extract_text

_SPA = """\
SECURITIES PURCHASE AGREEMENT

This Securities Purchase Agreement (this \u201cAgreement\u201d) is dated as of March 1, 2017, \
between Ostwald Motors Inc., a Delaware corporation (the \u201cCompany\u201d), and Pike Run \
Capital LP, a Delaware limited partnership (the \u201cPurchaser\u201d).

1.1 Definitions.

\u201cNotes\u201d means the 9% Senior Secured Convertible Notes due March 1, 2019, issued by the \
Company to the Purchaser hereunder.

2.1 Closing. The Company shall deliver to the Purchaser a Note in the principal amount of \
$750,000.

IN WITNESS WHEREOF, the parties have executed this Agreement.

OSTWALD MOTORS INC.

By: /s/ Greta Lind
Name: Greta Lind
Title: Chief Executive Officer
"""


def test_the_term_is_the_titled_issue() -> None:
    x = extract_text(_SPA)
    notes = [e for e in x.entities if e.label == "Instrument" and e.props.get("kind") == "note"]
    assert len(notes) == 1
    assert notes[0].props["title"] == "9% Senior Secured Convertible Notes due March 1, 2019"
    assert "Notes" in notes[0].aliases
    issues = {(r.source, r.target) for r in x.relations if r.type == "ISSUES"}
    assert ("party:ostwald motors inc", notes[0].ref) in issues
