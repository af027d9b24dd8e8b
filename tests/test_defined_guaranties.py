"""A guaranty or security agreement the definitions describe by the company that gave it, that
company named only there (:mod:`ingest.relations.security_documents`,
:mod:`ingest.relations.defined_companies`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PARENT_GUARANTY = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of March 1, 2004 is between PELICAN DRILLING COMPANY, a Texas \
corporation (the "Borrower"), and GULFPORT NATIONAL BANK, a national banking association (the \
"Bank").

1.1 Defined Terms.

"Parent" shall mean Pelican Energy Holdings, Inc., a Delaware corporation.

"Parent Guaranty" shall mean that certain Guaranty of even date herewith executed by Parent in \
favor of the Bank.

"Guaranty Fee" means the fee payable by the Borrower under Section 2.7.

2.1 Loans. The Bank agrees to make loans to the Borrower not to exceed $8,000,000.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

PELICAN DRILLING COMPANY
By: /s/ Roy Vance
Title: President

GULFPORT NATIONAL BANK
By: /s/ Ida Crane
Title: Vice President
"""


def test_the_company_a_defined_guaranty_was_executed_by_secures_the_credit_agreement() -> None:
    x = extract_text(_PARENT_GUARANTY)
    guaranty = next(e for e in x.entities if e.props.get("kind") == "guaranty")
    assert guaranty.props.get("title") == "Parent Guaranty"
    assert guaranty.props.get("date") == "2004-03-01"  # "of even date herewith"
    parent = "Pelican Energy Holdings, Inc."
    assert (parent, "Parent Guaranty") in edges(x, "PARTY_TO")
    assert edges(x, "SECURES") == {(parent, "Credit Agreement")}
    # the guarantor is no party to the credit agreement itself
    assert (parent, "Credit Agreement") not in edges(x, "PARTY_TO")


def test_a_guaranty_to_be_executed_by_a_role_names_no_company() -> None:
    text = _PARENT_GUARANTY.replace(
        "that certain Guaranty of even date herewith executed by Parent in",
        "each guaranty to be executed by a Guarantor in",
    )
    x = extract_text(text)
    assert ("Pelican Energy Holdings, Inc.", "Credit Agreement") not in edges(x, "SECURES")


def test_a_bare_guaranty_term_is_another_name_of_the_titled_guaranty_it_defines() -> None:
    text = _PARENT_GUARANTY.replace(
        '"Parent Guaranty" shall mean that certain Guaranty of even date herewith executed by '
        "Parent in",
        '"Guaranty" shall mean that certain Continuing Guaranty of even date herewith given by '
        "Parent in",
    ).replace("Section 2.7.", "Section 2.7.\n\n2.2 The Guaranty shall secure the Loans.")
    x = extract_text(text)
    guaranties = [e for e in x.entities if e.props.get("kind") == "guaranty"]
    assert [e.props.get("title") for e in guaranties] == ["Continuing Guaranty"], guaranties
    assert "Guaranty" in guaranties[0].aliases
    assert ("Pelican Energy Holdings, Inc.", "Continuing Guaranty") in edges(x, "PARTY_TO")


def test_the_borrower_a_defined_security_agreement_was_executed_by_secures_the_agreement() -> None:
    text = _PARENT_GUARANTY.replace(
        '"Guaranty Fee" means',
        '"Security Agreement" means the Security Agreement dated February 20, 2004, executed by '
        'the Borrower in favor of the Bank.\n\n"Guaranty Fee" means',
    )
    x = extract_text(text)
    assert ("PELICAN DRILLING COMPANY", "Credit Agreement") in edges(x, "SECURES")
    # the one the security is given to stands behind nothing
    assert ("GULFPORT NATIONAL BANK", "Credit Agreement") not in edges(x, "SECURES")


def test_a_security_agreement_executed_by_two_parties_says_nobody_stands_behind_the_loans() -> None:
    text = _PARENT_GUARANTY.replace(
        '"Guaranty Fee" means',
        '"Security Agreement" means the security agreement dated February 20, 2004, executed by '
        'the Borrower and the Trustee.\n\n"Guaranty Fee" means',
    )
    x = extract_text(text)
    assert ("PELICAN DRILLING COMPANY", "Credit Agreement") not in edges(x, "SECURES")


def test_a_defined_term_wrapped_at_a_line_end_is_read() -> None:
    text = _PARENT_GUARANTY.replace('"Parent Guaranty" shall', '"Parent\nGuaranty" shall')
    x = extract_text(text)
    assert ("Pelican Energy Holdings, Inc.", "Credit Agreement") in edges(x, "SECURES")
