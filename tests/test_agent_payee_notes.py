"""A syndicated credit agreement's note made payable to the agent alone ("the Borrowers shall
deliver to the Agent a duly executed Swingline Note ... which shall evidence the Swingline Loans
made by the Agent and be payable to the order of the Agent", "the Note ... payable to the order
of the Administrative Agent for the benefit of the Lenders"): the agent HOLDS it, not every lender
of the agreement (``relations.role_lending.agent_payee``). A note of the class ("payable to the
order of such Bank") is still held by every bank, and "payable to the Agent or such Bank" (the
amounts a clause on taxes speaks of) names no payee of a note."""

from __future__ import annotations

from ingest.rules import registered
from tests.passages import edges, extract_text

_PARTIES = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is dated as of June 2, 2004 among LAKEVIEW TOOLING
CORPORATION, an Ohio corporation (the "Borrower"), the banks listed on the signature pages hereof
(the "Banks") and CASCADE NATIONAL BANK, as agent for the Banks (in such capacity, the "Agent").

ARTICLE I DEFINITIONS

"Revolving Note" shall have the meaning assigned to it in Section 2.1(c).

"Swingline Note" shall have the meaning assigned to it in Section 2.3(c).

ARTICLE II THE CREDIT

Section 2.1 Revolving Loans. (a) Each Bank severally agrees to make Revolving Loans to the
Borrower from time to time.
"""

_CLASS_NOTE = """
(c) Revolving Notes. The Revolving Loans of each Bank shall be evidenced by a separate
promissory note of the Borrower substantially in the form of Exhibit A (each, a "Revolving
Note"), payable to the order of such Bank in the amount of its Commitment.
"""

_AGENT_NOTE = """
Section 2.3 Swingline Loans. (c) Swingline Note. At the signing of this Agreement, the Borrower
shall deliver to the Agent a duly executed promissory note substantially in the form of Exhibit
B hereto (the "Swingline Note") which shall evidence the Swingline Loans made by the Agent and
be payable to the order of the Agent in the principal amount of $10,000,000.
"""

_ADMIN_NOTE = """
Section 2.3 Swingline Loans. (c) Swingline Note. The Swingline Loans shall be evidenced by a
promissory note of the Borrower (the "Swingline Note") substantially in the form of Exhibit B,
dated the date hereof, payable to the order of the Agent for the benefit of the Banks in the
maximum principal amount of the Swingline Loans.
"""

_SIGNATURES = """
IN WITNESS WHEREOF, the parties have executed this Agreement.

LAKEVIEW TOOLING CORPORATION
By: /s/ Ann Reyes
Name: Ann Reyes
Title: Treasurer

CASCADE NATIONAL BANK, as Agent and as a Bank
By: /s/ Tom Hale
Name: Tom Hale
Title: Vice President

NORTHFIELD TRUST COMPANY, as a Bank
By: /s/ Lee Park
Name: Lee Park
Title: Senior Vice President
"""

_AGENT = "CASCADE NATIONAL BANK"
_OTHER = "NORTHFIELD TRUST COMPANY"


def _holders(x: object, title: str) -> set[str]:
    return {s for s, t in edges(x, "HOLDS") if t == title}  # type: ignore[arg-type]


def test_note_payable_to_the_agent_is_held_by_the_agent_alone() -> None:
    for clause in (_AGENT_NOTE, _ADMIN_NOTE):
        x = extract_text(_PARTIES + _CLASS_NOTE + clause + _SIGNATURES)
        assert _holders(x, "Swingline Note") == {_AGENT}, clause
        assert ("LAKEVIEW TOOLING CORPORATION", "Swingline Note") in edges(x, "ISSUES"), clause


def test_class_note_is_still_held_by_every_bank() -> None:
    x = extract_text(_PARTIES + _CLASS_NOTE + _AGENT_NOTE + _SIGNATURES)
    assert _holders(x, "Revolving Note") >= {_AGENT, _OTHER}


def test_rule_passages() -> None:
    [rule] = [r for r in registered() if r.name == "relations.role_lending.agent_payee"]
    assert rule.first("which shall be payable to the order of the Agent in the principal amount")
    assert rule.first("payable to the order of the Administrative Agent for the benefit of")
    assert not rule.first("the amounts so payable to the Agent or such Bank shall be increased")
    assert not rule.first("all amounts then due and payable to the Agent and the Banks")
    assert not rule.first("payable to the order of such Bank")
