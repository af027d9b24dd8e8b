"""A prior loan agreement a recital names with the amendments listed after it, each "thereto"
and dated ("as amended by the First Amendment thereto dated June 1, 1999, the Second
Amendment thereto dated ...": ``references.thereto_gap``), and the own agreement that amends
and restates it in a sentence opened by an adverb ("Further, this Agreement amends and
restates ..."). Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_RECITALS = """LOAN AGREEMENT

THIS LOAN AGREEMENT (the "Agreement") dated as of June 3, 2004, by and between
KESTREL MILLS, INC., a Georgia corporation (the "Borrower"), and PIEDMONT SAVINGS
BANK (the "Lender").

RECITALS:

1. The indebtedness of the Borrower to Coastal Bank arises under that
certain Amended and Restated Loan Agreement dated March 2, 1999, as amended by
the First Amendment thereto dated June 1, 1999, the Second Amendment thereto
dated of January 4, 2000, the Third Amendment thereto dated as of May 5, 2001,
and the Fourth Amendment dated July 9, 2002 (as so amended, the "Coastal Loan
Agreement").

2. The collateral will be assigned to the Lender. Further, this Agreement amends
and restates the Coastal Loan Agreement.

SECTION 2.1. The Lender agrees to make Loans to the Borrower.
"""

_PRIOR = "Amended and Restated Loan Agreement"


def test_each_amendment_listed_thereto_amends_the_prior_agreement() -> None:
    amends = edges(extract_text(_RECITALS), "AMENDS")
    for n in ("First", "Second", "Third", "Fourth"):
        assert (f"{n} Amendment", _PRIOR) in amends


def test_the_amendments_keep_their_dates() -> None:
    x = extract_text(_RECITALS)
    dates = {e.props.get("title"): e.props.get("date") for e in x.entities}
    assert dates["First Amendment"] == "1999-06-01"
    assert dates["Second Amendment"] == "2000-01-04"


def test_the_own_agreement_amends_and_restates_the_prior_one() -> None:
    assert ("Loan Agreement", _PRIOR) in edges(extract_text(_RECITALS), "AMENDS")


def test_a_lower_case_this_inside_a_sentence_amends_nothing() -> None:
    text = _RECITALS.replace(
        "Further, this Agreement amends\nand restates the Coastal Loan Agreement.",
        "No waiver of this Agreement amends the Coastal Loan Agreement.",
    )
    assert ("Loan Agreement", _PRIOR) not in edges(extract_text(text), "AMENDS")
