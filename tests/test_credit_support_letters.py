"""A standby letter of credit a credit agreement defines as credit support: ""Letter of
Credit" means the standby letter of credit issued by <a bank>, <another> Branch ... in favor
of the Lender to secure the Borrower's Obligations". The branch that issues it (not the
Lender, another branch of the same bank) ISSUES it, and it SECURES the agreement.
Passages written for this test in the general shape of a parent-supported term loan."""

from __future__ import annotations

from tests.passages import edges, extract_text

SUPPORT = """CREDIT AGREEMENT

This CREDIT AGREEMENT dated as of May 2, 2012 (the "Credit Agreement") between LUMEN SOLAR
MATERIALS CORP. (the "Borrower") and HARBOR PACIFIC BANK LIMITED, SAN FRANCISCO BRANCH (the
"Lender").

"Letter of Credit" means the standby letter of credit issued by Harbor Pacific Bank Limited,
Jiangsu Branch (and the renewal, extension, and replacement thereof) which is procured by the
Parent in favor of the Lender to secure the Borrower's Obligations to the Lender hereunder and
shall have an aggregate drawable amount of not less than $11,000,000.
"""

ISSUED_BY_THE_LENDER = """CREDIT AGREEMENT

This CREDIT AGREEMENT dated as of May 2, 2012 between LUMEN SOLAR MATERIALS CORP. (the
"Borrower") and HARBOR PACIFIC BANK LIMITED (the "Bank").

"Letter of Credit" means any standby letter of credit issued by the Bank for the account of the
Borrower pursuant to Section 2.3.
"""


def test_the_issuing_branch_issues_the_letter_of_credit_that_secures_the_agreement() -> None:
    x = extract_text(SUPPORT)
    assert edges(x, "ISSUES") == {
        ("Harbor Pacific Bank Limited, Jiangsu Branch", "Letters of Credit")
    }
    assert ("Letters of Credit", "Credit Agreement") in edges(x, "SECURES")


def test_letters_of_credit_the_lender_issues_secure_nothing() -> None:
    x = extract_text(ISSUED_BY_THE_LENDER)
    assert edges(x, "ISSUES") == {("HARBOR PACIFIC BANK LIMITED", "Letters of Credit")}
    assert not edges(x, "SECURES")
