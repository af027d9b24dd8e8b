"""A note on a bank's printed form: the bank's name on a letterhead line above the form's
title (a qualifier under it, "(SECURED)"), and header fields beside the opening ("Maturity
Date: ...", the place and date it is made). The title is the form's, not the bank's name with
it; the note is dated when made, and the "Maturity Date:" field dates only its maturity."""

from __future__ import annotations

from tests.passages import extract_text

_LETTERHEAD = """\
                       LAKE COUNTY SAVINGS BANK
                        INSTALLMENT NOTE
                           (SECURED)

$480,000.00                                   Waukegan, Illinois
                                              March 2, 1999

Loan No. 7730-22                        Maturity Date: March 1, 2004

     FOR VALUE RECEIVED, the undersigned, BRAMLEY TOOL & DIE CO., an Illinois
corporation (the "Borrower"), promises to pay to the order of LAKE COUNTY
SAVINGS BANK (the "Bank") the principal sum of FOUR HUNDRED EIGHTY THOUSAND
AND NO/100 DOLLARS ($480,000.00), with interest at eight percent (8%) per
annum, in monthly installments, the balance due on March 1, 2004.

     This Note shall be governed by the laws of the State of Illinois.

                                   BRAMLEY TOOL & DIE CO.

                                   By: /s/ Walter J. Pruitt
                                       Walter J. Pruitt, President
"""

_FIELDS_FIRST = """\
                             PROMISSORY NOTE

Principal: $75,000.00                    Maturity Date: June 1, 2004
Date: June 1, 2001                       Place: Duluth, Minnesota

     FOR VALUE RECEIVED, HERON LAKE OUTFITTERS, LLC, a Minnesota limited
liability company (the "Maker"), promises to pay to the order of NORTH SHORE
COMMUNITY BANK (the "Bank") the principal sum of $75,000.00, with interest at
seven percent (7%) per annum.

                                   HERON LAKE OUTFITTERS, LLC

                                   By: /s/ Anna L. Berglund
                                       Anna L. Berglund, Manager
"""


def _own(text: str) -> dict[str, object]:
    x = extract_text(text)
    own = next(e for e in x.entities if e.ref == "agreement:self")
    return dict(own.props)


def test_a_letterhead_bank_is_no_part_of_the_title() -> None:
    props = _own(_LETTERHEAD)
    assert props["title"] == "Installment Note"


def test_the_note_is_dated_when_made_not_when_it_matures() -> None:
    props = _own(_LETTERHEAD)
    assert props["date"] == "1999-03-02"
    assert props["maturity_date"] == "2004-03-01"


def test_a_maturity_date_field_before_the_date_field_dates_nothing_else() -> None:
    props = _own(_FIELDS_FIRST)
    assert props["date"] == "2001-06-01"
