"""Round eleven's notes defined only in a schedule of defined terms (""Series A Notes" means the
5.62% Series A Senior Notes due ... of the Company, substantially in the form of Exhibit 1-A",
:mod:`ingest.relations.defined_issues`) and the purchasers' schedule giving each figure's series
in a parenthesis ("$20,000,000 (Series A)", :mod:`ingest.relations.series_schedule_rows`):
passages written for this test, and the round's written note purchase agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edge_amounts, edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_NPA = """NOTE PURCHASE AGREEMENT

Dated as of April 3, 2007

To the Purchasers listed in Schedule A hereto:

BRAMBLING CHEMICAL CORPORATION, a Kansas corporation (the "Company"), agrees with you as follows:

1. The Company will authorize the issue and sale of its Series A Notes and its Series B Notes \
(each as defined in Schedule B).

2. The Company will sell to each Purchaser the Notes in the principal amount set out opposite \
its name in Schedule A.

BRAMBLING CHEMICAL CORPORATION
By: /s/ Owen Tate
Title: Treasurer

SCHEDULE A

INFORMATION RELATING TO PURCHASERS

WESTLAKE MUTUAL LIFE INSURANCE COMPANY       $12,000,000 (Series A)
400 Lakeview Drive
                                             $8,000,000 (Series B)

SCHEDULE B

DEFINED TERMS

{definitions}
"""

_OF_THE_COMPANY = """"Series A Notes" means the 6.15% Series A Senior Notes due April 3, 2014 of \
the Company, substantially in the form of Exhibit 1-A.

\u201cSeries B Notes\u201d shall mean the 6.40% Series B Senior Notes due April 3, 2017 issued by \
the Company in the form of Exhibit 1-B hereto."""


def test_series_defined_in_a_schedule_are_the_companys_notes_under_the_agreement() -> None:
    x = extract_text(_NPA.format(definitions=_OF_THE_COMPANY))
    a = "6.15% Series A Senior Notes due April 3, 2014"
    b = "6.40% Series B Senior Notes due April 3, 2017"
    company = "BRAMBLING CHEMICAL CORPORATION"
    assert {(company, a), (company, b)} <= edges(x, "ISSUES")
    assert {(a, "Note Purchase Agreement"), (b, "Note Purchase Agreement")} <= edges(
        x, "ISSUED_UNDER"
    )
    held = edge_amounts(x, "HOLDS")
    assert held[("WESTLAKE MUTUAL LIFE INSURANCE COMPANY", a)] == 12000000
    assert held[("WESTLAKE MUTUAL LIFE INSURANCE COMPANY", b)] == 8000000
    rates = {e.props.get("title"): e.props.get("interest_rate") for e in x.entities}
    assert rates[a] == 6.15


def test_another_issuers_notes_a_definition_names_are_not_the_agreements() -> None:
    other = """"Senior Notes" means the 8.35% Senior Notes due 2010 issued by Tolland Holdings, \
Inc. in the original principal amount of $40,000,000.

"Series A Notes" means the 6.15% Series A Senior Notes due April 3, 2014 of the Company \
outstanding on the date hereof."""
    x = extract_text(_NPA.format(definitions=other))
    assert not {t for t, _ in edges(x, "ISSUED_UNDER") if "%" in t}


def test_round_eleven_note_purchase_agreement_sells_two_series() -> None:
    path = _ROOT / "tests/gold_written/docs/r11fac_npa_kellerston.txt"
    x = extract_text(path.read_text())
    a = "5.62% Series A Senior Notes due November 18, 2015"
    b = "5.91% Series B Senior Notes due November 18, 2017"
    held = edge_amounts(x, "HOLDS")
    assert held[("HARWICK MUTUAL LIFE INSURANCE COMPANY", a)] == 20000000
    assert held[("OSTERVALE LIFE ASSURANCE COMPANY", a)] == 15000000
    assert held[("OSTERVALE LIFE ASSURANCE COMPANY", b)] == 25000000
    assert {(a, "Note Purchase Agreement"), (b, "Note Purchase Agreement")} <= edges(
        x, "ISSUED_UNDER"
    )
    amounts = {e.props.get("title"): e.props.get("amount") for e in x.entities}
    assert (amounts[a], amounts[b]) == (35000000, 25000000)  # the cover's figures
