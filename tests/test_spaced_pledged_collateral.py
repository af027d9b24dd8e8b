"""A pledge converted from a web page, its defined collateral set apart from its quotes: "the
Pledgor hereby pledges, assigns and grants to the Bank a continuing security interest in ...
(a) ..., (b) ... and (c) ... (collectively, the \u201c Pledged Collateral \u201d)". The
collateral is read as where the quotes touch the words. Passage written for this test in the
shape of a 2010s third-party pledge."""

from __future__ import annotations

from tests.passages import extract_text

PLEDGE = """PLEDGE AGREEMENT

THIS PLEDGE AGREEMENT (this \u201c Agreement \u201d) is entered into as of May 5, 2015, by
TALLGRASS PARENT LLC, a Delaware limited liability company (the \u201c Pledgor \u201d), in favor
of PRAIRIE LINE BANK, N.A., a national banking association (the \u201c Bank \u201d).

A. Tallgrass Operating LLC and the Bank are parties to that certain Loan Agreement, dated as of
May 5, 2015 (the \u201c Loan Agreement \u201d).

1. Pledge . As security for the obligations of Tallgrass Operating LLC under the Loan
Agreement, the Pledgor hereby pledges, assigns and grants to the Bank a continuing security
interest in all of its right, title and interest in and to (a) all membership interests in
Tallgrass Gathering LLC and (b) all proceeds thereof
(collectively, the \u201c Pledged Collateral \u201d).
"""


def test_the_spaced_term_names_the_collateral() -> None:
    x = extract_text(PLEDGE)
    n = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    secures = {(n[r.source], n[r.target]) for r in x.relations if r.type == "SECURES"}
    assert ("Pledged Collateral", "Loan Agreement") in secures
