"""A party that acts for another as its trustee, named in the preamble right after "acting
through" and given its capacity after its descriptor: "Marrowgate Realty Corporation (the
"Borrower"), acting through Gresham Fiduciary Trust Company, a Massachusetts trust company, as
trustee of the Borrower, and ...". The trustee is a party of its own
(``parties.acting_through_name``, ``parties.named_trustee_of_party``), not a description of the
party before it as "acting through its general partner, ..." is. Passages written for this test
(invented companies).
"""

from __future__ import annotations

from tests.passages import extract_text, own_roles


def _roles(preamble: str) -> dict[str, object]:
    text = (
        "CREDIT AGREEMENT\n\n"
        f"{preamble}\n\n"
        "1. The Bank agrees to lend to the Borrower up to $5,000,000.\n\n"
        "2. This Agreement is governed by the laws of the State of Maryland.\n"
    )
    return {k.lower(): v for k, v in own_roles(extract_text(text)).items()}


def test_a_trust_company_acting_as_trustee_of_the_borrower_is_a_party() -> None:
    roles = _roles(
        "THIS CREDIT AGREEMENT is entered into as of June 30, 2004 by and between MARROWGATE "
        'REALTY CORPORATION, a Maryland corporation (the "Borrower"), acting through GRESHAM '
        "FIDUCIARY TRUST COMPANY, a Massachusetts trust company, as trustee of the Borrower, "
        'and LINTON NATIONAL BANK, a national banking association (the "Bank").'
    )
    assert roles.get("gresham fiduciary trust company") == "Trustee", roles
    assert "marrowgate realty corporation" in roles and "linton national bank" in roles, roles


def test_acting_by_and_through_a_bank_not_individually_but_as_trustee() -> None:
    roles = _roles(
        'This Loan Agreement dated May 2, 2011 is among Dunmore Housing Trust (the "Borrower"), '
        "acting by and through Kettle Bank, N.A., not individually but solely as trustee for "
        'the Borrower, and Ashby Savings Bank (the "Bank").'
    )
    assert "kettle bank, n.a." in roles, roles
    assert "ashby savings bank" in roles, roles


def test_near_miss_acting_through_its_general_partner_describes_the_party() -> None:
    roles = _roles(
        "This Credit Agreement dated May 2, 2011 is between Gulf Wings Partners, Ltd., a Texas "
        "limited partnership, acting by and through its general partner, GCW Management, "
        'L.L.C. (the "Borrower"), and Ashby Savings Bank (the "Bank").'
    )
    assert not any("gcw management" in k for k in roles), roles


def test_near_miss_a_trustee_named_without_acting_through() -> None:
    # a trustee named as a party in its own right is read as before (not by this rule)
    from ingest.parties.preamble import _acting_as_trustee

    text = 'Acme Corp. (the "Borrower"), and Kettle Bank, N.A., as trustee of the Borrower, and'
    assert not _acting_as_trustee(text, text.index("Kettle"))
