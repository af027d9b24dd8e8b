"""A note whose opening names no date of its own but its maturity ("promises to pay ... on
June 30, 2003 (the "Maturity Date")") and the first interest date ("commencing December 31,
2000") is dated by its witness clause, not by either (:mod:`ingest.agreements.own_date`).
Passages written for this test."""

from __future__ import annotations

from tests.passages import OWN, extract_text

_DEBENTURE = """No. A-7                                                           $250,000

                          LARKSPUR ROBOTICS CORPORATION

                   9% CONVERTIBLE DEBENTURE DUE 2003

     LARKSPUR ROBOTICS CORPORATION, a Minnesota corporation (the "Company"), for value
received, hereby promises to pay to ELMHURST GROWTH PARTNERS, L.P. (the "Holder"), or
registered assigns, on June 30, 2003 (the "Maturity Date"), the principal sum of TWO HUNDRED
FIFTY THOUSAND DOLLARS ($250,000), and to pay interest thereon at the rate of nine percent
(9%) per annum, payable semi-annually on June 30 and December 31 of each year, commencing
December 31, 2000.

     1. CONVERSION. The Holder may convert this Debenture into shares of the Company's
Common Stock at $4.10 per share.

     2. GOVERNING LAW. This Debenture shall be governed by the laws of the State of Minnesota.

     IN WITNESS WHEREOF, the Company has caused this Debenture to be duly executed as of
June 30, 2000.

                                        LARKSPUR ROBOTICS CORPORATION

                                        By: /s/ Dana K. Moberg
                                            Dana K. Moberg, President
"""


def _own(text: str) -> dict[str, object]:
    x = extract_text(text)
    return next(e.props for e in x.entities if e.ref == OWN)


def test_a_date_defined_as_the_maturity_is_not_the_notes_date() -> None:
    own = _own(_DEBENTURE)
    assert own.get("date") == "2000-06-30", own
    assert own.get("maturity_date") == "2003-06-30", own


def test_a_note_dated_in_its_opening_keeps_that_date() -> None:
    text = _DEBENTURE.replace(
        "for value\nreceived, hereby promises",
        "dated as of\nMay 1, 2000, for value received, hereby promises",
    )
    assert _own(text).get("date") == "2000-05-01"
