"""A security agreement a bank credit agreement defines as "that Security Agreement of even date
herewith made by the Borrower in favor of the Bank": the Borrower gives it (PARTY_TO, with the
Bank it is given to) and, as the grantor of the security, stands behind the credit agreement
(SECURES it).

Passages written for the test in the shape of a two-party bank credit agreement (definitions
in curly quotes, wrapped at odd places); never copied from a filing. Blind annotation h6-c found
the shape (credit-dev, tuned half).
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AGREEMENT = (
    "CREDIT AGREEMENT\n"
    "THIS CREDIT AGREEMENT, dated as of May 2, 2013, is made and entered into by and between"
    " LARKSPUR SYSTEMS, INC., a Delaware corporation (\u201cBorrower\u201d), and PRAIRIE STATE"
    " BANK, an Illinois banking corporation (\u201cBank\u201d).\n"
    "ARTICLE I\nDEFINITIONS\n"
    "\u201cBank\u201d means Prairie State Bank, an Illinois banking corporation.\n"
    "\u201cBorrower\u201d means Larkspur Systems, Inc., a Delaware corporation.\n"
    "\u201cSecurity Agreement\u201d means {article} Security Agreement of even date herewith made"
    " by the\nBorrower in favor of the Bank, as amended, modified or supplemented from time to"
    " time.\n"
    "ARTICLE II\n2.1 Loans. The Bank agrees to make loans to the Borrower from time to time.\n"
)


@pytest.mark.parametrize("article", ["that", "that certain", "the"])
def test_the_maker_of_the_security_agreement_secures_the_credit_agreement(article: str) -> None:
    x = extract_text(_AGREEMENT.format(article=article))
    assert ("Larkspur Systems, Inc.", "Credit Agreement") in edges(x, "SECURES")
    assert {
        ("Larkspur Systems, Inc.", "Security Agreement"),
        ("Prairie State Bank", "Security Agreement"),
    } <= edges(x, "PARTY_TO")


def test_the_bank_it_is_given_to_secures_nothing() -> None:
    x = extract_text(_AGREEMENT.format(article="that"))
    assert not {s for s, _ in edges(x, "SECURES")} & {"Prairie State Bank"}
