"""A party named with the name it is to take ("THE CALDER RIDGE COMPANY (to be renamed CALDER
RIDGE HOLDINGS, INC.)"): the party is the one named before the parenthesis, in the preamble, in
its role definition and on its signature page (where the parenthesis wraps onto the next line);
the coming name is none of its names (a reorganisation's other company may bear it today), and
a page that writes "THE" before the name the preamble gives without it signs for the same
party. Passages written for these tests, in the shape of recapitalisation credit agreements.
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

PASSAGE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of March 3, 2004, is by and among THE CALDER RIDGE COMPANY (to
be renamed CALDER RIDGE HOLDINGS, INC.) ("Borrower"), those Subsidiaries identified as a
"Guarantor" on the signature pages hereto (each a "Guarantor"), the several lenders identified
as "Lenders" on the signature pages hereto (each a "Lender" and collectively, the "Lenders"),
and FIRST COASTAL BANK, as administrative agent for the Lenders (in such capacity, the
"Agent").

"Borrower" means The Calder Ridge Company (to be renamed Calder Ridge Holdings, Inc.), an
Oregon corporation.

IN WITNESS WHEREOF, the parties hereto have caused this Credit Agreement to be duly executed
as of the date first above written.

BORROWER:                    THE CALDER RIDGE COMPANY (to be renamed CALDER
                             RIDGE HOLDINGS, INC.)

By: /s/ Jane R. Roe
Jane R. Roe, President

LENDERS:                     FIRST COASTAL BANK
in its capacity as Agent and as a Lender

By: /s/ John Q. Doe
John Q. Doe, Vice President

GUARANTORS:                  CALDER RIDGE HOLDINGS, INC. (to be
renamed THE CALDER RIDGE COMPANY)

By: /s/ Jane R. Roe
Jane R. Roe, Treasurer

CALDER TIMBER, INC.

By: /s/ Jane R. Roe
Jane R. Roe, Treasurer
"""


def test_the_party_is_the_one_named_before_its_coming_name() -> None:
    x = extract_text(PASSAGE)
    roles = {n.upper(): r for n, r in own_roles(x).items()}
    borrowers = [n for n, r in roles.items() if "Borrower" in str(r)]
    assert borrowers == ["THE CALDER RIDGE COMPANY"]
    # the other company of the reorganisation, bearing the borrower's coming name today, only
    # guarantees
    assert roles["CALDER RIDGE HOLDINGS, INC."] == "Guarantor"
    assert roles["CALDER TIMBER, INC."] == "Guarantor"
    assert {(s, t.upper()) for s, t in edges(x, "LENDS_TO")} == {
        ("FIRST COASTAL BANK", "THE CALDER RIDGE COMPANY")
    }


def test_the_borrowers_descriptor_after_its_coming_name_is_read() -> None:
    x = extract_text(PASSAGE)
    borrower = next(
        e for e in x.entities if e.label == "Party" and "Calder Ridge Company" in e.props["name"]
    )
    assert borrower.props.get("jurisdiction") == "Oregon"
    assert borrower.props.get("entity_type") == "corporation"
    assert "CALDER RIDGE HOLDINGS, INC." not in borrower.aliases


def test_a_signature_page_writing_the_article_signs_for_the_same_party() -> None:
    x = extract_text(PASSAGE)
    signed = {s: t for s, t in edges(x, "SIGNED")}
    assert signed["John Q. Doe"] == "Credit Agreement"
    names = {str(e.props["name"]).upper() for e in x.entities if e.label == "Party"}
    assert not names & {"RIDGE HOLDINGS, INC.", "CALDER RIDGE COMPANY)", "RIDGE HOLDINGS, INC.)"}
    assert len([n for n in names if "RIDGE COMPANY" in n]) == 1


def test_a_company_named_with_its_article_in_the_preamble_only() -> None:
    text = """LOAN AGREEMENT

This LOAN AGREEMENT, dated as of June 1, 2005, is between THE MARLOWE TRUST COMPANY, as lender
(the "Lender"), and Ostrow Mills, Inc., a Delaware corporation (the "Borrower").

IN WITNESS WHEREOF, the parties have executed this Loan Agreement as of the date above.

MARLOWE TRUST COMPANY

By: /s/ Peter N. Vale
Its: Senior Vice President

OSTROW MILLS, INC.

By: /s/ Ruth K. Amsel
Its: President
"""
    x = extract_text(text)
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert len(lenders) == 1
    assert len([e for e in x.entities if "MARLOWE" in str(e.props.get("name")).upper()]) == 1
