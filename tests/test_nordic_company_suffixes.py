"""Norwegian and Finnish public companies' suffixes ("ASA", "Oyj") end a name like "PLC" or
"AG" do: two banks joined by "and" in a credit agreement's list of agents ("NORDVIK BANK ASA
and LAKESIDE BANK PLC, as Co-Lead Arrangers") are two parties, not one. Passages written for
these tests."""

from __future__ import annotations

import pytest

from tests.passages import own_parties

TEXT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of May 1, 2007, among HARTWELL TOOLS, INC., a Delaware corporation,
the LENDERS party hereto, {first} and {second}, as Co-Lead Arrangers, and {second}, as
Administrative Agent for the Lenders.

The parties hereto agree as follows:
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("NORDVIK BANK ASA", "LAKESIDE BANK PLC"),
        ("Saimaa Pankki Oyj", "Lakeside Bank, N.A."),
    ],
)
def test_a_nordic_bank_and_another_are_two_parties(first: str, second: str) -> None:
    parties = own_parties(TEXT.format(first=first, second=second))
    assert first in parties and second in parties
    assert not any(" and " in name for name in parties)


def test_a_name_opening_with_the_letters_stays_whole() -> None:
    """Near miss: "ASA Holdings, Inc." opens with the letters; it is one company."""
    parties = own_parties(TEXT.format(first="ASA HOLDINGS, INC.", second="LAKESIDE BANK PLC"))
    assert "ASA HOLDINGS, INC." in parties
