"""Schedule rows become parties only from lists of parties: a schedule of lenders with
commitments yields its lenders; a pricing grid, a definitions annex or another role's list
never does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from ingest.schedules import listed_roles, party_rows, plausible_name, schedule_rows
from ingest.structure.analysis import analyze
from ingest.structure.regions import Region
from tests.paths import CORPUS

_PREAMBLE = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (this "Agreement") is entered into as of March 1, 2023, among '
    'ACME WIDGETS, INC., a Delaware corporation (the "Borrower"), the subsidiaries of the '
    'Borrower from time to time party hereto (each, a "Guarantor" and collectively, the '
    '"Guarantors"), and the lenders from time to time party hereto (each, a "Lender" and '
    'collectively, the "Lenders").\n\n'
    "1. Loans. Each Lender severally agrees to make loans to the Borrower in an amount not "
    "exceeding its Commitment.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "ACME WIDGETS, INC.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: President\n\n"
)
_PRICING_GRID = (
    "SCHEDULE 1.1\n\n"
    "PRICING GRID\n\n"
    "Level      Average Revolver Usage          Applicable Margin\n\n"
    "Level I    Less than 33%                   1.25%\n\n"
    "Status Level II     Between 33% and 66%    1.50%\n\n"
    "Base Rate Margin                           0.50%\n\n"
    "Applicable Unused Line Fee Percentage      0.25%\n\n"
)
_LENDERS = (
    "SCHEDULE 2.01\n\n"
    "COMMITMENTS\n\n"
    "Name of Lender                           Commitment\n\n"
    "First National Bank of Ohio, N.A.        $30,000,000\n\n"
    "River Capital Partners, L.P. $20,000,000\n\n"
    "Total                                    $50,000,000\n\n"
)


def _region(text: str, heading: str) -> Region:
    st = analyze(text)
    return next(s for s in st.schedules() if s.label == heading)


def _party_to(x: Extraction) -> dict[str, str]:
    names = {e.ref: str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    return {
        names[r.source]: str(r.props.get("role"))
        for r in x.relations
        if r.type == "PARTY_TO" and r.source in names
    }


def test_plausible_name_rejects_grid_rows() -> None:
    for cell in ("Applicable Margin", "Base Rate Margin”)", "Average Revolver Usage", "Level I"):
        assert not plausible_name(cell), cell
    for cell in ("Status Level II", "Fee Percentage", "LLC", "AND SAVINGS ASSOCIATION"):
        assert not plausible_name(cell), cell
    assert plausible_name("River Capital Partners, L.P.")
    assert plausible_name("Kevin Schott")


def test_pricing_grid_lists_no_parties() -> None:
    text = _PREAMBLE + _PRICING_GRID
    sch = _region(text, "SCHEDULE 1.1")
    assert listed_roles(text, sch) == frozenset()
    assert party_rows(text, sch, "lender") == ()
    assert all(
        not r.name.startswith(("Level", "Base", "Applicable")) for r in schedule_rows(text, sch)
    )


def test_schedule_of_lenders_with_commitments() -> None:
    text = _PREAMBLE + _LENDERS
    sch = _region(text, "SCHEDULE 2.01")
    assert "lender" in listed_roles(text, sch)
    rows = party_rows(text, sch, "lender")
    assert [r.name for r in rows] == [
        "First National Bank of Ohio, N.A.",
        "River Capital Partners, L.P.",
    ]
    assert rows[0].quantity == 30_000_000
    assert party_rows(text, sch, "guarantor") == ()


def test_collectives_take_rows_only_from_their_own_list() -> None:
    x = extract(SourceDocument(text=_PREAMBLE + _PRICING_GRID + _LENDERS, path="t"))
    roles = _party_to(x)
    assert roles["First National Bank of Ohio, N.A."] == "Lender"
    assert roles["River Capital Partners, L.P."] == "Lender"
    assert not any("Margin" in n or "Level" in n or "Usage" in n for n in roles)


def test_cited_schedule_without_party_heading() -> None:
    """A schedule headed by an instrument, cited as "opposite such Lender's name on Schedule A"."""
    text = (
        _PREAMBLE.replace(
            "1. Loans.",
            "1. Warrants. Each Lender shall receive the warrants "
            "indicated opposite such Lender's name on Schedule A hereto.\n\n2. Loans.",
        )
        + "SCHEDULE A\n\n"
        "                  ADDITIONAL WARRANTS\n"
        "        ----------------------------------\n"
        "        Omicron Master Trust        311,065\n"
        "        ----------------------------------\n"
        "        Total                       311,065\n"
        "        ----------------------------------\n"
    )
    sch = _region(text, "SCHEDULE A")
    assert [r.name for r in party_rows(text, sch, "lender")] == ["Omicron Master Trust"]
    assert party_rows(text, sch, "guarantor") == ()


_EDGAR = CORPUS / "edgar"


@cache
def _real(name: str) -> Extraction:
    path: Path = _EDGAR / name
    text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    return extract(SourceDocument(text=text, path=str(path)))


@pytest.mark.parametrize(
    ("name", "junk"),
    [
        (
            "0001193125-23-000306_2.txt",
            ("Base Rate Margin", "Average Revolver Usage", "Fee Percentage"),
        ),
        ("0001140361-23-000046_9.txt", ("Level I", "Status Level II", "Status Level VI")),
    ],
)
def test_real_pricing_grids_yield_no_parties(name: str, junk: tuple[str, ...]) -> None:
    names = {str(e.props.get("name")) for e in _real(name).entities if e.label == "Party"}
    assert not any(j in n for j in junk for n in names)


def test_real_schedule_a_gives_lenders_only_their_table() -> None:
    """Schedule A of a loan agreement: the Agent's bank account and a financial covenant are
    not lenders; the lenders' commitment table is; no row takes every collective role."""
    roles = _party_to(_real("0001819974-23-000003_2.txt"))
    assert roles["Siena Lending Group LLC"] == "Agent and Lender"
    assert roles["GRC SPV Investments, LLC"] == "Lender"
    assert "Wells Fargo Bank NA" not in roles
    assert not any("Account" in n or "Covenant" in n or "%" in n for n in roles)
    assert not any("Borrower" in r and "Lender" in r for r in roles.values())


def test_signature_name_wrapped_after_an_open_end() -> None:
    """ "WELLS FARGO BANK, NATIONAL" / "ASSOCIATION, as Agent": one lender, not a Party named
    "ASSOCIATION" (the first line is an organisation's name cut at its open end)."""
    text = _PREAMBLE + (
        "FIRST NATIONAL BANK OF OHIO, NATIONAL\n"
        "ASSOCIATION, as a Lender\n\n"
        "By: /s/ John A. Smith\nName: John A. Smith\nTitle: Vice President\n"
    )
    roles = _party_to(extract(SourceDocument(text=text, path="t")))
    assert roles.get("FIRST NATIONAL BANK OF OHIO, NATIONAL ASSOCIATION") == "Lender"
    assert not any(n.upper() == "ASSOCIATION" or n.endswith("NATIONAL") for n in roles)
