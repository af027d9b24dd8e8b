"""A company's town after its name and a comma, before its term, the way German, Swiss and
Dutch drafting names a party: "Kraus Maschinenbau GmbH, Stuttgart ("Supplier")", "Helvetia
Optik AG, Zug, Switzerland (hereinafter "Licensor")". The town was read as a party holding the
company's term. Passages written for this test; near misses: a person listed after a company
(no suffix-ended company before a lone name and its term), a second company after a comma.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties


@pytest.mark.parametrize(
    ("first", "town", "term"),
    [
        ("Kraus Maschinenbau GmbH", "Stuttgart", '("Supplier")'),
        ("Helvetia Optik AG", "Zug, Switzerland", '(hereinafter "Supplier")'),
        ("Veldhuis Techniek B.V.", "Den Haag", '(the "Supplier")'),
    ],
)
def test_the_town_after_a_company_is_no_party(first: str, town: str, term: str) -> None:
    text = (
        "SUPPLY AGREEMENT\n\n"
        f"This Supply Agreement is made on 1 March 2015 between {first}, {town} {term} and "
        'Dorval Machines Inc., a Delaware corporation ("Buyer").' + OPENING_BODY
    )
    assert_own_parties(text, {first, "Supplier", "Dorval Machines Inc.", "Buyer"})


def test_a_second_company_after_a_comma_stays_a_party() -> None:
    text = (
        "JOINT DEVELOPMENT AGREEMENT\n\n"
        "This Joint Development Agreement is made on 1 March 2015 among Kraus Maschinenbau GmbH "
        '("Kraus"), Lindqvist Robotics AB ("Lindqvist") and Dorval Machines Inc. ("Dorval").'
        + OPENING_BODY
    )
    assert_own_parties(
        text,
        {
            "Kraus Maschinenbau GmbH",
            "Kraus",
            "Lindqvist Robotics AB",
            "Lindqvist",
            "Dorval Machines Inc.",
            "Dorval",
        },
    )
