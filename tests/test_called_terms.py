"""Loans and notes an older bank form defines with a verb inside the parenthesis ("collectively
called the "Loans"", "(herein, as ... amended, called the "Note")"), and a note payable to an
agent "for the benefit of" the lenders (the lenders are no makers of it)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGENT_FORM = """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT, dated as of June 4, 1997, is entered into by
and among CRESTLINE PAPER MILLS, INC., a Maine corporation (the "Borrower"),
the financial institutions which are parties hereto (the "Banks"), and
HARBORVIEW TRUST COMPANY, as agent for the Banks (in such capacity, the "Agent").

SECTION 2.1 Commitment. Upon and subject to the terms and conditions hereof,
each of the Banks severally agrees to make advances (collectively called the
"Advances" and individually called an "Advance") to the Borrower from time to
time prior to the Termination Date.

SECTION 3.1 Note. The Advances shall be evidenced by a promissory note
(herein, as the same may from time to time be amended, renewed or replaced,
called the "Note") substantially in the form of Exhibit A, dated the date
hereof, payable to the order of the Agent for the benefit of the Banks in the
maximum principal amount of the Advances.

CRESTLINE PAPER MILLS, INC.

By:    /s/ Dana Whitcomb
Title:     Treasurer

HARBORVIEW TRUST COMPANY, as Agent

By:    /s/ Luis Ortega
Title:     Vice President

PENOBSCOT NATIONAL BANK, as a Bank

By:    /s/ Mei Tanaka
Title:     Senior Vice President
"""

_HEREIN_CALLED = """LOAN AGREEMENT

THIS LOAN AGREEMENT is made as of October 9, 1995 between DELTA MARINE SUPPLY CO., a
Louisiana corporation (the "Borrower"), and GULF COAST BANK (the "Bank").

1. The Bank agrees to make term loans to the Borrower (herein called the "Term Loans") in
an aggregate amount not to exceed $2,500,000.

2. The Term Loans shall be evidenced by a promissory note of the Borrower (herein called
the "Term Note") payable to the order of the Bank.

DELTA MARINE SUPPLY CO.

By: /s/ Roy Breaux
Title: President

GULF COAST BANK

By: /s/ Ellen Fontenot
Title: Vice President
"""


def test_loans_collectively_called_and_note_called_after_a_long_aside() -> None:
    x = extract_text(_AGENT_FORM)
    own = "Revolving Credit Agreement"
    assert ("Advances", own) in edges(x, "ISSUED_UNDER")
    assert ("Promissory Note", own) in edges(x, "ISSUED_UNDER")
    assert edges(x, "ISSUES") == {("CRESTLINE PAPER MILLS, INC.", "Promissory Note")}
    # payable to the agent's order: the agent holds it; "for the benefit of the Banks" names
    # no maker
    assert edges(x, "HOLDS") == {("HARBORVIEW TRUST COMPANY", "Promissory Note")}


def test_the_singular_term_names_the_same_loans() -> None:
    x = extract_text(_AGENT_FORM)
    loans = [e for e in x.entities if e.props.get("title") == "Advances"]
    assert len(loans) == 1 and "Advance" in loans[0].aliases


def test_herein_called_terms() -> None:
    x = extract_text(_HEREIN_CALLED)
    own = "Loan Agreement"
    assert ("Term Loans", own) in edges(x, "ISSUED_UNDER")
    assert ("Term Note", own) in edges(x, "ISSUED_UNDER")
    assert edges(x, "ISSUES") == {("DELTA MARINE SUPPLY CO.", "Term Note")}
    assert edges(x, "HOLDS") == {("GULF COAST BANK", "Term Note")}
