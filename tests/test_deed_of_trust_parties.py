"""The parties of a deed of trust and of the loan agreement it secures: "SAWTOOTH INN, LLC
("Trustor") ... to ... ("Trustee"), for the benefit of ... ("Beneficiary")", then "the Loan
Agreement of even date herewith between Trustor and Beneficiary (the "Loan Agreement")": the
trustor's role is a role, and "of even date herewith" stands where a date would before the
agreement's parties. Passages written for this test in the shape of a 1990s deed of trust."""

from __future__ import annotations

from tests.passages import extract_text

DEED = """DEED OF TRUST

     THIS DEED OF TRUST is made as of March 3, 1998, by SAWTOOTH INN, LLC, an Idaho limited
liability company ("Trustor"), to GEM STATE TITLE COMPANY, an Idaho corporation ("Trustee"),
for the benefit of SNAKE RIVER SAVINGS BANK, an Idaho banking corporation ("Beneficiary").

     1.  This Deed of Trust secures the performance of each obligation of Trustor under the Loan
Agreement of even date herewith between Trustor and Beneficiary (the "Loan Agreement").
"""


def _party_roles() -> dict[tuple[str, str], object]:
    x = extract_text(DEED)
    n = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return {
        (n[r.source], n[r.target]): r.props.get("role") for r in x.relations if r.type == "PARTY_TO"
    }


def test_the_trustor_is_party_in_its_role() -> None:
    assert _party_roles().get(("SAWTOOTH INN, LLC", "Deed of Trust")) == "Trustor"


def test_the_loan_agreement_of_even_date_between_trustor_and_beneficiary() -> None:
    roles = _party_roles()
    assert ("SAWTOOTH INN, LLC", "Loan Agreement") in roles
    assert ("SNAKE RIVER SAVINGS BANK", "Loan Agreement") in roles
    assert ("GEM STATE TITLE COMPANY", "Loan Agreement") not in roles
