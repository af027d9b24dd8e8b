"""Round thirteen of the change reader's blind passages: replacements worded as "amended by
deleting ... and substituting the following", '"Term" shall mean' definitions, definitions
restated under a lead-in far above them and lists of definitions deleted, with near misses
(``tests/changes_round13/``). The expected changes of the first 23 passages
(``deleting_and_substituting``, ``definition_lists``, ``more_variants``) were written and
committed before the extractor ran on them; ``after_fixes`` and ``deleted_with_references``
were written after.

The 23 blind passages (60 changes) at the first run: 47 of 60 found right, 47 of 54 predicted
right. Misses: a provision deleted by a pointer back to it ("by deleting such Section and
replacing it with", "the text thereof ... in lieu thereof", "the same", "it and inserting in
its place") read as amended; "inserting the following terms" read as the terms amended; a
restated block run on past "(b) ... is further amended by adding"; a lettered list of terms
deleted under an outer item with the same letters read to its first term only; "The following
Sections ... are hereby deleted: (i) Section 6.14, ..." not read. After the fixes: 60 of 60, 60
of 60; with the passages written after them (39 passages, 105 changes), 105 of 105, 105 of
105."""

from __future__ import annotations

import pytest

import tests.changes_round13.after_fixes
import tests.changes_round13.definition_lists
import tests.changes_round13.deleted_with_references
import tests.changes_round13.deleting_and_substituting
import tests.changes_round13.item_stops
import tests.changes_round13.more_variants  # noqa: F401  (the modules register)
from tests.changes_round5.case import Case, check_well_formed, score
from tests.changes_round13.case import CASES

#: Cases the reader still gets wrong, with the shape it misses; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, str] = {}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_thirteen_case(c: Case) -> None:
    problems = score(c).problems
    assert bool(problems) == (c.name in KNOWN), problems
