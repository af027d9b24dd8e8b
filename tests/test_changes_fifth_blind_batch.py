"""A fifth batch written blind for stop 27 (the changes expected stated before the extractor
was run on them): one credit agreement amendment whose items change parts of sections (a
clause deleted and a new one put in its place, words inserted after a word of a section's
first sentence, a proviso deleted, a row of an annex deleted, a new section added to an
article, references to a party renamed), and a guaranty amendment drafted in paragraphs with
its own headings. Names, amounts and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

PARTS = (
    "SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT\n\n"
    'THIS SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT (this "Amendment") dated as of July '
    '27, 2018 is by and among EVERGREEN OUTDOOR BRANDS, INC. (the "Borrower"), the lenders '
    'party hereto (the "Lenders") and PACIFIC CREST BANK, as administrative agent (in such '
    'capacity, the "Agent").\n\n'
    "WHEREAS, the Borrower, the Lenders and the Agent are parties to that certain Revolving "
    'Credit Agreement dated as of December 1, 2016 (as amended, the "Credit Agreement");\n\n'
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "1. Amendments. The Credit Agreement is hereby amended as follows:\n\n"
    "(a) Section 2.1 of the Credit Agreement is hereby amended by deleting clause (ii) thereof "
    "in its entirety and inserting in lieu thereof the following:\n\n"
    '"(ii) the aggregate Revolving Exposure shall not exceed the Borrowing Base;"\n\n'
    "(b) The first sentence of Section 4.1 of the Credit Agreement is hereby amended by "
    'inserting the words "or any Affiliate thereof" immediately after the word "Borrower".\n\n'
    "(c) The proviso at the end of Section 6.5 of the Credit Agreement is hereby deleted.\n\n"
    "(d) Annex A (Pricing Schedule) to the Credit Agreement is hereby amended by deleting the "
    "row for Level IV.\n\n"
    "(e) Article VIII of the Credit Agreement is hereby amended by adding a new Section 8.15 at "
    "the end thereof to read as follows:\n\n"
    '"8.15 ERISA Matters. Each Lender represents that it is not using plan assets to fund its '
    'Loans."\n\n'
    '(f) Each reference in the Credit Agreement to "Pacific Crest Bank" shall be deemed a '
    'reference to "Pacific Crest Bank, National Association".\n\n'
    "2. Effectiveness. This Amendment shall be effective upon execution by the Borrower, the "
    "Required Lenders and the Agent.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nEVERGREEN OUTDOOR "
    "BRANDS, INC.\n\nBy: /s/ Paula Snow\nName: Paula Snow\nTitle: Chief Financial Officer\n\n"
    "PACIFIC CREST BANK, as Agent\n\nBy: /s/ Henry Tse\nName: Henry Tse\nTitle: Director\n"
)
PARTS_CHANGES: list[Expected] = [
    (
        "2.1(ii)",
        None,
        "replace",
        "(ii) the aggregate Revolving Exposure shall not exceed the Borrowing Base;",
    ),
    ("4.1", None, "amend", "or any Affiliate thereof"),
    ("6.5", None, "amend", None),
    ("Annex A", None, "amend", None),
    (
        "8.15",
        None,
        "add",
        "8.15 ERISA Matters. Each Lender represents that it is not using plan assets to fund its "
        "Loans.",
    ),
]

GUARANTY = (
    "FIRST AMENDMENT TO CONTINUING GUARANTY\n\n"
    'This First Amendment to Continuing Guaranty (this "Amendment") is made as of March 14, '
    '2019 by HOLLIS FAMILY HOLDINGS, LLC (the "Guarantor") in favor of REDSTONE BANK (the '
    '"Bank").\n\n'
    "The Guarantor executed a Continuing Guaranty dated as of October 31, 2015 in favor of "
    'the Bank (the "Guaranty"). The Guarantor and the Bank agree as follows:\n\n'
    "1. Maximum Liability. Paragraph 2 of the Guaranty is hereby amended to read in its "
    "entirety as follows:\n\n"
    '"2. Maximum Liability. The liability of the Guarantor under this Guaranty shall not '
    'exceed $4,000,000 plus costs of collection."\n\n'
    "2. Financial Reporting. Paragraph 9 of the Guaranty is hereby amended by deleting "
    '"within 120 days" and inserting "within 90 days" in lieu thereof.\n\n'
    "3. Liquidity Covenant. The following is hereby added to the Guaranty as new Paragraph "
    "15:\n\n"
    '"15. Liquidity. The Guarantor shall at all times maintain unencumbered liquid assets of '
    'at least $1,000,000."\n\n'
    "4. Reaffirmation. The Guarantor reaffirms the Guaranty as amended hereby.\n\n"
    "IN WITNESS WHEREOF, the Guarantor has executed this Amendment.\n\nHOLLIS FAMILY "
    "HOLDINGS, LLC\n\nBy: /s/ Mark Hollis\nName: Mark Hollis\nTitle: Managing Member\n\n"
    "ACCEPTED: REDSTONE BANK\n\nBy: /s/ Jill Park\nName: Jill Park\nTitle: Vice President\n"
)
GUARANTY_CHANGES: list[Expected] = [
    (
        "2",
        None,
        "replace",
        "2. Maximum Liability. The liability of the Guarantor under this Guaranty shall not "
        "exceed $4,000,000 plus costs of collection.",
    ),
    ("9", None, "amend", "within 90 days"),
    (
        "15",
        None,
        "add",
        "15. Liquidity. The Guarantor shall at all times maintain unencumbered liquid assets of "
        "at least $1,000,000.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("parts of sections", PARTS, "2016-12-01", PARTS_CHANGES),
    ("a guaranty in paragraphs", GUARANTY, "2015-10-31", GUARANTY_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
