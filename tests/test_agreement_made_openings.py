"""The English opening that puts "made" right after the document's name, with no "This" and
the parties in the paragraphs below: "AGREEMENT made this 5th day of May, 2003" / "BETWEEN" /
"WESTBURY TEXTILES LIMITED ... (hereinafter called 'the Licensor') of the one part" / "AND" /
.... Read as no preamble at all, the document had no title and no parties. Passages written
for this test; near miss: "the Agreement made this year" inside a sentence of the body.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, assert_own_title, own_parties

_ONE_PART = (
    "{opening}\n\nBETWEEN\n\n"
    "{first} whose registered office is at 4 Mill Road, Leeds (hereinafter called '{first_term}')"
    " of the one part\n\nAND\n\n"
    "{second} of 20 Main Street, Boston, Massachusetts (hereinafter called '{second_term}') of "
    "the other part\n\n"
    "WHEREAS the parties wish to record their terms.\n\nNOW IT IS AGREED as follows:" + OPENING_BODY
)


@pytest.mark.parametrize(
    ("opening", "title", "first", "first_term", "second", "second_term"),
    [
        (
            "AGREEMENT made this 5th day of May, 2003",
            "Agreement",
            "WESTBURY TEXTILES LIMITED",
            "the Licensor",
            "CARLOW FABRICS INC.",
            "the Licensee",
        ),
        (
            "AN AGENCY AGREEMENT made the 1st day of June 1998",
            "Agency Agreement",
            "HOLYHEAD FERRIES PLC",
            "the Principal",
            "ATLANTIC SHIPPING AGENTS LLC",
            "the Agent",
        ),
    ],
)
def test_an_agreement_made_opening_names_its_title_and_parties(
    opening: str, title: str, first: str, first_term: str, second: str, second_term: str
) -> None:
    text = _ONE_PART.format(
        opening=opening,
        first=first,
        first_term=first_term,
        second=second,
        second_term=second_term,
    )
    assert_own_title(text, title)
    assert_own_parties(text, {first, first_term, second, second_term})


def test_an_agreement_made_this_year_in_the_body_opens_nothing() -> None:
    text = (
        "Payments under the Agreement made this year are due on the first day of each month.\n\n"
        'Halden Mills Limited (the "Seller") shall invoice Corran Foods Inc. (the "Buyer") '
        "monthly.\n"
    )
    assert own_parties(text) == {}
