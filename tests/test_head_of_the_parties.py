"""A party whose name holds "of the" after its head word ("BANK OF THE WEST", "Bank of the
Ozarks") is an organisation wherever it stands: before, the name
was read whole but judged no organisation ("the" is a stop word), so a party named with a
capacity and no term of its own right after it ("..., as administrative agent (the "Agent")")
was dropped, and on a signature page a lender so named lent nothing. Passages written for the
test; near miss: a capacity ("Issuing Bank of the Borrower") stays no party.
"""

from __future__ import annotations

import pytest

from ingest.names import is_org_name
from tests.passages import edges, extract_text, own_parties

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is dated as of April 2, 2004 among {borrower}, a Delaware corporation (the
"Borrower"), the Lenders party hereto and {bank}, as administrative agent (the "Agent").

1. Loans. Each Lender agrees to make loans to the Borrower in an amount not exceeding its
Commitment.
"""


@pytest.mark.parametrize(
    ("borrower", "bank"),
    [
        ("REDSTONE LOGISTICS, INC.", "COMMERCE BANK OF THE WEST, N.A."),
        ("Tamarack Outfitters, Inc.", "Farmers Bank of the Ozarks"),
    ],
)
def test_an_agent_bank_named_of_the_is_a_party(borrower: str, bank: str) -> None:
    parties = own_parties(_CREDIT.format(borrower=borrower, bank=bank))
    assert parties[bank] == ("Agent",)
    assert parties[borrower] == ("Borrower",)


def test_a_lender_named_of_the_on_the_signature_page_only_is_a_party() -> None:
    text = (
        _CREDIT.format(borrower="Tamarack Outfitters, Inc.", bank="Lakeshore National Bank")
        + """
IN WITNESS WHEREOF, the parties have executed this Agreement.

TAMARACK OUTFITTERS, INC.

By: /s/ Ivy Chen
Title: President

LAKESHORE NATIONAL BANK, as Agent and a Lender

By: /s/ Omar Reyes
Title: Vice President

BANK OF THE SIERRA FOOTHILLS, as a Lender

By: /s/ Nell Burke
Title: Senior Vice President
"""
    )
    x = extract_text(text)
    assert ("BANK OF THE SIERRA FOOTHILLS", "Tamarack Outfitters, Inc.") in edges(x, "LENDS_TO")


def test_a_capacity_of_the_borrower_is_no_organisation() -> None:
    """Near miss: "of the" before a role is a capacity, not a name's middle."""
    assert not is_org_name("Issuing Bank of the Borrower")
    assert not is_org_name("Bank of the")
    assert is_org_name("BANK OF THE WEST")
