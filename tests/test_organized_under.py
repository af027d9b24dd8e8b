"""A party's jurisdiction from the representation of its organisation (issue #13).

A bank's form names the borrower "a corporation" with no state in its opening; the
representations say where it is organised. Passage written in the shape, not copied.
"""

from __future__ import annotations

from tests.passages import extract_text

FORM = """CREDIT AGREEMENT

This Credit Agreement ("Agreement") is made and entered into on March 2, 1999, by and between \
Dunmore Outlet Group, Inc., a corporation, ("Borrower") and Coastal Commerce Bank, a California \
banking corporation, ("Bank").

1. AMOUNT AND TERMS OF CREDIT

1.01 Revolving Line of Credit. Bank shall make advances to Borrower in an amount not to exceed \
$2,000,000.

2. REPRESENTATIONS OF BORROWER

2.01 Existence and Rights. Borrower is a corporation, duly organized and existing and in good \
standing under the laws of the state of Oregon, without limit as to the duration of its \
existence.
"""


def _jurisdictions(text: str) -> dict[str, object]:
    return {
        str(e.props["name"]): e.props.get("jurisdiction")
        for e in extract_text(text).entities
        if e.label == "Party"
    }


def test_the_representation_gives_the_jurisdiction_the_preamble_left_out() -> None:
    assert _jurisdictions(FORM)["Dunmore Outlet Group, Inc."] == "Oregon"


def test_a_stated_jurisdiction_is_kept() -> None:
    text = FORM.replace("a corporation, (", "a Nevada corporation, (")
    assert _jurisdictions(text)["Dunmore Outlet Group, Inc."] == "Nevada"
