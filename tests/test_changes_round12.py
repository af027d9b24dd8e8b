"""Round twelve of the change reader's blind passages: amendment instructions in the
imperative mood and definition blocks under lead-ins that do not say "definition", with near
misses that instruct or define without changing anything (``tests/changes_round12/``). The
expected changes of each case were written and committed before the extractor ran on them.

All 24 passages (59 changes) at the first run: 15 of 59 found right, 15 of 24 predicted
right. Every imperative instruction was missed but "Add the following new definition ...:"
(and "Section 1.1 is amended as follows:" over imperative items read as 1.1 amended); of the
definition blocks under lead-ins that do not say "definition", "adding the following new
terms" was read as the terms amended, "restating the following in their entirety:" as the
section replaced or amended, "the following ... are hereby deleted:" as the section deleted,
"adding the following at the end thereof:" as the article amended, and a term followed by a
parenthesis of more than 60 characters was not read. Two expectations were written against
the house convention and corrected after the run (a note's "paragraph 2" is "2", as the gold
files give it).

After the imperative instructions (``ingest.changes.imperatives``,
``tests/test_changes_round12_shapes.py``): 41 of 59 found right, 41 of 49 predicted right.
After the definition blocks under "the following" (``ingest.changes.following_blocks``, "the
following new terms" as definitions added, a parenthesis of up to 150 characters after a
term): 53 of 59, 53 of 54. After quoted terms deleted under "the following" (active or
passive), terms given "the following meanings" in the agreement named, and terms without
quotes opening such a block: 58 of 59, 58 of 58 (left for later: "and by deleting therefrom
the following:" inside the block of definitions the same sentence inserts).

Second batch (8 passages, 21 changes, written after those fixes and committed before the
reader ran on them): 16 of 21 found right, 16 of 18 predicted right. The misses: "In Sec. 4.1
of the Lease, substitute ..." (the abbreviation as the place), a page break between a
lead-in's colon and its definitions (read as the section amended) and "Each of the following,
as set forth in Section 1.1, is hereby amended and restated in its entirety:" (read as the
section replaced). After their fixes: 21 of 21; all 32 passages, 79 of 80 found right, 79 of
79 predicted right. After "and by deleting therefrom the following:" on a line of its own
(``following_blocks.AND_BY_LINE``): 80 of 80, 80 of 80."""

from __future__ import annotations

import pytest

import tests.changes_round12.after_fixes
import tests.changes_round12.definition_blocks
import tests.changes_round12.imperative  # noqa: F401  (the modules register)
from tests.changes_round5.case import Case, check_well_formed, score
from tests.changes_round12.case import CASES

#: Cases the reader still gets wrong, with the shape it misses; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, str] = {}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_twelve_case(c: Case) -> None:
    problems = score(c).problems
    assert bool(problems) == (c.name in KNOWN), problems
