"""An amended and restated bank-form credit agreement: its recital says the two parties "are
the parties to" the agreement it restates, and its signature page writes each party's notice
address under its block ("Address for Borrower:"), which is no caption of the block below and
whose building is no signer of the block above.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h11-b found the shapes (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_RESTATED = (
    "AMENDED AND RESTATED CREDIT AGREEMENT\n\n"
    'THIS AMENDED AND RESTATED CREDIT AGREEMENT (the "Agreement"), dated as of March 3, 1994,'
    ' is by and between HALVERSON MEDIA GROUP, INC., a Minnesota corporation (the "Borrower"),'
    ' and NORTHLAKE BANK, N.A., a national banking association (the "Bank").\n\n'
    "WHEREAS, the Borrower and the Bank are the parties to that certain Credit Agreement dated"
    " as of May 2, 1991, as amended by that certain First Amendment to Credit Agreement dated"
    ' as of June 1, 1992 (as so amended, the "Existing Credit Agreement"); and\n\n'
    "WHEREAS, the Borrower and the Bank desire to amend and restate the Existing Credit"
    " Agreement in its entirety.\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "Section 2.1 The Bank agrees to make loans to the Borrower of up to $6,000,000.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of"
    " the date first above written.\n\n"
    "HALVERSON MEDIA GROUP, INC.\n\n"
    "By Signature Illegible\n"
    "Title President\n\n"
    "Address for Borrower:\n"
    "Three Harbor Plaza, Ste. 400\n"
    "410 Lakeview Drive\n"
    "Duluth, MN 55802\n"
    "Attention: Dana R. Whitcomb\n\n"
    "NORTHLAKE BANK, N.A.\n\n"
    "By /s/ Perry Lund\n"
    "Title Vice President\n\n"
    "Address:\n"
    "88 Harbor Street\n"
    "Duluth, MN 55801\n"
)


def test_the_parties_to_the_restated_agreement_are_parties_to_it() -> None:
    parties = edges(extract_text(_RESTATED), "PARTY_TO")
    assert ("HALVERSON MEDIA GROUP, INC.", "Credit Agreement") in parties
    assert ("NORTHLAKE BANK, N.A.", "Credit Agreement") in parties


def test_a_notice_address_heading_is_no_role_of_the_block_below() -> None:
    roles = own_roles(extract_text(_RESTATED))
    assert roles["NORTHLAKE BANK, N.A."] == "Bank"
    assert roles["HALVERSON MEDIA GROUP, INC."] == "Borrower"


def test_the_address_under_an_illegible_signature_signs_nothing() -> None:
    signed = edges(extract_text(_RESTATED), "SIGNED")
    assert {a for a, _ in signed} == {"Perry Lund"}
