"""A recital of the agreement under which notes were issued, the tranches listed after it with
their terms in no quotes: "... a Note Purchase Agreement ... (the Note Purchase Agreement),
pursuant to which the Company has issued and sold (i) $12,000,000 ... of its 11% Senior
Notes, Series A, due 2027 (the Series A Notes) and (ii) ...": the company ISSUES each tranche
and each is ISSUED_UNDER the agreement named before "pursuant to which"."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PLEDGE = """STOCK PLEDGE AGREEMENT

STOCK PLEDGE AGREEMENT, dated as of May 5, 2022 (this Agreement), made by CORMAC ENERGY
SYSTEMS, INC., a Colorado corporation (hereinafter, the Pledgor), in favor of BRIARWOOD TRUST
COMPANY, as collateral agent (the Collateral Agent).

WHEREAS, the Pledgor and the purchasers named therein have entered into a Note Purchase
Agreement, dated as of May 5, 2022 (the Note Purchase Agreement), pursuant to which the
Pledgor has issued and sold (i) $9,000,000 aggregate principal amount of its 10.25% Senior
Secured Notes, Series A, due May 5, 2026 (the Series A Notes) and (ii) $3,000,000 aggregate
principal amount of its 11.75% Senior Secured Notes, Series B, due May 5, 2027 (the Series B
Notes);

NOW, THEREFORE, the Pledgor agrees as follows:

1. The Pledgor pledges the Pledged Shares to the Collateral Agent.
"""

_SECURITY = """SECURITY AGREEMENT

This Security Agreement is made as of January 12, 2019 by Fenmore Retail Group LLC (the
"Company") in favor of the holders of its notes.

WHEREAS, the Company entered into a Securities Purchase Agreement dated as of January 12,
2019 with the investors named therein, under which the Company has issued and sold (a) its
8% Senior Notes due January 12, 2024 in the principal amount of $4,000,000 and (b) its 9%
Subordinated Notes due January 12, 2025 in the principal amount of $1,500,000.
"""


def _issued(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    x = extract_text(text)
    return edges(x, "ISSUES"), edges(x, "ISSUED_UNDER")


def test_each_tranche_is_issued_under_the_agreement_before_pursuant_to_which() -> None:
    issues, under = _issued(_PLEDGE)
    series = {t for _, t in issues if "Series" in t}
    assert len(series) == 2
    assert {s for s, t in issues if t in series} == {"CORMAC ENERGY SYSTEMS, INC."}
    assert {(t, "Note Purchase Agreement") for t in series} <= under


def test_tranches_under_which_the_company_issued() -> None:
    issues, under = _issued(_SECURITY)
    notes = {t for s, t in issues if s == "Fenmore Retail Group LLC"}
    assert len(notes) == 2
    assert {a for t, a in under if t in notes} == {"Securities Purchase Agreement"}


def test_a_list_of_uses_after_pursuant_to_which_issues_nothing() -> None:
    """Near miss: the list after "pursuant to which" says what the proceeds paid, no issue."""
    text = _PLEDGE.replace("has issued and sold (i)", "has applied the proceeds of (i)")
    issues, _ = _issued(text)
    assert not {s for s, t in issues if "Series" in t}
