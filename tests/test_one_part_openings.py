"""English party clauses closed by "of the One Part and": the capitalised close is no part of
the next party's name (passages written for this test)."""

from __future__ import annotations

import pytest

from tests.passages import own_parties


@pytest.mark.parametrize(
    "close",
    ["of the One Part and", "of the ONE PART AND", "of the First Part, and"],
)
def test_the_next_party_starts_after_the_close(close: str) -> None:
    parties = own_parties(
        "CONSULTANCY AGREEMENT\n\nThis Agreement is made at Pune on 4 January 2010 between "
        "Saranga Infotech Private Limited, a company incorporated under the Companies Act, "
        '1956 (hereinafter referred to as "Saranga", which expression shall include its '
        f"successors and permitted assigns) {close} Trellis Networks Inc., a Delaware "
        'corporation (hereinafter referred to as the "Client", which expression shall '
        "include its successors and assigns) of the Other Part.\n\n1. Services.\n"
    )
    assert parties == {
        "Saranga Infotech Private Limited": ("Saranga",),
        "Trellis Networks Inc.": ("Client",),
    }
