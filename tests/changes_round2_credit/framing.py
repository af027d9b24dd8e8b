"""Credit amendments of round two whose framing is the test: the recitals of an amended and
restated agreement or of a request, changes effective later or on conditions, a page footer
between a lead-in and its list."""

from __future__ import annotations

from tests.changes_round2_credit.case import Case, amendment, case, cut

CASES: list[Case] = []


# 13. An amended and restated agreement: its recitals change nothing.
T = (
    "AMENDED AND RESTATED CREDIT AGREEMENT\n\n"
    'This AMENDED AND RESTATED CREDIT AGREEMENT (this "Agreement") is entered into as of '
    'October 1, 2018, among WESTLAKE MILLING COMPANY, an Iowa corporation (the "Borrower"), '
    "the Lenders party hereto and PRAIRIE NATIONAL BANK, as Agent.\n\n"
    "W I T N E S S E T H:\n\n"
    "WHEREAS, the Borrower, certain lenders and the Agent are parties to a Credit Agreement "
    'dated as of March 3, 2014 (the "Existing Credit Agreement");\n\n'
    "WHEREAS, the Borrower has requested that the Existing Credit Agreement be amended and "
    "restated in its entirety, and that Section 2.5 thereof be amended to increase the "
    "Aggregate Commitments to $60,000,000;\n\n"
    "WHEREAS, the parties hereto desire to amend and restate the Existing Credit Agreement in "
    "its entirety as set forth herein, and the Existing Credit Agreement is hereby amended and "
    "restated by this Agreement;\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "ARTICLE I\nDEFINITIONS\n\n"
    "Section 1.1 Defined Terms. As used in this Agreement, the following terms have the "
    'meanings specified below:\n\n"Aggregate Commitments" means $60,000,000.\n\n'
    "ARTICLE II\nTHE LOANS\n\n"
    "Section 2.1 Loans. Each Lender agrees to make Loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nWESTLAKE MILLING COMPANY"
    "\n\nBy: /s/ Ann Reyes\nName: Ann Reyes\nTitle: President\n"
)
case(CASES, "an amended and restated agreement's recitals", T, [])


# 14. Changes effective on conditions, two in one sentence.
T = amendment(
    "4. Amendments Effective on the Second Amendment Effective Date. Effective on the date on "
    "which each condition set forth in Section 6 hereof is satisfied, (a) Section 2.8 of the "
    'Credit Agreement is hereby amended by deleting "0.25%" and inserting "0.375%" in lieu '
    "thereof; and (b) Section 8.1(f) of the Credit Agreement is hereby amended by deleting "
    '"$10,000,000" and inserting "$15,000,000" in lieu thereof.'
)
case(
    CASES,
    "two changes effective on conditions",
    T,
    [("2.8", None, "amend", "0.375%"), ("8.1(f)", None, "amend", "$15,000,000")],
)


# 15. A change effective on a later date.
T = amendment(
    "2. Amendment Effective January 1, 2020. Effective as of January 1, 2020, Section 7.9 of "
    "the Credit Agreement is amended and restated in its entirety as follows:\n\n"
    '"7.9 Minimum Liquidity. The Borrower shall maintain Liquidity of not less than '
    '$8,000,000 at all times."\n\n'
    "3. Representations. The Borrower represents that no Event of Default has occurred."
)
case(
    CASES,
    "a section restated effective on a later date",
    T,
    [("7.9", None, "replace", cut(T, "7.9 Minimum Liquidity.", "$8,000,000 at all times."))],
)


# 17. A page footer between the lead-in and its list.
T = amendment(
    "SECTION 2. Amendments. The Credit Agreement is hereby amended as follows:\n\n"
    "                                   -2-\n\f\n"
    '     (a) Section 5.1(c) is amended by deleting "forty-five (45) days" and substituting '
    '"sixty (60) days" therefor.\n\n'
    "     (b) Section 5.14 is hereby deleted in its entirety.\n\n"
    "SECTION 3. Miscellaneous. This Amendment is a Loan Document."
)
case(
    CASES,
    "page footer between the lead-in and its list",
    T,
    [("5.1(c)", None, "amend", "sixty (60) days"), ("5.14", None, "delete", None)],
)


# 28. A request in the recitals is no change; the operative section is.
T = amendment(
    "1. Restricted Payments. Section 6.12 of the Credit Agreement is hereby amended by deleting "
    'the figure "$1,000,000" in clause (b) thereof and substituting "$2,500,000" therefor.',
    title="WAIVER AND FIRST AMENDMENT TO CREDIT AGREEMENT",
).replace(
    "has requested that the Lenders amend the Credit Agreement",
    "has requested that Section 6.12 of the Credit Agreement be amended",
)
case(
    CASES, "a request in the recitals, then the change", T, [("6.12", None, "amend", "$2,500,000")]
)
