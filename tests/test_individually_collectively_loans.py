"""Loans a syndicated agreement defines one and all in the sentence by which each lender makes
them ("(individually a "Revolving Loan" and collectively for all the Lenders the "Revolving
Loans")"), and the swing loans a swing line lender "may, in its discretion," make up to a
sublimit another definition states (:mod:`ingest.instruments.lines_of_credit`): passages
written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT

This Credit Agreement is entered into as of March 4, 2011, by and among HALVERSON GRAIN, LLC, \
a Nebraska limited liability company (the "Borrower"), the several financial institutions \
from time to time party to this Agreement, as Lenders, and PRAIRIE NATIONAL BANK, as \
Administrative Agent.

Section 1.1. Commitments. Subject to the terms and conditions hereof, each Lender, by its \
acceptance hereof, severally agrees to make a loan or loans (individually a "Revolving Loan" \
and collectively for all the Lenders the "Revolving Loans") in U.S. Dollars to the Borrower \
from time to time on a revolving basis up to the amount of such Lender's Commitment before the \
Termination Date.

Section 1.2. Swing Loans. (a) Generally. Subject to the terms and conditions hereof, the Swing \
Line Lender may, in its discretion, make loans in U.S. Dollars to the Borrower under the Swing \
Line (individually a "Swing Loan" and collectively the "Swing Loans") which shall not in the \
aggregate at any time outstanding exceed the Swing Line Sublimit.

Section 5.1. Definitions.

"Commitment" means, as to any Lender, the obligation of such Lender to make Revolving Loans \
in an aggregate principal amount not to exceed the amount set forth opposite its name on \
Schedule 1. The Commitments of the Lenders aggregate $60,000,000 on the date hereof.

"Swing Line Sublimit" means $4,000,000, as reduced pursuant to the terms hereof.

"Termination Date" means May 31, 2013 or such earlier date on which the Commitments are \
terminated in whole.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the \
date first above written.

HALVERSON GRAIN, LLC
By: /s/ Dana Quist
Name: Dana Quist
Title: Chief Financial Officer

PRAIRIE NATIONAL BANK, as Administrative Agent and as a Lender
By: /s/ Owen Ridley
Name: Owen Ridley
Title: Senior Vice President
"""


def _facilities(text: str) -> dict[str, dict[str, object]]:
    x = extract_text(text)
    return {
        str(e.props["title"]): dict(e.props)
        for e in x.entities
        if e.props.get("kind") == "credit_facility"
    }


def test_loans_defined_individually_and_collectively_are_a_facility_under_the_agreement() -> None:
    x = extract_text(_AGREEMENT)
    facility = next(e for e in x.entities if e.props.get("title") == "Revolving Loan")
    assert facility.props.get("kind") == "credit_facility"
    assert "Revolving Loans" in facility.aliases
    assert facility.props.get("maturity_date") == "2013-05-31"
    assert ("Revolving Loan", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_the_sum_of_the_commitments_the_loans_are_capped_by_is_the_facility_amount() -> None:
    assert _facilities(_AGREEMENT)["Revolving Loan"].get("amount") == 60000000


def test_a_sum_of_other_commitments_is_no_amount_of_the_loans() -> None:
    text = _AGREEMENT.replace(
        "The Commitments of the Lenders aggregate", "The Term Commitments of the Lenders aggregate"
    )
    assert _facilities(text)["Revolving Loan"].get("amount") is None


def test_swing_loans_the_swing_line_lender_may_make_are_a_facility_of_the_sublimit() -> None:
    facilities = _facilities(_AGREEMENT)
    assert facilities["Swing Loan"].get("amount") == 4000000
    assert facilities["Swing Loan"].get("maturity_date") == "2013-05-31"


def test_loans_a_borrower_may_request_at_its_discretion_are_no_facility() -> None:
    text = _AGREEMENT.replace(
        "the Swing Line Lender may, in its discretion, make loans in U.S. Dollars to the",
        "the Borrower may request that the Administrative Agent record the loans of the",
    )
    assert "Swing Loan" not in _facilities(text)
