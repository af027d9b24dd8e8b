"""Whose collateral a "secured by" clause names (``relations.collateral_owner``): the possessive
before a lien names who holds it, not whose assets it is on. "The Swing Loans shall be secured
by the Agent's Liens" makes the agent no grantor; "secured by ... all of the Company's
equipment" still makes the company one. Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\nTHIS CREDIT AGREEMENT (this \u201cAgreement\u201d) is entered into as of "
    "March 2, 2008, by and among the lenders identified on the signature pages hereof (each a "
    "\u201cLender\u201d), CORVELLE CAPITAL, INC., a California corporation, as administrative "
    "agent for the Lenders (\u201cAgent\u201d), and DUNMORE SYSTEMS, INC., a Delaware corporation "
    "(\u201cBorrower\u201d).\n\n"
)
_PAGES = (
    "\n\nIN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed.\n\n"
    "DUNMORE SYSTEMS, INC.\n\nBy: /s/ Ray Holt\nName: Ray Holt\nTitle: President\n\n"
    "CORVELLE CAPITAL, INC., as Agent and as a Lender\n\nBy: /s/ Jo Lind\nName: Jo Lind\n"
    "Title: Vice President\n"
)


def _securers(body: str) -> set[str]:
    x = extract_text(_HEAD + body + _PAGES)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return {names[r.source] for r in x.relations if r.type == "SECURES"}


def test_loans_secured_by_the_agents_liens_make_the_agent_no_grantor() -> None:
    body = (
        "2.3 Swing Loans. The Swing Loans shall be secured by the Agent\u2019s Liens, constitute "
        "Obligations hereunder, and bear interest at the rate applicable to Advances."
    )
    assert not any("CORVELLE" in n.upper() for n in _securers(body))


def test_obligations_secured_by_the_lenders_security_interest_in_another_wording() -> None:
    body = (
        "2.5 Protective Advances. Each Protective Advance shall be secured by the Agent's first "
        "priority security interest in the Collateral and shall constitute Obligations hereunder."
    )
    assert not any("CORVELLE" in n.upper() for n in _securers(body))


def test_the_companys_own_assets_still_make_it_a_grantor() -> None:
    # the near miss: a possessive before assets, not before a lien
    body = (
        "2.7 Security. The Obligations shall be secured by a first priority security interest in "
        "all of the Borrower's equipment, inventory and accounts."
    )
    assert any("DUNMORE" in n.upper() for n in _securers(body))
