"""A lending sentence that names its facility by a term in parentheses without quotes ("the Bank
agrees to make available to the Borrower a revolving line of credit (the Line) in an amount not
to exceed $2,000,000", "Lender will make revolving loans to Borrower (Facility A) up to the
Facility A Limit shown on the Schedule"): each facility is a credit facility issued under the
agreement, its limit from the sentence or from the schedule's labelled line. Shapes of drafting,
on passages written for these tests."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text

_BANK_FORM = """\
                              LOAN AGREEMENT

     THIS LOAN AGREEMENT (this "Agreement") is dated as of April 3, 2017 between
MARLOW CREEK CABINETRY, INC., an Iowa corporation (the "Borrower"), and
PRAIRIE HOLLOW BANK, an Iowa banking corporation (the "Bank").

     1.1  "Line Maturity Date" means April 30, 2019.

     2.1  The Line.  The Bank agrees to make available to the Borrower a
revolving line of credit (the Line) in an amount not to exceed Two Million
Dollars ($2,000,000) until the Line Maturity Date.

     IN WITNESS WHEREOF, the parties have executed this Agreement.
"""

_SCHEDULED = """\
                       LOAN AND SECURITY AGREEMENT

THIS LOAN AND SECURITY AGREEMENT is entered into on March 1, 2021 between
HARTWELL RIDGE BANK (Lender) and Ostrow Veterinary Group, Inc., a Colorado
corporation (Borrower).

1.1  Lender will make revolving loans to Borrower (Facility A) up to the
Facility A Limit shown on the Schedule.

1.2  Lender will make a term loan to Borrower (Facility B) in the amount shown
on the Schedule.

                                 SCHEDULE

Facility A Limit:          $750,000.
Facility A Maturity Date:  March 1, 2023.
Facility B Amount:         $300,000.
"""

#: near miss: a bare term for a loan the sentence only recites, repaid, not made
_REPAID = """\
                              LOAN AGREEMENT

     THIS LOAN AGREEMENT (this "Agreement") is dated as of June 6, 2015 between
TULLIS GRAIN CO., a Kansas corporation (the "Borrower"), and FLINT PLAINS BANK
(the "Bank").

     2.1  The Borrower shall repay the bridge loan made to it by the Bank in 2014
(the Bridge Loan) from the proceeds of its equity offering.

     IN WITNESS WHEREOF, the parties have executed this Agreement.
"""


def _facilities(x: Extraction) -> dict[str, tuple[object, object]]:
    return {
        str(e.props["title"]): (e.props.get("amount"), e.props.get("maturity_date"))
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "credit_facility"
    }


def test_a_line_of_credit_named_by_a_bare_term() -> None:
    x = extract_text(_BANK_FORM)
    assert _facilities(x) == {"Line": (2000000, "2019-04-30")}
    assert ("Line", "Loan Agreement") in edges(x, "ISSUED_UNDER")


def test_lettered_facilities_with_figures_in_a_schedule() -> None:
    x = extract_text(_SCHEDULED)
    facilities = _facilities(x)
    assert facilities["Facility A"] == (750000, "2023-03-01")
    assert facilities["Facility B"][0] == 300000
    assert {
        ("Facility A", "Loan and Security Agreement"),
        ("Facility B", "Loan and Security Agreement"),
    } <= edges(x, "ISSUED_UNDER")


def test_a_loan_the_sentence_only_repays_is_no_facility_of_the_agreement() -> None:
    assert "Bridge Loan" not in _facilities(extract_text(_REPAID))
