"""A note purchase agreement selling notes in two series to purchasers its schedule lists in
columns "Name and Address of Purchaser / Series / Principal Amount", the series in a column of
its own before the figure: a purchaser's second series on the line of its address, a name
wrapped onto the next line. Each purchaser holds the series its rows give it, for that figure,
and nothing of the other series."""

from __future__ import annotations

from tests.passages import edge_amounts, extract_text

_HEAD = """\
                          NOTE PURCHASE AGREEMENT

                         Dated as of {date}

     {company}, a {state} corporation (the "Company"), agrees with each of the
purchasers whose names appear at the end hereof (each, a "Purchaser") as follows:

1.  AUTHORIZATION OF NOTES. The Company will authorize the issue and sale of
{first} aggregate principal amount of its {rate_a} Series {a} Senior Notes due {due_a} (the
"Series {a} Notes") and {second} aggregate principal amount of its {rate_b} Series {b}
Senior Notes due {due_b} (the "Series {b} Notes" and, together with the Series {a}
Notes, the "Notes").

2.  SALE AND PURCHASE OF NOTES. The Company will issue and sell to each
Purchaser, and each Purchaser will purchase from the Company, Notes of the
series and in the principal amount specified opposite its name in Schedule A.

                                      {company}

                                      By: /s/ {signer}
                                          Name: {signer}
                                          Title: Treasurer

"""

_GRANITE = (
    _HEAD.format(
        date="June 1, 2019",
        company="GRANITE HOLLOW FOODS, INC.",
        state="Iowa",
        first="$30,000,000",
        rate_a="4.10%",
        a="A",
        due_a="June 1, 2026",
        second="$20,000,000",
        rate_b="4.45%",
        b="B",
        due_b="June 1, 2029",
        signer="Marta Ekholm",
    )
    + """\
                                   SCHEDULE A

                       INFORMATION RELATING TO PURCHASERS

Name and Address of Purchaser                   Series      Principal Amount

PRAIRIE STAR LIFE ASSURANCE COMPANY             Series A    $18,000,000
400 Locust Street                               Series B    $5,000,000
Des Moines, Iowa 50309

NORTHERN BEACON FRATERNAL BENEFIT               Series B    $15,000,000
SOCIETY
c/o Beacon Capital Advisors, Inc.
12 Harbor Road, Milwaukee, Wisconsin 53202

TALLGRASS INSURANCE CO.                         Series A    $12,000,000
"""
)

#: another counsel's layout: "Notes" after the series, tabs of spaces, a care-of line first
_ORIOLE = (
    _HEAD.format(
        date="October 15, 2021",
        company="ORIOLE BAY SHIPPING CORPORATION",
        state="Maryland",
        first="$25,000,000",
        rate_a="3.62%",
        a="C",
        due_a="October 15, 2031",
        second="$25,000,000",
        rate_b="3.91%",
        b="D",
        due_b="October 15, 2033",
        signer="Felix Amadi",
    )
    + """\
                                 SCHEDULE A

                          NAMES OF PURCHASERS

                                        Series of        Principal Amount
Purchaser                               Notes            of Notes

CHESAPEAKE MUTUAL INSURANCE COMPANY     Series C Notes   $25,000,000
                                        Series D Notes   $10,000,000

LIGHTHOUSE ANNUITY FUND, L.P.           Series D Notes   $15,000,000
"""
)


def test_a_series_column_before_the_figure() -> None:
    held = edge_amounts(extract_text(_GRANITE), "HOLDS")
    assert held[("PRAIRIE STAR LIFE ASSURANCE COMPANY", "Series A Notes")] == 18_000_000
    assert held[("PRAIRIE STAR LIFE ASSURANCE COMPANY", "Series B Notes")] == 5_000_000
    assert held[("TALLGRASS INSURANCE CO.", "Series A Notes")] == 12_000_000
    assert ("TALLGRASS INSURANCE CO.", "Series B Notes") not in held


def test_a_name_wrapped_onto_the_next_line() -> None:
    held = edge_amounts(extract_text(_GRANITE), "HOLDS")
    name = "NORTHERN BEACON FRATERNAL BENEFIT SOCIETY"
    assert held[(name, "Series B Notes")] == 15_000_000
    assert (name, "Series A Notes") not in held


def test_series_with_notes_and_a_line_of_its_own() -> None:
    held = edge_amounts(extract_text(_ORIOLE), "HOLDS")
    assert held[("CHESAPEAKE MUTUAL INSURANCE COMPANY", "Series C Notes")] == 25_000_000
    assert held[("CHESAPEAKE MUTUAL INSURANCE COMPANY", "Series D Notes")] == 10_000_000
    assert held[("LIGHTHOUSE ANNUITY FUND, L.P.", "Series D Notes")] == 15_000_000
    assert ("LIGHTHOUSE ANNUITY FUND, L.P.", "Series C Notes") not in held


def test_series_rows_outside_a_purchasers_schedule_are_left_alone() -> None:
    """Near miss: the same rows under a schedule of the company's existing debt list notes
    others hold, not purchasers of these series."""
    text = _GRANITE.replace("INFORMATION RELATING TO PURCHASERS", "EXISTING INDEBTEDNESS")
    assert not edge_amounts(extract_text(text), "HOLDS")
