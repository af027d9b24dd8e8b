"""A Czech or Slovak limited company's suffix ("s.r.o.", typed in lower case as often as in
capitals) ends a name like "GmbH" or "Ltd." does: "Ostrava Biologics s.r.o., a company
organized under the laws of the Czech Republic ("Ostrava")" is a party with its term. Passages
written for these tests; near miss: the same letters inside a sentence, after no name.
"""

from __future__ import annotations

import pytest

from ingest.names import name_runs
from tests.passages import OPENING_BODY, assert_own_parties

TEXT = (
    "SUPPLY AGREEMENT\n\n"
    "This Supply Agreement is made as of May 4, 2012 by and between Harbin Valve Works, Inc., a "
    'Delaware corporation ("Buyer"), and {name}, a company organized under the laws of the '
    '{country} ("{term}").' + OPENING_BODY
)


@pytest.mark.parametrize(
    ("name", "country", "term"),
    [
        ("Ostrava Biologics s.r.o.", "Czech Republic", "Ostrava"),
        ("KOVOTEC TRADE S.R.O.", "Slovak Republic", "Seller"),
    ],
)
def test_a_czech_limited_company_is_a_party(name: str, country: str, term: str) -> None:
    assert_own_parties(
        TEXT.format(name=name, country=country, term=term),
        {"Harbin Valve Works, Inc.", "Buyer", name, term},
    )


def test_the_letters_after_no_name_make_no_company() -> None:
    text = "the shares of the s.r.o. were sold"
    assert [r.text for r in name_runs(text, 0, len(text))] == []
