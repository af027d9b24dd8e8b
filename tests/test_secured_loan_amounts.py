"""The amount a pledge, guaranty, security document or joinder says the agreement it concerns
lends: "the Loan Agreement ..., pursuant to which the Bank has agreed to make revolving loans
to the Borrower in an aggregate principal amount not to exceed $9,000,000 at any time
outstanding (the "Revolving Loans")". The one facility of that agreement prices the lending
the recital states. Passage written for this test in the shape of a third-party pledge."""

from __future__ import annotations

from tests.passages import extract_text

PLEDGE = """PLEDGE AGREEMENT

     THIS PLEDGE AGREEMENT (this "Agreement") is made as of August 4, 2011, by CANYON RIM
HOLDINGS LLC, a Delaware limited liability company (the "Pledgor"), in favor of MESA VERDE
BANK, N.A., a national banking association (the "Bank").

     A.  Canyon Rim Operating LLC, a Colorado limited liability company (the "Borrower"), and
the Bank have entered into that certain Loan Agreement, dated as of even date herewith (the
"Loan Agreement"), pursuant to which the Bank has agreed to make revolving loans to the
Borrower in an aggregate principal amount not to exceed $9,000,000 at any time outstanding
(the "Revolving Loans").

     1.  As security for the obligations of the Borrower under the Loan Agreement, the
Pledgor hereby pledges to the Bank all of its membership interests in the Borrower.
"""


def test_the_recited_facility_prices_the_lending() -> None:
    x = extract_text(PLEDGE)
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    lent = {
        (names[r.source], names[r.target]): r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO"
    }
    assert lent == {("MESA VERDE BANK, N.A.", "Canyon Rim Operating LLC"): 9_000_000}
