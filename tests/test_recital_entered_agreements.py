"""A recital that dates the agreement its parties entered into by a bare "on" ("the Guarantor
and the Lender entered into a Pledge Agreement on April 2, 2014 (the "Pledge Agreement")"): a
mentioned agreement with that date and its parties (:mod:`ingest.references.dated`)."""

from __future__ import annotations

from ingest.references.mentions import find_mentions
from tests.passages import edges, extract_text

_TEXT = """THIS CREDIT AGREEMENT is dated as of May 2, 2016 and made AMONG

(1) LAKESIDE WIND INC., a corporation existing under the laws of Manitoba, as borrower (the
"Borrower"); and

(2) HARBOUR CAPITAL LTD., a corporation existing under the laws of Ontario, as lender (the
"Lender").

WHEREAS:

(A) The Borrower and the Lender entered into a Pledge Agreement on April 2, 2014 (the "Pledge
Agreement") whereby the Borrower pledged its shares of Westfield Energy Corp. to the Lender.

IT IS AGREED as follows:

1. The Lender agrees to make advances to the Borrower.
"""


def test_entered_into_a_titled_agreement_on_a_day() -> None:
    [(head, _)] = find_mentions(
        "The Borrower and the Lender entered into a Pledge Agreement on April 2, 2014 (the "
        '"Pledge Agreement").'
    )
    assert (head.title, head.date) == ("Pledge Agreement", "2014-04-02")


def test_the_parties_that_entered_into_it_are_party_to_it() -> None:
    assert edges(extract_text(_TEXT), "PARTY_TO") >= {
        ("LAKESIDE WIND INC.", "Pledge Agreement"),
        ("HARBOUR CAPITAL LTD.", "Pledge Agreement"),
    }


def test_a_day_something_else_happens_under_an_agreement_dates_nothing() -> None:
    assert find_mentions("The Borrower may terminate the Credit Agreement on June 30, 2012.") == []


def test_a_title_inside_a_longer_title_of_the_same_day_takes_no_parties_of_it() -> None:
    text = _TEXT.replace(
        "IT IS AGREED",
        '"Guarantee and Pledge Agreement" means the Guarantee and Pledge Agreement dated April '
        "2, 2014 among the Lender and Westfield Energy Corp.\n\nIT IS AGREED",
    )
    party_to = edges(extract_text(text), "PARTY_TO")
    assert ("Westfield Energy Corp.", "Guarantee and Pledge Agreement") in party_to
    assert ("Westfield Energy Corp.", "Pledge Agreement") not in party_to
