"""A note purchase agreement's schedule of purchasers laid out in columns, "Purchaser /
Address / Principal Amount": the purchaser is the row's first cell (its address stands in a
column of its own), a column of principal amounts that names no instrument is of the one note
issue the agreement sells, and each purchaser, buying its notes, HOLDS them and LENDS_TO their
issuer the amount beside its name. Passages written for this test."""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from ingest.schedules import schedule_rows
from ingest.structure.regions import Region
from tests.passages import extract_text

_AGREEMENT = """NOTE PURCHASE AGREEMENT

     THIS NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of {date} among {issuer}, a
Delaware corporation (the "Company"), and the purchasers listed on Schedule 1 hereto (each a
"Purchaser").

     1.  Sale of Notes. The Company will issue and sell to each Purchaser its {notes}
(the "Notes") in the principal amount set forth opposite its name on Schedule 1.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

{issuer_caps}

By: /s/ Dana Whitlock
Name: Dana Whitlock
Title: Chief Executive Officer

                                   SCHEDULE 1

                               SCHEDULE OF PURCHASERS

Purchaser                          Address                          Principal Amount
---------                          -------                          ----------------
{rows}
"""

CASES = [
    dict(
        date="April 3, 2017",
        issuer="Ferncliff Robotics, Inc.",
        issuer_caps="FERNCLIFF ROBOTICS, INC.",
        notes="12% Senior Notes due April 3, 2020",
        rows="Alder Point Capital LLC            200 Pine Street, Suite 4           $600,000\n"
        "                                   San Francisco, CA 94104\n"
        "Quarry Lane Ventures, Inc.         17 Oak Hollow Road                 $150,000\n",
        holders={"Alder Point Capital LLC": 600000, "Quarry Lane Ventures, Inc.": 150000},
    ),
    dict(
        date="November 20, 2009",
        issuer="Tarnwood Mills Corp.",
        issuer_caps="TARNWOOD MILLS CORP.",
        notes="10.5% Subordinated Notes due November 20, 2014",
        rows="Heron Bay Partners, L.P.           c/o Heron Bay GP LLC               $2,000,000\n"
        "Calloway Family Trust              9 Dune Road, Nantucket, MA         $1,000,000\n",
        holders={"Heron Bay Partners, L.P.": 2000000, "Calloway Family Trust": 1000000},
    ),
]


def _amounts(x: Extraction, type_: str) -> dict[str, object]:
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == type_}


@pytest.mark.parametrize("case", CASES, ids=["llc_and_person", "lp_and_trust"])
def test_each_scheduled_purchaser_holds_its_notes_and_lends_their_price(case: dict) -> None:
    x = extract_text(_AGREEMENT.format(**case))
    assert _amounts(x, "HOLDS") == case["holders"]
    assert _amounts(x, "LENDS_TO") == case["holders"]


def test_a_principal_column_of_two_note_issues_names_neither() -> None:
    # near miss: the agreement sells two issues, so a bare "Principal Amount" is of neither
    case = dict(CASES[0])
    case["notes"] = "12% Senior Notes due April 3, 2020 and its 14% Junior Notes due 2021"
    x = extract_text(_AGREEMENT.format(**case).replace('(the "Notes")', ""))
    assert "Alder Point Capital LLC" not in _amounts(x, "HOLDS")


def test_a_centred_name_wrapped_under_its_first_line_stays_whole() -> None:
    # near miss for the address column: a wrapped, centred name starts under its first line
    table = (
        "SCHEDULE OF LENDERS\n\n"
        "                      ---------------------------------------\n"
        "                        Greywater Capital,\n"
        "                              L.P.                50,000\n"
        "                      ---------------------------------------\n"
        "                          Ostrava Opportunity\n"
        "                           Partners LLC           75,000\n"
        "                      ---------------------------------------\n"
    )
    names = [row.name for row in schedule_rows(table, Region("schedule", 0, len(table)))]
    assert names == ["Greywater Capital, L.P.", "Ostrava Opportunity Partners LLC"]
