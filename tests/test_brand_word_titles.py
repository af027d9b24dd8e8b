"""Titles whose first word is a brand's, written with a lower-case prefix: "eHosting Agreement",
"e-Commerce Services Agreement", "iPhone Developer Agreement". Such a word is a capitalised word
all the same: it opens the heading, the preamble's "This ... Agreement" and a converted page's
flattened first paragraph (the heading run into the preamble). Before, the title reader stopped
at the lower-case letter: a preamble read "This e-Hosting Agreement" as no title at all, and a
flattened page ("e-Hosting Agreement This e-Hosting Agreement ... is entered into between")
as no agreement. Passages written for this test (names and dates invented); near misses keep
lower-case words that are no brand's out of a title."""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import norm
from tests.passages import OPENING_BODY, own_title

_BETWEEN = (
    "is entered into as of April 2, 2011 by and between Cobalt Web Corp., a Nevada corporation "
    '("Cobalt"), and The Meridian Group, Inc., an Ohio corporation ("Meridian").'
)

SHAPES = [
    (
        "preamble_only",
        'This e-Hosting Agreement (the "Agreement") ' + _BETWEEN,
        "e-Hosting Agreement",
    ),
    (
        "heading_then_preamble",
        "EXHIBIT 10.6\n\neCommerce Services Agreement\n\n"
        'This eCommerce Services Agreement ("Agreement") ' + _BETWEEN,
        "eCommerce Services Agreement",
    ),
    (
        "flattened_heading_run_into_preamble",
        "EXHIBIT 10.6\n\ne-Business Hosting Agreement This e-Business Hosting Agreement (the "
        '"Agreement") ' + _BETWEEN,
        "e-Business Hosting Agreement",
    ),
    (
        "flattened_with_a_section_number",
        "Exhibit 10.2\n\niPhone Developer Agreement 1. Parties "
        "This iPhone Developer Agreement (the "
        '"Agreement") ' + _BETWEEN,
        "iPhone Developer Agreement",
    ),
    (
        "capitals_heading_over_a_brand_preamble",
        "EXHIBIT 10.6\n\nE-COMMERCE SERVICES AGREEMENT\n\n"
        'This e-Commerce Services Agreement ("Agreement") ' + _BETWEEN,
        "e-Commerce Services Agreement",
    ),
]


@pytest.mark.parametrize("text,title", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_brand_word_titles(text: str, title: str) -> None:
    assert norm(own_title(text + OPENING_BODY) or "") == norm(title)


#: Lower-case words that open no title: a sentence's words before "This Agreement", a
#: definition's term and a recital.
NEAR_MISSES = [
    (
        "sentence_before_this",
        'SUPPLY AGREEMENT\n\nas amended from time to time, This Supply Agreement ("Agreement") '
        + _BETWEEN,
        "Supply Agreement",
    ),
    (
        "email_line_above_heading",
        "e-mail: legal@cobalt.example\n\nLICENSE AGREEMENT\n\nThis License Agreement "
        '("Agreement") ' + _BETWEEN,
        "License Agreement",
    ),
]


@pytest.mark.parametrize(
    "text,title", [s[1:] for s in NEAR_MISSES], ids=[s[0] for s in NEAR_MISSES]
)
def test_lower_case_words_stay_out_of_titles(text: str, title: str) -> None:
    assert norm(own_title(text + OPENING_BODY) or "") == norm(title)
