"""Guarantors signing an amendment under a caption in mixed case ("Existing Guarantors:",
"New Guarantors:") and named nowhere before its signature pages (issue #13): they stand
behind the loans, so they are none of "the Lenders party hereto" (no LENDS_TO,
``relations.role_lending``), and a guarantor in any guarantor's capacity ("Existing
Guarantor", "Subsidiary Guarantor") is party to the amendment, not to the credit agreement
whose parties the text names without it (``underlying._guarantor_only``). A lender signing
below them under "Lender:" still lends.
"""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import edges, extract_text

_JOINDER = """AMENDMENT NO. 2 AND JOINDER AGREEMENT

AMENDMENT NO. 2 AND JOINDER AGREEMENT, dated as of March 3, 2021 (this "Agreement"), among \
{borrower}, a Delaware corporation (the "Borrower"), the Guarantors party hereto, the Lenders \
party hereto and {agent}, as administrative agent (the "Agent").

WHEREAS, the Borrower, the lenders from time to time party thereto (the "Lenders") and the \
Agent are parties to the Credit Agreement dated as of May 5, 2018 (the "Credit Agreement");

1. Each Guarantor reaffirms its guarantee of the Obligations under the Guarantee Agreement.

2. Section 7.01 of the Credit Agreement is amended by replacing "$5,000,000" with "$8,000,000".

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

Borrower:

{borrower}

By: /s/ Lee Harmon
Name: Lee Harmon
Title: President

{caption}

{guarantor_a}

{guarantor_b}

By: /s/ Rosalind M. Tate
Name: Rosalind M. Tate
Title: Secretary

Agent and Lender:

{agent}

By: /s/ Dana Ruiz
Name: Dana Ruiz
Title: Director

Lender:

{lender}

By: /s/ Oscar V. Nilsen
Name: Oscar V. Nilsen
Title: Vice President
"""


def _x(**names: str) -> Extraction:
    return extract_text(_JOINDER.format(**names))


@pytest.mark.parametrize(
    ("borrower", "agent", "caption", "guarantors", "lender"),
    [
        (
            "PEMBERLY TOOLING CORP.",
            "FAIRVIEW BANK",
            "Existing Guarantors:",
            ("Aldergate Fabrication LLC", "Westover Castings, Inc."),
            "Millbrook Savings Bank",
        ),
        (
            "HARLOW FOODS INC.",
            "TRIMONT NATIONAL BANK",
            "Subsidiary Guarantors:",
            ("Harlow Dairy LLC", "Harlow Transport Co."),
            "Quarry State Bank",
        ),
    ],
)
def test_guarantors_under_a_mixed_case_caption_lend_nothing(
    borrower: str, agent: str, caption: str, guarantors: tuple[str, str], lender: str
) -> None:
    x = _x(
        borrower=borrower,
        agent=agent,
        caption=caption,
        guarantor_a=guarantors[0],
        guarantor_b=guarantors[1],
        lender=lender,
    )
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert lender in lenders
    assert not set(guarantors) & lenders
    to_credit = {s for s, a in edges(x, "PARTY_TO") if a == "Credit Agreement"}
    assert not set(guarantors) & to_credit
    assert set(guarantors) <= {s for s, _ in edges(x, "SECURES")}


def test_companies_under_a_lenders_caption_still_lend() -> None:
    x = _x(
        borrower="HARLOW FOODS INC.",
        agent="TRIMONT NATIONAL BANK",
        caption="Lenders:",
        guarantor_a="Corliss Capital Funding LLC",
        guarantor_b="Ashby Credit Partners LLC",
        lender="Quarry State Bank",
    )
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert {"Corliss Capital Funding LLC", "Quarry State Bank"} <= lenders
