"""A contract whose heading names its parties after the title ("Agreement between Holloway
Films, Inc. and Starlight Cinemas, LLC") over a preamble that names none ("This Agreement is
made as of March 3, 2014."): the heading's names are the parties (issue #12, passages
written for this test). Roles and bare words in such a heading ("AGREEMENT BETWEEN OWNER AND
CONTRACTOR") name no party, and a preamble that names the parties is read first."""

from __future__ import annotations

import pytest

from tests.passages import own_parties

_BODY = "\n\nThis Agreement is made as of March 3, 2014.\n\n1. SERVICES. As set out below.\n"


@pytest.mark.parametrize(
    ("heading", "parties"),
    [
        (
            "Agreement between Holloway Films, Inc. and Starlight Cinemas, LLC",
            {"Holloway Films, Inc.", "Starlight Cinemas, LLC"},
        ),
        (
            "CONSULTING AGREEMENT BY AND BETWEEN GRANITE PEAK MINING CORP. AND TALUS "
            "ENGINEERING LTD.",
            {"GRANITE PEAK MINING CORP.", "TALUS ENGINEERING LTD."},
        ),
    ],
)
def test_the_heading_names_the_parties(heading: str, parties: set[str]) -> None:
    assert set(own_parties(heading + _BODY)) == parties


@pytest.mark.parametrize(
    "heading",
    [
        "STANDARD FORM OF AGREEMENT BETWEEN OWNER AND CONTRACTOR",
        "Agreement between the Company and the Executive",
    ],
)
def test_roles_in_the_heading_name_no_party(heading: str) -> None:
    assert own_parties(heading + _BODY) == {}


def test_a_preamble_that_names_the_parties_comes_first() -> None:
    text = (
        "SUPPLY AGREEMENT BETWEEN ORCHARD VALLEY FOODS AND BEXLEY TRADING\n\n"
        "This Supply Agreement is made as of March 3, 2014 between Orchard Valley Foods, Inc. "
        '("Supplier") and Bexley Trading LLC ("Buyer").\n\n1. SUPPLY.\n'
    )
    assert own_parties(text) == {
        "Orchard Valley Foods, Inc.": ("Supplier",),
        "Bexley Trading LLC": ("Buyer",),
    }
