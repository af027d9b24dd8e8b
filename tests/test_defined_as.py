"""A party's jurisdiction from the definition of its short name (issue #13).

An agreement made with "the borrowers listed on Schedule 1", or whose opening names a party
without its state, defines the party's short name among the definitions with its jurisdiction.
Passages written in the shape, not copied.
"""

from __future__ import annotations

from tests.passages import extract_text

AGREEMENT = """LOAN AGREEMENT

THIS AGREEMENT (the "Agreement") is made as of the 2nd day of March, 1998, by and between \
Harbor Trust Bank ("Bank") and Quillon Industries, Inc. ("Quillon").

1. DEFINITIONS

"Quillon" shall mean Quillon Industries, Inc., an Indiana corporation.

"Subsidiary" shall mean, as to any Person, a corporation of which shares are owned by \
such Person.

2. THE LOANS

2.1 Commitment. The Bank agrees to lend to Quillon sums not to exceed $4,500,000.

WITNESS the due execution hereof as of the day and year first above written.

HARBOR TRUST BANK                  QUILLON INDUSTRIES, INC.

By: /s/ Ellen Park                 By: /s/ Victor Hale
Its: Vice President                Its: President
"""


def _jurisdictions(text: str) -> dict[str, object]:
    return {
        str(e.props["name"]): e.props.get("jurisdiction")
        for e in extract_text(text).entities
        if e.label == "Party"
    }


def test_the_definition_of_the_short_name_gives_the_jurisdiction() -> None:
    assert _jurisdictions(AGREEMENT)["Quillon Industries, Inc."] == "Indiana"


def test_a_jurisdiction_the_opening_states_is_kept() -> None:
    text = AGREEMENT.replace('Inc. ("Quillon")', 'Inc., a Nevada corporation ("Quillon")')
    assert _jurisdictions(text)["Quillon Industries, Inc."] == "Nevada"


def test_a_definition_without_a_place_gives_none() -> None:
    text = AGREEMENT.replace("an Indiana corporation", "a corporation")
    assert _jurisdictions(text)["Quillon Industries, Inc."] is None
