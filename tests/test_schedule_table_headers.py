"""A schedule's column headings ("Purchaser          Principal Amount of Note") under an exhibit
label are no title of the exhibit: the document word stands in a later column than the first,
in a mixed-case table row. A title in capitals, alone on its line or beside its label, still
titles the exhibit. Passages written for the test in the shape of note and securities purchase
agreements' schedules of purchasers; never copied from a filing.
"""

from __future__ import annotations

import pytest

from ingest.structure.headings import heading_spans
from tests.passages import extract_text

_NPA = """                            NOTE PURCHASE AGREEMENT

     This NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of August 9, 2017, by and among
{company}, a Delaware corporation (the "Company"), and the purchasers listed on Exhibit A
attached hereto (each a "Purchaser").

     1. Purchase and Sale of Notes. The Company agrees to sell and issue to each Purchaser a
convertible promissory note in the form attached hereto as Exhibit B (each a "Note") in the
principal amount set forth opposite such Purchaser's name on Exhibit A.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

{company_upper}

By: /s/ Amir Patel
Name: Amir Patel
Title: President

                                   EXHIBIT A

                              SCHEDULE OF PURCHASERS

{header}

Northbridge Growth Fund I, L.P.                     $2,000,000
Cedar Lane Partners LLC                             $  500,000
"""


@pytest.mark.parametrize(
    ("company", "header"),
    [
        (
            "Brightline Sensor Systems, Inc.",
            "Purchaser                                           Principal Amount of Note",
        ),
        (
            "Harbor Assay Corp.",
            "Name and Address of Purchaser          Note Principal          Warrant Shares",
        ),
    ],
)
def test_column_headings_title_no_exhibit(company: str, header: str) -> None:
    x = extract_text(_NPA.format(company=company, company_upper=company.upper(), header=header))
    titles = {str(e.props.get("title")) for e in x.entities if e.label == "Instrument"}
    assert not any("Purchaser" in t or "Principal" in t for t in titles)


@pytest.mark.parametrize(
    "line",
    ["SECURED PROMISSORY NOTE", "EXHIBIT B          FORM OF CONVERTIBLE NOTE", "Term Note"],
)
def test_a_title_is_still_a_heading(line: str) -> None:
    assert heading_spans(line + "\n\nprose follows here.", 0, len(line) + 20)
