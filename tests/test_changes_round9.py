"""Round nine of the change reader's blind passages: amendments drafted in the less obvious
ways counsel use (``tests/changes_round9/``). The expected changes of each batch were written
and committed before the extractor ran on them.

First batch (17 passages, 28 changes, two of them near misses that change nothing): 25 of 28
found right, 25 of 25 predicted right. The misses: "Section 2(a) of the Warrant shall be deemed
amended by replacing ..." (no operative phrase read), "The Purchase Price in Exhibit A to the
Agreement shall be $12.50 per unit" (a value stated anew without a verb of amending), and a
section "deemed amended so that the Exercise Price stated therein is "$0.85"" (its quoted
value, still missed, see ``KNOWN``). After the fixes (``tests/test_changes_round9_shapes.py``):
27 of 28 found right, 27 of 28 predicted right.

Second batch (16 passages, 24 changes, two near misses), written blind after those fixes: 18 of
24 found right, 18 of 23 predicted right. The misses: a clause "struck ... in its entirety"
and substituted (read as its section), an annex "superseded in its entirety by Annex A attached
hereto", a date after a condition ("Subject to ... Section 3 below, effective as of January 1,
2016, Section 5 ... is amended"), and the three in ``KNOWN``. After the fixes: 21 of 24, 21 of
24."""

from __future__ import annotations

import pytest

import tests.changes_round9.first_batch
import tests.changes_round9.second_batch
import tests.changes_round9.third_batch  # noqa: F401  (the modules register)
from tests.changes_round5.case import Case, check_well_formed, score
from tests.changes_round9.case import CASES

#: Cases the reader still gets wrong, with what it gets wrong; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, list[str]] = {
    # "Section 7 ... shall be deemed amended so that the Exercise Price stated therein is
    # "$0.85" per share": the section is read, the quoted value after "is" is not its wording
    "warrant_deemed_amended": [
        "missed ('section:7', 'amend', '$0.85') (got [('section:7', 'amend', None)])",
        "wrong change ('section:7', 'amend', None)",
    ],
    # "The Term of the Lease is hereby extended for an additional period of five (5) years,
    # and the Expiration Date is accordingly changed to July 31, 2029": the term before the
    # first verb is read with the date of the second, an adverb hides the second subject
    "lease_term_extended_and_expiration_date_changed_accordingly": [
        "missed ('term:expiration date', 'amend', 'July 31, 2029')",
        "wrong change ('term:term', 'amend', 'July 31, 2029')",
    ],
    # "2. The Pledge Agreement is amended as follows:" after the first agreement's items: the
    # items of the second lead-in keep the first agreement
    "two_agreements_each_amended_as_follows": [
        "section:6 lands on 'Note Purchase Agreement', not the Pledge"
    ],
    # 'deleting "Attention: Controller" and inserting "Attention: General Counsel"': a colon
    # inside the quoted words ends the clause before its new wording
    "annex_superseded_by_its_attached_namesake": [
        "missed ('section:12', 'amend', 'Attention: General Counsel') "
        "(got [('section:12', 'amend', None)])",
        "wrong change ('section:12', 'amend', None)",
    ],
}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_nine_case(c: Case) -> None:
    assert score(c).problems == KNOWN.get(c.name, [])
