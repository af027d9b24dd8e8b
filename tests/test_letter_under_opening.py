"""A bank's waiver letter whose subject line runs on into the base agreement's date and parties
("Re: Waiver of Covenant Defaults under Loan Agreement dated as of August 30, 2008 (as amended,
the "Loan Agreement") between ...") and whose first sentence opens on that agreement ("Under
the Loan Agreement the Bank has extended ..."): the letter is titled by its subject up to the
base's date, not by the opening words (rules ``letters.subject_dated`` and
``letters.under_opening`` of :mod:`ingest.letters`). Passages written for this test in two
wordings, near misses, and round sixteen's waiver letter."""

from __future__ import annotations

from pathlib import Path

from tests.passages import own_title

_ROOT = Path(__file__).resolve().parent.parent

_LETTER = """                          HEARTLAND PRAIRIE BANK

                              June 12, 2013

Osage Valve Works, Inc.
210 Mill Street
Emporia, Kansas 66801

     Re:  {subject}

Dear Ms. Pruitt:

     {opening} Capitalized terms used in this letter have the meanings given to
them in the Credit Agreement.

     The Bank hereby waives the Borrower's failure to maintain the minimum Current Ratio
required by Section 6.3 of the Credit Agreement for the fiscal quarter ended March 31, 2013.

     Please sign below to indicate the Borrower's agreement.

                                   HEARTLAND PRAIRIE BANK

                                   By: /s/ Dale Morrow
                                       Dale Morrow, Vice President

ACKNOWLEDGED AND AGREED:

OSAGE VALVE WORKS, INC.

By: /s/ Irene Pruitt
    Irene Pruitt, President
"""

_LONG_SUBJECT = (
    "Limited Waiver under Credit Agreement dated as of May 1, 2010 (as amended, the\n"
    '          "Credit Agreement") between Osage Valve Works, Inc. (the "Borrower") and\n'
    '          Heartland Prairie Bank (the "Bank")'
)


def test_long_subject_and_an_opening_under_the_agreement() -> None:
    text = _LETTER.format(
        subject=_LONG_SUBJECT,
        opening="Under the Credit Agreement the Bank has made revolving loans to the Borrower.",
    )
    assert own_title(text) == "Limited Waiver under Credit Agreement"


def test_long_subject_and_an_opening_pursuant_to_the_agreement() -> None:
    text = _LETTER.format(
        subject=_LONG_SUBJECT,
        opening="Pursuant to the Credit Agreement, the Borrower must maintain a Current Ratio.",
    )
    assert own_title(text) == "Limited Waiver under Credit Agreement"


def test_a_short_subject_is_left_as_it_was() -> None:
    text = _LETTER.format(
        subject="Limited Waiver under Credit Agreement",
        opening="The Borrower has asked the Bank for a waiver.",
    )
    assert own_title(text) == "Limited Waiver under Credit Agreement"


def test_round_sixteen_waiver_letter() -> None:
    text = (_ROOT / "tests/gold_written/docs/r16fac_waiver_tamsworth.txt").read_text()
    assert own_title(text) == "Waiver of Covenant Defaults under Loan Agreement"
