"""A document the agreement defines as "dated the date of this Agreement" ('"Pledge Agreement"
means that certain Pledge Agreement dated the date of this Agreement among the Borrower and the
Administrative Agent'): a dated agreement of its own (the agreement's date), with the parties
its definition names. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT

This Credit Agreement is entered into as of June 4, 2001, by and among Maple Acquisition Sub,
Inc., a Delaware corporation (the "Borrower"), the financial institutions from time to time
party to this Agreement, as Lenders, and Lakeside Bank, as Administrative Agent as provided
herein.

Section 5.1. Definitions.

"Administrative Agent" means Lakeside Bank and any successor pursuant to Section 11.7 hereof.

"Pledge Agreement" means that certain Pledge Agreement dated the date of
this Agreement among the Borrower and the Administrative Agent, as the same may
be amended, modified, supplemented or restated from time to time.
"""


def test_a_pledge_agreement_dated_the_date_of_this_agreement() -> None:
    x = extract_text(_TEXT)
    pledge = [e for e in x.entities if e.props.get("title") == "Pledge Agreement"]
    assert len(pledge) == 1
    assert pledge[0].props.get("date") == "2001-06-04"
    assert ("Maple Acquisition Sub, Inc.", "Pledge Agreement") in edges(x, "PARTY_TO")
    assert ("Lakeside Bank", "Pledge Agreement") in edges(x, "PARTY_TO")
