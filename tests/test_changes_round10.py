"""Round ten of the change reader's blind passages: amendments drafted in English and
Commonwealth style, changes of a word or figure inside a provision, additions at a place,
verbs besides "amend", commercial schedules, side letters, tables, extensions, marked copies
and near misses (``tests/changes_round10/``). The expected changes of each batch were written
and committed before the extractor ran on them.

First batch (17 passages, 23 changes, one near miss that changes nothing): 15 of 23 found
right, 15 of 18 predicted right. The misses: "1.1 With effect from 1 March 2016, Clause 21.4
..." (the deed's own date read, the English item label "1.1" not passed), "The following
sentence is added at the end of Section 4.2", "the Territory set out in Schedule 1 ... shall
now include Canada" in a "Deed of Variation" (not read as an amendment at all), a two-column
table "amended to read as set out opposite them in the right column" (two rows), "Recital (C)",
and "Part B of Schedule 3" and "paragraph 4 of Schedule 2" (expected as provisions of their own,
read as the whole schedules). One annotation error was then corrected apart: the tuned gold
annotates a part of an attachment as the attachment changed in part ("Item 3 of Exhibit I ...
is hereby amended": Exhibit I, amend), so those two (and the third batch's "item 3 of Schedule
1") are expected so; on the corrected expectations the first score is 16 of 23 found right, 16
of 18 predicted right (Part B of Schedule 3 "deleted" read as Schedule 3 deleted, a wrong
change). After the fixes (``tests/test_changes_round10_shapes.py``): 23 of 23, 23 of 23.

Second batch (17 passages, 20 changes, two near misses and a side letter whose change is
optional), written blind after those fixes: 15 of 20 found right, 15 of 17 predicted right. The
misses: 'The definition of "X" in Clause 1.1 (Definitions) ... shall be deleted' (read as Clause
1.1 deleted), quoted words under a bullet "are replaced with" (read as the section replaced), a
pipe table "with the text shown against them" (two rows), and "Section 9.5 ... is hereby
revoked". After the fixes (``tests/test_changes_round10_more_shapes.py``): 20 of 20, 20 of 20.

Third batch (16 passages, 26 changes, one near miss), written blind after those fixes: 22 of 26
found right, 22 of 23 predicted right. The misses: "the Monthly Fee set out in Section 5.1 ...
is increased to $48,500" (no "hereby"), an Australian "Amending Deed" (not read as an
amendment: its clause and "item 3 of Schedule 1"), and "the minimum purchase quotas in Section
6.1 ... are superseded by" (read as the section replaced). After the fixes
(``tests/test_changes_round10_third_shapes.py``): 26 of 26, 26 of 26.

All 50 passages: 69 of 69 expected changes found right, 69 of 69 predictions right."""

from __future__ import annotations

import pytest

import tests.changes_round10.first_batch
import tests.changes_round10.second_batch
import tests.changes_round10.third_batch  # noqa: F401  (the modules register)
from tests.changes_round5.case import Case, check_well_formed, score
from tests.changes_round10.case import CASES

#: Cases the reader still gets wrong, with what it gets wrong; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, list[str]] = {}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_ten_case(c: Case) -> None:
    assert score(c).problems == KNOWN.get(c.name, [])
