"""Loans a credit agreement defines by a term that opens with their tenor or year ("(the
"364-Day Tranche Loans")") are a facility like any other; and the minimum of each borrowing in
the next item ("(ii) Each ... Loan shall be in an amount of not less than $250,000") is no limit
of the facility. A passage written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT dated as of August 14, 2000 among HALCYON PAPER CO., an Ohio corporation
(the "Company"), the financial institutions listed on Schedule 1 (the "Lenders"), and
BRIXTON BANK, N.A., a national banking association, as agent for the Lenders (the "Agent").

Section 2.01 The Loans.

(a) 364-Day Tranche.

(i) Each Lender severally agrees, on the terms and conditions hereinafter set forth, to make
loans (the "364-Day Tranche Loans") to the Company from time to time until the Tranche
Termination Date in an aggregate principal amount not to exceed at any time outstanding the
Borrowing Base.

(ii) Each 364-Day Tranche Loan shall be in an amount of not less than Two Hundred Fifty
Thousand Dollars ($250,000).

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written.

HALCYON PAPER CO.
By: /s/ Mara Lind
Title: Treasurer

BRIXTON BANK, N.A., as Agent and as a Lender
By: /s/ Theo Grant
Title: Vice President
"""


def test_a_term_opening_with_the_tenor_names_a_facility_of_the_agreement() -> None:
    x = extract_text(_TEXT)
    assert ("364-Day Tranche Loans", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_the_next_items_minimum_is_no_limit_of_the_facility() -> None:
    x = extract_text(_TEXT)
    loans = [e for e in x.entities if e.props.get("title") == "364-Day Tranche Loans"]
    assert len(loans) == 1
    assert loans[0].props.get("amount") != 250000


def test_the_minimum_is_no_limit_of_a_facility_of_any_term() -> None:
    x = extract_text(_TEXT.replace("364-Day Tranche Loan", "Tranche A Loan"))
    loans = [e for e in x.entities if e.props.get("title") == "Tranche A Loans"]
    assert len(loans) == 1
    assert loans[0].props.get("amount") != 250000
