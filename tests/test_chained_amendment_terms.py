"""An amended agreement recited with its amendment chain in a parenthesis, in two shapes of
waivers, forbearances and later amendments: the chained amendment with a term of its own
before the agreement's ("(as amended by the First Amendment ... (the "First Amendment"), and
as further amended ..., the "Loan Agreement")"), and the agreement's parties between its date
and the chain ("dated as of ... between the Borrower and the Bank (as amended by ..., the
"Loan Agreement")"); and a forbearance agreement that says "The Loan Agreement is hereby
amended". Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

OWN_TERM = """SECOND AMENDMENT TO LOAN AND SECURITY AGREEMENT

     THIS SECOND AMENDMENT (this "Second Amendment") is made as of March 2, 2012, by and
between WILLET BRAKE SYSTEMS, INC., a Michigan corporation ("Borrower"), and HURON CAPITAL
FUNDING, LLC, a Delaware limited liability company ("Lender").

     A. Borrower and Lender are parties to a Loan and Security Agreement dated as of May 9,
2010 (as amended by the First Amendment to Loan and Security Agreement dated as of January 4,
2011 (the "First Amendment"), and as the same may be further amended from time to time, the
"Loan Agreement").

     1. Section 6.2 of the Loan Agreement is hereby amended by deleting "1.10" and inserting
"1.00" in its place.
"""

FORBEARANCE = """FORBEARANCE AGREEMENT

     THIS FORBEARANCE AGREEMENT (this "Agreement") is made as of October 1, 2002, by and
between LOWELL YARN MILLS, INC., a Massachusetts corporation (the "Borrower"), and MERRIMACK
FIVE CENTS SAVINGS BANK (the "Bank").

     A. The Bank has extended credit to the Borrower pursuant to a Revolving Loan Agreement
dated as of April 12, 1999 between the Borrower and the Bank (as amended by a First Amendment
to Revolving Loan Agreement dated as of May 1, 2000, the "Loan Agreement").

     1. FORBEARANCE. The Bank agrees to forbear from exercising its remedies until December
31, 2002.

     2. AMENDMENT. The Loan Agreement is hereby amended to provide that the interest rate
shall be the Prime Rate plus two percent (2%).
"""


def _agreements(text: str) -> dict[str, tuple[str, ...]]:
    x = extract_text(text)
    return {str(e.props.get("title")): e.aliases for e in x.entities if e.label == "Agreement"}


def test_the_chained_amendments_own_term_stays_with_it() -> None:
    agreements = _agreements(OWN_TERM)
    assert "First Amendment" in agreements["First Amendment to Loan and Security Agreement"]
    assert "First Amendment" not in agreements["Loan and Security Agreement"]
    assert "Loan Agreement" in agreements["Loan and Security Agreement"]
    assert "Loan Agreement" not in agreements  # no second, undated node of the term


def test_the_term_after_the_parties_names_the_agreement_the_forbearance_amends() -> None:
    x = extract_text(FORBEARANCE)
    amends = edges(x, "AMENDS")
    assert ("Forbearance Agreement", "Revolving Loan Agreement") in amends
    assert ("First Amendment to Revolving Loan Agreement", "Revolving Loan Agreement") in amends
