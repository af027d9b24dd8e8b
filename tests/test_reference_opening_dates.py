"""An amendment or a letter that opens "Reference is made to the Credit Agreement dated as of
May 1, 2003 ..." dates the agreement it refers to there, not itself: its own date is the one its
witness clause or its own verb states, and none where it states none. Before, the referred
agreement's date became the amendment's own, so the amendment matched no annotation of it
(dates must agree) and lost its AMENDS and parties. Passages written for the test; near misses:
an amendment whose opening dates itself before naming the agreement it amends, and one whose
own verb dates it in the same sentence.
"""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_REFERENCE = """{title}

Reference is made to {that}{base} dated as of {base_date} (as amended, the "{alias}"), among
{borrower} (the "Borrower"), the several lenders from time to time parties thereto (the
"Lenders") and {agent}, as agent (the "Agent"). Terms defined in the {alias} are used herein as
therein defined.

The Borrower has requested that the Lenders amend the {alias}. Accordingly, the Borrower, the
Lenders and the Agent agree as follows:

1. Section 5.08 of the {alias} is amended by replacing "3.00" with "3.25".

IN WITNESS WHEREOF, the parties have executed this {short}{witness}.

{borrower_upper}

By: /s/ Greg Hale
Title: Treasurer
"""

#: the first amendment's frame, its witness clause left to each test
_HOLLISTER = {
    "title": "FIRST AMENDMENT TO CREDIT AGREEMENT",
    "that": "the ",
    "base": "Credit Agreement",
    "base_date": "May 1, 2003",
    "alias": "Credit Agreement",
    "borrower": "Hollister Foods Corp.",
    "borrower_upper": "HOLLISTER FOODS CORP.",
    "agent": "Prairie National Bank",
    "short": "First Amendment",
}


def _dates(text: str) -> dict[str, object]:
    return {
        str(e.props.get("title")): e.props.get("date")
        for e in extract_text(text).entities
        if e.label == "Agreement"
    }


@pytest.mark.parametrize(
    ("fields", "own", "own_date", "base", "base_date"),
    [
        (
            {**_HOLLISTER, "witness": " as of October 3, 2005"},
            "First Amendment to Credit Agreement",
            "2005-10-03",
            "Credit Agreement",
            "2003-05-01",
        ),
        (
            {
                "title": "AMENDMENT NO. 2 TO LOAN AGREEMENT",
                "that": "that certain ",
                "base": "Amended and Restated Loan Agreement",
                "base_date": "July 17, 2009",
                "alias": "Loan Agreement",
                "borrower": "Corvid Sailcloth LLC",
                "borrower_upper": "CORVID SAILCLOTH LLC",
                "agent": "Sea Island Bank, N.A.",
                "short": "Amendment",
                "witness": " as of the 14th day of March, 2012",
            },
            "Amendment No. 2 to Loan Agreement",
            "2012-03-14",
            "Amended and Restated Loan Agreement",
            "2009-07-17",
        ),
    ],
)
def test_the_referred_agreements_date_is_not_the_amendments(
    fields: dict[str, str], own: str, own_date: str, base: str, base_date: str
) -> None:
    dates = _dates(_REFERENCE.format(**fields))
    assert dates[own] == own_date
    assert dates[base] == base_date


def test_an_amendment_that_states_no_date_of_its_own_takes_none() -> None:
    fields = {**_HOLLISTER, "witness": ""}
    assert (
        _dates(_REFERENCE.format(**fields))["First Amendment to Credit Agreement"] != "2003-05-01"
    )


def test_an_opening_that_dates_itself_keeps_its_date() -> None:
    """Near misses: the amendment's own date before the agreement it amends, and its own verb
    after the referred date in one sentence."""
    first = """FIRST AMENDMENT TO CREDIT AGREEMENT

This First Amendment, dated as of October 3, 2005, to the Credit Agreement dated as of May 1,
2003 among Hollister Foods Corp. (the "Borrower") and Prairie National Bank (the "Bank"), is
made between the Borrower and the Bank.
"""
    assert _dates(first)["First Amendment to Credit Agreement"] == "2005-10-03"
    second = """AMENDMENT TO LOAN AGREEMENT

Reference is made to the Loan Agreement dated as of July 17, 2009 between Corvid Sailcloth LLC
(the "Borrower") and Sea Island Bank (the "Bank"), which this Amendment to Loan Agreement (this
"Amendment") is entered into as of March 14, 2012 to amend.
"""
    assert _dates(second)["Amendment to Loan Agreement"] == "2012-03-14"
