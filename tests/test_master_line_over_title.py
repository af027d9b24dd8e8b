"""A "MASTER" line over the heading it belongs to ("MASTER" / "SERVICES AGREEMENT", a blank
line between them or not), read like "AMENDED AND RESTATED" over a title: the first word of
the title, which was cut to "Services Agreement". Passages written for this test; near misses:
a "MASTER COPY" legend over the heading, and a heading that already opens on "Master".
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_title

_PREAMBLE = (
    "This Agreement is made as of May 1, 2010 between Halvard Freight, Inc., a Delaware "
    'corporation ("Halvard"), and Ostby Logistics LLC ("Ostby").'
)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "                    MASTER\n\n              SERVICES AGREEMENT\n\n",
            "Master Services Agreement",
        ),
        ("Master\nPurchase Agreement\n\n", "Master Purchase Agreement"),
        ("MASTER COPY\n\nSUPPLY AGREEMENT\n\n", "Supply Agreement"),
        ("MASTER\n\nMASTER LICENSE AGREEMENT\n\n", "Master License Agreement"),
    ],
)
def test_a_master_line_over_a_heading_opens_its_title(heading: str, title: str) -> None:
    assert_own_title(heading + _PREAMBLE + OPENING_BODY, title)
