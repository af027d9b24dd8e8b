"""An eighth batch written blind for stop 27 (the changes expected stated before the extractor
was run on them): items "(1)", "(2)" with a heading in capitals and a dash before each
operation, a proviso added at the end of a clause, a section inserted "immediately after
Section 5.13 ... reading as follows"; and a pledge agreement's section deleted with "the
following new Section 3 is inserted in lieu thereof" and a sentence deleted. Names, amounts
and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

HEADED_ITEMS = (
    "AMENDMENT NO. 2 TO CREDIT AGREEMENT\n\n"
    'This Amendment No. 2 to Credit Agreement (this "Amendment") is made as of February 15, '
    '2020 between ASPEN LEAF SOFTWARE, INC. (the "Borrower") and MOUNTAIN TRUST BANK (the '
    '"Lender").\n\nThe Borrower and the Lender are parties to a Credit Agreement dated as of '
    'April 4, 2018 (as amended, the "Credit Agreement"). The parties agree that the Credit '
    "Agreement is hereby amended as set forth below:\n\n"
    '(1) SECTION 2.06 \u2014 COMMITMENT FEE. The reference to "0.30%" in Section 2.06(a) is '
    'deleted and replaced with "0.25%".\n\n'
    "(2) SECTION 5.01(c) \u2014 COMPLIANCE CERTIFICATE. Section 5.01(c) is amended by adding "
    'at the end thereof the following proviso: "; provided that such certificate may be '
    'delivered electronically".\n\n'
    "(3) NEW SECTION 5.14 \u2014 BENEFICIAL OWNERSHIP. The Credit Agreement is amended by "
    'inserting immediately after Section 5.13 a new Section 5.14 reading as follows: "5.14 '
    "Beneficial Ownership. The Borrower shall provide a Beneficial Ownership Certification upon "
    'request."\n\n'
    "Except as amended hereby, the Credit Agreement remains in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nASPEN LEAF SOFTWARE, INC."
    "\n\nBy: /s/ Nina Patel\nName: Nina Patel\nTitle: Chief Financial Officer\n\nMOUNTAIN "
    "TRUST BANK\n\nBy: /s/ Gus Ryan\nName: Gus Ryan\nTitle: Vice President\n"
)
HEADED_ITEMS_CHANGES: list[Expected] = [
    ("2.06(a)", None, "amend", "0.25%"),
    ("5.01(c)", None, "amend", "; provided that such certificate may be delivered electronically"),
    (
        "5.14",
        None,
        "add",
        "5.14 Beneficial Ownership. The Borrower shall provide a Beneficial Ownership "
        "Certification upon request.",
    ),
]

PLEDGE = (
    "FIRST AMENDMENT TO PLEDGE AGREEMENT\n\n"
    'This First Amendment to Pledge Agreement (this "Amendment") is entered into as of '
    'September 1, 2012 by TIDEWATER HOLDINGS, INC. (the "Pledgor") in favor of COMMONWEALTH '
    'BANK AND TRUST (the "Secured Party").\n\n'
    "WHEREAS, the Pledgor and the Secured Party are parties to a Pledge Agreement dated as of "
    'May 14, 2010 (the "Pledge Agreement");\n\n'
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "1. Section 3 of the Pledge Agreement is hereby deleted in its entirety and the following "
    "new Section 3 is inserted in lieu thereof:\n\n"
    '"3. Pledge. The Pledgor pledges to the Secured Party all of the Equity Interests of each '
    'Subsidiary listed on Schedule I, and all proceeds thereof."\n\n'
    "2. The second sentence of Section 7 of the Pledge Agreement is hereby deleted.\n\n"
    "3. This Amendment is governed by the laws of the Commonwealth of Virginia.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nTIDEWATER HOLDINGS, INC."
    "\n\nBy: /s/ Ray Cobb\nName: Ray Cobb\nTitle: President\n\nCOMMONWEALTH BANK AND TRUST\n\n"
    "By: /s/ Amy Sutter\nName: Amy Sutter\nTitle: Senior Vice President\n"
)
PLEDGE_CHANGES: list[Expected] = [
    (
        "3",
        None,
        "replace",
        "3. Pledge. The Pledgor pledges to the Secured Party all of the Equity Interests of each "
        "Subsidiary listed on Schedule I, and all proceeds thereof.",
    ),
    ("7", None, "amend", None),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("items with headings in capitals", HEADED_ITEMS, "2018-04-04", HEADED_ITEMS_CHANGES),
    ("a pledge agreement", PLEDGE, "2010-05-14", PLEDGE_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
