"""A sixth batch written blind for stop 27 (the changes expected stated before the extractor
was run on them): a credit agreement amendment whose items name a clause inside a section
("In Section 3.4, clause (b) is amended"), an amount appearing in a clause, two sections of an
article replaced together, a clause of a definition restated, a definition changed by items
(i) and (ii); and an operating agreement amendment adding a subsection and replacing an
exhibit. Names, amounts and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

ITEMS = (
    "THIRD AMENDMENT TO CREDIT AGREEMENT\n\n"
    'This Third Amendment to Credit Agreement (this "Amendment") is entered into as of '
    'January 19, 2017 among MARLOWE PRECISION, INC. (the "Borrower"), the Lenders party '
    'hereto, and GREAT LAKES COMMERCE BANK, as Agent (the "Agent").\n\n'
    "The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of "
    'August 5, 2014 (as amended, the "Credit Agreement"). The parties agree as follows:\n\n'
    "1. Amendments to the Credit Agreement.\n\n"
    '(a) In Section 3.4 of the Credit Agreement, clause (b) is amended by adding "or any '
    'Subsidiary" after "the Borrower".\n\n'
    '(b) The amount "$10,000,000" appearing in Section 7.2(c) of the Credit Agreement is '
    'hereby changed to "$15,000,000".\n\n'
    "(c) Article IX of the Credit Agreement is amended by deleting Sections 9.7 and 9.8 and "
    "inserting the following in lieu thereof:\n\n"
    "\"9.7 Successor Agent. The Agent may resign upon 30 days' notice to the Lenders.\n\n"
    '9.8 Agent Fees. The Borrower shall pay the Agent the fees agreed in the Fee Letter."\n\n'
    '(d) Clause (x) of the definition of "Consolidated EBITDA" in Section 1.1 of the Credit '
    'Agreement is hereby amended and restated as follows: "(x) non-cash stock compensation '
    'expense,".\n\n'
    '(e) The definition of "Change of Control" in Section 1.1 of the Credit Agreement is '
    'hereby amended by (i) deleting "35%" and inserting "50%" in lieu thereof and (ii) adding '
    'at the end thereof the following: ", excluding any Permitted Holder".\n\n'
    "2. Conditions. This Amendment is effective upon its execution by the Required Lenders.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nMARLOWE PRECISION, INC."
    "\n\nBy: /s/ Gail Roth\nName: Gail Roth\nTitle: Treasurer\n\nGREAT LAKES COMMERCE BANK, as "
    "Agent\n\nBy: /s/ Tim Novak\nName: Tim Novak\nTitle: Vice President\n"
)
ITEMS_CHANGES: list[Expected] = [
    ("3.4(b)", None, "amend", "or any Subsidiary"),
    ("7.2(c)", None, "amend", "$15,000,000"),
    (
        "9.7",
        None,
        "replace",
        "9.7 Successor Agent. The Agent may resign upon 30 days' notice to the Lenders.",
    ),
    (
        "9.8",
        None,
        "replace",
        "9.8 Agent Fees. The Borrower shall pay the Agent the fees agreed in the Fee Letter.",
    ),
    (None, "Consolidated EBITDA", "amend", "(x) non-cash stock compensation expense,"),
    (None, "Change of Control", "amend", "50%"),
]

OPERATING = (
    "AMENDMENT NO. 2 TO LIMITED LIABILITY COMPANY AGREEMENT\n\n"
    "This Amendment No. 2 to Limited Liability Company Agreement (this "
    '"Amendment") of SILVER FERN VENTURES LLC, a Delaware limited liability company (the '
    '"Company"), is entered into as of June 30, 2020 by the Members listed on the signature '
    "page hereto.\n\n"
    "The Members are parties to the Limited Liability Company Agreement of the Company dated "
    'as of April 2, 2018 (the "LLC Agreement"). The Members hereby agree as follows:\n\n'
    "1. Section 4.2 of the LLC Agreement is hereby amended to add the following new "
    "subsection (d):\n\n"
    '"(d) No Member shall be required to make any Capital Contribution in excess of its '
    'Commitment."\n\n'
    "2. Exhibit A (Members and Percentage Interests) to the LLC Agreement is hereby deleted "
    "and replaced with Exhibit A attached hereto.\n\n"
    "3. Except as amended hereby, the LLC Agreement remains in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the Members have executed this Amendment.\n\nFERN HOLDINGS LP\n\nBy: "
    "/s/ Ivy Chen\nName: Ivy Chen\nTitle: General Partner\n\nKOA CAPITAL LLC\n\nBy: /s/ Ben "
    "Kalani\nName: Ben Kalani\nTitle: Manager\n\n\n"
    "EXHIBIT A\n\nMEMBERS AND PERCENTAGE INTERESTS\n\nFern Holdings LP      60%\n"
    "Koa Capital LLC       40%\n"
)
OPERATING_CHANGES: list[Expected] = [
    (
        "4.2(d)",
        None,
        "add",
        "(d) No Member shall be required to make any Capital Contribution in excess of its "
        "Commitment.",
    ),
    (
        "Exhibit A",
        None,
        "replace",
        "EXHIBIT A\n\nMEMBERS AND PERCENTAGE INTERESTS\n\nFern Holdings LP      60%\n"
        "Koa Capital LLC       40%",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("clauses inside sections and definitions", ITEMS, "2014-08-05", ITEMS_CHANGES),
    ("an operating agreement", OPERATING, "2018-04-02", OPERATING_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
