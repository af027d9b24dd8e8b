"""An indenture a credit agreement's definitions cite, with its supplemental indenture and the
notes issued under it: "that certain Indenture, dated as of March 1, 2008 by and between
Borrower and Keystone Trust Company, as trustee (the "Trustee") as amended and supplemented by
that certain First Supplemental Indenture, dated as of March 1, 2008 ...", and ""Convertible
Notes" means those certain 3.50% Convertible Senior Notes Due 2028, maturing on March 1, 2028,
in the original principal amount of $115,000,000". The supplemental indenture AMENDS the
indenture; the notes carry their principal and maturity. Passages written in the shape, not
copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

CITED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is entered into as of June 4, 2013, by and between \
ORCHARD MEDICAL, INC., a Delaware corporation ("Borrower"), and HARBOR CITY BANK, NATIONAL \
ASSOCIATION ("Bank").

SECTION 1.1 DEFINITIONS.
"Convertible Notes" means those certain 3.50% Convertible Senior Notes Due 2028, maturing on \
March 1, 2028, in the original principal amount of $115,000,000 issued under the Existing \
Indenture.
"Existing Indenture" means that certain Indenture, dated as of March 1, 2008 by and between \
Borrower and Keystone Trust Company, as trustee (the "Trustee") as amended and supplemented by \
that certain First Supplemental Indenture, dated as of March 1, 2008 by and between Borrower and \
the Trustee, in each case as in effect on the Closing Date.

SECTION 1.2 LINE OF CREDIT. Bank hereby agrees to make advances to Borrower not to exceed \
Five Million Dollars ($5,000,000) ("Line of Credit").
"""


def test_the_supplemental_indenture_amends_the_indenture() -> None:
    assert ("First Supplemental Indenture", "Indenture") in edges(extract_text(CITED), "AMENDS")


def test_the_notes_carry_their_full_principal_and_maturity() -> None:
    x = extract_text(CITED)
    notes = next(e.props for e in x.entities if "Convertible" in str(e.props.get("title")))
    assert notes["title"] == "3.50% Convertible Senior Notes Due 2028"
    assert notes["amount"] == 115_000_000
    assert notes["maturity_date"] == "2028-03-01"
    assert notes["interest_rate"] == 3.5
