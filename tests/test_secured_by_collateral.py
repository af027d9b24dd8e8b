"""A "secured by" clause over a described list of a party's assets: "The Obligations shall be
secured by a first priority security interest in all of the Company's equipment, ... (all
such assets ... hereinafter collectively referred to as the "Collateral")". The collateral is
the "Collateral" its parenthesis names, and the Company, whose assets they are, secures the
agreement too. Passages written for this test in the general shape of a bank credit
agreement's collateral section."""

from __future__ import annotations

from tests.passages import extract_text

HEAD = """CREDIT AGREEMENT

PINE RIDGE FOODS, INC., an Ohio corporation (the "Company"), and CENTRAL STATES BANK, an Ohio
banking corporation (the "Bank"), agree as follows.

"""

REFERRED = (
    HEAD
    + """(a) Security Agreement. The Obligations shall be secured by a first
priority security interest in all of the Company's equipment, inventory, accounts receivable,
general intangibles and all deposit accounts maintained by the Company with the Bank, all
whether now owned or hereafter acquired, and in all proceeds thereof (all such assets on which
a lien is granted to the Bank hereinafter collectively referred to as the "Collateral"), which
security interest will be created by a Security Agreement in the form attached hereto as
Exhibit D (the "Security Agreement").
"""
)

ASSETS_OF = (
    HEAD
    + """The Loans shall be secured by a first priority lien on all assets of the
Company.
"""
)


def _secures(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    n = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == "SECURES"}


def test_the_collateral_by_its_term_and_its_owner_secure_the_agreement() -> None:
    assert _secures(REFERRED) >= {
        ("Collateral", "Credit Agreement"),
        ("PINE RIDGE FOODS, INC.", "Credit Agreement"),
    }
    assert ("all of the Company's equipment", "Credit Agreement") not in _secures(REFERRED)


def test_the_party_whose_assets_secure_the_loans() -> None:
    secures = _secures(ASSETS_OF)
    assert ("PINE RIDGE FOODS, INC.", "Credit Agreement") in secures
    assert ("CENTRAL STATES BANK", "Credit Agreement") not in secures
