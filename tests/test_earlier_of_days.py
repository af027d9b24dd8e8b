"""The last day of loans a lending clause gives by a day term whose definition opens on the
scheduled date before the events that end the credit sooner ("the earliest to occur of ... or
..."), in a definitions list with or without quotes around its terms."""

from __future__ import annotations

from tests.passages import extract_text

_UNQUOTED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of April 2, 1998, is entered into by and between
SUMMIT VALLEY FOODS, INC., a Colorado corporation (the "Borrower"), and ALPINE STATE BANK
(the "Bank").

SECTION 1.1 Definitions.

Facility Termination Date shall mean the earliest to occur of March 31, 2003 or the date
on which the Bank terminates its commitment pursuant to Section 8.2.

SECTION 2.1 Loans. The Bank agrees to make revolving loans (the "Loans") to the Borrower
from time to time prior to the Facility Termination Date.
"""

_QUOTED = """LOAN AGREEMENT

THIS LOAN AGREEMENT, dated as of August 14, 2001, is entered into by and between
RIVERBEND CERAMICS CORP., an Oregon corporation (the "Borrower"), and CASCADE
COMMERCIAL BANK (the "Lender").

"Revolving Maturity Date" means the earlier of (a) August 14, 2004 and (b) the date the
Commitment terminates.

2.1 The Lender agrees to make advances (the "Revolving Loans") to the Borrower until the
Revolving Maturity Date in an aggregate amount not to exceed $4,000,000.
"""


def _maturity(text: str, title: str) -> object:
    x = extract_text(text)
    (loans,) = [e for e in x.entities if e.props.get("title") == title]
    return loans.props.get("maturity_date")


def test_unquoted_definition_earliest_to_occur() -> None:
    assert _maturity(_UNQUOTED, "Loans") == "2003-03-31"


def test_quoted_definition_earlier_of() -> None:
    assert _maturity(_QUOTED, "Revolving Loans") == "2004-08-14"
