"""A credit agreement's "Collateral" defined "collectively" by items that stand in paragraphs
of their own, the grant in a later one (:mod:`ingest.relations.security_documents`): passages
written for this test."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = """LOAN AGREEMENT

LOAN AGREEMENT dated as of August 9, 2005 between OSPREY RECEIVABLES LLC, a Delaware limited \
liability company (the "Borrower"), and CEDAR STATE BANK, an Ohio banking corporation (the \
"Bank").

1.1 Definitions.

"Collateral" means, collectively,

(a) all Eligible Receivables which are the subject of Loans; and

(b) all other property of the Borrower in which a security interest is granted to the Bank \
to secure the Obligations.

"Eligible Receivable" means a receivable acceptable to the Bank.

2.1 Loans. The Bank agrees to make loans to the Borrower not to exceed $12,000,000.

IN WITNESS WHEREOF, the parties have executed this Loan Agreement.

OSPREY RECEIVABLES LLC
By: /s/ Dana Wolfe
Title: Manager

CEDAR STATE BANK
By: /s/ Omar Reyes
Title: Vice President
"""


def _secures(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    names = {e.ref: str(e.props.get("description") or e.props.get("title")) for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


def test_collateral_whose_grant_stands_in_a_later_paragraph_secures_the_agreement() -> None:
    assert ("Collateral", "Loan Agreement") in _secures(_HEAD)


def test_collateral_defined_without_any_grant_secures_nothing() -> None:
    text = _HEAD.replace(
        " in which a security interest is granted to the Bank to secure the Obligations", ""
    )
    assert ("Collateral", "Loan Agreement") not in _secures(text)
