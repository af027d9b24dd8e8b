"""A security document described by the grant it makes, in an "under which" clause: "This Note
is secured by a Security Agreement ... under which the Maker grants to the Holder a security
interest in all of the Maker's equipment ...", and a credit agreement's definition of its
"Security Agreement" "pursuant to which the Borrower grants the Lender a security interest in
...". The collateral secures the note the clause says is secured, else the own credit
agreement. Passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text

NOTE = """PROMISSORY NOTE

$180,000.00                                                     Tulsa, Oklahoma
                                                                June 2, 2016

     FOR VALUE RECEIVED, OSAGE FIELD INSTRUMENTS, INC., an Oklahoma corporation (the
"Maker"), promises to pay to the order of HAROLD B. PENWRIGHT (the "Holder") the principal
sum of $180,000.00, with interest at eight percent (8%) per annum, on June 1, 2019.

     {security}

     This Note shall be governed by the laws of the State of Oklahoma.

                                   OSAGE FIELD INSTRUMENTS, INC.

                                   By: /s/ Clara Mestas
                                   Name: Clara Mestas
                                   Title: President
"""

CREDIT = """LOAN AGREEMENT

     THIS LOAN AGREEMENT (this "Agreement") is made as of October 5, 2011 between GRANITE
RIDGE DAIRY, LLC, a Vermont limited liability company (the "Borrower"), and CHAMPLAIN
VALLEY BANK (the "Lender").

     1.  Definitions.

     "Pledge Agreement" means the Pledge Agreement of even date herewith by which the Borrower
shall pledge to the Lender, as security for the Loan, a first priority lien on all of the
membership interests in Ridge Creamery LLC.

     {definition}

     2.  The Loan. The Lender agrees to lend to the Borrower $2,000,000 on the terms hereof.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

GRANITE RIDGE DAIRY, LLC                     CHAMPLAIN VALLEY BANK

By: /s/ Owen Farrady                         By: /s/ Lise Ambrose
Name: Owen Farrady                           Name: Lise Ambrose
Title: Manager                               Title: Senior Vice President
"""


def _secures(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    names = {
        e.ref: str(e.props.get("description") or e.props.get("title") or e.props.get("name"))
        for e in x.entities
    }
    return {
        (" ".join(names[r.source].split()), names[r.target])
        for r in x.relations
        if r.type == "SECURES"
    }


def test_the_collateral_of_a_document_securing_a_note_secures_the_note() -> None:
    security = (
        "This Note is secured by a Security Agreement of even date herewith between the Maker"
        " and the Holder, under which the Maker grants to the Holder a security interest in all"
        " of the Maker's inventory, tooling and accounts, whether now owned or hereafter"
        " acquired."
    )
    found = _secures(NOTE.format(security=security))
    assert ("all of the Maker's inventory, tooling and accounts", "Promissory Note") in found


def test_a_future_grant_set_off_by_its_purpose_reads_alike() -> None:
    security = (
        "The obligations evidenced by this Note are described in the Loan Agreement. This Note"
        " is further secured by a Mortgage dated the date hereof pursuant to which the Maker"
        " will grant to the Holder, as security for this Note, a first lien on the Maker's"
        " shop at 12 Cherokee Street."
    )
    found = _secures(NOTE.format(security=security))
    assert ("the Maker's shop at 12 Cherokee Street", "Promissory Note") in found


def test_a_definition_of_a_security_document_secures_the_own_agreement() -> None:
    definition = (
        '"Security Agreement" means the Security Agreement dated as of the date hereof pursuant'
        " to which the Borrower grants the Lender a continuing security interest in all of its"
        " livestock, equipment and milk receivables to secure the Obligations."
    )
    found = _secures(CREDIT.format(definition=definition))
    assert ("all of its livestock, equipment and milk receivables", "Loan Agreement") in found
    assert (
        "all of the membership interests in Ridge Creamery LLC",
        "Loan Agreement",
    ) in found


def test_a_document_under_which_nothing_is_granted_adds_no_collateral() -> None:
    # near miss: the clause after "under which" is a remedy, or a negative covenant
    definition = (
        '"Intercreditor Agreement" means the agreement of even date herewith under which the'
        " Lender may sell the Collateral, and pursuant to which the Borrower shall not grant any"
        " security interest in its real estate."
    )
    found = _secures(CREDIT.format(definition=definition))
    assert not any("real estate" in asset or asset == "Collateral" for asset, _ in found)
