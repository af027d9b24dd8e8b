"""Round eight of the change reader's blind passages: amendments of credit agreements and of
licence, supply, services, lease, employment, distribution, purchase, note, warrant and
indenture agreements, drafted beyond round seven's shapes. The expected changes were written,
and committed batch by batch, before the extractor ran on them (``tests/changes_round8/``);
the fixes of each batch came before the next was written.

First batch (17 passages, 24 changes): 21 of 24 found right (with their exact new wording,
amended agreement and effective date), 21 of 22 predicted right. The misses: a table of
changes whose lead-in explains its columns before its colon (two changes), a conforming change
to "Section 1 of each Note issued under the Purchase Agreement" (the notes are no instrument of
the graph: still missed), and a wrong change read from "Subject to Section 3, Section 2.3 ...
is amended". After the fixes: 23 of 24, 23 of 23.

Second batch (17 passages, 20 changes): 16 of 20 found right, 16 of 17 predicted right. The
misses: a ruled table ("|------|" under its header, two changes), "(x) deleting Section 5.4 ...
and (y) inserting the following as a new Section 5.5" (the deletion), and a side letter's "With
effect from July 1, 2011, ..." (the letter's own date). After the fixes: 20 of 20, 20 of 20.

Third batch (17 passages, 20 changes): 15 of 20 found right, 15 of 18 predicted right. The
misses: 'The dollar amount "$2,000,000" appearing in Section 7.3(a) ... is hereby replaced'
(read as the section replaced), amendments that "shall take effect on September 1, 2014" (two
changes, the amendment's own date), an allonge read as the note itself (still missed), and a
letter that amends a one-word "Sublease" "so that the Base Rent set forth in Section 4.1 ...
is reduced to $18,000" (no sublease read, no provision). After the fixes: 19 of 20, 19 of 19;
the round: 62 of 64 found right, none wrong. The shapes are tested on
passages of their own in ``tests/test_changes_round8_shapes.py``."""

from __future__ import annotations

import pytest

import tests.changes_round8.first_batch
import tests.changes_round8.second_batch
import tests.changes_round8.third_batch  # noqa: F401  (the modules register)
from tests.changes_round5.case import Case, check_well_formed, score
from tests.changes_round8.case import CASES

#: Cases the reader still gets wrong, with what it gets wrong; asserted to persist so that a
#: fix shows here first.
KNOWN: dict[str, list[str]] = {
    # "Section 1 of each Note issued under the Purchase Agreement is hereby amended": the notes
    # are no instrument of the graph (nothing defines them), so the change has nowhere to land
    # but their purchase agreement; read so it would be a wrong change, so it stays unread
    "conforming changes to a note purchase agreement and its notes": [
        "missed ('section:1', 'amend', 'December 31, 2013')"
    ],
    # "ALLONGE TO PROMISSORY NOTE": the document is read as the note itself (an allonge is most
    # often an endorsement, not an amendment), so the change it makes has no other agreement
    # to land on
    "an allonge changing the rate a section of the note sets": [
        "missed ('section:1', 'amend', None)"
    ],
}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_eight_case(c: Case) -> None:
    assert score(c).problems == KNOWN.get(c.name, [])
