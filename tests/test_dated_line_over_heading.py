"""A contract that opens, as English drafting does, on a dated line above its heading: "THIS
AGREEMENT is dated 3 September 2014" / "SUPPLY AGREEMENT" / "PARTIES" ... The dated line names
the document bare; the heading below it is the title. Passages written for this test in the
general shape of such openings; near misses: a dated line with no heading below it (the
parties' list comes next), and a heading line that is a section's, not an agreement's title.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_title, own_title

_PARTIES = (
    "PARTIES\n\n"
    "(1) HARTWELL FOODS LIMITED incorporated and registered in England and Wales with company "
    'number 03381922 whose registered office is at 4 Mill Lane, Leeds LS1 4AB ("Supplier").\n\n'
    "(2) CASTLEGATE RETAIL PLC incorporated and registered in England and Wales with company "
    'number 01123345 whose registered office is at 9 Castle Street, York YO1 9RN ("Buyer").\n\n'
)


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("THIS AGREEMENT is dated 3 September 2014\n\nSUPPLY AGREEMENT\n\n", "Supply Agreement"),
        (
            "Exhibit 10.7\n\nThis Agreement is dated 21 March 2019\n\n"
            "    Logistics Services Agreement\n\n",
            "Logistics Services Agreement",
        ),
        (
            "THIS AGREEMENT IS DATED 1 JULY 2020\n\nMASTER DISTRIBUTION AGREEMENT\n",
            "Master Distribution Agreement",
        ),
    ],
)
def test_the_heading_below_a_dated_line_is_the_title(opening: str, title: str) -> None:
    assert_own_title(opening + _PARTIES + OPENING_BODY, title)


def test_a_dated_line_with_no_heading_below_keeps_the_bare_title() -> None:
    assert own_title("THIS AGREEMENT is dated 3 September 2014\n\n" + _PARTIES + OPENING_BODY) == (
        "Agreement"
    )


def test_a_section_heading_below_is_no_title() -> None:
    text = "THIS AGREEMENT is dated 3 September 2014\n\nDEFINITIONS\n\n" + _PARTIES + OPENING_BODY
    assert own_title(text) == "Agreement"
