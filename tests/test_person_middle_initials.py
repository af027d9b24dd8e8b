"""One person named with and without a middle initial ("Kevin G. Moug" in the preamble,
"Kevin Moug" under the signature line, as a real guaranty's pages read): one party that goes by
both spellings. Names whose initials differ ("John A. Smith", "John B. Smith") are two people
(passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_GUARANTY = """GUARANTY

THIS GUARANTY is made as of May 1, 2004 by {preamble}, an individual residing in Fergus
Falls, Minnesota ("Guarantor"), in favor of Lakeland Bank ("Bank").

1. Guarantor guarantees the payment of all obligations of Moug Holdings, Inc. to Bank.

IN WITNESS WHEREOF, Guarantor has executed this Guaranty.

/s/ {signed}
{signed}

LAKELAND BANK

By: /s/ {officer}
Name: {officer}
Title: Vice President
"""


def _people(text: str) -> dict[str, tuple[str, ...]]:
    x = extract_text(text)
    return {
        str(e.props["name"]): e.aliases
        for e in x.entities
        if e.label == "Party" and e.props.get("kind") == "person"
    }


@pytest.mark.parametrize(
    ("preamble", "signed", "name", "other"),
    [
        ("Kevin G. Moug", "Kevin Moug", "Kevin G. Moug", "Kevin Moug"),
        ("Dana Whitfield", "Dana R. Whitfield", "Dana R. Whitfield", "Dana Whitfield"),
        ("Mr. Luis Ortega", "Luis F. Ortega", "Luis F. Ortega", "Mr. Luis Ortega"),
    ],
)
def test_a_middle_initial_left_out_is_the_same_person(
    preamble: str, signed: str, name: str, other: str
) -> None:
    people = _people(_GUARANTY.format(preamble=preamble, signed=signed, officer="Ann Booth"))
    assert set(people) == {name, "Ann Booth"}
    assert other in people[name]


def test_people_told_apart_by_initials_stay_apart() -> None:
    text = _GUARANTY.format(preamble="John A. Smith", signed="John B. Smith", officer="Ann Booth")
    assert set(_people(text)) == {"John A. Smith", "John B. Smith", "Ann Booth"}
