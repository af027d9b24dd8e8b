"""A guarantors' annex or schedule set as a table of name, jurisdiction and address, the
address wrapped in its own column: the line under a row, blank where the name is, goes on with
that row (its city and state are no guarantor of their own)."""

from __future__ import annotations

from ingest.schedules import party_rows
from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text

_ANNEX = """SUBSIDIARY GUARANTY

This SUBSIDIARY GUARANTY, dated as of June 9, 2017, is made by each of the Persons listed on
Annex A hereto (each, a "Guarantor" and, collectively, the "Guarantors"), in favor of
MARLOW RIVER BANK, as administrative agent (the "Agent").

1. Each Guarantor guarantees the Obligations of Pennock Foods, Inc. under the Credit
Agreement dated as of June 9, 2017.

IN WITNESS WHEREOF, each Guarantor has caused this Guaranty to be executed.

EACH OF THE GUARANTORS LISTED ON ANNEX A

By: /s/ Odile Farrant
Name: Odile Farrant
Title: Secretary of each Guarantor

                                 ANNEX A

                                GUARANTORS

<TABLE>
<CAPTION>
Name of Guarantor             Jurisdiction     Address for Notices
----------------------------  ---------------  ---------------------------
<S>                           <C>              <C>
Pennock Dairy, LLC            Delaware         27 Creamery Lane
                                               Lancaster, Pennsylvania 17601
Pennock Cold Storage, Inc.    Pennsylvania     900 Market Street, Floor 3
                                               York, Pennsylvania 17401
</TABLE>
"""

_SCHEDULE = """GUARANTY AGREEMENT

THIS GUARANTY AGREEMENT dated as of April 2, 2012 is made by the subsidiaries of Tolland
Instruments Corp. listed on Schedule I hereto (collectively, the "Guarantors") to HEWITT
SAVINGS BANK (the "Bank").

1. The Guarantors guarantee the Loan Agreement dated as of April 2, 2012 between Tolland
Instruments Corp. and the Bank.

IN WITNESS WHEREOF, the Guarantors have executed this Guaranty Agreement.

THE GUARANTORS NAMED IN SCHEDULE I

By: /s/ Renata Vukovic
Name: Renata Vukovic
Title: Chief Financial Officer

<PAGE>

                                SCHEDULE I

                                Guarantors

Guarantor                   State          Address
Tolland Precision LLC       Idaho          400 Front Street
                                           Suite 210
                                           Boise, Idaho 83702
Gaspard Metrology Inc.      Montana        12 Smelter Road
                                           Butte, MT 59701
"""


def _parties(text: str) -> set[str]:
    return {str(e.props.get("name")) for e in extract_text(text).entities if e.label == "Party"}


def test_an_annex_tables_address_lines_add_no_guarantor() -> None:
    x = extract_text(_ANNEX)
    parties = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not {"Lancaster, Pennsylvania", "York, Pennsylvania"} & parties
    givers = {s for s, t in edges(x, "PARTY_TO") if t == "Subsidiary Guaranty"}
    assert {"Pennock Dairy, LLC", "Pennock Cold Storage, Inc."} <= givers


def test_a_schedule_wrapped_over_two_address_lines() -> None:
    x = extract_text(_SCHEDULE)
    parties = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not [p for p in parties if p.startswith(("Boise", "Butte", "Suite"))]
    givers = {s for s, t in edges(x, "PARTY_TO") if t == "Guaranty Agreement"}
    assert {"Tolland Precision LLC", "Gaspard Metrology Inc."} <= givers


def test_a_name_below_at_the_left_is_a_row_of_its_own() -> None:
    """Near miss: the next line starts under the name column (a list with no address column),
    so it is the next guarantor, not the row above going on."""
    text = _SCHEDULE.split("                                SCHEDULE I")[0] + (
        "SCHEDULE I\n\nGuarantors\n\nGuarantor                   State\n"
        "Tolland Precision LLC       Idaho\n"
        "  Gaspard Metrology Inc.    Montana\n"
    )
    assert {"Tolland Precision LLC", "Gaspard Metrology Inc."} <= _parties(text)


def test_each_row_of_the_table_is_one_guarantor_with_its_address() -> None:
    """The schedule's rows are the two guarantors, each with its address lines, and all of
    them belong under the one header naming the guarantors."""
    st = analyze(_SCHEDULE)
    (schedule,) = st.schedules()
    rows = party_rows(_SCHEDULE, schedule, "guarantor")
    assert [r.name for r in rows] == ["Tolland Precision LLC", "Gaspard Metrology Inc."]
