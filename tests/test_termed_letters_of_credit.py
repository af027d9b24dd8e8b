"""Letters of credit an agreement's issuer promises under a term of the agreement's own
('(each, a "Revolver LC")'): ISSUES by the issuer, ISSUED_UNDER the agreement."""

from __future__ import annotations

from tests.passages import OWN, edges, extract_text

_PASSAGE = """CREDIT AGREEMENT

This Credit Agreement, dated as of June 2, 2003, is between NORTHWIND TOOLING CORP., a Nevada
corporation (the "Company"), and CASCADE STATE BANK (the "Bank").

Section 2.4.  Letters of Credit.  The Bank hereby agrees, on the terms and conditions set forth
in this Agreement, to issue standby letters of credit (each, a "Revolver LC") for the account
of the Company, provided that the aggregate undrawn amount of all Revolver LCs shall not exceed
$2,000,000.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

NORTHWIND TOOLING CORP.

By: /s/ Lee Amato
Title: President

CASCADE STATE BANK

By: /s/ Ruth Okafor
Title: Vice President
"""


def test_issuer_issues_the_termed_letters_of_credit_under_the_agreement() -> None:
    x = extract_text(_PASSAGE)
    issues = {(s.upper(), t) for s, t in edges(x, "ISSUES")}
    assert ("CASCADE STATE BANK", "Revolver LC") in issues
    under = [r for r in x.relations if r.type == "ISSUED_UNDER" and r.target == OWN]
    titles = {e.ref: e.props.get("title") for e in x.entities}
    assert "Revolver LC" in {titles[r.source] for r in under}
