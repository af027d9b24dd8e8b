"""Investment vehicles of one manager stacked over its one block though their names open
differently (issue #13): "Centaurus CDO I, Limited" / "Sequoia-Centaurus V, Ltd." / "Halyard
Credit Opportunities Master Fund Ltd." / "By: Centaurus Capital Management LLC, as Collateral
Manager". A vehicle's word (CDO, CLO, Fund, Portfolio, Series, Master, Offshore, Funding ...)
on either of two stacked lines makes them one list (``company_lines.investment_vehicle``); two
operating companies a blank line apart stay apart (the first a block left unsigned), as
``tests/test_stacked_signing_companies.py`` asserts.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_OPENING = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT (this "Amendment") is dated as of March 3, 2012 among {borrower}, a \
Delaware corporation (the "Borrower"), the Lenders party hereto and {agent}, as administrative \
agent (the "Agent").

1. Section 7.1 of the Credit Agreement dated as of June 1, 2010 among the Borrower, the \
Lenders and the Agent (the "Credit Agreement") is amended by deleting "3.50" and inserting \
"4.00".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.

{borrower}

By: /s/ Lee Harmon
Name: Lee Harmon
Title: Treasurer

{agent}, as Agent and a Lender

By: /s/ Dana Ruiz
Name: Dana Ruiz
Title: Director

"""

CDO_STACK = (
    _OPENING.format(borrower="CORVANE SYSTEMS, INC.", agent="WESTBROOK BANK, N.A.")
    + """Centaurus CDO I, Limited

Sequoia-Centaurus V, Ltd.

Halyard Credit Opportunities Master Fund Ltd.

By: Centaurus Capital Management LLC, as Collateral Manager


By:
Name:

Alan Fisk

Title:

Managing Director
"""
)

OFFSHORE_STACK = (
    _OPENING.format(borrower="PELLHAM FOODS, INC.", agent="RIDGE BANK")
    + """BRAMBLE OFFSHORE FUND, LTD.
KITE POINT PARTNERS, L.P.
NORTHGATE SENIOR LOAN SERIES
By: Bramble Capital Advisors LP, its investment manager
By: /s/ Mira Tal
Name: Mira Tal
Title: Partner
"""
)


def test_differently_named_vehicles_of_one_manager_are_lenders() -> None:
    x = extract_text(CDO_STACK)
    funds = {
        "Centaurus CDO I, Limited",
        "Sequoia-Centaurus V, Ltd.",
        "Halyard Credit Opportunities Master Fund Ltd.",
    }
    assert funds <= {s for s, _ in edges(x, "PARTY_TO")}
    assert {(f, "CORVANE SYSTEMS, INC.") for f in funds} <= edges(x, "LENDS_TO")
    assert "Centaurus Capital Management LLC" not in {s for s, _ in edges(x, "PARTY_TO")}


def test_a_stack_without_blank_lines_under_an_investment_manager() -> None:
    lends = edges(extract_text(OFFSHORE_STACK), "LENDS_TO")
    borrower = "PELLHAM FOODS, INC."
    assert ("BRAMBLE OFFSHORE FUND, LTD.", borrower) in lends
    assert ("KITE POINT PARTNERS, L.P.", borrower) in lends


def test_operating_companies_a_blank_line_apart_are_no_stack() -> None:
    text = _OPENING.format(borrower="ORRIN GRAIN, LLC", agent="LAKESHORE BANK") + (
        "WOLCOTT ENGINEERING, INC.\n\nASHBY MARINE LLC\n\nBy: /s/ Petra Moore\n"
        "Name: Petra Moore\nTitle: Manager\n"
    )
    parties = {s for s, _ in edges(extract_text(text), "PARTY_TO")}
    assert "ASHBY MARINE LLC" in parties
    assert "WOLCOTT ENGINEERING, INC." not in parties
