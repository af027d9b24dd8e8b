"""A pledged note a security document lists on its schedule with its maker and payee ("made by
Harwell Optics Corp. payable to the order of Harwell Group, Inc.", "issued by Tolland Drayage
LLC to Tolland Freight, Inc."): its maker ISSUES it, its payee HOLDS it, and, being another
company's note, it is none of the borrowers' loan notes under the credit agreement the document
secures. The borrowers' own note keeps its lenders. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_PLEDGE = """PLEDGE AGREEMENT

PLEDGE AGREEMENT dated as of {date} (this "Agreement") made by {pledgor}, a Delaware
corporation (the "Pledgor"), in favor of {agent}, as administrative agent (the "Agent") for the
lenders under the Credit Agreement dated as of {date} among {borrower}, a Delaware
corporation (the "Borrower"), the lenders party thereto and the Agent (the "Credit Agreement").

1. The Pledgor pledges to the Agent the Pledged Notes listed on Schedule 1 as security for the
Obligations under the Credit Agreement.

IN WITNESS WHEREOF, the Pledgor has executed this Agreement as of the date above.

{pledgor}

By: /s/ Alma Reese
Name: Alma Reese
Title: Treasurer

SCHEDULE 1

PLEDGED NOTES

1. {line}
"""


@pytest.mark.parametrize(
    ("pledgor", "payee", "maker", "line"),
    [
        (
            "HARWELL GROUP, INC.",
            "Harwell Group, Inc.",
            "Harwell Optics Corp.",
            "Promissory Note dated May 4, 2015 in the principal amount of $2,000,000, made by "
            "Harwell Optics Corp. payable to the order of Harwell Group, Inc.",
        ),
        (
            "TOLLAND FREIGHT, INC.",
            "Tolland Freight, Inc.",
            "Tolland Drayage LLC",
            "Promissory Note dated June 1, 2016 in the principal amount of $650,000 issued by "
            "Tolland Drayage LLC to Tolland Freight, Inc., maturing June 1, 2021.",
        ),
    ],
)
def test_a_scheduled_pledged_note_is_its_maker_s_and_its_payee_holds_it(
    pledgor: str, payee: str, maker: str, line: str
) -> None:
    text = _PLEDGE.format(
        date="May 4, 2015",
        pledgor=pledgor,
        agent="NORTHFIELD CAPITAL BANK",
        borrower="BRANSON PARENT CORP.",
        line=line,
    )
    x = extract_text(text)
    issues, holds = edges(x, "ISSUES"), edges(x, "HOLDS")
    assert (maker, "Promissory Note") in issues
    assert {s for s, t in holds if t == "Promissory Note"} == {payee}
    assert not {s for s, t in issues if t == "Promissory Note"} - {maker}
    assert not {t for s, t in edges(x, "ISSUED_UNDER") if s == "Promissory Note"}


def test_the_borrower_s_own_note_stays_the_loan_note() -> None:
    text = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT (this "Amendment") dated as of March 3, 2017 is among Pellham Marine,
Inc., a Delaware corporation (the "Borrower"), and Coastline Bank, N.A. (the "Lender").

The Borrower and the Lender are parties to a Credit Agreement dated as of March 1, 2015 (the
"Credit Agreement"). The Borrower shall execute and deliver to the Lender a replacement
Revolving Note dated as of the date hereof (the "Revolving Note").

IN WITNESS WHEREOF, the parties have executed this Amendment.

PELLHAM MARINE, INC.

By: /s/ Jo Tran
Name: Jo Tran
Title: President

COASTLINE BANK, N.A.

By: /s/ Ed Voss
Name: Ed Voss
Title: Vice President
"""
    x = extract_text(text)
    assert ("Pellham Marine, Inc.", "Revolving Note") in edges(x, "ISSUES")
    assert ("Coastline Bank, N.A.", "Revolving Note") in edges(x, "HOLDS")
