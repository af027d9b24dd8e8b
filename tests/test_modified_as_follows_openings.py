"""An amendment that opens on the agreement it changes and ends that sentence "... is hereby
modified as follows:" announces the changes below it, not a list of parties: the parties are
the two the sentence names, never a signer's title further down ("Its: Vice President of
Lending", "Title: Director of Finance"), nor a covenant's heading in capitals. A preamble that
announces its parties with a colon still has them read below it (passages written for the
test)."""

from __future__ import annotations

import pytest

from tests.passages import own_parties

_MODIFICATION = """EXHIBIT 10.7
{lender}
{title}

BISMARCK, NORTH DAKOTA
MARCH 3, 2003

The {base} dated as of May 1, 2001, between {borrower} ("Borrower") and {lender}
("Lender"), is hereby {verb} as follows:

Section 4.2 of the {base} shall be {verb} as follows:

4.2. "TANGIBLE NET WORTH." MAINTAIN AT ALL TIMES TANGIBLE NET WORTH OF AT LEAST $20,000,000.

Except as expressly {verb} hereby, all of the terms of the {base} remain in full force and
effect.

IN WITNESS WHEREOF, the parties have executed this agreement this 3rd day of March, 2003.

{borrower}
a Delaware corporation

By:      /s/ Anne Berg
Anne Berg
{label}     Controller


{lender}
a Delaware corporation

By:      /s/ John Vick
John Vick
{label}     {officer}
"""


@pytest.mark.parametrize(
    ("title", "base", "verb", "borrower", "lender", "label", "officer"),
    [
        (
            "LOAN AGREEMENT MODIFICATION",
            "Loan Agreement",
            "modified",
            "PRAIRIE GRAIN CO.",
            "NORTHERN PLAINS CREDIT CORPORATION",
            "Its:",
            "Vice President of Lending",
        ),
        (
            "AMENDMENT TO CREDIT AGREEMENT",
            "Credit Agreement",
            "amended",
            "DAKOTA MILLWORK, INC.",
            "RED RIVER FARM CREDIT, FLCA",
            "Title:",
            "Director of Finance",
        ),
    ],
)
def test_the_changes_announced_below_the_opening_name_no_party(
    title: str, base: str, verb: str, borrower: str, lender: str, label: str, officer: str
) -> None:
    text = _MODIFICATION.format(
        title=title,
        base=base,
        verb=verb,
        borrower=borrower,
        lender=lender,
        label=label,
        officer=officer,
    )
    assert set(own_parties(text)) == {borrower, lender}


def test_parties_announced_by_a_colon_are_still_read_below_it() -> None:
    """Near miss: "by and between the following parties:" announces the parties below."""
    text = """SERVICES AGREEMENT

This Services Agreement is entered into as of May 1, 2004 by and between the following
parties:

HALCYON SOFTWARE, INC., a Delaware corporation ("Halcyon"); and

BRIGHTWATER LOGISTICS LLC, an Oregon limited liability company ("Brightwater").

1. Services. Brightwater shall provide the services described in Exhibit A.
"""
    assert set(own_parties(text)) == {"HALCYON SOFTWARE, INC.", "BRIGHTWATER LOGISTICS LLC"}
