"""Round two of the change reader's blind stress test: credit and loan agreement amendments in
shapes our other tests seldom hold (pricing grids and covenant tables restated, a clause of a
definition changed, amounts swapped "where it appears therein", "each reference to" a term,
"hereby modified to", joiners moved and a new clause added, sections numbered 7.1.3 and 10-2,
schedules, annexes and exhibits replaced in several wordings, notes and guaranty changed in one
amendment, the recitals of an amended and restated agreement, changes effective later or on
conditions, several changes inside one numbered paragraph). Every passage and every change
expected was written before the extractor ran on it; names, amounts and dates are made up.

Each case (in :mod:`tests.changes_round2_credit`) is (name, text, expected), an expected change
(section, term, action, new wording) with its wording cut from the text by its first and last
words (``cut``).
"""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected
from tests.changes_round2_credit import framing, grids_and_definitions, sections_and_attachments
from tests.changes_round2_credit.case import Case, check_case

CASES: list[Case] = grids_and_definitions.CASES + sections_and_attachments.CASES + framing.CASES


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round2_credit(name: str, text: str, expected: list[Expected]) -> None:
    check_case(name, text, expected)
