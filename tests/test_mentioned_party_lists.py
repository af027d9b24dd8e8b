"""The party list of an agreement a definition mentions, where a run of capitalised words joins
a term to a company's name: "... certain Affiliates of said Borrowers and Bank of Ontario as
Lender" (the other agreement's role word, no part of the bank's name) and "between Birchwood and
Lakeside Trust and Savings Bank" where '"Birchwood" means Birchwood Mills, Inc.' (the term's
company, and the bank); the bank so named as the other agreement's lender still signs this one
under its "LENDERS" caption as one of its lenders. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text, own_roles

_TEXT = """CREDIT AGREEMENT

This Credit Agreement is entered into as of June 4, 2001, by and among Maple Acquisition Sub,
Inc., a Delaware corporation (the "Borrower"), the financial institutions from time to time
party to this Agreement, as Lenders, and Lakeside Trust and Savings Bank, as Administrative Agent
as provided herein.

Section 5.1. Definitions.

"Birchwood" means Birchwood Mills, Inc., a Minnesota corporation.

"Birchwood Facility Agreement" means that certain Loan Authorization Agreement dated as of
March 15, 2000 between Birchwood and Lakeside Trust and Savings Bank, as the same may be
amended.

"Maple Credit Agreement" means that certain Credit Agreement dated as of
February 28, 2000 among Maple Tech LP, as Borrower, certain Affiliates of said Borrowers and
Bank of Ontario as Lender, as the same may be amended.
"""


def test_a_role_word_joined_to_a_banks_name_is_no_part_of_it() -> None:
    x = extract_text(_TEXT)
    names = set(entity_names(x).values())
    assert "Bank of Ontario" in names
    assert not any(n.startswith("Borrowers and") for n in names)


def test_a_term_joined_to_a_banks_name_is_the_terms_company() -> None:
    x = extract_text(_TEXT)
    names = set(entity_names(x).values())
    assert not any(n.startswith("Birchwood and") for n in names)
    assert ("Birchwood Mills, Inc.", "Loan Authorization Agreement") in edges(x, "PARTY_TO")
    assert ("Lakeside Trust and Savings Bank", "Loan Authorization Agreement") in edges(
        x, "PARTY_TO"
    )


_SIGNED = (
    _TEXT
    + """
Section 12.1. Loans. Each Lender shall make its Term Loan to the Borrower.

This Agreement is entered into between us as of the date first above written.

MAPLE ACQUISITION SUB, INC.

By /s/ Dora Kline
Name Dora Kline
Title Secretary

"LENDERS"

LAKESIDE TRUST AND SAVINGS BANK, in its
individual capacity as a Lender,
and as Administrative Agent

By /s/ Earl Vance

BANK OF ONTARIO

By /s/ Rhea Moss
"""
)


def test_a_bank_named_as_anothers_lender_signs_as_one_of_the_lenders() -> None:
    roles = own_roles(extract_text(_SIGNED))
    assert roles.get("BANK OF ONTARIO") == "Lender" or roles.get("Bank of Ontario") == "Lender"
