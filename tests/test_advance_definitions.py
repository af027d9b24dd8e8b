"""The credit facility a syndicated credit agreement names only by defining its advances:
""Advance" means an advance by a Lender to the Borrower as part of a Borrowing"
(``ingest.instruments.advance_definitions``): passages composed in that shape, with the amount
the recitals give the facility and the termination date's first day, and the near misses."""

from __future__ import annotations

from tests.passages import credit_facilities, edges, extract_text

_HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of March 2, 2011, among HARROW MILLS, INC., an Ohio corporation \
(the "Borrower"), the banks listed on the signature pages hereof (the "Lenders") and \
EASTBANK TRUST COMPANY, as administrative agent (the "Agent") for the Lenders.

PRELIMINARY STATEMENT. The Borrower has requested that the Lenders establish a revolving \
credit facility in the amount of $95,000,000 in favor of the Borrower.

ARTICLE I

SECTION 1.01. Defined Terms. As used in this Agreement:

"""

_TAIL = """

\u201cTermination Date\u201d means the earlier of (i) June 30, 2014 and (ii) the date of \
termination in whole of the Commitments.

SECTION 2.01. The Advances. Each Lender severally agrees, on the terms and conditions \
hereinafter set forth, to make Advances to the Borrower from time to time until the \
Termination Date.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARROW MILLS, INC.
By: /s/ Paula Grant
Name: Paula Grant
Title: Treasurer

EASTBANK TRUST COMPANY, as Agent and Lender
By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director
"""

_ADVANCE = (
    _HEAD
    + """\u201cAdvance\u201d means an advance by a Lender to or for the benefit of the \
Borrower as part of a Borrowing, and refers to a Base Rate Advance or a LIBOR Advance."""
    + _TAIL
)

#: two kinds of advance defined so: which is the facility is not said
_TWO_KINDS = (
    _HEAD
    + """\u201cRevolving Advance\u201d means an advance by a Lender to the Borrower as part \
of a Revolving Borrowing.

\u201cBid Advance\u201d means an advance by a Lender to the Borrower as part of a Bid \
Borrowing."""
    + _TAIL
)

#: a loan the borrower makes: not the facility
_LENT_BY_BORROWER = (
    _HEAD
    + """\u201cIntercompany Loan\u201d means a loan by the Borrower to a Subsidiary."""
    + _TAIL
)


def test_the_defined_advance_is_the_facility_under_the_agreement_with_amount_and_end() -> None:
    x = extract_text(_ADVANCE)
    facilities = credit_facilities(x)
    assert set(facilities) == {"Advance"}
    assert facilities["Advance"]["amount"] == 95_000_000
    assert facilities["Advance"]["maturity_date"] == "2014-06-30"
    assert ("Advance", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_two_kinds_of_advance_or_a_loan_by_the_borrower_make_no_facility() -> None:
    for text in (_TWO_KINDS, _LENT_BY_BORROWER):
        assert not credit_facilities(extract_text(text))
