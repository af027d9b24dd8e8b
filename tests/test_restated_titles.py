"""Two prior facilities a credit agreement defines under the very same restated title ("that
certain Amended and Restated Loan and Security Agreement dated as of ... between X and Y",
twice, with other parties and dates) are two agreements, the later no restatement of the
earlier; a restatement under another title ("Second Amended and Restated ...") still restates
the earlier one. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_DEFINITIONS = """LOAN AGREEMENT

            This LOAN AGREEMENT ("Agreement") is entered into as of May 8, 1997 by and among
ORCHARD VALLEY FOODS, INC., a California corporation ("Borrower"), and REDWOOD NATIONAL BANK, as
Agent.

            "PRIOR BORROWER FACILITY" means that certain Amended and Restated Loan and Security
       Agreement dated as of March 2, 1994 between Tahoe Commercial Credit Corporation and
       Borrower.

            "PRIOR SUBSIDIARY FACILITY" means that certain Amended and Restated Loan and
       Security Agreement dated as of August 9, 1995 between Shasta Bank, N.A. and Valley Farms,
       Inc.

"""


def test_same_restated_title_of_two_facilities_is_no_restatement() -> None:
    x = extract_text(_DEFINITIONS)
    titled = {
        a
        for a, b in edges(x, "AMENDS")
        if a == b == "Amended and Restated Loan and Security Agreement"
    }
    assert not titled


def test_a_later_restatement_under_another_title_still_restates() -> None:
    x = extract_text(
        _DEFINITIONS
        + '            "EXISTING AGREEMENT" means that certain Second Amended and Restated Loan\n'
        "       and Security Agreement dated as of June 1, 1996 between Tahoe Commercial Credit\n"
        "       Corporation and Borrower.\n"
    )
    assert (
        "Second Amended and Restated Loan and Security Agreement",
        "Amended and Restated Loan and Security Agreement",
    ) in edges(x, "AMENDS")
