"""Companies numbered with a number sign ("Pennock Terminal #2 LLC", "Harbor Subsidiary #3
Holdings LLC"), as groups name their subsidiaries formed one after another: the whole name is
one company, like "Solar Partners 2, L.P.". Passages written for these tests."""

from __future__ import annotations

import pytest

from ingest.names import name_runs
from tests.passages import edges, extract_text


@pytest.mark.parametrize(
    "name",
    ["Pennock Terminal #2 LLC", "Harbor Subsidiary #3 Holdings LLC", "KESTREL YARDS #12, INC."],
)
def test_a_numbered_company_is_one_name(name: str) -> None:
    assert [(r.text, r.is_org) for r in name_runs(name)] == [(name, True)]


@pytest.mark.parametrize("text", ["Invoice #2 dated May 1", "Suite #400, Dallas, Texas"])
def test_a_number_sign_outside_a_company_name_names_none(text: str) -> None:
    """Near misses: no suffix follows the number."""
    assert not any(r.is_org for r in name_runs(text))


def test_numbered_subsidiaries_listed_over_one_signature_are_parties() -> None:
    text = """CONSENT OF SUBSIDIARY GUARANTORS

Each of the undersigned Subsidiary Guarantors consents to the Second Amendment dated as of
June 3, 2016 to the Credit Agreement dated as of May 1, 2014 and reaffirms its Subsidiary
Guaranty.

Pennock Terminals LLC
Pennock Terminal #2 LLC
Harbor Subsidiary #3 Holdings LLC
By: /s/ Carla M. Vinter
Name: Carla M. Vinter
Title: Vice President of each of the foregoing
"""
    x = extract_text(text)
    parties = {p for p, _ in edges(x, "PARTY_TO")}
    assert {"Pennock Terminal #2 LLC", "Harbor Subsidiary #3 Holdings LLC"} <= parties
