"""Three shapes of a commercial contract's list of parties (issue #12, passages written for
this test, none taken from a filing):

- a body whose name holds "of the" right after its head word ("Bank of the Ozarks",
  "University of the Pacific", "Church of the Nazarene, Inc."): the whole name is the party's,
  while a capacity "of the Borrower" after a bank's word stays out of it;
- a form of agreement that leaves a party's name blank in brackets ("[__________]",
  "[Distributor Name]"): the party is known by its role term, as for a bare line to fill in;
- a class described by the company its members hold shares of ("the holders of shares of
  Target, Inc. (each, a "Holder")"): the term names the holders, and the company is no party.
"""

from __future__ import annotations

import pytest

from ingest.names import name_runs
from tests.passages import own_parties

_OPENING = """{title}

This {title_words} is made as of May 1, 2010 between {first} ("{first_term}") and {second} \
("{second_term}").

1. TERMS
"""


@pytest.mark.parametrize(
    ("name", "term"),
    [
        ("Bank of the Ozarks", "Bank"),
        ("University of the Pacific", "University"),
        ("Church of the Nazarene, Inc.", "Church"),
        ("BANK OF THE WEST", "Lender"),
    ],
)
def test_a_body_named_with_of_the_keeps_its_whole_name(name: str, term: str) -> None:
    text = _OPENING.format(
        title="LICENSE AGREEMENT",
        title_words="License Agreement",
        first=name,
        first_term=term,
        second="Limestone Quarries, Inc.",
        second_term="Company",
    )
    assert own_parties(text) == {name: (term,), "Limestone Quarries, Inc.": ("Company",)}


def test_of_the_before_a_role_or_after_no_head_word_is_no_part_of_a_name() -> None:
    runs = [
        r.text
        for r in name_runs(
            "the Issuing Bank of the Borrower; Acme Bank of the Lenders; the Council of the "
            "Agent; Harlow Mills of the Company"
        )
    ]
    assert {"Issuing Bank", "Borrower", "Acme Bank", "Lenders", "Council", "Agent"} <= set(runs)
    assert "Harlow Mills" in runs and "Company" in runs


@pytest.mark.parametrize(
    ("blank", "term"),
    [("[__________]", "Seller"), ("[Distributor Name]", "Distributor")],
)
def test_a_party_left_blank_in_brackets_is_known_by_its_term(blank: str, term: str) -> None:
    text = f"""EXHIBIT B

FORM OF

NON-COMPETITION AGREEMENT

This Non-Competition Agreement is entered into as of [___________], 2016 by and between \
Sable Brands, Inc., a Delaware corporation (the "Company"), and {blank} ("{term}").

1. COVENANT
"""
    assert own_parties(text) == {"Sable Brands, Inc.": ("Company",), term: (term,)}


def test_a_bracketed_note_that_asks_for_no_name_is_no_party() -> None:
    text = """FORM OF SUPPLY AGREEMENT

This Supply Agreement is made as of [Date] by and between Orchard Valley Foods, Inc. \
("Supplier") and [Delivery Schedule to follow] ("Territory").

1. SUPPLY
"""
    assert own_parties(text) == {"Orchard Valley Foods, Inc.": ("Supplier",)}


@pytest.mark.parametrize(
    "holders",
    [
        "the undersigned holders of shares of common stock of Target, Inc.",
        "the stockholders of Target, Inc.",
    ],
)
def test_holders_described_by_the_company_leave_it_out(holders: str) -> None:
    text = f"""SUPPORT AGREEMENT

This Support Agreement is made as of May 2, 2016 by and among Tern Medical Corp. ("Parent") \
and {holders} (each, a "Holder").

1. VOTING
"""
    assert own_parties(text) == {"Tern Medical Corp.": ("Parent",)}


def test_a_stockholder_named_by_its_own_name_stays_a_party() -> None:
    text = """STOCK PURCHASE AGREEMENT

This Stock Purchase Agreement is made as of May 2, 2016 by and among Tern Medical Corp. \
("Buyer") and Kestrel Holdings LLC, a stockholder of Target, Inc. ("Seller").

1. PURCHASE
"""
    assert own_parties(text) == {
        "Tern Medical Corp.": ("Buyer",),
        "Kestrel Holdings LLC": ("Seller",),
    }
