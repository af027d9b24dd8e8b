"""A borrower's own grant of security made inside its loan or credit agreement, and the
collateral it grants, in the shapes bank forms and short loan agreements use:

- real property by a mortgage ("hereby grants to the Lender a first priority mortgage lien on
  and security interest in the real property ... located at 1450 Industrial Parkway, Valdosta,
  Lowndes County, Georgia", "shall grant to Bank a first mortgage on ...",
  ``relations.security_grants.grant_by_subject``), described by its whole address
  (``relations.held_collateral.address_goes_on``);
- a pledge "As further security for ..." (``relations.security_grants.pledge_of_equity``), and
  the note a grant's "To secure the Term Note and ..." names, secured beside the agreement;
- "the following collateral: all equipment and fixtures" (``relations.collateral.following_list``)
  and "all accounts receivable and all inventory and equipment" read whole (an "and all" that
  goes on to another class of collateral continues the list);
- the deal's papers or the borrower's obligations "shall be secured by ..." ("Borrower's
  obligations to Bank under this Agreement shall be secured by ...", "This Agreement and the
  Note are secured by a first lien security interest in ...",
  ``relations.security_grants.secured_by``, ``relations.security_grants.own_papers_secured``).

Near misses: a covenant not to grant a mortgage, a definition of "Lien", a representation that
no Lien was granted, a grant of "the property described in Section 2(b)" (a pointer, no
collateral of its own: ``relations.collateral.points_to_section``), and "and all proceeds
thereof" (not another class)."""

from __future__ import annotations

from ingest.extract import Extraction
from tests.passages import extract_text

_OPENING = """TERM LOAN AGREEMENT

This TERM LOAN AGREEMENT (the "Agreement") is dated as of June 30, 2016 and is between ORCHARD
GATE PACKING, INC., a Georgia corporation (the "Borrower"), and PIEDMONT HARVEST BANK, a Georgia
state bank (the "Lender").

1.1 Term Loan. The Lender agrees to lend to the Borrower the sum of $1,800,000 (the "Term
Loan"), evidenced by a promissory note of the Borrower payable to the order of the Lender in the
original principal amount of $1,800,000 (the "Term Note").

"""

_CLOSING = """

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

ORCHARD GATE PACKING, INC.

By: /s/ Nadia Voss
Title: President

PIEDMONT HARVEST BANK

By: /s/ Emil Strand
Title: Senior Vice President
"""

_BORROWER = "ORCHARD GATE PACKING, INC."
_AGREEMENT = "Term Loan Agreement"


def _secures(x: Extraction) -> set[tuple[str, str]]:
    """SECURES as (source, target): a party by name, an asset by description, a paper by
    title."""
    names = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


def _of(section: str) -> set[tuple[str, str]]:
    return _secures(extract_text(_OPENING + section + _CLOSING))


def test_a_mortgage_granted_in_the_agreement_secures_it_with_its_whole_address() -> None:
    for section, asset in (
        (
            "2.1 Mortgage. To secure the Term Note and all other obligations of the Borrower to "
            'the Lender under this Agreement (the "Secured Obligations"), the Borrower hereby '
            "grants to the Lender a first priority mortgage lien on and security interest in the "
            "real property and improvements located at 1450 Industrial Parkway, Valdosta, Lowndes "
            "County, Georgia, together with all fixtures and rents thereof.",
            "the real property and improvements located at 1450 Industrial Parkway, Valdosta, "
            "Lowndes County, Georgia",
        ),
        (
            "2.1 Real Estate. The Borrower shall grant to the Lender a first mortgage on the real "
            "property commonly known as 88 Orchard Road, Macon, Georgia.",
            "the real property commonly known as 88 Orchard Road, Macon, Georgia",
        ),
    ):
        found = _of(section)
        assert (_BORROWER, _AGREEMENT) in found, section
        assert (asset, _AGREEMENT) in found, section


def test_the_note_the_grant_names_is_secured_beside_the_agreement() -> None:
    found = _of(
        "2.1 Security. To secure the Term Note and all other obligations of the Borrower under "
        "this Agreement, the Borrower hereby mortgages, pledges and grants to the Lender a "
        "security interest in all of its equipment and fixtures, whether now owned or hereafter "
        "acquired."
    )
    asset = "all of its equipment and fixtures"
    assert {(asset, _AGREEMENT), (asset, "Term Note"), (_BORROWER, _AGREEMENT)} <= found


def test_a_pledge_as_further_security() -> None:
    found = _of(
        "2.2 Pledge of Shares. As further security for the Secured Obligations, the Borrower "
        "hereby pledges to the Lender, and grants to the Lender a security interest in, all of "
        "the issued and outstanding shares of capital stock of Orchard Gate Trucking, Inc., a "
        'Georgia corporation (the "Pledged Shares").'
    )
    assert {("Pledged Shares", _AGREEMENT), (_BORROWER, _AGREEMENT)} <= found


def test_the_following_collateral_is_the_list_after_the_colon() -> None:
    for section, asset in (
        (
            "2.1 Collateral. To secure payment of the Term Note, the Borrower grants the Lender a "
            "security interest in the following collateral: all equipment and fixtures of the "
            "Borrower.",
            "all equipment and fixtures of the Borrower",
        ),
        (
            "2.1 Collateral. Payment of the Term Note shall be secured by the following "
            "collateral: Accounts and Inventory.",
            "Accounts and Inventory",
        ),
    ):
        found = _of(section)
        assert (asset, _AGREEMENT) in found, section
        assert not any(s.startswith("the following") for s, _ in found), section


def test_another_class_after_and_all_goes_on_with_the_list() -> None:
    for section, asset in (
        (
            "2.1 Security. The Borrower agrees to grant to the Lender a security interest in all "
            "accounts receivable and all inventory and equipment of the Borrower.",
            "all accounts receivable and all inventory and equipment of the Borrower",
        ),
        (
            "2.1 Security. As security for the Term Loan, the Borrower hereby grants to the "
            "Lender a security interest in all of its accounts and all of its inventory, and all "
            "proceeds thereof.",
            "all of its accounts and all of its inventory",
        ),
    ):
        assert (asset, _AGREEMENT) in _of(section), section


def test_the_deals_papers_or_obligations_secured_by_collateral() -> None:
    for section, asset in (
        (
            "2.1 Collateral. The Borrower's obligations to the Lender under this Agreement shall "
            "be "
            "secured by a first priority security interest in all of the Borrower's equipment and "
            "fixtures.",
            "all of the Borrower's equipment and fixtures",
        ),
        (
            "2.1 Collateral. This Agreement and the Term Note are secured by a first lien security "
            "interest in all of the Borrower's accounts receivable and inventory.",
            "all of the Borrower's accounts receivable and inventory",
        ),
    ):
        found = _of(section)
        assert (asset, _AGREEMENT) in found, section
        assert (_BORROWER, _AGREEMENT) in found, section


def test_covenants_definitions_representations_and_pointers_grant_nothing() -> None:
    for section in (
        "4.1 Liens. The Borrower shall not grant any mortgage on or security interest in any of "
        "its real property, except in favor of the Lender.",
        '1.2 "Lien" means any mortgage on, pledge of or security interest in any property.',
        "3.1 Title. The Borrower has not granted any Lien on the Collateral other than Permitted "
        "Liens.",
        "4.2 Permitted Liens. The Borrower may grant purchase money Liens on equipment acquired "
        "after the date hereof.",
    ):
        assert _of(section) == set(), section
    pointer = _of(
        "2.1 Additional Grant. To secure the Obligations, the Borrower hereby grants to the Lender "
        "a security interest in all of the property described in Section 2(b) above."
    )
    assert not any("Section" in s for s, _ in pointer)
