"""A numbered or ordinal addendum's heading names what it adds to ("ADDENDUM NO. 3 / TO THE
DISTRIBUTION AGREEMENT", "SECOND ADDENDUM TO LICENSE AGREEMENT") while its preamble calls it
by the short name only ("This Addendum No. 3 is made ..."): the heading is its title, as for
an amendment's (passages written for this test, issue #12)."""

from __future__ import annotations

import pytest

from tests.passages import OWN, extract_text


def _title(text: str) -> object:
    own = [e for e in extract_text(text).entities if e.ref == OWN]
    return own[0].props.get("title") if own else None


_ADDENDUM = """{heading}

This {short} is made as of May 1, 2010 between Alder Grove Foods, Inc. ("Alder") and Bexley \
Trading LLC ("Bexley").

1. ADDITIONS
"""


@pytest.mark.parametrize(
    ("heading", "short", "title"),
    [
        (
            "ADDENDUM NO. 3\nTO THE DISTRIBUTION AGREEMENT",
            "Addendum No. 3",
            "Addendum No. 3 to the Distribution Agreement",
        ),
        (
            "ADDENDUM NO. 2 TO SERVICES AGREEMENT",
            "Addendum No. 2",
            "Addendum No. 2 to Services Agreement",
        ),
        (
            "SECOND ADDENDUM\nTO LICENSE AGREEMENT",
            "Second Addendum",
            "Second Addendum to License Agreement",
        ),
    ],
)
def test_an_addendum_heading_names_what_it_adds_to(heading: str, short: str, title: str) -> None:
    assert _title(_ADDENDUM.format(heading=heading, short=short)) == title


def test_an_addendum_attached_after_the_agreement_leaves_its_title() -> None:
    text = """SUPPLY AGREEMENT

This Supply Agreement is made as of May 1, 2010 between Alder Grove Foods, Inc. ("Alder") \
and Bexley Trading LLC ("Bexley").

1. SUPPLY. Alder shall supply the products listed in Addendum No. 1.

ALDER GROVE FOODS, INC.

By: /s/ Jane Roe
Title: President

ADDENDUM NO. 1 TO THE SUPPLY AGREEMENT

Products: canned fruit.
"""
    assert _title(text) == "Supply Agreement"
