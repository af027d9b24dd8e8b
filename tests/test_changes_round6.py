"""Round six of the change reader's blind passages: amendments of notes, warrants, leases,
licence, supply, purchase, employment, guaranty, pledge and indenture agreements and of bank
credit agreements, drafted in ways besides "Section X is hereby amended and restated in its
entirety". The expected changes were written before the extractor ran on them
(``tests/changes_round6/``).

First score (39 passages, 80 changes, before any fix): 66 found right (with their exact new
wording, amended agreement and effective date), 66 of 79 predicted right; counted as the change
scorer counts (provision and action only), 68 of 80 found, 68 of 79 right. Two annotation
errors were then corrected apart: numbered paragraphs ("Paragraph 4 of the Note") were expected
with the word, where the gold files and the reader give the bare number (ten changes), and
"reduced from 9.5% to 8.0% per annum" was expected as "8.0%" without the unit both rates share;
on the corrected expectations the first score is 74 of 80 found right, 74 of 79 predicted right
(78 of 80 and 78 of 79 as the scorer counts). The misses: a new section inserted "immediately
after Section 5.3 thereof", a section of an article "struck" and substituted (read as the
article), an old value quoted with words before "to" ("changing the amount "$X" appearing
therein to "$Y""), an effective date stated for "the modifications made in this Agreement", and
one change's own ", effective as of January 1, 2003". After the fixes: 80 of 80, 80 of 80; the
shapes are tested on passages of their own in ``tests/test_changes_round6_shapes.py``.

The second batch (9 passages, 17 changes), written blind after those fixes: 13 of 17 found right,
13 of 15 predicted right (scorer's count: 14 of 17 found, 14 of 15 right). The misses: a table
named by what it tabulates ("the table of installment payments set forth in Section 2.3(b)",
read as the section restated), a sentence added "at the end of Section 3.2" under "Article III
is amended" (read as the article), an exhibit with its heading "in the form attached to this
Amendment is hereby added" (read as a part of the amendment itself), and a schedule "which
Schedule 1.1A shall replace Schedule 1.1A to the Credit Agreement" (still missed, see
``KNOWN``). After the fixes: 96 of 97 right, none wrong.

The third batch (5 passages, 7 changes), written blind after those fixes: 6 of 7 found right, 6
of 7 predicted right; the miss was words added "at the end of subsection (b) thereof" of
Section 4 (read as Section 4), since read. All 104 changes of the round now found right but the
one in ``KNOWN``, none wrong."""

from __future__ import annotations

import pytest

import tests.changes_round6.commercial_and_employment
import tests.changes_round6.credit_agreements
import tests.changes_round6.instruments_and_leases
import tests.changes_round6.more_shapes_and_near_misses
import tests.changes_round6.second_batch
import tests.changes_round6.third_batch  # noqa: F401  (the modules register)
from tests.changes_round5.case import Case, check_well_formed, score
from tests.changes_round6.case import CASES

#: Cases the reader still gets wrong, with what it gets wrong; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, list[str]] = {
    # "... set forth on Schedule 1.1A attached hereto, which Schedule 1.1A shall replace
    # Schedule 1.1A to the Credit Agreement in its entirety": an attachment said to replace its
    # namesake in a relative clause, no operative phrase the reader knows
    "schedule_that_replaces_its_namesake_and_a_word_of_one_sentence": [
        "missed ('section:schedule1.1a', 'replace', None)"
    ],
}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_six_case(c: Case) -> None:
    assert score(c).problems == KNOWN.get(c.name, [])
