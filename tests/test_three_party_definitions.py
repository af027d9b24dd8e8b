"""An agreement a credit agreement's definitions name between three parties, one of them a
company known only by a term the definitions write in capitals: '"HOLDCO" shall mean Brandywine
Outdoor Group, a Vermont corporation', '"INTERCREDITOR AGREEMENT" shall mean the Intercreditor
Agreement between Holdco, Borrower and Agent dated as of even date' (stop 31).

All three are party to it; the company's name holding the borrower's first words does not make
the borrower's note the parent's too. Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

THREE = """CREDIT AGREEMENT

This CREDIT AGREEMENT is entered into as of May 6, 2002 by and among BRANDYWINE OUTDOOR \
GROUP LODGING, INC., a Vermont corporation ("Borrower"), the lenders from time to time party \
hereto, and NORTHFIELD TRUST BANK, N.A., a national banking association, as Agent for the \
lenders (the "Agent").

Section 1.1 DEFINITIONS.

"HOLDCO" shall mean Brandywine Outdoor Group, a Vermont corporation.

"INTERCREDITOR AGREEMENT" shall mean the Intercreditor Agreement between Holdco, Borrower and \
Agent dated as of even date.

Section 2.1 THE LOANS. The Lenders shall make term loans to Borrower in the amount of \
$9,000,000.
"""


def test_each_of_three_parties_is_party_to_the_defined_agreement() -> None:
    party_to = edges(extract_text(THREE), "PARTY_TO")
    assert ("Brandywine Outdoor Group", "Intercreditor Agreement") in party_to
    assert ("BRANDYWINE OUTDOOR GROUP LODGING, INC.", "Intercreditor Agreement") in party_to
    assert ("NORTHFIELD TRUST BANK, N.A.", "Intercreditor Agreement") in party_to


NOTE = (
    THREE
    + """
EXHIBIT A

TERM NOTE

$9,000,000.00                                                        May 6, 2002

FOR VALUE RECEIVED, the undersigned BRANDYWINE OUTDOOR GROUP LODGING, INC., a corporation \
organized under the laws of the State of Vermont ("Maker"), promises to pay to the order of \
NORTHFIELD TRUST BANK, N.A. the principal sum of NINE MILLION DOLLARS ($9,000,000.00), \
pursuant to the Credit Agreement of even date.
"""
)


def test_the_parent_whose_name_the_maker_holds_issues_nothing() -> None:
    issues = edges(extract_text(NOTE), "ISSUES")
    assert ("Brandywine Outdoor Group", "Term Note") not in issues
