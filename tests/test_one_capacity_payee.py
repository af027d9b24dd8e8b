"""A note payable to one lender in a capacity of its own: ""Swingline Note" means the promissory
note of the Borrower payable to the Swingline Lender". The term's head word ("Lender") is not the
class of lenders: the note is held by the party that term defines, or by nobody the document
names, never by every lender. Passages written for the test, probed by the lead; never copied
from a filing.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_CREDIT_AGREEMENT = """                              CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of {date} among {borrower}, a Delaware corporation (the
"Borrower"), the banks and other financial institutions from time to time parties hereto (the
"Lenders") and {agent}, as administrative agent for the Lenders{capacity}.

     SECTION 1.01. Defined Terms. As used in this Agreement:

     "Notes" means the promissory notes of the Borrower payable to the order of each Lender,
substantially in the form of Exhibit A, evidencing the Revolving Loans of such Lender.

     "{note}" means the promissory note of the Borrower payable to the {term}, substantially in
the form of Exhibit B, evidencing the {loans}.

     SECTION 2.01. Commitments. Each Lender agrees to make revolving loans (the "Revolving
Loans") to the Borrower in an aggregate principal amount not exceeding its Commitment.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as
of the day and year first above written.

                                   {borrower_upper}

                                   By: /s/ Lena Ortiz
                                      Name: Lena Ortiz
                                      Title: Treasurer

                                   {agent_upper}, as Administrative Agent and as a Lender

                                   By: /s/ Martin Greer
                                      Name: Martin Greer
                                      Title: Vice President

                                   {lender_upper}, as a Lender

                                   By: /s/ Paul Ames
                                      Name: Paul Ames
                                      Title: Director
"""

_CASES = [
    {
        "date": "September 15, 2004",
        "borrower": "Harborview Foods, Inc.",
        "agent": "First Coastal Bank, N.A.",
        "lender": "Suntrust Meridian Bank",
        "note": "Swingline Note",
        "term": "Swingline Lender",
        "loans": "Swingline Loans",
    },
    {
        "date": "March 2, 2011",
        "borrower": "Quarry Ridge Materials Corp.",
        "agent": "Lakeland National Bank",
        "lender": "Pinecrest Savings Bank",
        "note": "Swing Line Note",
        "term": "Swing Line Bank",
        "loans": "Swing Line Advances",
    },
]


def _text(case: dict[str, str], capacity: str = "") -> str:
    return _CREDIT_AGREEMENT.format(
        **case,
        capacity=capacity,
        borrower_upper=case["borrower"].upper(),
        agent_upper=case["agent"].upper(),
        lender_upper=case["lender"].upper(),
    )


def _holders(case: dict[str, str], capacity: str = "") -> dict[str, set[str]]:
    """The holders of the lenders' notes (titled "Notes" or "Promissory Notes") and of the one
    capacity's note."""
    holds = edges(extract_text(_text(case, capacity)), "HOLDS")
    return {
        "Notes": {holder.lower() for holder, held in holds if held.endswith("Notes")},
        case["note"]: {holder.lower() for holder, held in holds if held == case["note"]},
    }


@pytest.mark.parametrize("case", _CASES, ids=["swingline", "swing-line-bank"])
def test_a_capacity_no_party_holds_gives_the_note_no_holder(case: dict[str, str]) -> None:
    holders = _holders(case)
    assert holders[case["note"]] == set()
    # the near miss: "payable to the order of each Lender" is every lender
    assert holders["Notes"] == {case["agent"].lower(), case["lender"].lower()}


@pytest.mark.parametrize("case", _CASES, ids=["swingline", "swing-line-bank"])
def test_the_party_a_capacity_defines_holds_the_note(case: dict[str, str]) -> None:
    capacity = f' and as {case["term"].lower()} (in such capacity, the "{case["term"]}")'
    assert _holders(case, capacity)[case["note"]] == {case["agent"].lower()}
