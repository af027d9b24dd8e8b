"""Round six's registry: the round-five case, scorer and amendment frame (one passage, its
expected changes, the amended agreement and effective date they must carry) with a list of
its own, so that the two rounds report apart."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, credit_amendment, register

CASES: list[Case] = []


#: register a case of round six
case = partial(register, CASES)


#: a short amendment to a bank credit agreement around its body
loan_amendment = partial(
    credit_amendment,
    ordinal="Second",
    date="June 3, 2009",
    base_date="October 17, 2006",
    base="Credit Agreement",
    borrower="TALLGRASS FOUNDRY HOLDINGS, INC.",
    lender="FIRST CAYUGA BANK, N.A., as administrative agent and lender",
    lender_alias="Agent",
)
