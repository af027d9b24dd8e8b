"""Round five of the change reader's blind passages: notes, warrants, leases, licence, supply,
purchase and employment agreements and loan agreements amended in the ways drafters write
besides "Section X is hereby amended and restated in its entirety". The expected changes were
written before the extractor ran on them (``tests/changes_round5/``)."""

from __future__ import annotations

import pytest

import tests.changes_round5.commercial
import tests.changes_round5.dates_parts_and_near_misses
import tests.changes_round5.notes_and_credit  # noqa: F401  (the batches register their cases)
from tests.changes_round5.case import CASES, Case, score

#: Cases the reader still gets wrong, with what it gets wrong; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, list[str]] = {}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    assert len({c.name for c in CASES}) == len(CASES)
    for c in CASES:
        for _, _, new_text in c.expected:
            assert new_text is None or new_text in c.text, (c.name, new_text)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_five_case(c: Case) -> None:
    assert score(c).problems == KNOWN.get(c.name, [])
