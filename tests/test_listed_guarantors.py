"""Guarantors a credit agreement lists in its own guaranty clause ("supported by the
unconditional guaranty of each of A, B and the Parent (each a "Guarantor" and collectively,
the "Guarantors")"): each SECURES the agreement and is party to the guaranty, the Parent read
through its definition. Passages written for this test in the general shape of a
single-bank credit agreement whose guarantors sign only their own guaranties."""

from __future__ import annotations

from tests.passages import edges, extract_text

HEAD = """CREDIT AGREEMENT

PINE RIDGE FOODS, INC., an Ohio corporation (the "Company"), and CENTRAL STATES BANK, an Ohio
banking corporation (the "Bank"), agree as follows.

"Parent" means Ridgeline Holdings Corp., an Ohio corporation, and its successors and assigns.

Section 4. COLLATERAL FOR THE OBLIGATIONS. The Obligations shall be secured and supported as
provided in this Section:

"""

LISTED = (
    HEAD
    + """(b) Guaranties. The Obligations shall be supported by the unconditional
guaranty of prompt payment of each of Pine Ridge Restaurants, Inc., Pine Ridge Franchising,
LLC, and the Parent (each a "Guarantor" and collectively, the "Guarantors"), which guaranties
shall be evidenced by a Guaranty Agreement (each a "Guaranty" and collectively, the
"Guaranties") of each Guarantor in the forms attached hereto as Exhibit E.
"""
)

# a preamble's borrower, whose own term closes before the list, is never a guarantor
PREAMBLE = """CREDIT AGREEMENT

This Credit Agreement is made by and among PINE RIDGE FOODS, INC., an Ohio corporation (the
"Borrower"), Pine Ridge Restaurants, Inc. and Pine Ridge Franchising, LLC (each a "Guarantor"),
and CENTRAL STATES BANK (the "Bank").
"""

GUARANTORS = {"Pine Ridge Restaurants, Inc.", "Pine Ridge Franchising, LLC"}


def test_each_listed_company_and_the_defined_parent_secure_the_agreement() -> None:
    x = extract_text(LISTED)
    secures = edges(x, "SECURES")
    for name in [*GUARANTORS, "Ridgeline Holdings Corp."]:
        assert (name, "Credit Agreement") in secures
        assert (name, "Guaranty Agreement") in edges(x, "PARTY_TO")
    assert not {s for s, _ in secures} & {"PINE RIDGE FOODS, INC.", "CENTRAL STATES BANK"}


def test_a_preamble_list_stops_at_the_borrowers_term() -> None:
    x = extract_text(PREAMBLE)
    guarantors = {s for s, t in edges(x, "SECURES") if t == "Credit Agreement"}
    assert guarantors == GUARANTORS
