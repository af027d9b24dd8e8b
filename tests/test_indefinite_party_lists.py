"""A form of agreement a credit agreement describes by the kind of parties that may enter into
it ("an Assignment and Acceptance entered into between a Lender and an Eligible Assignee")
has no particular parties: the document's own lender is party to no such agreement."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PASSAGE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of May 12, 1999, is entered into by and among
WESTGATE TOOLING CORP., a Michigan corporation (the "Borrower"), the banks which are
parties hereto (the "Banks"), and LAKE ERIE NATIONAL BANK, as agent for the Banks (in
such capacity, the "Agent").

SECTION 10.4 Reliance. The Agent may treat each Bank as the holder of its Loans until the
Agent receives a Transfer Agreement entered into between a Bank and an Eligible Assignee
pursuant to Section 12.1 hereof.

SECTION 12.1 Assignments. Any assignment shall be made pursuant to a transfer agreement
substantially in the form of Exhibit D (a "Transfer Agreement"), duly executed by the
assigning Bank and the Eligible Assignee.

WESTGATE TOOLING CORP.

By:    /s/ Karen Doyle
Title:     Treasurer

LAKE ERIE NATIONAL BANK, as Agent

By:    /s/ Victor Salas
Title:     Vice President

HURON SAVINGS BANK, as a Bank

By:    /s/ Jill Moreau
Title:     Vice President
"""


def test_no_party_to_an_agreement_between_indefinite_roles() -> None:
    x = extract_text(_PASSAGE)
    assert not {p for p, a in edges(x, "PARTY_TO") if a == "Transfer Agreement"}
    assert ("HURON SAVINGS BANK", "Credit Agreement") in edges(x, "PARTY_TO")


def test_a_particular_agreement_between_named_parties_keeps_them() -> None:
    text = _PASSAGE.replace(
        "a Transfer Agreement entered into between a Bank and an Eligible Assignee",
        "the Transfer Agreement dated as of June 1, 1999 entered into between the Borrower"
        " and the Agent",
    )
    parties = {p for p, a in edges(extract_text(text), "PARTY_TO") if a == "Transfer Agreement"}
    assert parties == {"WESTGATE TOOLING CORP.", "LAKE ERIE NATIONAL BANK"}
