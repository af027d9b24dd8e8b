"""Instruments and their financial terms: the own note/debenture, defined warrants, mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.context import DocContext
from ingest.instruments import (
    exercise_price,
    extract_instruments,
    interest_rate,
    maturity_date,
    parse_amount,
)
from ingest.records import SourceDocument
from ingest.references import extract_references

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"


def _ctx(
    text: str, label: str | None = None, title: str = "", date: str | None = None
) -> DocContext:
    ctx = DocContext(SourceDocument(text=text, path="t"))
    if label:
        ctx.self_ref = "agreement:self"
        props = {"title": title, "date": date}
        ctx.collector.add("agreement:self", label, ctx.span(0, 4), props, contained=True)
    return ctx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$60,000,000", (60000000, "USD")),
        ("US $5,000,000.00", (5000000, "USD")),
        ("$2,407,345.19", (2407345.19, "USD")),
        ("$2.5 million", (2500000, "USD")),
        ("\u20ac1,000", (1000, "EUR")),
    ],
)
def test_parse_amount(text: str, expected: tuple[float, str]) -> None:
    assert parse_amount(text) == expected


def test_rates_maturities_prices() -> None:
    assert interest_rate("until maturity at the rate of Seven Percent (7%) per annum") == 7
    assert interest_rate("shall bear interest at 12.5% per annum") == 12.5
    assert maturity_date("SENIOR NOTE DUE MARCH 1, 2030".title()) == "2030-03-01"
    assert maturity_date('"Maturity Date" means December 31, 2023.') == "2023-12-31"
    assert maturity_date("shall be repaid on or before February 28, 1999") == "1999-02-28"
    assert exercise_price("at an Exercise Price of $28.06 per share") == 28.06


def test_own_note_gets_its_terms() -> None:
    text = (
        "PROMISSORY NOTE\n\n$250,000.00                                  March 1, 2021\n\n"
        "FOR VALUE RECEIVED, Widget Co. promises to pay to the order of First Bank the "
        "principal sum of Two Hundred Fifty Thousand Dollars ($250,000.00) on or before "
        "March 1, 2024, with interest at the rate of six percent (6%) per annum."
    )
    ctx = _ctx(text, "Instrument", "Promissory Note", "2021-03-01")
    extract_instruments(ctx)
    props = ctx.collector.entities["agreement:self"].props
    assert props["amount"] == 250000 and props["currency"] == "USD"
    assert props["interest_rate"] == 6
    assert props["maturity_date"] == "2024-03-01"


def test_defined_warrants_carry_their_exercise_price() -> None:
    text = (
        "The Company shall issue to each Purchaser a warrant in the form of Exhibit C (the "
        '"Series B Warrants") to purchase shares of Common Stock at an exercise price of '
        "$4.50 per share."
    )
    ctx = _ctx(text, "Agreement", "Purchase Agreement")
    extract_instruments(ctx)
    (ref,) = ctx.lookup("Series B Warrants")
    e = ctx.collector.entities[ref]
    assert e.label == "Instrument" and e.props["kind"] == "warrant"
    assert e.props["exercise_price"] == 4.5


def test_mentioned_note_gets_its_principal_amount() -> None:
    text = (
        "All amounts under that certain Promissory Note dated August 12, 1997 in the original "
        "principal amount of $2,407,345.19 shall have been paid."
    )
    ctx = _ctx(text)
    extract_references(ctx)
    extract_instruments(ctx)
    (e,) = [e for e in ctx.collector.entities.values() if e.label == "Instrument"]
    assert e.props["amount"] == 2407345.19 and e.props["date"] == "1997-08-12"


def test_seed_debenture() -> None:
    text = (SEEDS / "004_a6cf6f05e78ff96c.txt").read_text()
    ctx = _ctx(text, "Instrument", "Subordinated Convertible Debenture", "2003-02-13")
    extract_references(ctx)
    extract_instruments(ctx)
    props = ctx.collector.entities["agreement:self"].props
    assert props["interest_rate"] == 7
    assert props["maturity_date"] == "2008-02-13"
    assert ctx.lookup("Debentures") == ["agreement:self"]


def test_seed_amendment_defines_warrants_and_notes() -> None:
    text = (SEEDS / "000_42ddd5099abacb80.txt").read_text()
    ctx = _ctx(text, "Agreement", "Amendment No. 2", "2006-12-14")
    extract_references(ctx)
    extract_instruments(ctx)
    (additional,) = ctx.lookup("Additional Warrants")
    assert ctx.collector.entities[additional].props["exercise_price"] == 28.06
    (notes,) = ctx.lookup("September Notes")
    assert ctx.lookup("Notes") == [notes]
    assert ctx.collector.entities[notes].props["kind"] == "note"
    assert ctx.lookup("September Warrants")
