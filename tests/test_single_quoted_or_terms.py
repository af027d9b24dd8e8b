"""Two names of one party in single quotes joined by "or", as English drafting gives a party
its short name and its role at once: "Lochside Data Ltd ('Lochside' or 'Provider')". Only the
one-term parenthesis was read, so the party lost both. Passages written for this test; near
miss: two different things' terms joined by "and" in one parenthesis.
"""

from __future__ import annotations

import pytest

from ingest.single_quotes import with_double_quotes
from tests.passages import OPENING_BODY, assert_own_parties


@pytest.mark.parametrize(
    ("first", "terms", "second", "second_term"),
    [
        ("Lochside Data Ltd", ("Lochside", "Provider"), "Tay Valley Services Ltd", "Client"),
        ("Penrose Aviation Limited", ("Penrose", "the Lessor"), "Skyreach Air plc", "Lessee"),
    ],
)
def test_two_single_quoted_names_of_one_party(
    first: str, terms: tuple[str, str], second: str, second_term: str
) -> None:
    text = (
        "SERVICES AGREEMENT\n\n"
        f"This Agreement is made on 4 June 2019 between {first} ('{terms[0]}' or "
        f"'{terms[1]}') and {second} ('{second_term}')." + OPENING_BODY
    )
    assert_own_parties(text, {first, *terms, second, second_term})


def test_the_reading_text_keeps_offsets_and_leaves_and_alone() -> None:
    text = "X Ltd ('X' or 'Provider') and (the 'Products' and the 'Territory')"
    read = with_double_quotes(text)
    assert read == "X Ltd (\"X\" or \"Provider\") and (the 'Products' and the 'Territory')"
    assert len(read) == len(text)
