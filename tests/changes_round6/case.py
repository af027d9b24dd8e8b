"""Round six's registry: the round-five case, scorer and amendment frame (one passage, its
expected changes, the amended agreement and effective date they must carry) with a list of
its own, so that the two rounds report apart."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, amendment, register

CASES: list[Case] = []


#: register a case of round six
case = partial(register, CASES)


def loan_amendment(
    body: str,
    ordinal: str = "Second",
    base: str = "Credit Agreement",
    date: str = "June 3, 2009",
    base_date: str = "October 17, 2006",
) -> str:
    """A short amendment to a bank credit agreement around ``body``."""
    return amendment(
        f"{ordinal} Amendment to {base}",
        base,
        base,
        body,
        first="TALLGRASS FOUNDRY HOLDINGS, INC.",
        first_alias="Borrower",
        second="FIRST CAYUGA BANK, N.A., as administrative agent and lender",
        second_alias="Agent",
        date=date,
        base_date=base_date,
    )
