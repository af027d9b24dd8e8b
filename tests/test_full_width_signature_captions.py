"""A caption alone at the left of a signature page set in two columns ("LOAN PARTIES:") heads
both columns below it: the right column's caption of the page before ("LENDER:") ends there,
so a company signing at the right under the new caption is not one of the lenders."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_AMENDMENT = """FIRST AMENDMENT TO LOAN AGREEMENT

This First Amendment to Loan Agreement (this "Amendment") is dated as of May 2, 2018 among
HALDANE FOODS, INC. ("Borrower"), the Guarantors signatory hereto, and CRESTLINE BANK, as agent
(the "Agent") for the lenders signatory hereto (the "Lenders").

1. Each Guarantor reaffirms its guaranty of the Obligations.

IN WITNESS WHEREOF, the parties have executed this Amendment.

BORROWER:                                  AGENT AND LENDER:

HALDANE FOODS, INC.                        CRESTLINE BANK

By: /s/ Mara Quist                         By: /s/ Teodor Vance
Title: President                           Title: Vice President

                                           LENDER:

                                           OSWIN STATE BANK

                                           By: /s/ Lydia Marchetti
                                           Title: Senior Vice President

                     [Signature Page to First Amendment]
<PAGE>

GUARANTORS:

HALDANE BAKERY, LLC                        HALDANE TRANSPORT CORP.

By: /s/ Mara Quist                         By: /s/ Mara Quist
Title: Manager                             Title: Treasurer
"""

_CONSENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

This Second Amendment (this "Amendment") is made as of June 30, 2015 by and among TARVER
MINING CO. (the "Company"), the Subsidiary Grantors signatory hereto and BRENNIN BANK, N.A.,
as agent for the banks signatory hereto (the "Banks").

IN WITNESS WHEREOF, the parties have signed this Amendment.

COMPANY:                                   BANKS:

TARVER MINING CO.                          BRENNIN BANK, N.A.

By: /s/ Cyrus Hale                         By: /s/ Ines Farkas
Its: Chief Financial Officer               Its: Director

SUBSIDIARY GRANTORS:

TARVER EXPLORATION LLC                     TARVER ROYALTY HOLDINGS, INC.

By: /s/ Cyrus Hale                         By: /s/ Cyrus Hale
Its: Manager                               Its: Vice President
"""


def test_a_guarantor_at_the_right_under_a_lone_caption_is_no_lender() -> None:
    x = extract_text(_AMENDMENT)
    roles = own_roles(x)
    assert roles.get("HALDANE TRANSPORT CORP.") == "Guarantor"
    assert roles.get("OSWIN STATE BANK") == "Lender"
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert "HALDANE TRANSPORT CORP." not in lenders


def test_a_grantor_at_the_right_is_no_bank() -> None:
    roles = own_roles(extract_text(_CONSENT))
    assert roles.get("TARVER ROYALTY HOLDINGS, INC.") == "Subsidiary Grantor"
    assert roles.get("TARVER EXPLORATION LLC") == "Subsidiary Grantor"


def test_a_lone_caption_over_an_uncaptioned_right_column_heads_only_the_left() -> None:
    """Near miss: no caption stands at the right above, so the right company keeps its own
    capacity ("as Lender") and does not take the left caption's role."""
    text = _AMENDMENT.split("BORROWER:")[0] + (
        "BORROWER:\n\nHALDANE FOODS, INC.                        CRESTLINE BANK, as Lender\n\n"
        "By: /s/ Mara Quist                         By: /s/ Teodor Vance\n"
        "Title: President                           Title: Vice President\n"
    )
    roles = own_roles(extract_text(text))
    assert roles.get("HALDANE FOODS, INC.") == "Borrower"
    assert roles.get("CRESTLINE BANK") != "Borrower"
