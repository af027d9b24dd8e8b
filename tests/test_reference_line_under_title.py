"""A cover's reference code on the line under the heading ("SUPPLY AGREEMENT" / "No.
2019-44"): the heading is the title, the code no number of it (the title was read as "Supply
Agreement No. 2019"). Passages written for this test; near misses: an amendment's own number
on its heading line, and a plain number under a heading, which still numbers the title.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_title

_PREAMBLE = (
    "This Agreement is made as of May 1, 2010 between Acme Tools, Inc., a Delaware "
    'corporation ("Acme"), and Beta Supply LLC ("Beta").'
)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("SUPPLY AGREEMENT\nNo. 2019-44\n\n", "Supply Agreement"),
        ("CONSULTING SERVICES AGREEMENT\nNO. CS/2020/17\n\n", "Consulting Services Agreement"),
        ("AMENDMENT NO. 2 TO SUPPLY AGREEMENT\n\n", "Amendment No. 2 to Supply Agreement"),
        ("LICENSE AGREEMENT\nNo. 3\n\n", "License Agreement No. 3"),
    ],
)
def test_a_reference_code_under_the_heading_is_no_part_of_the_title(
    heading: str, title: str
) -> None:
    assert_own_title(heading + _PREAMBLE + OPENING_BODY, title)
