"""A note a recital describes as made under an agreement before its defined term ("the
Promissory Note dated June 30, 2006 in the original principal amount of $3,400,000 made by
Borrower in favor of Lender under the Loan Agreement, bearing interest at 7.15% per annum
(the "Note")"): the term is the note's, the agreement inside the description notwithstanding
(:mod:`ingest.references.note_descriptions`)."""

from __future__ import annotations

from ingest.references.mentions import find_mentions
from tests.passages import edges, extract_text


def _terms(text: str) -> dict[str, str | None]:
    return {h.title: h.term for h, _ in find_mentions(text)}


def test_the_term_after_a_description_made_under_an_agreement() -> None:
    text = (
        "We refer to the Promissory Note dated June 30, 2006 in the original principal amount of"
        " $3,400,000 made by Borrower in favor of Lender under the Loan Agreement, bearing"
        ' interest at 7.15% per annum and maturing June 30, 2011 (the "Note").'
    )
    assert _terms(text)["Promissory Note"] == "Note"


def test_issued_pursuant_to_that_certain_agreement() -> None:
    text = (
        "the Secured Term Note dated March 3, 2014, issued pursuant to that certain Note Purchase"
        ' Agreement and payable to the order of Holder, maturing March 3, 2019 (the "Term Note")'
    )
    assert _terms(text)["Secured Term Note"] == "Term Note"


def test_a_term_right_after_the_agreement_is_the_agreements() -> None:
    text = (
        "the Promissory Note dated June 30, 2006 in the original principal amount of $900,000"
        ' payable to Lender under the Loan and Security Agreement (the "Loan Agreement")'
    )
    assert _terms(text).get("Promissory Note") is None


_LETTER = """EXHIBIT 10.4

June 2, 2009

Dear Ms. Hale:

     We refer to the Loan Agreement dated May 1, 2007 between Fenwick Glass Works, Inc.
("Borrower") and Ridgeway Savings Bank ("Lender") (the "Loan Agreement") and to the Promissory
Note dated May 1, 2007 in the original principal amount of $1,100,000 made by Borrower in favor
of Lender under the Loan Agreement, bearing interest at 6.5% per annum (the "Note"). The Note
is guaranteed by Nora Fenwick ("Guarantor") under a Guaranty dated May 1, 2007.

     Lender hereby waives the Event of Default under Section 7.2 of the Loan Agreement.

                                   RIDGEWAY SAVINGS BANK

                                   By: /s/ Carl Voss
                                       Carl Voss, Vice President
"""


def test_what_the_letter_says_of_the_note_reaches_it() -> None:
    x = extract_text(_LETTER)
    assert ("Nora Fenwick", "Promissory Note") in edges(x, "SECURES")
