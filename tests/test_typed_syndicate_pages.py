"""Signature pages of a syndicate typed in two columns, as 1990s amendments were filed: a bank's
name wrapped under a "By:" typed beside its first line ("THE NORTHERN TRUST      By:_____" /
"COMPANY"), two names side by side with the left one wrapped ("FIRST UNION NATIONAL      LASALLE
NATIONAL BANK" / "BANK"), and a bank that signs through either of two branches ("..., NEW YORK
BRANCH" / "AND/OR CAYMAN ISLANDS BRANCH"). Each is one lender, named whole; before these rules
the first two banks were lost and the third kept only its second line. Passages written for
the test in that shape, names made up; near misses: a one-column page whose "By:" stands beside
every name, and a name closed on its line beside its "By:".
"""

from __future__ import annotations

import pytest

from ingest.parties.spellings import branchless
from tests.passages import edges, entity_names, extract_text

_AMENDMENT = """AMENDMENT NO. 2 TO CREDIT AGREEMENT

This Amendment No. 2 to Credit Agreement is dated as of March 1, 1999 by and among {borrower},
a Delaware corporation (the "Borrower"), the Lenders named in the Credit Agreement referred to
below (the "Lenders"), and {agent}, individually and as Agent for the Lenders.

WHEREAS, the Borrower, the Lenders and the Agent are parties to that certain Credit Agreement
dated as of June 1, 1997 (the "Agreement");

NOW, THEREFORE, the parties agree as follows:

1. Section 6.1 of the Agreement is amended by deleting "$10,000,000" and inserting
"$12,000,000".

IN WITNESS WHEREOF, the Borrower, the Lenders and the Agent have executed this Amendment No. 2
as of the date first above written.

{borrower}

By:_________________________

Title:______________________

{agent},
Individually and as Agent

By:_________________________

Title:______________________

{wrapped_head}                      By:_____
{wrapped_tail}

Title:__

{branch_head}
{branch_tail}

By:_____

Title:__

{left_head}                    {right}
{left_tail}

By:_____                                By:_____

Title:__                                Title:__
"""

_CASES = [
    {
        "borrower": "NORTHGATE FOODS CORPORATION",
        "agent": "HARRIS TRUST AND SAVINGS BANK",
        "wrapped_head": "THE NORTHERN TRUST  ",
        "wrapped_tail": "COMPANY",
        "wrapped": "NORTHERN TRUST COMPANY",
        "branch_head": "WESTPAC BANKING CORPORATION, NEW YORK BRANCH",
        "branch_tail": "AND/OR CAYMAN ISLANDS BRANCH",
        "left_head": "FIRST UNION NATIONAL  ",
        "left_tail": "BANK",
        "left": "FIRST UNION NATIONAL BANK",
        "right": "LASALLE NATIONAL BANK",
    },
    {
        "borrower": "ORCHARD VALLEY MILLS, INC.",
        "agent": "CONTINENTAL PRAIRIE BANK, N.A.",
        "wrapped_head": "THE SOUTHERN MERCANTILE",
        "wrapped_tail": "BANK",
        "wrapped": "SOUTHERN MERCANTILE BANK",
        "branch_head": "KRONBERG LANDESBANK AG, CHICAGO BRANCH",
        "branch_tail": "AND/OR GRAND CAYMAN BRANCH",
        "left_head": "COMMERCE BANK OF  ",
        "left_tail": "KANSAS CITY",
        "left": "COMMERCE BANK OF KANSAS CITY",
        "right": "BANK OF THE OZARK HILLS",
    },
]


@pytest.mark.parametrize("case", _CASES, ids=["northgate", "orchard"])
def test_every_lender_of_a_typed_two_column_page_is_read_whole(case: dict[str, str]) -> None:
    x = extract_text(_AMENDMENT.format(**case))
    names = {n.upper().removeprefix("THE ") for n in entity_names(x).values()}
    branches = f"{case['branch_head']} {case['branch_tail']}"
    assert {case["wrapped"], case["left"], case["right"].removeprefix("THE "), branches} <= names
    lenders = {s.upper().removeprefix("THE ") for s, _ in edges(x, "LENDS_TO")}
    assert {case["wrapped"], case["left"], branches} <= lenders
    # no half of a wrapped name stands as a party of its own
    assert not names & {
        case["wrapped_head"].strip().removeprefix("THE "),
        case["left_head"].strip(),
        case["branch_tail"],
    }


def test_either_branch_is_the_bank() -> None:
    assert branchless(
        "WESTPAC BANKING CORPORATION, NEW YORK BRANCH\nAND/OR CAYMAN ISLANDS BRANCH"
    ) == ("WESTPAC BANKING CORPORATION")
    assert branchless("Kronberg Landesbank AG, Chicago Branch and/or Grand Cayman Branch") == (
        "Kronberg Landesbank AG"
    )


def test_a_page_with_every_by_beside_its_name_stays_one_column() -> None:
    """Near miss: a page that sets each lender's "By:" beside its name, with its "Name:" and
    "Title:" under the "By:" (no two blocks side by side), is one column as before."""
    text = """CREDIT AGREEMENT

This CREDIT AGREEMENT is dated as of May 5, 2003 among PELLSTONE TOOL CO., an Ohio corporation
(the "Borrower"), the banks party hereto (the "Banks") and OHIO VALLEY BANK, as agent.

2.1 Loans. Each Bank agrees to make loans to the Borrower.

IN WITNESS WHEREOF, the parties have executed this Agreement.

PELLSTONE TOOL CO.                      By: /s/ Dana Holt
                                        Name: Dana Holt
                                        Title: President

OHIO VALLEY BANK, as Agent and a Bank   By: /s/ Carl Mintz
                                        Name: Carl Mintz
                                        Title: Vice President

LAKE ERIE SAVINGS BANK                  By: /s/ Rita Shah
                                        Name: Rita Shah
                                        Title: Vice President
"""
    x = extract_text(text)
    names = set(entity_names(x).values())
    assert {"PELLSTONE TOOL CO.", "OHIO VALLEY BANK", "LAKE ERIE SAVINGS BANK"} <= names
    assert {"Dana Holt", "Carl Mintz", "Rita Shah"} <= {s for s, _ in edges(x, "SIGNED")}


def test_a_name_closed_on_its_line_keeps_the_line_below_for_the_title() -> None:
    """Near miss: "ACME BANK, N.A.      By:_____" over "Title:__" has no tail below its name."""
    text = _AMENDMENT.format(
        **{
            **_CASES[0],
            "wrapped_head": "MIDWEST HARBOR BANK, N.A.",
            "wrapped_tail": "",
            "wrapped": "MIDWEST HARBOR BANK, N.A.",
        }
    )
    names = set(entity_names(extract_text(text)).values())
    assert "MIDWEST HARBOR BANK, N.A." in names
