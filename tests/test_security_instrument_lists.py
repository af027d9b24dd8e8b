"""A list of the security documents that secure an agreement, each item naming its document and
the collateral it covers or grants ("1. DEED OF TRUST ... covering Borrower's Mineral
Properties. 2. SECURITY AGREEMENT granting the Lender a first priority security interest in all
of the Borrower's equipment ..."): each document is given by the collateral's owner, and the
collateral and its owner secure the agreement.
"""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text

_AGREEMENT = (
    "LOAN AGREEMENT\n\n"
    'THIS LOAN AGREEMENT (this "Agreement"), dated effective May 4, 2006, is by and between '
    'REDCLIFF ENERGY, INC., an Oklahoma corporation (the "Borrower"), and PRAIRIE STATE BANK, '
    'a state banking association (the "Lender").\n\n'
    '"MINERAL PROPERTIES" means the oil and gas leases of the Borrower described on Exhibit A.\n\n'
    "1.01 THE LOAN. The Lender agrees to make advances to the Borrower not to exceed "
    "$6,000,000.\n\n"
    "IN WITNESS WHEREOF, this Agreement is executed as of the date first written above.\n\n"
    "REDCLIFF ENERGY, INC.\n\nBy: /s/ Dana Hollis\nDana Hollis, President\n\n"
    "PRAIRIE STATE BANK\n\nBy: /s/ Owen Platt\nOwen Platt, Senior Vice President\n\n"
    "SECURITY INSTRUMENTS\n\n"
    "The Security Instruments securing the Borrower's obligations to the Lender shall include "
    "the following, each in form and substance satisfactory to the Lender:\n\n"
    "1.     DEED OF TRUST, SECURITY AGREEMENT AND ASSIGNMENT OF PRODUCTION covering\n"
    "Borrower's Mineral Properties.\n\n"
    "2.     SECURITY AGREEMENT granting the Lender a first priority security interest\n"
    "in all of the Borrower's equipment and inventory, whether now owned or hereafter acquired.\n\n"
    "3.     FINANCING STATEMENTS in connection with the Security Instruments described above.\n"
)


def _secured_by(x: Extraction) -> set[str]:
    """What secures the passage's agreement: collateral by its description, parties by name."""
    names = {e.ref: str(e.props.get("description") or e.props.get("name")) for e in x.entities}
    return {names[r.source] for r in x.relations if r.type == "SECURES"}


def test_each_listed_document_its_collateral_and_owner() -> None:
    x = extract_text(_AGREEMENT)
    secured_by = {s.lower() for s in _secured_by(x)}
    assert "mineral properties" in secured_by
    assert "all of the borrower's equipment and inventory" in secured_by
    assert "redcliff energy, inc." in secured_by
    party_to = edges(x, "PARTY_TO")
    assert ("REDCLIFF ENERGY, INC.", "SECURITY AGREEMENT") in party_to
    assert (
        "REDCLIFF ENERGY, INC.",
        "DEED OF TRUST, SECURITY AGREEMENT AND ASSIGNMENT OF PRODUCTION",
    ) in party_to


def test_no_list_opening_no_security() -> None:
    """The same items without the opening that says they secure the agreement give nothing."""
    text = _AGREEMENT.replace(
        "The Security Instruments securing the Borrower's obligations to the Lender shall include "
        "the following, each in form and substance satisfactory to the Lender:",
        "The Borrower has heretofore delivered to other lenders:",
    )
    assert "all of the Borrower's equipment and inventory" not in _secured_by(extract_text(text))
