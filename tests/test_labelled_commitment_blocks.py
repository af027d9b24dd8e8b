"""A lender's signature block with its commitment and the commitment's label to the left of its
name on one line ("Commitment        $50,000,000  THE FIRST NATIONAL BANK OF CHICAGO,") and its
capacity flush left below ("Individually and as Agent"): the block is the lender's, it lends
that amount to the borrower."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import SourceDocument
from ingest.signatures.commitment_leads import labelled_commitment_lead

_ONE_LENDER = """$40,000,000

CREDIT AGREEMENT

AMONG

WESTFALL BRANDS, INC.
as Borrower,

THE LENDERS NAMED HEREIN

and

THE MERCHANTS NATIONAL BANK OF OMAHA,
as Agent

This Credit Agreement, dated as of April 2, 1996, is among WESTFALL BRANDS, INC., a Kansas
corporation, the Lenders and THE MERCHANTS NATIONAL BANK OF OMAHA, individually and as Agent.

"Lenders" means the lending institutions listed on the signature pages of this Agreement and
their respective successors and assigns.

2.1.  The Facility.  Each Lender severally agrees to make Loans to the Borrower in amounts not to
exceed in the aggregate at any one time outstanding the amount of its Commitment.

IN WITNESS WHEREOF, the Borrower, the Lenders and the Agent have executed this Agreement as of
the date first above written.

WESTFALL BRANDS, INC.


By:

Print Name:

Title:


Commitment        $40,000,000  THE MERCHANTS NATIONAL BANK OF OMAHA,

Individually and as Agent

By:

Print Name:

Title:
"""

_TWO_LENDERS = """CREDIT AGREEMENT

This Credit Agreement, dated as of May 5, 1999, is among CORVALLIS TIMBER COMPANY, an Oregon
corporation (the "Borrower"), the Banks and NORTHERN PLAINS BANK, as Administrative Agent.

"Banks" means the lending institutions listed on the signature pages hereof.

2.1.  Commitments.  Each Bank severally agrees to make Revolving Loans to the Borrower up to its
Revolving Credit Commitment.

IN WITNESS WHEREOF, the Borrower, the Banks and the Administrative Agent have executed this
Agreement as of the date first above written.

CORVALLIS TIMBER COMPANY

By: /s/ Rita Gomez
Title: Treasurer

Revolving Credit Commitment: $30,000,000   NORTHERN PLAINS BANK,
as Administrative Agent and as a Bank

By: /s/ Tom Reyes
Title: Vice President

Revolving Credit Commitment: $20,000,000   CASCADE SAVINGS BANK

By: /s/ Mia Lund
Title: Senior Vice President
"""


def _lends(text: str) -> set[tuple[str, str, object]]:
    x = extract(SourceDocument(text=text, path="passage.txt"))
    names = {e.ref: str(e.props.get("name")).upper() for e in x.entities}
    return {
        (names[r.source], names[r.target], r.props.get("amount"))
        for r in x.relations
        if r.type == "LENDS_TO"
    }


def test_a_lender_signing_individually_beside_its_labelled_commitment_lends_it() -> None:
    lends = {(s.removeprefix("THE "), t, a) for s, t, a in _lends(_ONE_LENDER)}
    assert lends == {("MERCHANTS NATIONAL BANK OF OMAHA", "WESTFALL BRANDS, INC.", 40000000)}


def test_each_bank_signing_beside_its_labelled_commitment_lends_it() -> None:
    assert _lends(_TWO_LENDERS) == {
        ("NORTHERN PLAINS BANK", "CORVALLIS TIMBER COMPANY", 30000000),
        ("CASCADE SAVINGS BANK", "CORVALLIS TIMBER COMPANY", 20000000),
    }


def test_a_labelled_lead_is_a_commitment_amount_the_name_stands_apart_from() -> None:
    assert labelled_commitment_lead("Commitment        $40,000,000  THE ")
    assert labelled_commitment_lead("Revolving Credit Commitment: $30,000,000   ")
    assert not labelled_commitment_lead("Commitment Fee: 0.25%   ")
    assert not labelled_commitment_lead("Commitment $40,000,000 ")
    assert not labelled_commitment_lead("$40,000,000        ")
