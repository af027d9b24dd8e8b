"""Round eleven's registry: the round-five case, scorer and amendment frames with a list of
its own, so that the rounds report apart, and a frame of its own: an amendment of a note
purchase agreement between a company and the holders of its notes."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, amendment, register

CASES: list[Case] = []


#: register a case of round eleven
case = partial(register, CASES)


def note_amendment(body: str, ordinal: str = "First", date: str = "June 30, 2011") -> str:
    """An amendment of a note purchase agreement between an issuer and the holders of its
    senior notes around ``body``."""
    return amendment(
        f"{ordinal} Amendment to Note Purchase Agreement",
        "Note Purchase Agreement",
        "Note Agreement",
        body,
        first="TALLGRASS PIPE & VALVE CORPORATION",
        first_alias="Company",
        second="THE NOTEHOLDERS NAMED ON THE SIGNATURE PAGES HERETO",
        second_alias="Noteholders",
        date=date,
        base_date="September 15, 2008",
    )
