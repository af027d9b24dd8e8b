"""A syndicate's signature pages longer than the reading window (issue #13).

Each passage is written in the general shape, not copied from a filing: a credit agreement
whose lenders sign page after page, one all-caps block each ("NAME" / "By: /s/ ..." /
"Name:" / "Title:"), with a notice address under it, a page mark between the pages, for more
than 20,000 characters. Every lender's block is read, the last pages' too. The near miss: a
form of note attached after the pages, with its prose and its blank block, adds no party.
"""

from __future__ import annotations

from ingest.signatures.blocks import SIGNATURE_WINDOW
from tests.passages import extract_text, own_roles

_HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of May 1, 2006 among HALVERSON INDUSTRIES, INC., a Delaware \
corporation (the "Borrower"), the several banks party hereto (the "Lenders") and MARLOWE BANK, \
as agent (the "Agent").

1. Loans. Each Lender severally agrees to make loans to the Borrower.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

HALVERSON INDUSTRIES, INC.

By: /s/ Jo Park
Name: Jo Park
Title: Treasurer

"""

_TREES = [
    "ALDER",
    "BIRCH",
    "CEDAR",
    "DOGWOOD",
    "ELM",
    "FIR",
    "GUM",
    "HAZEL",
    "IRONWOOD",
    "JUNIPER",
    "KAPOK",
    "LARCH",
    "MAPLE",
    "NUTMEG",
    "OAK",
    "PINE",
    "QUINCE",
    "ROWAN",
    "SPRUCE",
    "TEAK",
    "UPAS",
    "VINE",
    "WILLOW",
    "YEW",
    "ZELKOVA",
]


def _bank_page(name: str, i: int, mark: str) -> str:
    return f"""{mark}

                         [Signature Page to Credit Agreement]

{name}

By: /s/ Lee Number{i}
    ------------------------------------
Name: Lee Number{i}
Title: Vice President

Address for notices:
{100 + i} Main Street, Suite {i}
Springfield, Illinois 62701
Attention: Loan Administration
Telephone: (217) 555-01{i:02d}

"""


def _syndicate(kinds: tuple[str, ...], mark: str) -> tuple[str, list[str]]:
    names = [f"{tree} {kind} BANK" for kind in kinds for tree in _TREES]
    pages = "".join(_bank_page(n, i, mark) for i, n in enumerate(names))
    return _HEAD + pages, names


FORM_OF_NOTE = """<PAGE>

                                   EXHIBIT A

                                 FORM OF NOTE

     FOR VALUE RECEIVED, the undersigned, HALVERSON INDUSTRIES, INC., a Delaware corporation,
hereby promises to pay to the order of _______________ (the "Lender") the principal amount of
the Loans made by the Lender to the undersigned under the Credit Agreement referred to below.

GROVELAND CAPITAL CORP.

By: ______________________
Name:
Title:
"""


def test_every_lender_of_pages_longer_than_the_window_is_a_party() -> None:
    text, names = _syndicate(("NATIONAL", "SAVINGS", "COMMERCIAL"), "<PAGE>")
    assert len(text) > SIGNATURE_WINDOW + 5_000
    roles = own_roles(extract_text(text))
    assert [n for n in names if n not in roles] == []


def test_numbered_page_marks_are_read_on_too() -> None:
    text, names = _syndicate(("STATE", "TRUST", "CITIZENS"), "<PAGE> 41")
    roles = own_roles(extract_text(text))
    assert "ZELKOVA CITIZENS BANK" in roles and "ALDER CITIZENS BANK" in roles
    assert [n for n in names if n not in roles] == []


def test_a_form_attached_after_the_pages_adds_no_party() -> None:
    text, names = _syndicate(("NATIONAL", "SAVINGS", "COMMERCIAL"), "<PAGE>")
    roles = own_roles(extract_text(text + FORM_OF_NOTE))
    assert "GROVELAND CAPITAL CORP." not in roles
    assert names[-1] in roles
