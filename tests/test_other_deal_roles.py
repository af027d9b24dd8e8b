"""Roles a company holds only in another deal the definitions mention ("the Maple Credit
Agreement ... dated as of February 28, 2000 among Maple Tech LP, as Borrower, ... and Bank of
Ontario as Lender") are no roles in this one: the other deal's borrower neither borrows from
this agreement's lenders nor issues its notes. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT

This Credit Agreement is entered into as of June 4, 2001, by and among Maple Acquisition Sub,
Inc., a Delaware corporation (the "Borrower"), the financial institutions from time to time
party to this Agreement, as Lenders, and Lakeside Bank, as Administrative Agent as provided
herein.

Section 1.1. Term Loans. Each Lender severally agrees to make a Term Loan to the Borrower.

Section 1.9. The Notes. The advances of the Term Loan made to the Borrower by a Lender shall be
evidenced by a single promissory note of the Borrower issued to such Lender (a "Term Note").

Section 5.1. Definitions.

"Maple Credit Agreement" means that certain Credit Agreement dated as of February 28, 2000
among Maple Tech LP, as Borrower, and Bank of Ontario as Lender, as the same may be amended.

This Agreement is entered into between us as of the date first above written.

MAPLE ACQUISITION SUB, INC.

By /s/ Dora Kline
Name Dora Kline
Title Secretary

"LENDERS"

LAKESIDE BANK, in its individual capacity as a Lender, and as Administrative Agent

By /s/ Earl Vance
"""


def test_the_other_deals_borrower_borrows_nothing_here() -> None:
    x = extract_text(_TEXT)
    assert not any(b == "Maple Tech LP" for _, b in edges(x, "LENDS_TO"))
    assert not any(a == "Maple Tech LP" for a, _ in edges(x, "ISSUES"))


def test_this_deals_borrower_still_borrows() -> None:
    x = extract_text(_TEXT)
    assert any(b == "Maple Acquisition Sub, Inc." for _, b in edges(x, "LENDS_TO"))
