"""A national bank named in the party list of an agreement the document mentions: "that certain
Indenture, dated as of May 1, 2009 by and between Borrower and Harbor City Bank, National
Association, as trustee (the "Trustee")" names one bank, the lender of the own agreement,
not a "Harbor City Bank" and a party called "National Association". Passage written in the
shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

TRUSTEE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is entered into as of June 4, 2013, by and between \
ORCHARD MEDICAL, INC., a Delaware corporation ("Borrower"), and HARBOR CITY BANK, NATIONAL \
ASSOCIATION ("Bank").

SECTION 1.1 DEFINITIONS.
"Existing Indenture" means that certain Indenture, dated as of May 1, 2009 by and between \
Borrower and Harbor
City Bank, National Association, as trustee (the "Trustee"), as in effect on the Closing Date.

SECTION 1.2 LINE OF CREDIT. Bank hereby agrees to make advances to Borrower not to exceed \
Five Million Dollars ($5,000,000) ("Line of Credit").
"""


def test_the_trustee_is_the_bank_not_two_parties() -> None:
    x = extract_text(TRUSTEE)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert "National Association" not in names
    assert "Harbor City Bank" not in names
    assert ("Harbor City Bank, National Association", "Indenture") in edges(x, "PARTY_TO")
