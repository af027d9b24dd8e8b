"""An issue told with an adverb between its auxiliary and its verb ("the Borrower has also
issued to the Holder a Common Stock Purchase Warrant", "the Company has concurrently issued
to the Lender ..."): the issuer ISSUES what it issued, the buyer HOLDS it."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_NOTE = """\
                          SECURED PROMISSORY NOTE

$150,000.00                                                   June 9, 2017

FOR VALUE RECEIVED, PELLUCID SENSORS CORP., a Colorado corporation (the "Borrower"),
promises to pay to the order of GRANITE PEAK LENDING, LLC (the "Holder") the principal sum
of $150,000.00 on June 9, 2019.

This Note is issued pursuant to the Loan Agreement dated as of June 9, 2017 between the
Borrower and the Holder. In connection therewith, the Borrower has {adverb} issued to the
Holder a Common Stock Purchase Warrant dated the date hereof (the "Warrant").

PELLUCID SENSORS CORP.

By: /s/ Noor Haddad
Name: Noor Haddad
Title: President
"""


@pytest.mark.parametrize("adverb", ["also", "concurrently", "simultaneously"])
def test_an_issue_with_an_adverb_is_an_issue(adverb: str) -> None:
    x = extract_text(_NOTE.format(adverb=adverb))
    assert ("PELLUCID SENSORS CORP.", "Common Stock Purchase Warrant") in edges(x, "ISSUES")
    assert ("GRANITE PEAK LENDING, LLC", "Common Stock Purchase Warrant") in edges(x, "HOLDS")
