"""Guaranties and security documents a credit agreement defines by whose they are, with no
"executed by": '"Guaranty": The guaranty of RMC and HBI, each dated as of ...', '"Pledge
Agreements": The Pledge Agreement of RMC and the Pledge Agreement of the Borrower', '"Security
Agreements" means the Security Agreements of the Borrower and HBI'. The companies the short
terms stand for are named only in their own definitions.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h11-b found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import OWN, edges, entity_names, extract_text

_OLD_BANK_FORM = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (the "Agreement"), dated as of March 3, 1994, is by and between'
    ' HALVERSON MEDIA GROUP, INC., a Minnesota corporation (the "Borrower"), and NORTHLAKE'
    ' BANK, N.A., a national banking association (the "Bank").\n\n'
    "Section 1.1 Defined Terms.\n\n"
    '"HBI": Halverson Broadcasting, Inc., an Iowa corporation.\n\n'
    '"Guaranty": The guaranty of RMC and HBI, each dated as of March 3, 1994, as the same may'
    " be amended from time to time.\n\n"
    '"Pledge Agreements": The Pledge Agreement of RMC and the Pledge Agreement of the'
    " Borrower, each dated as of March 3, 1994.\n\n"
    '"RMC": Redwater Media Corporation, a Delaware corporation.\n\n'
    '"Trademark Assignment": The Collateral Assignment of Trademarks of the Borrower dated'
    " as of March 3, 1994.\n\n"
    '"Security Agreements": The Security Agreements of the Borrower and HBI, both dated as'
    " of March 3, 1994; and any security agreement of a Subsidiary in the form of Exhibit C.\n\n"
    "Section 2.1 Loans. The Bank agrees to make loans to the Borrower of up to $6,000,000.\n"
)

_MEANS_FORM = (
    "LOAN AGREEMENT\n\n"
    "This LOAN AGREEMENT is made as of June 9, 2003 between TARRANT VALVE CO., a Texas"
    ' corporation (the "Borrower"), and COPPERLINE BANK (the "Lender").\n\n'
    '"Parent" means Tarrant Holdings, Inc., a Delaware corporation.\n\n'
    '"Parent Guaranty" means the Guaranty of the Parent dated as of the date hereof.\n\n'
    '"Guaranty of Payment" means the Guaranty of Payment in the form of Exhibit D.\n\n'
    "The Lender agrees to lend the Borrower up to $900,000.\n"
)


def _names(x: Extraction) -> dict[str, str]:
    return {ref: name.upper() for ref, name in entity_names(x).items()}


def _edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    n = _names(x)
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == type_}


def test_the_guaranty_of_two_companies_gives_each_its_guaranty() -> None:
    x = extract_text(_OLD_BANK_FORM)
    parties = _edges(x, "PARTY_TO")
    assert ("REDWATER MEDIA CORPORATION", "GUARANTY") in parties
    assert ("HALVERSON BROADCASTING, INC.", "GUARANTY") in parties
    own = _names(x)[OWN]
    secures = _edges(x, "SECURES")
    assert ("REDWATER MEDIA CORPORATION", own) in secures
    assert ("HALVERSON BROADCASTING, INC.", own) in secures


def test_each_pledge_agreement_of_a_list_has_its_pledgor() -> None:
    parties = _edges(extract_text(_OLD_BANK_FORM), "PARTY_TO")
    assert ("REDWATER MEDIA CORPORATION", "PLEDGE AGREEMENT") in parties
    assert ("HALVERSON MEDIA GROUP, INC.", "PLEDGE AGREEMENT") in parties


def test_the_security_agreements_of_a_list_of_grantors() -> None:
    x = extract_text(_OLD_BANK_FORM)
    parties = _edges(x, "PARTY_TO")
    assert ("HALVERSON MEDIA GROUP, INC.", "SECURITY AGREEMENTS") in parties
    assert ("HALVERSON BROADCASTING, INC.", "SECURITY AGREEMENTS") in parties
    # the grantor who is not the borrower stands behind the credit agreement
    assert ("HALVERSON BROADCASTING, INC.", _names(x)[OWN]) in _edges(x, "SECURES")


def test_the_guaranty_of_a_defined_parent_and_not_of_payment() -> None:
    x = extract_text(_MEANS_FORM)
    parties = edges(x, "PARTY_TO")
    assert ("Tarrant Holdings, Inc.", "Parent Guaranty") in parties
    # "Guaranty of Payment" names what it guarantees, not who gives it
    assert not any(a == "Payment" for a, _ in parties)
    assert not any("payment" in n.lower() for n in entity_names(x).values() if n)


def test_the_assignment_of_trademarks_of_the_borrower() -> None:
    parties = _edges(extract_text(_OLD_BANK_FORM), "PARTY_TO")
    assert ("HALVERSON MEDIA GROUP, INC.", "COLLATERAL ASSIGNMENT OF TRADEMARKS") in parties
