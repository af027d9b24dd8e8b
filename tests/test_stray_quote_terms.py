"""A party's defined term whose parenthesis has one quotation mark missing or typed on the wrong
side of it: ``("Harbor)``, ``(Harbor")``, ``"(Harbor")``. Filings typed by hand slip a quote
this way, and every reader of a party's term expects the term between two quotes inside the
parenthesis, so the party lost its term. The reading text has each such parenthesis as
``("Harbor")`` of the same length (a space before it taken up where a quote is added), and a
term's evidence still cites the filing's words. A parenthesis of lower-case words, a quote after
a number (inches) or a quote that closes later on the line is left alone.

Passages written for this test.

Over the 507 non-held-out documents (246 tuned CUAD contracts, 219 credit-dev files, 42 EDGAR
exhibits) it changed one: a co-branding agreement's '"(LeadersOnline")' now gives the party its
term (right).
"""

from __future__ import annotations

import pytest

from ingest.bare_parenthesised_terms import quote_bare_terms
from tests.passages import OPENING_BODY, extract_text, own_parties

_HEAD = "SUPPLY AGREEMENT\n\nThis Supply Agreement is entered into as of May 1, 2004 between "
_SECOND = ', and Pinecrest Restaurants LLC, a Michigan limited liability company ("Pinecrest").\n'


@pytest.mark.parametrize(
    "term",
    [
        '("Harbor)',
        '(Harbor")',
        '"(Harbor")',
        '(the "Harbor)',
        '("Harbor Grill)',
    ],
)
def test_a_term_with_a_stray_quote_is_the_party_s_term(term: str) -> None:
    first = f"Harbor Grill Systems, Inc., an Ohio corporation {term}"
    text = _HEAD + first + _SECOND + OPENING_BODY
    got = own_parties(text)
    alias = term.strip('()"').replace('"', "").replace("the ", "")
    assert got == {
        "Harbor Grill Systems, Inc.": (alias,),
        "Pinecrest Restaurants LLC": ("Pinecrest",),
    }


def test_the_term_s_evidence_cites_the_filing() -> None:
    text = _HEAD + 'Harbor Grill Systems, Inc., an Ohio corporation ("Harbor)' + _SECOND
    text += OPENING_BODY
    x = extract_text(text)
    harbor = next(e for e in x.entities if e.props.get("name") == "Harbor Grill Systems, Inc.")
    assert harbor.aliases == ("Harbor",)
    quoted = quote_bare_terms(text)
    at = quoted.text.index('("Harbor")')
    assert text[at : at + 10] == ' ("Harbor)'
    lo, hi = quoted.filing_span(at + 2, at + 8)
    assert text[lo:hi] == "Harbor"


@pytest.mark.parametrize(
    "text",
    [
        'a panel 24 inches wide (Model 12") and',
        '("as is) and',
        'the "Harbor (Grill") name',
        'the word ("Harbor) is" read',
        '("Harbor)Grill',
        '("Harbor")',
        '(the "Harbor")',
    ],
)
def test_near_misses_are_left_alone(text: str) -> None:
    assert quote_bare_terms(text).text == text
