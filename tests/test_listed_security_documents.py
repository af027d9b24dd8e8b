"""A bank's form of credit agreement listing the documents that secure it (issue #13).

"This Agreement and the Note are secured by ... as described in the following documents: (a)
The Security Agreement; (b) The Pledge Agreement; (c) The Guaranty; and (d) The Third Party
Security Agreement": each listed document is an agreement the credit agreement REFERENCES (the
graph's SECURES starts at collateral or a party, never at a document). Passage written in the
shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

LISTED = """LOAN AGREEMENT

This Loan Agreement (the "AGREEMENT") is made and entered into as of October 4, 2001 by and \
between Marlow Logistics, Inc., a Kansas corporation (the "BORROWER"), and Great Plains \
Commerce Bank, a Kansas banking corporation (the "BANK").

ARTICLE I. DEFINITIONS

"PLEDGE AGREEMENT" shall mean the Stock Pledge Agreement of even date herewith executed by the \
Borrower, as pledgor, in favor of the Bank, as pledgee.

"THIRD PARTY SECURITY AGREEMENT" shall mean the Third Party Business Security Agreement of even \
date herewith executed by Marlow Leasing, LLC, as debtor, in favor of the Bank.

ARTICLE II. THE LOANS

2.1 The Bank shall make Advances to the Borrower in an aggregate amount not to exceed \
$6,000,000.

ARTICLE VII. COLLATERAL

7.1 COLLATERAL. This Agreement and the Note are secured by any and all security interests now \
or hereafter granted to the Bank, including without limitation as described in the following \
documents:
(a) The Pledge Agreement;
(b) The Guaranty; and
(c) The Third Party Security Agreement.

7.2 SETOFF. The Bank may set off against all deposit balances of the Borrower.
"""


def test_each_listed_document_is_referenced_by_the_agreement() -> None:
    refs = edges(extract_text(LISTED), "REFERENCES")
    assert ("Loan Agreement", "Stock Pledge Agreement") in refs
    assert ("Loan Agreement", "Guaranty") in refs
    assert ("Loan Agreement", "Third Party Business Security Agreement") in refs
