"""A security document the credit agreement says its borrower enters into with the lender,
and what it grants (:mod:`ingest.relations.entered_security_documents`): passages written for
this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_ENTERING = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated as of August 8, 2002 is between KESTREL MARINE SUPPLY, INC., a Maine \
corporation (the "Borrower"), and BAYVIEW BANK, a Maine banking corporation (the "Bank").

ARTICLE III COLLATERAL

3.1 Security Agreement. In order to induce the Bank to make the Loans, the Borrower is \
entering into an Amended and Restated Security Agreement and Collateral Assignment with the \
Bank (the "Security Agreement"), granting to the Bank a security interest in the Collateral \
described therein.

IN WITNESS WHEREOF, the parties have executed this Loan Agreement.

KESTREL MARINE SUPPLY, INC.
By: /s/ Ann Lowe
Title: President

BAYVIEW BANK
By: /s/ Carl Price
Title: Vice President
"""


def test_the_document_entered_into_its_parties_and_what_it_grants() -> None:
    x = extract_text(_ENTERING)
    title = "Amended and Restated Security Agreement and Collateral Assignment"
    assert {("KESTREL MARINE SUPPLY, INC.", title), ("BAYVIEW BANK", title)} <= edges(x, "PARTY_TO")
    roles = {
        r.source: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and "security" in r.target
    }
    assert roles == {"party:kestrel marine supply inc": "Borrower", "party:bayview bank": "Bank"}
    secures = edges(x, "SECURES")
    assert ("KESTREL MARINE SUPPLY, INC.", "Loan Agreement") in secures
    collateral = {
        r.source for r in x.relations if r.type == "SECURES" and r.source.startswith("asset:")
    }
    assert collateral == {"asset:collateral"}


def test_a_covenant_not_to_enter_into_one_grants_nothing() -> None:
    text = _ENTERING.replace(
        "the Borrower is entering into an Amended",
        "the Borrower shall not enter into any Amended",
    )
    x = extract_text(text)
    assert ("KESTREL MARINE SUPPLY, INC.", "Loan Agreement") not in edges(x, "SECURES")
