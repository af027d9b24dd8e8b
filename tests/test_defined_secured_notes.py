"""A security or pledge agreement whose grant secures "the Secured Obligations" (or "the
Obligations"), where the definition names the notes ('"Secured Obligations" means the Notes,
the Note Guarantees and all other obligations of the Grantors under the Indenture'): the
grantors and the collateral SECURE the notes, not only the indenture they are issued under; a
grant to an agent "for the benefit of the Secured Parties" names its grantors like any other."""

from __future__ import annotations

from pathlib import Path

from tests.passages import extract_text

_ROOT = Path(__file__).resolve().parent.parent


def _secures(text: str) -> set[tuple[str, str]]:
    """SECURES edges by source and target names (an asset by its description), case aside
    (names read from a cover)."""
    x = extract_text(text)
    n = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(n[r.source].lower(), n[r.target].lower()) for r in x.relations if r.type == "SECURES"}


_COLLATERAL = """COLLATERAL AGREEMENT

     COLLATERAL AGREEMENT dated as of May 3, 2022, by BRANTLEY FOODS, INC., a Delaware
corporation, and BRANTLEY DAIRY, LLC, an Ohio limited liability company (each a "Grantor" and
together the "Grantors"), in favor of OAKRIDGE TRUST COMPANY, N.A., as collateral agent (the
"Collateral Agent").

     Brantley Foods, Inc. has issued $200,000,000 aggregate principal amount of its 8.25%
Senior Secured Notes due 2029 (the "Notes") under an Indenture dated as of May 3, 2022
(the "Indenture").

     1. Definitions. "Secured Obligations" means the Notes, the Note Guarantees and all other
obligations of the Grantors under the Indenture.

     2. Grant. Each Grantor hereby grants to the Collateral Agent, for the benefit of the
Secured Parties, a security interest in all of its Accounts, Equipment and Inventory (the
"Collateral"), as collateral security for the prompt payment in full of the Secured
Obligations.

     3. Governing Law. This Agreement shall be governed by the law of the State of New York.
"""

_PLEDGE = """PLEDGE AGREEMENT

     THIS PLEDGE AGREEMENT (this "Agreement") is made as of August 9, 2019 by CASTELLAN
HOLDINGS CORP., a Nevada corporation (the "Pledgor"), in favor of MIDLAND NATIONAL TRUST
COMPANY, as trustee (the "Trustee").

     Castellan Mining Corp. has issued its 10.25% Senior Secured Notes due 2027 (the "Senior
Notes") under an Indenture dated as of August 9, 2019 (the "Indenture").

     1. "Obligations" means all obligations of Castellan Mining Corp. under the Senior Notes
and the Indenture.

     2. To secure the payment and performance of the Obligations, the Pledgor hereby pledges to
the Trustee, for the ratable benefit of the Holders, a first priority security interest in the
Pledged Shares.

     3. This Agreement shall be governed by the law of the State of New York.
"""

_NOTES_2029 = "8.25% senior secured notes due 2029"


def test_grantors_and_collateral_secure_the_notes_the_definition_names() -> None:
    found = _secures(_COLLATERAL)
    assert ("brantley foods, inc.", _NOTES_2029) in found
    assert ("brantley dairy, llc", _NOTES_2029) in found
    assert any(target == _NOTES_2029 and "collateral" in source for source, target in found)


def test_pledgor_secures_the_senior_notes_of_the_obligations() -> None:
    found = _secures(_PLEDGE)
    assert ("castellan holdings corp.", "senior notes") in found


def test_definition_without_notes_secures_no_note() -> None:
    text = _COLLATERAL.replace(
        '"Secured Obligations" means the Notes, the Note Guarantees and all other\nobligations '
        "of the Grantors under the Indenture.",
        '"Secured Obligations" means all fees and expenses payable to the Collateral Agent.',
    )
    found = _secures(text)
    assert not any(target == _NOTES_2029 for _, target in found)


def test_credit_agreement_obligations_naming_notes_left_to_its_readers() -> None:
    text = (
        _COLLATERAL.replace("COLLATERAL AGREEMENT", "CREDIT AGREEMENT")
        .replace("Collateral Agent", "Administrative Agent")
        .replace("Senior Secured\nNotes due 2029", "Term Notes")
    )
    found = _secures(text)
    assert not any(target == "term notes" for _, target in found)


def test_round_eight_collateral_agreement_secures_the_notes() -> None:
    text = (_ROOT / "tests/gold_written/docs/r8sig_collateral_tarrant.txt").read_text()
    notes = "7.875% senior secured notes due 2028"
    found = _secures(text)
    grantors = {
        "tarrant marine systems, inc.",
        "tarrant shipyards, inc.",
        "gulfreach offshore services, llc",
        "tarrant propulsion technologies corp.",
        "saltmarsh vessel leasing llc",
    }
    assert {(g, notes) for g in grantors} <= found
    assert ("collateral", notes) in found
