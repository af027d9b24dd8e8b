"""A guarantor's consent appended to an agreement that amends and restates an earlier one
secures the restating agreement, not the one it replaces
(:func:`ingest.appended.secured_agreement`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_RESTATED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, made as of the 14th day of March, 2002, by and between GRANITE TOOL \
CORPORATION, an Ohio corporation (herein called "Company"), and LAKESIDE BANK, an Ohio banking \
corporation (herein called "Bank");

RECITALS:

A. Company and Bank are parties to the Loan Agreement dated as of May 1, 2000 ("Prior \
Credit Agreement").

B. Company and Bank wish to amend and restate the Prior Credit Agreement on the terms \
provided herein.

NOW, THEREFORE, Bank and Company agree that the Prior Credit Agreement is amended and restated \
in its entirety as follows:

1. The Bank agrees to make Advances to Company not to exceed Four Million Dollars ($4,000,000).

2. This Agreement shall be governed by the laws of the State of Ohio.

WITNESS the due execution hereof as of the day and year first above written.

GRANITE TOOL CORPORATION
By: /s/ Paul Ng
Its: President

LAKESIDE BANK
By: /s/ Rita Cole
Its: Vice President


CONSENT OF GUARANTOR

The undersigned Guarantor hereby consents to the execution and delivery by Company of the \
attached Credit Agreement and reaffirms and ratifies all of its obligations to the Bank under \
or in respect of its Guaranty.

GRANITE HOLDINGS, INC.
By: /s/ Paul Ng
Its: President
"""


def test_the_consenting_guarantor_secures_the_restating_agreement() -> None:
    x = extract_text(_RESTATED)
    secures = edges(x, "SECURES")
    assert ("GRANITE HOLDINGS, INC.", "Credit Agreement") in secures
    assert ("GRANITE HOLDINGS, INC.", "Loan Agreement") not in secures
