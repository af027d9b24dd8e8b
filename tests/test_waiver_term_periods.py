"""A waiver of a defined default followed by the period it is waived for ("Lender hereby
waives the Covenant Default for the fiscal quarter ended June 30, 2008 only, subject to ..."):
what is waived reads the term's defining sentence, then the period, without the condition
(:mod:`ingest.relations.waivers`)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_LETTER = """EXHIBIT 10.5

April 9, 2013

Dear Mr. Lund:

     We refer to the Loan Agreement dated March 1, 2011 between Pinegate Foods, Inc.
("Borrower") and Tarrant Valley Bank ("Lender") (the "Loan Agreement"). Borrower did not
maintain the Fixed Charge Coverage Ratio required by Section 6.2 of the Loan Agreement, which
failure is an Event of Default under Section 9.1(b) of the Loan Agreement (the "{term}").

     Lender hereby waives the {term} {period}, subject to Lender's receipt of a waiver fee of
$2,500.

                                   TARRANT VALLEY BANK

                                   By: /s/ Rhea Gomez
                                       Rhea Gomez, Senior Vice President
"""


def _what(x: Extraction) -> str:
    [waiver] = [r for r in x.relations if r.type == "WAIVES"]
    return str(waiver.props["what"])


def test_the_defining_sentence_then_the_period() -> None:
    what = _what(
        extract_text(
            _LETTER.format(
                term="Ratio Default", period="for the fiscal quarter ended March 31, 2013"
            )
        )
    )
    assert what.startswith("Ratio Default: Borrower did not maintain the Fixed Charge Coverage")
    assert what.endswith("for the fiscal quarter ended March 31, 2013")
    assert "waiver fee" not in what


def test_as_of_a_day() -> None:
    what = _what(
        extract_text(_LETTER.format(term="Specified Default", period="as of December 31, 2012"))
    )
    assert what.startswith("Specified Default: Borrower did not maintain")
    assert what.endswith("as of December 31, 2012")


def test_an_undefined_term_with_a_period_is_kept_as_written() -> None:
    text = _LETTER.format(
        term="Ratio Default", period="for the fiscal quarter ended March 31, 2013"
    )
    text = text.replace(' (the "Ratio Default")', "")
    assert _what(extract_text(text)).startswith("the Ratio Default for the fiscal quarter")
