"""A recital that the deal's obligations are secured by its defined collateral ("... are
guaranteed by ... and are secured by a first priority security interest in ... (the
"Collateral")", "The Obligations are secured by, among other things, ... all of the
Collateral", "the Company's obligations under the Note are secured by ... (the
"Collateral")"): the Collateral SECURES the agreement or the note whose obligations they are.
A lien the recital describes without a collateral term adds no Asset."""

from __future__ import annotations

from tests.passages import extract_text


def _secured_by_collateral(text: str) -> set[str]:
    """The titles of what the "Collateral" Asset SECURES."""
    x = extract_text(text)
    names = {e.ref: str(e.props.get("title") or e.props.get("description")) for e in x.entities}
    return {
        names[r.target]
        for r in x.relations
        if r.type == "SECURES" and names[r.source] == "Collateral"
    }


_AMENDMENT = """FIRST AMENDMENT TO LOAN AGREEMENT

THIS FIRST AMENDMENT TO LOAN AGREEMENT (this "Amendment") is made as of July 9, 2012, between
TIDEWATER CANNING CO., a Virginia corporation (the "Borrower"), and CHESAPEAKE FARM CREDIT,
FLCA (the "Lender").

WHEREAS, the Borrower and the Lender are parties to a Loan Agreement dated as of April 2, 2010
(the "Loan Agreement"), and the obligations of the Borrower under the Loan Agreement are
guaranteed by Tidewater Holdings, Inc., a Delaware corporation (the "Guarantor"), and are
secured by a first priority security interest in all accounts, inventory and equipment of the
Borrower (the "Collateral") pursuant to a Security Agreement dated as of April 2, 2010;

NOW, THEREFORE, the parties agree that Section 7.1 of the Loan Agreement is amended by
deleting "1.20 to 1.00" and inserting "1.10 to 1.00".

TIDEWATER CANNING CO.

By: /s/ Gordon Ashby
Name: Gordon Ashby
Title: President

CHESAPEAKE FARM CREDIT, FLCA

By: /s/ Renata Kowalczyk
Name: Renata Kowalczyk
Title: Vice President
"""

_FORBEARANCE = """FORBEARANCE AGREEMENT

THIS FORBEARANCE AGREEMENT (this "Agreement") is entered into as of October 5, 2009, by and
between MESA VERDE TILE, INC., an Arizona corporation ("Borrower"), and SONORAN COMMERCIAL
FINANCE, LLC, a Delaware limited liability company ("Lender").

RECITALS

A. Borrower and Lender are parties to that certain Loan and Security Agreement dated as of
March 30, 2007 (the "Loan Agreement").

B. The Obligations are secured by, among other things, a first priority security interest in
and lien upon all of the Collateral granted by Borrower to Lender under the Loan Agreement.

NOW, THEREFORE, the parties agree as follows:

1. Lender agrees to forbear from exercising its remedies until December 31, 2009.

MESA VERDE TILE, INC.

By: /s/ Diego Ortega
Name: Diego Ortega
Title: President

SONORAN COMMERCIAL FINANCE, LLC

By: /s/ Harriet Quill
Name: Harriet Quill
Title: Senior Vice President
"""

_NOTE_EXTENSION = """NOTE EXTENSION AGREEMENT

This NOTE EXTENSION AGREEMENT (this "Agreement"), dated as of June 3, 2014, is between
Lumina Optics, Inc., a Colorado corporation (the "Company"), and Granite Peak Capital, L.P., a
Delaware limited partnership (the "Holder").

WHEREAS, the Company issued to the Holder a Secured Promissory Note dated June 1, 2012 in the
original principal amount of $1,750,000 (the "Note"), and the Company's obligations under the
Note are secured by a security interest in substantially all of the assets of the Company
(the "Collateral") pursuant to a Security Agreement dated June 1, 2012;

NOW, THEREFORE, the maturity date of the Note is extended to June 1, 2016.

LUMINA OPTICS, INC.

By: /s/ Carla Benning
Name: Carla Benning
Title: Chief Executive Officer

GRANITE PEAK CAPITAL, L.P.

By: /s/ Felix Adeyemi
Name: Felix Adeyemi
Title: Managing Director
"""


def test_collateral_recited_with_the_guaranty_secures_the_loan_agreement() -> None:
    assert _secured_by_collateral(_AMENDMENT) == {"Loan Agreement"}


def test_collateral_among_other_things_secures_the_amended_agreement() -> None:
    assert _secured_by_collateral(_FORBEARANCE) == {"Loan and Security Agreement"}


def test_collateral_of_the_obligations_under_a_note_secures_the_note() -> None:
    assert _secured_by_collateral(_NOTE_EXTENSION) == {"Secured Promissory Note"}


def test_a_lien_without_a_collateral_term_adds_no_asset() -> None:
    text = _AMENDMENT.replace(' (the "Collateral")', "")
    x = extract_text(text)
    assert not [e for e in x.entities if e.label == "Asset" and "Collateral" in str(e.props)]
