"""Security documents a credit agreement's definitions name by a title of their own ("means
that certain Stock Pledge and Security Agreement executed by the Borrower in favor of the
Lender of even date with the Agreement"), the giver a definition names after "of" ("the
Security Agreement of the Borrower ... pursuant to which the Borrower grants"), and a
guarantor's descriptor line under its name on the signature page, which is no company.
Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

_HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (the "Agreement") dated as of May 2, 2003, by and between
OSAGE FIELD SERVICES, INC., a Kansas corporation (the "Borrower"), REDBUD
PIPELINE, INC., a Delaware corporation (the "Guarantor"), and PRAIRIE NATIONAL
BANK, a national banking association (the "Lender").

"""

_DEFINITIONS = """"SECURITY AGREEMENT" shall mean that certain Stock Pledge and Security
Agreement executed by the Borrower in favor of the Lender of even date with the
Agreement, affecting 100% of the outstanding stock of the Guarantor.

"PLEDGE AGREEMENT" means the Pledge Agreement of the Borrower of even date herewith
pursuant to which the Borrower grants the Lender a security interest in all
equipment of the Borrower to secure payment of the Obligations.

"GUARANTY" means that certain Commercial Guaranty of even date with the Agreement
by the Guarantor in favor of the Lender.

"ENGAGEMENT LETTER" means that certain Engagement Letter of even date with the
Agreement between the Borrower and the Lender.

SECTION 2.1. The Lender agrees to make Loans to the Borrower.
"""

_SIGNATURES = """
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed
as of the date first above written.

BORROWER:

OSAGE FIELD SERVICES, INC.
A KANSAS CORPORATION

By:
Name:  Lyle Brandt
Title: Vice President

GUARANTOR:

REDBUD PIPELINE, INC.
A DELAWARE CORPORATION

By:
Name:  Lyle Brandt
Title: Vice President

LENDER:

PRAIRIE NATIONAL BANK

By:
Name:   Joan K. Pratt
Title:  Senior Vice President
"""


def _agreements(text: str) -> dict[str, tuple[object, tuple[str, ...]]]:
    x = extract_text(text)
    return {
        str(e.props["title"]): (e.props.get("date"), e.aliases)
        for e in x.entities
        if e.label == "Agreement" and e.ref != "agreement:self"
    }


def test_a_security_document_defined_by_its_own_title_is_an_agreement_of_even_date() -> None:
    found = _agreements(_HEAD + _DEFINITIONS)
    assert found["Stock Pledge and Security Agreement"] == ("2003-05-02", ("SECURITY AGREEMENT",))
    assert found["Commercial Guaranty"] == ("2003-05-02", ("GUARANTY",))
    assert "Engagement Letter" not in found  # no security document: left to other readers


def test_the_giver_a_definition_names_is_party_to_the_document() -> None:
    party_to = edges(extract_text(_HEAD + _DEFINITIONS), "PARTY_TO")
    assert ("OSAGE FIELD SERVICES, INC.", "Stock Pledge and Security Agreement") in party_to
    assert ("OSAGE FIELD SERVICES, INC.", "Pledge Agreement") in party_to
    assert ("REDBUD PIPELINE, INC.", "Commercial Guaranty") in party_to


def test_a_descriptor_under_a_guarantor_s_name_is_no_guarantor() -> None:
    x = extract_text(_HEAD + "SECTION 2.1. The Lender agrees to make Loans.\n" + _SIGNATURES)
    assert "A DELAWARE CORPORATION" not in entity_names(x).values()
    assert ("REDBUD PIPELINE, INC.", "Credit Agreement") in edges(x, "SECURES")
