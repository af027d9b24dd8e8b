"""A security instrument on land named by its title and date where a note or loan is said to be
secured by it: "the Note is secured by a Deed of Trust dated May 1, 2020 encumbering the
Borrower's brewery at ...", "a Mortgage dated ... covering ...". The mortgage or deed of trust
is a mentioned agreement (kind ``security_agreement``, as the own document's title reads it)
and the property it encumbers, described to the end of the clause when no term names it,
secures the note. Passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text

MODIFICATION = """NOTE MODIFICATION AGREEMENT

     This Note Modification Agreement (this "Agreement") is made as of March 9, 2018 between
CEDAR HOLLOW FARMS, INC., a Kansas corporation (the "Borrower"), and PRAIRIE FIRST BANK (the
"Bank").

     The Borrower made to the Bank a Promissory Note dated April 2, 2014 in the principal
amount of $750,000 (the "Note"). {security}

     1. The maturity of the Note is extended to April 2, 2021.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

CEDAR HOLLOW FARMS, INC.                     PRAIRIE FIRST BANK

By: /s/ Lena Ostrow                          By: /s/ Marcus Hale
Name: Lena Ostrow                            Name: Marcus Hale
Title: President                             Title: Vice President
"""


def _facts(security: str) -> tuple[dict[str, str], set[tuple[str, str]]]:
    x = extract_text(MODIFICATION.format(security=security))
    names = {
        e.ref: " ".join(str(e.props.get("description") or e.props.get("title") or "").split())
        for e in x.entities
    }
    agreements = {
        str(e.props["title"]): str(e.props.get("kind"))
        for e in x.entities
        if e.label == "Agreement"
    }
    secures = {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}
    return agreements, secures


def test_a_dated_deed_of_trust_is_a_mentioned_agreement_and_its_property_secures() -> None:
    agreements, secures = _facts(
        "The Note is secured by a Deed of Trust dated April 2, 2014 encumbering the Borrower's"
        " grain elevator at 400 Depot Street, Hays, Kansas."
    )
    assert agreements.get("Deed of Trust") == "security_agreement"
    assert (
        "the Borrower's grain elevator at 400 Depot Street, Hays, Kansas",
        "Promissory Note",
    ) in secures


def test_a_dated_mortgage_reads_alike() -> None:
    agreements, secures = _facts(
        "The Note is also secured by a Mortgage dated April 2, 2014 covering the Borrower's"
        " farmland in Ellis County, Kansas."
    )
    assert agreements.get("Mortgage") == "security_agreement"
    assert ("the Borrower's farmland in Ellis County, Kansas", "Promissory Note") in secures


def test_an_undated_mortgage_names_no_agreement_and_no_second_document_is_collateral() -> None:
    # near misses: "a Mortgage" with no date is any mortgage; the words after "covering" stop
    # before the next document the clause lists
    agreements, secures = _facts(
        "The Borrower shall give the Bank a Mortgage on any land it buys, and the Note is"
        " secured by a Mortgage covering the Premises and the Security Agreement of even date."
    )
    assert "Mortgage" not in agreements
    assert not any("Security Agreement" in asset for asset, _ in secures)
