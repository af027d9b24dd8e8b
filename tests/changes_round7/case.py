"""Round seven's registry: the round-five case, scorer and amendment frame with a list of its
own, so that the rounds report apart, and two frames of its own: a bank's amendment of a loan
agreement and an amendment written as a letter that the addressee countersigns."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, credit_amendment, register

CASES: list[Case] = []


#: register a case of round seven
case = partial(register, CASES)


#: a short amendment to a bank credit agreement around its body
bank_amendment = partial(
    credit_amendment,
    ordinal="Fourth",
    date="March 12, 2010",
    base_date="July 22, 2007",
    base="Credit Agreement",
    borrower="PELLHAM RIDGE PACKAGING CORP.",
    lender="CANTERBURY STATE BANK, as administrative agent",
    lender_alias="Agent",
)


def letter_amendment(body: str, base: str, base_date: str, date: str) -> str:
    """An amendment written as a letter from a company to one person, countersigned by them:
    the body states the change as what "we agree"."""
    return (
        "WINDFALL ORCHARD SYSTEMS, INC.\n"
        "1400 Larkspur Avenue\n"
        "Boise, Idaho 83702\n\n"
        f"{date}\n\n"
        "Mr. Tobias Castellanos\n"
        "88 Juniper Court\n"
        "Eagle, Idaho 83616\n\n"
        f"Re: Amendment to {base}\n\n"
        "Dear Mr. Castellanos:\n\n"
        f"Reference is made to the {base} dated {base_date} between Windfall Orchard Systems, "
        f'Inc. (the "Company") and you (the "{base}"). This letter amendment (this '
        f'"Amendment") sets forth our agreement to amend the {base} as follows.\n\n'
        + body.strip("\n")
        + "\n\nExcept as expressly set forth in this letter, the "
        + base
        + " remains in full force and effect. Please indicate your agreement by signing "
        "below.\n\n"
        "Very truly yours,\n\n"
        "WINDFALL ORCHARD SYSTEMS, INC.\n\n"
        "By: /s/ Harriet M. Lindqvist\n"
        "Name: Harriet M. Lindqvist\n"
        "Title: Chief Executive Officer\n\n"
        "ACCEPTED AND AGREED:\n\n"
        "/s/ Tobias Castellanos\n"
        "Tobias Castellanos\n"
    )
