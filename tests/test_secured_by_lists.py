"""The deal's debt "shall be secured by" an enumerated list: every item that states a lien or
security interest on collateral gives that collateral (and the owner whose "right, title, and
interest" it is) as securing the agreement, not only the first item. Passages written for these
tests."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = """LOAN AGREEMENT

This Loan Agreement is entered into as of April 9, 2004, by and among Redwater Grain Holdings,
Inc., a Nebraska corporation (the "Borrower"), Redwater Grain Company, an Iowa corporation (the
"Parent"), and Plainsman State Bank (the "Bank").

Section 2.1. Loans. The Bank shall make Loans to the Borrower up to $6,000,000.

"""

_TAIL = """

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

REDWATER GRAIN HOLDINGS, INC.
By: /s/ Tessa Lund
Title: President

REDWATER GRAIN COMPANY
By: /s/ Tessa Lund
Title: President

PLAINSMAN STATE BANK
By: /s/ Victor Aldana
Title: Vice President
"""

_OWN = "Loan Agreement"


def _secures(item: str) -> set[tuple[str, str]]:
    """What secures the passage's own agreement: assets by description, parties by name."""
    x = extract_text(_HEAD + item + _TAIL)
    names = {e.ref: str(e.props.get("description") or e.props.get("name")) for e in x.entities}
    return {
        (names[r.source], _OWN)
        for r in x.relations
        if r.type == "SECURES" and r.target == "agreement:self"
    }


def test_each_lien_item_of_the_list_secures_the_agreement() -> None:
    found = _secures(
        "Section 4.1. Collateral. The Obligations shall be secured by (a) valid, perfected, and "
        "enforceable Liens on all right, title, and interest of the Borrower in all grain "
        "inventory held by the Borrower in its elevators, whether now owned or hereafter "
        "acquired, and all proceeds thereof, and (b) valid and perfected Liens on all right, "
        "title, and interest of the Parent in substantially all equipment, fixtures, and real "
        "estate, whether now owned or hereafter acquired."
    )
    assert ("all grain inventory held by the Borrower in its elevators", _OWN) in found
    assert ("substantially all equipment, fixtures, and real estate", _OWN) in found
    assert ("Redwater Grain Company", _OWN) in found  # the Parent's interest stands behind it


def test_a_later_roman_numbered_item_is_read_after_a_document() -> None:
    found = _secures(
        "Section 8.1. Security. The Indebtedness shall be secured by (i) the Deed of Trust, which "
        "shall at all times constitute a first lien on the Borrower's grain elevators; and (ii) "
        "a continuing first priority security interest affecting all of the Borrower's "
        "receivables granted under the Security Agreement."
    )
    assert ("all of the Borrower's receivables", _OWN) in found


def test_a_list_of_permitted_liens_secures_nothing() -> None:
    found = _secures(
        "Section 6.2. Liens. Any Debt of the Borrower permitted hereunder may be secured by (a) "
        "Liens on all of the Borrower's vehicles and (b) Liens on the Borrower's office lease."
    )
    assert not any("vehicles" in a or "lease" in a for a, _ in found)
