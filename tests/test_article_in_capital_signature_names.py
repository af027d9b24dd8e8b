"""A company the preamble names ("Lantern Group, Inc.", "The Lantern Group, Inc.") signs
under its name in capitals with the article ("THE LANTERN GROUP, INC."): one party, in the
role the preamble gave it. The article shifted a word of the name into its corporate form, so
the signature's company read as another one, and a class defined by the signature pages
("each of the persons set forth on the signature page hereto (each, an "Investor")") took it
in (issue #12, passages written for this test)."""

from __future__ import annotations

import pytest

from ingest.parties.spellings import merged_name
from tests.passages import own_parties

_COOPERATION = """COOPERATION AGREEMENT

This Agreement, dated as of June 27, 2017 (this "Agreement"), is made and entered into by \
{company}, a Delaware corporation (the "Company"), and each of the persons set forth on the \
signature page hereto (each, an "Investor" and collectively, the "Investors").

1. Board Matters. The Company shall appoint a director.

IN WITNESS WHEREOF, the parties have executed this Agreement.

{signing}

By: /s/ Ann Lee
Name: Ann Lee
Title: Chief Executive Officer

HARBOR ROCK PARTNERS, L.P.

By: /s/ Tom Fry
Name: Tom Fry
Title: Managing Member
"""


@pytest.mark.parametrize(
    ("company", "signing", "name"),
    [
        ("The Lantern Group, Inc.", "THE LANTERN GROUP, INC.", "The Lantern Group, Inc."),
        ("Lantern Group, Inc.", "THE LANTERN GROUP, INC.", "Lantern Group, Inc."),
        ("The Corvale Company", "THE CORVALE COMPANY", "The Corvale Company"),
    ],
)
def test_the_article_in_capitals_signs_for_the_preambles_company(
    company: str, signing: str, name: str
) -> None:
    parties = own_parties(_COOPERATION.format(company=company, signing=signing))
    assert parties == {
        name: ("Company",),
        "HARBOR ROCK PARTNERS, L.P.": ("Investor", "Investors"),
    }


def test_another_company_of_the_group_stays_another_party() -> None:
    text = _COOPERATION.format(
        company="The Lantern Group, Inc.", signing="THE LANTERN GROUP HOLDINGS, LLC"
    )
    assert own_parties(text) == {
        "Lantern Group, Inc.": ("Company",),
        "THE LANTERN GROUP HOLDINGS, LLC": ("Investor", "Investors"),
        "HARBOR ROCK PARTNERS, L.P.": ("Investor", "Investors"),
    }


def test_the_article_adds_no_word_to_the_merged_spelling() -> None:
    assert merged_name("Lantern Group, Inc.", "THE LANTERN GROUP, INC.") == "Lantern Group, Inc."
    assert merged_name("Cobalt Ridge Minerals", "COBALT RIDGE MINERALS, INC.") == (
        "Cobalt Ridge Minerals, Inc."
    )
