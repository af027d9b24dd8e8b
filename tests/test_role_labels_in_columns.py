"""A contract whose head is a form in two columns, each party's role label over its name, that
the conversion to text flattened onto shared lines ("SUPPLIER:          DISTRIBUTOR:" /
"Halvard Nutrition AS          Quetzal Foods S.A. de C.V."): the labels' line, then the
names' line, split where the columns' gap is. Before, the left label read the right label as
its name and the right label the left name on the line below, or neither was read.

Passages written for the test, in the shape of cover forms filed as exhibits (CUAD's text
conversions keep the columns as runs of spaces; issue #12).
"""

from __future__ import annotations

import pytest

from tests.passages import assert_own_parties, own_parties

_FORM = """{title}

{labels}
{names}
{streets}

EFFECTIVE DATE: April 1, 2015

1. Appointment. The {first} appoints the {second} on the terms of this Agreement.

2. Term. This Agreement continues for three (3) years.

3. Governing Law. This Agreement shall be governed by the laws of Norway.
"""


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "title": "DISTRIBUTION AGREEMENT",
                "labels": "SUPPLIER:                                   DISTRIBUTOR:",
                "names": "Halvard Nutrition AS                        Quetzal Foods S.A. de C.V.",
                "streets": "Strandgata 14, 5013 Bergen, Norway          Av. Reforma 250, Mexico",
                "first": "Supplier",
                "second": "Distributor",
            },
            {"Halvard Nutrition AS", "Supplier", "Quetzal Foods S.A. de C.V.", "Distributor"},
        ),
        (
            {
                "title": "SOFTWARE LICENSE AGREEMENT",
                "labels": "  Licensor:                         Licensee:",
                "names": "  Fjordline Software Ltd.           Harbour Logistics Group Inc.",
                "streets": "  2 Dock Street, Leith              40 Front Street, Toronto",
                "first": "Licensor",
                "second": "Licensee",
            },
            {
                "Fjordline Software Ltd.",
                "Licensor",
                "Harbour Logistics Group Inc.",
                "Licensee",
            },
        ),
    ],
)
def test_role_labels_in_two_columns_name_the_parties_below(
    fields: dict[str, str], expected: set[str]
) -> None:
    assert_own_parties(_FORM.format(**fields), expected)


def test_labels_in_columns_that_are_no_roles_name_no_party() -> None:
    text = _FORM.format(
        title="DISTRIBUTION AGREEMENT",
        labels="Prepared By:                                Reviewed By:",
        names="Ingrid Solberg                              Miguel Herrera",
        streets="Legal Department                            Finance",
        first="Supplier",
        second="Distributor",
    )
    assert not set(own_parties(text)) & {"Ingrid Solberg", "Miguel Herrera"}
