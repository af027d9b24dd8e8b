"""A hyphenated company name with a space slipped before its hyphen ("HARBOR -KANSAS, INC."), as
text converted from a typeset signature page or party list has it: the words on both sides are
one name. Before, the name was cut at the hyphen and its tail ("KANSAS, INC.") read as a party
of its own beside the one the preamble names.

Passages written for this test.

Over the 507 non-held-out documents (246 tuned CUAD contracts, 219 credit-dev files, 42 EDGAR
exhibits) it changed one: a maintenance agreement's signature block "SUNTRON -KANSAS, INC." is
the borrower the recitals name, no longer a party "KANSAS, INC." of its own (right).
"""

from __future__ import annotations

import pytest

from ingest.names import name_runs
from tests.passages import OPENING_BODY, own_parties

_PREAMBLE = (
    "SUPPLY AGREEMENT\n\nThis Supply Agreement is entered into as of May 1, 2004 between "
    'Harbor-Kansas, Inc., a Delaware corporation ("Seller"), and Pinecrest Restaurants LLC, '
    'a Michigan limited liability company ("Buyer").\n'
)
_BLOCKS = (
    "\nIN WITNESS WHEREOF, the parties have executed this Agreement.\n\n{name}\n\n"
    "By: /s/ John Smith\nName: John Smith\nTitle: President\n\n"
    "PINECREST RESTAURANTS LLC\n\nBy: /s/ Mary Jones\nName: Mary Jones\nTitle: Member\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "HARBOR -KANSAS, INC.",
        "Harbor -Kansas, Inc.",
        "HARBOR -KANSAS, INC., a Delaware corporation",
    ],
)
def test_a_signing_name_with_a_slipped_hyphen_is_the_preamble_s_party(name: str) -> None:
    text = _PREAMBLE + OPENING_BODY + _BLOCKS.format(name=name)
    assert own_parties(text) == {
        "Harbor-Kansas, Inc.": ("Seller",),
        "Pinecrest Restaurants LLC": ("Buyer",),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("between SUNRISE -IOWA HOLDINGS, LLC, a Delaware", "SUNRISE -IOWA HOLDINGS, LLC"),
        ("and Westbrook -Ohio Mills Corporation (the", "Westbrook -Ohio Mills Corporation"),
    ],
)
def test_the_run_is_one_name(text: str, name: str) -> None:
    assert name in [r.text for r in name_runs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Exhibit A -Form of Note",
        "ACME CORP. - PAGE 4",
        "ACME CORP.-Exhibit",
        "the Harbor Note -- Kansas Loan",
        "Governing Law -This Agreement shall be governed",
        "Long -Term Debt",
    ],
)
def test_near_misses_are_no_joined_name(text: str) -> None:
    assert not any(" -" in r.text for r in name_runs(text))
