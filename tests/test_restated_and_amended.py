"""A title that writes "Restated and Amended" for "Amended and Restated" restates the earlier
agreement of its base title (:data:`ingest.references.titles._RESTATED_BASE`): passages
written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_RESTATED = """SECOND RESTATED AND AMENDED REVOLVING LOAN AGREEMENT

THIS SECOND RESTATED AND AMENDED REVOLVING LOAN AGREEMENT (the "Agreement") dated as of \
March 3, 2004 is by and between WILLOW CREEK FARMS, LLC, an Iowa limited liability company \
(the "Borrower"), and PRAIRIE STATE BANK, an Iowa banking corporation (the "Bank").

WHEREAS, the Bank extended a revolving loan to the Borrower under a Revolving Loan Agreement \
dated June 1, 2000, restated by a Restated and Amended Revolving Loan Agreement dated July 9, \
2002; and

WHEREAS, the parties desire to restate and amend further the revolving loan as set forth \
herein;

NOW, THEREFORE, the parties agree as follows:

1.1 Loans. The Bank agrees to make loans to the Borrower not to exceed $2,000,000.
"""


def test_restated_and_amended_titles_restate_the_earlier_agreement_of_their_base() -> None:
    amends = edges(extract_text(_RESTATED), "AMENDS")
    second = "Second Restated and Amended Revolving Loan Agreement"
    assert (second, "Revolving Loan Agreement") in amends
    assert ("Restated and Amended Revolving Loan Agreement", "Revolving Loan Agreement") in amends
