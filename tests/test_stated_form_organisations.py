"""A party whose name has no corporate suffix but whose descriptor states a company form
("Sandpiper Machine, a Kansas general partnership", "Redfern Hollow, a California limited
partnership") is an organisation: the form is what the text says it is. Before, the kind was
guessed from the name's words alone, and two capitalised words with no suffix read as a person.
People stay people: "an individual", "residing at" and a name with no descriptor are read as
before. Passages written for the test in the shape of a commercial contract's preamble.
"""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_PREAMBLE = """{title}

This {title_words} (this "Agreement") is made as of May 1, 2009 by and between {first}
("{first_term}"), and Harlow Outdoor Products, Inc., a Missouri corporation ("{second_term}").

1. Term. This Agreement begins on the date above and runs for three years.

2. Governing Law. This Agreement shall be governed by the laws of the State of Kansas.
"""


def _kinds(
    first: str, title: str = "SUPPLY AGREEMENT", terms: tuple[str, str] = ("Supplier", "Buyer")
) -> dict[str, object]:
    text = _PREAMBLE.format(
        title=title,
        title_words=title.title(),
        first=first,
        first_term=terms[0],
        second_term=terms[1],
    )
    x = extract_text(text)
    return {str(e.props.get("name")): e.props.get("kind") for e in x.entities if e.label == "Party"}


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("Sandpiper Machine, a Kansas general partnership", "Sandpiper Machine"),
        ("Redfern Hollow, a California limited partnership", "Redfern Hollow"),
        ("Marlow Fielding, a Nevada limited liability company", "Marlow Fielding"),
        (
            "Osgood Yards, a corporation organized under the laws of the State of Ohio",
            "Osgood Yards",
        ),
    ],
)
def test_a_stated_company_form_makes_an_organisation(described: str, name: str) -> None:
    kinds = _kinds(described)
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("Martin Calloway, an individual", "Martin Calloway"),
        ("Dana Whitcombe, residing at 14 Elm Street, Wichita, Kansas", "Dana Whitcombe"),
    ],
)
def test_people_stay_people(described: str, name: str) -> None:
    kinds = _kinds(described, "CONSULTING AGREEMENT", ("Consultant", "Company"))
    assert kinds.get(name) == "person", kinds
