"""A bank chartered under a country's banking law, as drafting states it after the name ("Bank
of Montreal, a Canadian chartered bank acting through its Chicago branch"): its country is
the bank's jurisdiction (:mod:`ingest.parties.forms`). Passages written for this test."""

from __future__ import annotations

import pytest

from ingest.parties.forms import stated_form


@pytest.mark.parametrize(
    ("descriptor", "form"),
    [
        (
            ", a Canadian chartered bank acting through its Houston agency",
            {"entity_type": "bank", "jurisdiction": "Canada"},
        ),
        (", a Maine chartered bank", {"entity_type": "bank", "jurisdiction": "Maine"}),
        (", a chartered bank", {"entity_type": "bank"}),
    ],
)
def test_a_chartered_bank_states_its_charter_place(descriptor: str, form: dict[str, str]) -> None:
    assert stated_form(descriptor, 0, len(descriptor)) == form


def test_chartered_alone_makes_no_bank() -> None:
    assert stated_form(", a chartered accountant", 0, 24) == {}
