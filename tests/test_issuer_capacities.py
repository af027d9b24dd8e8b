"""The issuing bank a credit agreement defines by its capacity ("... in its capacity as the
issuer of Letters of Credit hereunder") ISSUES the agreement's letters of credit, which the
agreement defines without an issuer and provides for by request. A passage written for this
test (invented parties), in mixed case and in the capitals of older filings."""

from __future__ import annotations

import re

import pytest

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT dated as of May 2, 1998, among Corvel Foods Inc. (the "Borrower"),
the LENDERS party hereto, and MIDLAND STATE BANK, as Administrative Agent.

ARTICLE I

Section 1.01 Defined Terms.

"Issuing Bank" means Midland State Bank, in its capacity as the issuer of Letters of Credit
hereunder, and its successors in such capacity.

"Letter of Credit" means any letter of credit issued pursuant to this Agreement.

"Swingline Lender" means Midland State Bank, in its capacity as lender of Swingline Loans
hereunder.

ARTICLE II

Section 2.01 Commitments. Each Lender agrees to make Revolving Loans to the Borrower from
time to time in an aggregate principal amount not exceeding $40,000,000.

Section 2.05 Letters of Credit. The Borrower may request the issuance of Letters of Credit
for its own account.

IN WITNESS WHEREOF, the parties have executed this Agreement.

CORVEL FOODS INC.
By: /s/ Ann Pike
Title: President

MIDLAND STATE BANK, individually and as Administrative Agent
By: /s/ Lou Brandt
Title: Vice President
"""


def _capitals(text: str) -> str:
    return re.sub(r'"([^"]+)"', lambda m: f'"{m.group(1).upper()}"', text)


@pytest.mark.parametrize("text", [_TEXT, _capitals(_TEXT)], ids=["mixed", "capitals"])
def test_the_issuer_by_capacity_issues_the_agreements_letters_of_credit(text: str) -> None:
    x = extract_text(text)
    assert edges(x, "ISSUES") == {("Midland State Bank", "Letters of Credit")}
    assert edges(x, "ISSUED_UNDER") == {("Letters of Credit", "Credit Agreement")}


def test_an_issuer_defined_as_any_lender_names_no_bank() -> None:
    text = _TEXT.replace(
        "Midland State Bank, in its capacity as the issuer of Letters of Credit",
        "any Lender that issues Letters of Credit at the Borrower's request",
    )
    assert edges(extract_text(text), "ISSUES") == set()
