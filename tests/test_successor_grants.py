"""A bank form's grant that names the grantee with its successors and assigns and grants "a
first and prior lien and security interest in and to" the collateral the clause defines
(:data:`ingest.relations.security._GRANTS`)."""

from __future__ import annotations

from tests.passages import OWN, entity_names, extract_text

_HEAD = """CREDIT AGREEMENT

This CREDIT AGREEMENT is executed on April 2, 2004, by and between GRANITE LOGIC CORP., an
Oregon corporation ("Borrower"), and VALLEY MERCHANTS BANK ("Bank").

"""

_SHALL_AND_HEREBY = _HEAD + (
    "3.  Collateral.  As collateral and security for all indebtedness owing by Borrower to "
    "Bank, Borrower shall grant, and hereby grants, to Bank, its successors and assigns, a "
    "first and prior lien and security interest in and to the property described below, "
    'together with all products and proceeds thereof (the "Collateral"):\n\n'
    "(a) All present and future accounts of Borrower.\n\n(b) All equipment of Borrower.\n"
)

_HEREBY = _HEAD + (
    "3.  Security.  To secure the Obligations, Borrower hereby grants to Bank, its successors "
    "and permitted assigns, a continuing security interest in and to all of Borrower's "
    'inventory, whether now owned or hereafter acquired (the "Collateral").\n'
)

_COVENANT = _HEAD + (
    "7.  Liens.  Borrower will not grant to any Person, its successors and assigns, a lien and "
    "security interest in and to any of its property, other than Bank.\n"
)


def _secures_own(text: str) -> set[str]:
    x = extract_text(text)
    names = entity_names(x) | {
        e.ref: str(e.props.get("description")) for e in x.entities if e.label == "Asset"
    }
    return {names[r.source] for r in x.relations if r.type == "SECURES" and r.target == OWN}


def test_shall_grant_and_hereby_grants_to_the_bank_its_successors_and_assigns() -> None:
    assert _secures_own(_SHALL_AND_HEREBY) == {"GRANITE LOGIC CORP.", "Collateral"}


def test_hereby_grants_with_permitted_assigns_in_and_to() -> None:
    assert "GRANITE LOGIC CORP." in _secures_own(_HEREBY)


def test_a_covenant_not_to_grant_grants_nothing() -> None:
    assert _secures_own(_COVENANT) == set()
