"""A security document described by its two parties and a participle that grants to one of them:
"the Security Agreement of even date herewith between the Borrower and the Bank, granting the
Bank a security interest in the Collateral" (``relations.security.granting_to``): the grantee
gives no security, so only the other party SECURES the agreement. Before, both names before
the participle were read as grantors."""

from __future__ import annotations

from tests.passages import edges, extract_text

_OPENING = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is made as of June 1, 2011 between PRAIRIE STATE BANK,
a Kansas banking corporation (the "Bank"), and WILLOW FOODS, INC., a Kansas corporation (the
"Borrower").

Section 2.1 The Bank shall lend to the Borrower the principal sum of $900,000.

"""

_CLOSING = """
Section 4.1 This Agreement shall be governed by the laws of the State of Kansas.

IN WITNESS WHEREOF, the parties have executed this Agreement.

PRAIRIE STATE BANK                       WILLOW FOODS, INC.

By: /s/ Curt Fenn                         By: /s/ Hana Voss
    Senior Vice President                     President
"""

_BETWEEN = """Section 2.2 Security. The Loan is secured by the Security Agreement of even date
herewith between the Borrower and the Bank, granting the Bank a security interest in all
inventory and equipment of the Borrower.
"""

_GRANTING_TO = """Section 2.2 Security. The Loan is further secured by a Pledge Agreement dated June
1, 2011 by and between the Bank and the Borrower, granting to the Bank a first lien on all of the
stock of Willow Sub, Inc.
"""

_BANK = "PRAIRIE STATE BANK"
_BORROWER = "WILLOW FOODS, INC."


def test_the_grantee_secures_nothing_the_grantor_does() -> None:
    for clause in (_BETWEEN, _GRANTING_TO):
        x = extract_text(_OPENING + clause + _CLOSING)
        secured_by = {p for p, a in edges(x, "SECURES") if a == "Loan Agreement"}
        assert _BANK not in secured_by, clause
        assert _BORROWER in secured_by, clause


def test_a_grant_by_its_subject_is_read_as_before() -> None:
    clause = """Section 2.2 Security. The Borrower hereby grants to the Bank a first lien on all of
the stock of Willow Sub, Inc. to secure the Loan.
"""
    x = extract_text(_OPENING + clause + _CLOSING)
    secured_by = {p for p, a in edges(x, "SECURES") if a == "Loan Agreement"}
    assert _BORROWER in secured_by and _BANK not in secured_by
