"""A bank's facility letter lists its facilities under headings, each with an "Amount:" field
that names it ("FACILITY 2 - TERM LOAN" / "Amount:  $650,000 (the "Equipment Loan")"): each is
a credit facility of that name and amount, ISSUED_UNDER the letter. Passages written for these
tests (names, amounts and dates are made up)."""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

LETTER = """\
                              PRAIRIE HARBOUR BANK
                              1 Lakeshore Plaza
                              Green Bay, Wisconsin

April 4, 2012

Dunmore Marine Supply Inc.
77 Dock Road
Sturgeon Bay, Wisconsin

Dear Mr. Kowalczyk:

The Bank is pleased to confirm that Prairie Harbour Bank (the "Bank") has authorized the
following credit facilities in favour of Dunmore Marine Supply Inc. (the "Borrower").

FACILITY 1 - REVOLVING OPERATING LOAN

     Amount:          $1,500,000 (the "Operating Loan").

     Interest Rate:   Prime Rate plus 1.00% per annum.

FACILITY 2 - TERM LOAN

     Amount:          $650,000 (the "Equipment Loan").

     Repayment:       48 monthly payments of principal plus interest.

This letter shall be governed by the laws of the State of Wisconsin.

ACCEPTED AND AGREED this 10th day of April, 2012.

DUNMORE MARINE SUPPLY INC.

By: /s/ Piotr Kowalczyk
    Piotr Kowalczyk, President
"""


def test_each_named_facility_is_issued_under_the_letter() -> None:
    x = extract_text(LETTER)
    own = entity_names(x)[OWN]
    issued = edges(x, "ISSUED_UNDER")
    assert ("Operating Loan", own) in issued
    assert ("Equipment Loan", own) in issued
    amounts = {e.props.get("title"): e.props.get("amount") for e in x.entities}
    assert amounts["Operating Loan"] == 1500000
    assert amounts["Equipment Loan"] == 650000


def test_an_amount_field_naming_nothing_makes_no_facility() -> None:
    text = LETTER.replace(' (the "Equipment Loan")', "")
    x = extract_text(text)
    assert "Equipment Loan" not in entity_names(x).values()


def test_the_bank_lends_to_the_borrower_under_the_letter() -> None:
    assert ("Prairie Harbour Bank", "Dunmore Marine Supply Inc.") in edges(
        extract_text(LETTER), "LENDS_TO"
    )
