"""Round eight of the change reader's blind passages: amendments of credit agreements and of
licence, supply, services, lease, employment, distribution, purchase, note, warrant and
indenture agreements, drafted beyond round seven's shapes. The expected changes were written,
and committed batch by batch, before the extractor ran on them (``tests/changes_round8/``);
the fixes of each batch came before the next was written."""

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
}


def test_names_are_unique_and_new_wording_is_quoted_from_the_passage() -> None:
    check_well_formed(CASES)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_round_eight_case(c: Case) -> None:
    assert score(c).problems == KNOWN.get(c.name, [])
