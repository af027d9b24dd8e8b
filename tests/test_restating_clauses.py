"""An agreement that restates an earlier one in its opening clause ("the Borrower and the Bank
hereby agree as follows, amending and restating in its entirety the Loan Agreement dated as of
...") AMENDS that earlier agreement, though its own title is plain. Passages written in the
shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

PARTICIPLE = """LOAN AGREEMENT

THIS LOAN AGREEMENT is made and entered into effective the 14th day of March, 2004, by and \
between PRAIRIE MIDSTREAM CORP., a Kansas corporation (the "Borrower"), and FIRST PLAINS \
BANK, a Kansas banking corporation (the "Bank").

In consideration of the mutual covenants herein contained, the Borrower and the Bank hereby \
agree as follows, amending and restating in its entirety the Loan Agreement dated as of June 2, \
2001, by and between the Borrower and Redbud National Bank (the "Prior Lender"), as heretofore \
amended (the "Prior Loan Agreement").

ARTICLE I

1.1 Loans. The Bank agrees to make Loans to the Borrower in an amount not to exceed $4,000,000.

IN WITNESS WHEREOF, this Agreement is executed effective as of the date first above written.

BORROWER:

PRAIRIE MIDSTREAM CORP.

By: /s/ Dana Whitlow
Dana Whitlow
President

BANK:

FIRST PLAINS BANK

By: /s/ Owen Castell
Owen Castell
Senior Vice President
"""

TO_AMEND = """CREDIT AGREEMENT

This Credit Agreement (this "Agreement") is entered into as of July 9, 2010, among Lakeview \
Foods, Inc., a Minnesota corporation (the "Company"), and North Shore Bank, N.A. (the "Bank").

WHEREAS, the Company and the Bank are parties to a Credit Agreement dated as of April 1, 2007 \
(the "Existing Credit Agreement"); and

WHEREAS, the Company and the Bank wish to amend and restate the Existing Credit Agreement in \
its entirety as set forth herein.

NOW, THEREFORE, the parties agree as follows:

1. The Bank agrees to make advances to the Company not to exceed $2,500,000.
"""

MAY_RESTATE = """CREDIT AGREEMENT

This Credit Agreement (this "Agreement") is entered into as of July 9, 2010, between Lakeview \
Foods, Inc., a Minnesota corporation (the "Company"), and North Shore Bank, N.A. (the "Bank").

1. The Bank may from time to time amend and restate the Note to reflect the advances made.
2. The Company has delivered the Security Agreement dated as of April 1, 2007.
"""


def test_participle_clause_restates_the_earlier_agreement() -> None:
    assert ("Loan Agreement", "Loan Agreement") in edges(extract_text(PARTICIPLE), "AMENDS")


def test_wish_to_amend_and_restate_the_defined_agreement() -> None:
    assert ("Credit Agreement", "Credit Agreement") in edges(extract_text(TO_AMEND), "AMENDS")


def test_a_power_to_restate_later_amends_nothing() -> None:
    assert not edges(extract_text(MAY_RESTATE), "AMENDS")


def test_a_new_lender_is_no_party_to_the_prior_lenders_agreement() -> None:
    x = extract_text(PARTICIPLE)
    names = {e.ref: e.props.get("name") or e.props.get("title") for e in x.entities}
    earlier = {r.target for r in x.relations if r.type == "AMENDS" and r.source == "agreement:self"}
    parties = {names[r.source] for r in x.relations if r.type == "PARTY_TO" and r.target in earlier}
    assert "Redbud National Bank" in parties
    assert "FIRST PLAINS BANK" not in parties
