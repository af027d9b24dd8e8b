"""Closing conditions that list the security documents with who executes them ("(iv) The
Security Agreement executed by the Company."): the executing party is party to the document
the agreement defines (defined in the form of an exhibit: "a Security Agreement in the form
attached hereto as Exhibit "D" (the "Security Agreement")"), and not to another whose title
ends alike ("the Guarantor Security Agreements"). Passages written for this test in the general
shape of a bank credit agreement's collateral and closing sections."""

from __future__ import annotations

from tests.passages import edges, extract_text

DOC = """CREDIT AGREEMENT

PINE RIDGE FOODS, INC., an Ohio corporation (the "Company"), and CENTRAL STATES BANK, an Ohio
banking corporation (the "Bank"), agree as follows.

Section 4. COLLATERAL. (a) The Obligations shall be secured by a first priority security
interest in all of the Company's inventory and accounts, which security interest will be
created by a Security Agreement in the form attached hereto as Exhibit "D" (the "Security
Agreement"). (c) The obligations of each Guarantor shall be secured by the Guarantor Security
Agreements in the forms attached hereto as Exhibit "H" (the "Guarantor Security Agreements").

Section 7. CONDITIONS OF LENDING. The Bank shall have received the following:

(i) The Security Agreement executed by the Company.

(ii) The Guarantor Security Agreements executed by the Guarantors.
"""


def test_the_company_is_party_to_the_security_agreement_it_executes() -> None:
    x = extract_text(DOC)
    to_security = {s for s, t in edges(x, "PARTY_TO") if t == "Security Agreement"}
    assert to_security == {"PINE RIDGE FOODS, INC."}
    roles = [r.props.get("role") for r in x.relations if r.type == "PARTY_TO"]
    assert "Company" in roles
