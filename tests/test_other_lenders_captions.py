"""A syndicate's signature pages that caption the agents' blocks first and the rest "OTHER
LENDERS:" (or "OTHER BANKS:"): the banks under that caption sign as lenders (banks), the
"other" only says they are not the agents above. A "NEW LENDERS:" caption keeps its word: a
new lender joins in that capacity (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import extract_text, own_roles

_AMENDMENT = """AMENDMENT NO. 3

This Amendment No. 3, dated as of April 2, 1997, is among Tidewater Paper Co., a Virginia
corporation (the "Borrower"), the {plural} party hereto and Coastal Trust Company, as Agent.
The parties agree as follows:

1. Section 6.1 of the Credit Agreement is amended by deleting "3.00" and inserting "3.25".

IN WITNESS WHEREOF, the parties have executed this Amendment.

TIDEWATER PAPER CO.

By: /s/ Ellen Marsh
Title: Treasurer

AGENT:

COASTAL TRUST COMPANY

By: /s/ Ned Park
Title: Vice President

{caption}:

HARBORSIDE SAVINGS BANK

By: /s/ Rita Gomez
Title: Vice President

PIEDMONT NATIONAL BANK

By: /s/ Omar Fitch
Title: Senior Vice President
"""


@pytest.mark.parametrize(
    ("plural", "caption", "role"),
    [
        ("Lenders", "OTHER LENDERS", "Lender"),
        ("Banks", "Other Banks", "Bank"),
        ("Lenders", "NEW LENDERS", "New Lender"),
    ],
)
def test_the_banks_under_an_other_caption_sign_in_its_role(
    plural: str, caption: str, role: str
) -> None:
    roles = {
        n.upper(): r
        for n, r in own_roles(
            extract_text(_AMENDMENT.format(plural=plural, caption=caption))
        ).items()
    }
    assert roles["HARBORSIDE SAVINGS BANK"] == role
    assert roles["PIEDMONT NATIONAL BANK"] == role
