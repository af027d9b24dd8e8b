"""A cover block that sets each party's name over its street ("Brenner Analytik AG" /
"Seestrasse 101, 8002 Zurich"): a name ending in a short suffix ("AG", "SA", "Co.") ran on
into the first word of its street ("Brenner Analytik AG Seestrasse"), because such a suffix
may stand inside a name ("AG & Co. KG", "Co. Ltd."). Where the next line is a street (a number
first, or after a few words), the name ends at the line's end.

Passages written for the test, in the shape of Swiss, German and French drafting filed as
exhibits: a title that defines itself ('"Agreement"'), "between", then each party's name,
street and '- hereinafter "..." -' on lines of their own (issue #12).
"""

from __future__ import annotations

import pytest

from ingest.names import name_runs
from tests.passages import assert_own_parties

_COVER = """Exhibit 10.6

Cooperation Agreement

"Agreement"

between

{first}
- hereinafter "{first_term}" -

and

Solvay Ridge Instruments, Inc.
300 Technology Drive, Raleigh, North Carolina 27606, USA
- hereinafter "Distributor" -

1. Subject. {first_term} appoints the Distributor as its distributor of analyzers.

2. Governing Law. This Agreement shall be governed by Swiss law.
"""


@pytest.mark.parametrize(
    ("first", "name", "term"),
    [
        (
            "Brenner Analytik AG\nSeestrasse 101, 8002 Zurich, Switzerland",
            "Brenner Analytik AG",
            "Brenner",
        ),
        (
            "Lumen Optique SA\n12, rue du Rhone\n1204 Geneva, Switzerland",
            "Lumen Optique SA",
            "Lumen",
        ),
    ],
)
def test_a_short_suffix_over_a_street_line_ends_the_name(first: str, name: str, term: str) -> None:
    assert_own_parties(
        _COVER.format(first=first, first_term=term),
        {name, term, "Solvay Ridge Instruments, Inc.", "Distributor"},
    )


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Hartmann Beteiligungs AG & Co. KG\nKoenigsallee 20", "Hartmann Beteiligungs AG & Co. KG"),
        ("Shenzhen Kaida Trading Co.,\nLtd.\n18 Keji Road", "Shenzhen Kaida Trading Co.,\nLtd."),
        ("Banco Meridional SA\nNew York Branch", "Banco Meridional SA\nNew York Branch"),
    ],
)
def test_a_short_suffix_inside_a_name_still_joins(text: str, run: str) -> None:
    assert name_runs(text)[0].text == run
