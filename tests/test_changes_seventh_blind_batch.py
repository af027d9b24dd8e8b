"""A seventh batch written blind for stop 27 (the changes expected stated before the extractor
was run on them): a credit agreement amendment drafted with "Section 2.1 Amendment to ..."
items under ARTICLE II, each a different verb (deleted and "[Reserved]" put in its place, a
new clause added at the end of a list, a sentence restated, a table of a covenant amended,
a definition's number increased "from ... to ..."), and a note purchase agreement amended by
a "Section 1" that lists lettered changes without "by". Names, amounts and dates are made
up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

ARTICLE_ITEMS = (
    "AMENDMENT NO. 4 TO CREDIT AGREEMENT\n\n"
    'AMENDMENT NO. 4 TO CREDIT AGREEMENT, dated as of June 5, 2019 (this "Amendment"), among '
    'BRIGHTWATER RETAIL CORP. (the "Borrower"), the Lenders party hereto and SUMMIT NATIONAL '
    'BANK, as administrative agent (the "Administrative Agent").\n\n'
    "The Borrower, the Lenders and the Administrative Agent are parties to a Credit Agreement "
    'dated as of October 20, 2015 (as amended, the "Credit Agreement").\n\n'
    "ARTICLE I\n\nDEFINITIONS\n\n"
    "Section 1.1 Defined Terms. Capitalized terms used herein have the meanings given in the "
    "Credit Agreement.\n\n"
    "ARTICLE II\n\nAMENDMENTS\n\n"
    "Section 2.1 Amendment to Section 5.11. Section 5.11 of the Credit Agreement is hereby "
    'deleted in its entirety and "[Reserved]" is substituted therefor.\n\n'
    "Section 2.2 Amendment to Section 6.2. Section 6.2 of the Credit Agreement is hereby "
    'amended by deleting the word "and" at the end of clause (k), replacing the period at the '
    'end of clause (l) with "; and" and adding the following new clause (m) at the end '
    "thereof:\n\n"
    '"(m) Liens on cash collateral securing Letters of Credit."\n\n'
    "Section 2.3 Amendment to Section 8.4. The last sentence of Section 8.4 of the Credit "
    'Agreement is hereby amended and restated to read as follows: "The Administrative Agent '
    'may rely on any notice it believes in good faith to be genuine."\n\n'
    "Section 2.4 Amendment to Section 6.12. The table in Section 6.12(a) of the Credit "
    "Agreement is hereby amended and restated as follows:\n\n"
    "Fiscal Quarter Ending        Maximum Leverage Ratio\n"
    "June 30, 2019                4.25:1.00\n"
    "September 30, 2019           4.00:1.00\n"
    "December 31, 2019 and after  3.75:1.00\n\n"
    'Section 2.5 Amendment to Definition. The "Aggregate Revolving Commitment" (as defined in '
    "the Credit Agreement) is hereby increased from $75,000,000 to $100,000,000.\n\n"
    "ARTICLE III\n\nMISCELLANEOUS\n\n"
    "Section 3.1 Effectiveness. This Amendment shall be effective upon execution by the "
    "Required Lenders.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nBRIGHTWATER RETAIL CORP."
    "\n\nBy: /s/ Kim Yates\nName: Kim Yates\nTitle: Treasurer\n\nSUMMIT NATIONAL BANK, as "
    "Administrative Agent\n\nBy: /s/ Luke Barr\nName: Luke Barr\nTitle: Director\n"
)
ARTICLE_ITEMS_CHANGES: list[Expected] = [
    ("5.11", None, "replace", "[Reserved]"),
    ("6.2(m)", None, "add", "(m) Liens on cash collateral securing Letters of Credit."),
    (
        "8.4",
        None,
        "amend",
        "The Administrative Agent may rely on any notice it believes in good faith to be genuine.",
    ),
    (
        "6.12(a)",
        None,
        "amend",
        "Fiscal Quarter Ending        Maximum Leverage Ratio\n"
        "June 30, 2019                4.25:1.00\n"
        "September 30, 2019           4.00:1.00\n"
        "December 31, 2019 and after  3.75:1.00",
    ),
    (None, "Aggregate Revolving Commitment", "amend", None),
]

NOTE_PURCHASE = (
    "FIRST AMENDMENT TO NOTE PURCHASE AGREEMENT\n\n"
    'This First Amendment to Note Purchase Agreement (this "First Amendment") is dated as of '
    'December 1, 2021 among CANYON WATER UTILITIES, INC. (the "Company") and each of the '
    'holders of Notes party hereto (the "Noteholders").\n\n'
    "The Company and the Noteholders are parties to a Note Purchase Agreement dated as of "
    'March 22, 2018 (the "Note Agreement").\n\n'
    "Section 1. Amendments. Effective on the date hereof, the Note Agreement is amended as "
    "follows:\n\n"
    "(a) Section 10.3 of the Note Agreement is amended to read in its entirety as "
    'follows:\n\n"Section 10.3. Priority Debt. The Company will not permit Priority Debt to '
    'exceed 15% of Consolidated Net Worth."\n\n'
    "(b) Section 10.6 of the Note Agreement is deleted in its entirety.\n\n"
    "(c) Schedule B to the Note Agreement is amended by adding the following definition in "
    'alphabetical order:\n\n"Priority Debt" means Indebtedness of Subsidiaries plus secured '
    "Indebtedness of the Company.\n\n"
    "Section 2. Miscellaneous. This First Amendment may be executed in counterparts.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this First Amendment.\n\nCANYON WATER "
    "UTILITIES, INC.\n\nBy: /s/ Sara Dunn\nName: Sara Dunn\nTitle: Treasurer\n\nMOUNTAIN STATES "
    "LIFE INSURANCE COMPANY\n\nBy: /s/ Ray Ortiz\nName: Ray Ortiz\nTitle: Vice President\n"
)
NOTE_PURCHASE_CHANGES: list[Expected] = [
    (
        "10.3",
        None,
        "replace",
        "Section 10.3. Priority Debt. The Company will not permit Priority Debt to exceed 15% of "
        "Consolidated Net Worth.",
    ),
    ("10.6", None, "delete", None),
    (
        None,
        "Priority Debt",
        "add",
        '"Priority Debt" means Indebtedness of Subsidiaries plus secured Indebtedness of the '
        "Company.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("items under an article, each its verb", ARTICLE_ITEMS, "2015-10-20", ARTICLE_ITEMS_CHANGES),
    ("a note purchase agreement", NOTE_PURCHASE, "2018-03-22", NOTE_PURCHASE_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
