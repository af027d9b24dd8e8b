"""Advances a lender agrees to make, defined by the bare term "Advance" in the lending
sentence, up to a limit another definition states (:mod:`ingest.instruments.lines_of_credit`):
passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_FACILITY = """CREDIT AGREEMENT

CREDIT AGREEMENT ("Agreement"), dated as of June 2, 2003, between HARBOR LOAN FUNDING, INC., \
a Delaware corporation ("Borrower") and NORDBANK AG, NEW YORK BRANCH, a branch of a banking \
institution (together with its successors and assigns, "Lender").

SECTION 1.01. Certain Defined Terms.

"Borrowing Limit" means Forty Million Dollars ($40,000,000); provided that no more than \
$10,000,000 may be outstanding for Advances against unrated assets.

SECTION 2.01. The Advances. The Lender agrees, on the terms and conditions hereinafter set \
forth, to make advances (each, an "Advance") to the Borrower from time to time in an \
aggregate principal amount not to exceed the applicable Borrowing Limit.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the \
date first above written.

HARBOR LOAN FUNDING, INC.
By: /s/ Alan Pike
Name: Alan Pike
Title: President

NORDBANK AG, NEW YORK BRANCH
By: /s/ Greta Holm
Name: Greta Holm
Title: Director
"""


def test_advances_the_lender_agrees_to_make_are_a_facility_of_the_stated_limit() -> None:
    x = extract_text(_FACILITY)
    facility = next(e for e in x.entities if e.props.get("kind") == "credit_facility")
    assert facility.props.get("title") == "Advance"
    assert facility.props.get("amount") == 40000000
    assert ("Advance", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_advances_a_borrower_requests_are_no_facility() -> None:
    text = _FACILITY.replace(
        "The Lender agrees, on the terms and conditions hereinafter set forth, to make advances",
        "The Borrower may request advances",
    )
    x = extract_text(text)
    assert not any(e.props.get("kind") == "credit_facility" for e in x.entities)
