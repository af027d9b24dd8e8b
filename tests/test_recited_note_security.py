"""A recital or clause stating how the deal's notes are secured, in the shapes a purchase
agreement or a forbearance writes it: a recital letter before the subject ("B. The Notes will be
secured by a first priority lien on all of the assets of the Company, as evidenced by ..."), the
notes "secured equally and ratably by" a security interest, a collateral list that runs on to
", granted under the Security Agreement", and "The Notes are secured by, among other things, (i)
... (ii) ...". The collateral SECURES the notes. Passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text

_SPA = """SECURITIES PURCHASE AGREEMENT

This Securities Purchase Agreement (this "Agreement") is dated as of March 3, 2015, between
LARCHMONT DEVICES, INC., a Nevada corporation (the "Company"), and each purchaser identified on
the signature pages hereto (each, a "Purchaser" and collectively, the "Purchasers").

RECITALS

A. The Company wishes to issue and sell to the Purchasers its 10% Senior Secured Convertible
Notes due March 3, 2017 (the "Notes") in an aggregate principal amount of $4,000,000.

{clause}

NOW, THEREFORE, the Company and each Purchaser agree as follows:

1. Purchase and Sale. Each Purchaser shall purchase Notes in the principal amount set forth on
its signature page.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

LARCHMONT DEVICES, INC.
By: /s/ Paula Okafor
Title: Chief Executive Officer
"""

_NOTES = "10% Senior Secured Convertible Notes due March 3, 2017"


def _secures(clause: str) -> set[tuple[str, str]]:
    """SECURES of the passage, assets by description, the rest by name or title."""
    x = extract_text(_SPA.format(clause=clause))
    names = {
        e.ref: str(e.props.get("description") or e.props.get("name") or e.props.get("title"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


def test_a_lettered_recital_says_what_secures_the_notes() -> None:
    found = _secures(
        "B. The Notes will be secured by a first priority lien on all of the assets of the "
        "Company, as evidenced by the Security Agreement of even date herewith between the "
        "Company and the Purchasers."
    )
    assert ("all of the assets of the Company", _NOTES) in found


def test_notes_secured_equally_and_ratably_up_to_a_granted_under() -> None:
    found = _secures(
        "B. The Notes shall be secured equally and ratably by a first priority security "
        "interest in all of the Company's equipment, inventory, accounts and general "
        "intangibles, granted under a Security Agreement dated as of the date hereof between "
        "the Company and Harwell Partners LP, as collateral agent for the Purchasers."
    )
    assert (
        "all of the Company's equipment, inventory, accounts and general intangibles",
        _NOTES,
    ) in found
    assert not any("granted" in a for a, _ in found)


def test_a_lettered_recital_lists_what_secures_the_notes() -> None:
    found = _secures(
        "B. The Notes are secured by, among other things, (i) a security interest in all of the "
        "Company's inventory, accounts and equipment pursuant to a Security Agreement dated as "
        "of the date hereof made by the Company in favor of the Purchasers, and (ii) a pledge "
        "of deposits maintained with the Purchasers."
    )
    assert ("all of the Company's inventory, accounts and equipment", _NOTES) in found


def test_an_initial_is_no_recital_letter() -> None:
    # "H. Porter" opens no recital: the words after it are no subject of their own
    found = _secures(
        "B. H. Porter Notes will be secured by a first priority lien on all of the assets of "
        "the Company."
    )
    assert not found


def test_notes_secured_only_if_they_say_so() -> None:
    found = _secures(
        "B. The Notes will rank senior to all other indebtedness of the Company and will not be "
        "secured by any lien on the assets of the Company."
    )
    assert not found
