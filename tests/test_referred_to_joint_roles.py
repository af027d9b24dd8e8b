"""Co-borrowers given one role inside the last one's parenthesis, without "each of": `("Osprey";
Tanager and Osprey are sometimes referred to herein individually as a "Borrower" and
collectively as "Borrowers")`, the shape of finance companies' loan and security agreements
and their amendments. Each takes the role, is party to the amended agreement and borrows.
Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

AMENDMENT = """THIRD AMENDMENT TO LOAN AND SECURITY AGREEMENT

     THIS THIRD AMENDMENT TO LOAN AND SECURITY AGREEMENT (this "Amendment") is made as of
May 19, 2011, by and among TANAGER MILLWORK, INC., an Oregon corporation ("Tanager"),
OSPREY CABINET CO., an Oregon corporation ("Osprey"; Tanager and Osprey are sometimes
referred to herein individually as a "Borrower" and collectively as "Borrowers"), and
CASCADE COMMERCIAL FUNDING, LLC, a Washington limited liability company ("Lender").

     A. Borrowers and Lender are parties to a Loan and Security Agreement dated as of
August 2, 2008 (the "Loan Agreement"), pursuant to which Lender has made revolving loans to
Borrowers.

     1. Amendment. Section 2.1 of the Loan Agreement is hereby amended by deleting
"$5,000,000" and inserting "$6,500,000" in its place.
"""


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_each_co_borrower_takes_the_shared_role() -> None:
    roles = {name.lower(): role for name, role in own_roles(extract_text(AMENDMENT)).items()}
    assert roles["tanager millwork, inc."] == "Borrower"
    assert roles["osprey cabinet co."] == "Borrower"
    assert roles["cascade commercial funding, llc"] == "Lender"


def test_both_co_borrowers_are_parties_to_the_amended_agreement_and_borrow() -> None:
    x = extract_text(AMENDMENT)
    party_to = _lower(edges(x, "PARTY_TO"))
    lends = _lower(edges(x, "LENDS_TO"))
    for borrower in ("tanager millwork, inc.", "osprey cabinet co."):
        assert (borrower, "loan and security agreement") in party_to
        assert ("cascade commercial funding, llc", borrower) in lends
