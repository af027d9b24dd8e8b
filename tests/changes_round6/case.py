"""Round six's registry: the round-five case, scorer and amendment frame (one passage, its
expected changes, the amended agreement and effective date they must carry) with a list of
its own, so that the two rounds report apart."""

from __future__ import annotations

from tests.changes_round5.case import Case, amendment, pid

CASES: list[Case] = []


def case(
    name: str,
    text: str,
    *expected: tuple[str, str, str | None],
    optional: tuple[str, ...] = (),
    targets: dict[str, str] | None = None,
    effective: str | None = None,
) -> None:
    """Register a case; provisions are written as in :func:`tests.changes_round5.case.pid`."""
    CASES.append(
        Case(
            name,
            text,
            tuple((pid(p), action, new) for p, action, new in expected),
            tuple(pid(p) for p in optional),
            {pid(p): word for p, word in (targets or {}).items()},
            effective,
        )
    )


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
