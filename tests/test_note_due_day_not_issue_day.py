"""A clause that defines a note and then states the day it falls due ("a promissory note ...
dated the date hereof ... (the "Term Note"), ... with all amounts then unpaid due on August 31,
2024") dates the note by its own date, never by the day it is due or its payments begin; a clause
that issues a note on a day still dates it by that day. Shapes of drafting, on passages written
for these tests."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_AGREEMENT = """\
                              LOAN AGREEMENT

     THIS LOAN AGREEMENT (this "Agreement") is dated as of {date}, between
{borrower}, a Delaware corporation (the "Borrower"), and {bank}, a state
banking corporation (the "Bank").

     3.2  {clause}

     IN WITNESS WHEREOF, the parties have executed this Agreement.
"""

_DUE = _AGREEMENT.format(
    date="August 14, 2019",
    borrower="BRACKETT VALVE CO.",
    bank="HOLLIS COUNTY BANK",
    clause="The Term Loan shall be evidenced by a promissory note of the Borrower dated the\n"
    'date hereof in the principal amount of $900,000 payable to the Bank (the "Term\n'
    'Note"), bearing interest at 6% per annum, with all amounts then unpaid due on\n'
    "August 31, 2024.",
)

_INSTALLMENTS = _AGREEMENT.format(
    date="May 2, 2016",
    borrower="LINDQUIST ORCHARD SUPPLY, INC.",
    bank="NORTH FORK STATE BANK",
    clause="The Equipment Loan shall be evidenced by the Borrower's promissory note of even\n"
    'date herewith for $450,000 (the "Equipment Note"), payable in 48 monthly\n'
    "installments beginning on June 1, 2016, the balance payable on May 1, 2020.",
)

_ISSUED_ON = _AGREEMENT.format(
    date="March 9, 2018",
    borrower="TERRAPIN DATA SYSTEMS, INC.",
    bank="GREYSTONE BANK",
    clause="On January 5, 2018 the Borrower issued and delivered to the Bank a promissory\n"
    'note in the principal amount of $250,000 (the "Bridge Note").',
)


def _date_of(x: Extraction, title: str) -> object:
    notes = {str(e.props.get("title")): e.props.get("date") for e in x.entities}
    return notes[title]


def test_a_note_due_on_a_day_is_dated_by_its_own_date() -> None:
    assert _date_of(extract_text(_DUE), "Term Note") == "2019-08-14"


def test_a_note_whose_installments_begin_on_a_day_keeps_its_own_date() -> None:
    assert _date_of(extract_text(_INSTALLMENTS), "Equipment Note") == "2016-05-02"


def test_a_note_issued_on_a_day_is_dated_by_that_day() -> None:
    assert _date_of(extract_text(_ISSUED_ON), "Bridge Note") == "2018-01-05"
