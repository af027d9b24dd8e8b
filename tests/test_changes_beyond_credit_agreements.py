"""Whole amendments of agreements other than credit agreements, written blind (the changes
expected stated before the extractor ran on them): a warrant's terms changed in sentences, a
guaranty in paragraphs with its own headings, an operating agreement adding a subsection and
replacing an exhibit, a note purchase agreement's lettered changes without "by", a pledge
agreement's section replaced "in lieu thereof", a supplemental indenture stripping covenants,
a lease with a rent table and an added exhibit, an employment agreement. Names, amounts and
dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

WARRANT = (
    "AMENDMENT TO COMMON STOCK PURCHASE WARRANT\n\n"
    'This Amendment to Common Stock Purchase Warrant (this "Amendment") is dated as of August '
    "8, 2023, between QUANTUM RIDGE SOLAR, INC., a Nevada corporation (the "
    '"Company"), and BRISTLECONE FUND II, L.P. (the "Holder").\n\n'
    "WHEREAS, the Company issued to the Holder a Common Stock Purchase Warrant dated as of "
    'October 2, 2020 to purchase 500,000 shares of Common Stock (the "Warrant");\n\n'
    "NOW, THEREFORE, the Company and the Holder agree as follows:\n\n"
    "1. The Exercise Price of the Warrant is hereby reduced from $1.25 to $0.75 per share.\n\n"
    "2. The Expiration Date of the Warrant is hereby extended to March 31, 2028.\n\n"
    "3. Section 2(c) of the Warrant is hereby amended and restated in its entirety to read as "
    "follows:\n\n"
    '"(c) Cashless Exercise. The Holder may exercise this Warrant by means of a cashless '
    'exercise at any time."\n\n'
    "4. All other terms of the Warrant remain unchanged.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nQUANTUM RIDGE SOLAR, INC."
    "\n\nBy: /s/ Tara Beck\nName: Tara Beck\nTitle: Chief Executive Officer\n\nBRISTLECONE "
    "FUND II, L.P.\n\nBy: /s/ Evan Shaw\nName: Evan Shaw\nTitle: Managing Partner\n"
)
WARRANT_CHANGES: list[Expected] = [
    # the new value stated without quotes is the new wording (tests/changes_round5)
    (None, "Exercise Price", "amend", "$0.75 per share"),
    (None, "Expiration Date", "amend", "March 31, 2028"),
    (
        "2(c)",
        None,
        "replace",
        "(c) Cashless Exercise. The Holder may exercise this Warrant by means of a cashless "
        "exercise at any time.",
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

INDENTURE = (
    "FIRST SUPPLEMENTAL INDENTURE\n\n"
    'FIRST SUPPLEMENTAL INDENTURE (this "Supplemental Indenture"), dated as of February 6, 2024, '
    "between ORION PIPELINE PARTNERS, L.P., a Delaware limited partnership (the "
    '"Issuer"), and CENTURY TRUST COMPANY, N.A., as trustee (the "Trustee").\n\n'
    "W I T N E S S E T H\n\n"
    "WHEREAS, the Issuer and the Trustee are parties to an Indenture dated as of March 15, 2019 "
    '(the "Indenture"), governing the Issuer\'s 6.250% Senior Notes due 2027;\n\n'
    "WHEREAS, the Holders of a majority in aggregate principal amount of the outstanding Notes "
    "have consented to the amendments set forth herein;\n\n"
    "NOW, THEREFORE, the Issuer and the Trustee agree as follows:\n\n"
    "ARTICLE II\n\nAMENDMENTS TO THE INDENTURE\n\n"
    "SECTION 2.01. Amendment of Section 4.09. Section 4.09(b)(3) of the Indenture is hereby "
    'amended by replacing "$100.0 million" with "$150.0 million".\n\n'
    "SECTION 2.02. Addition of Section 4.20. The following new Section 4.20 is hereby added to "
    "the Indenture:\n\n"
    '"Section 4.20. Sustainability Reporting. The Issuer shall post an annual sustainability '
    'report on its website within 180 days after the end of each fiscal year."\n\n'
    "SECTION 2.03. Deletion of Certain Covenants. Sections 4.07, 4.10 and 4.12 of the Indenture "
    'are hereby deleted in their entirety and replaced with "[Intentionally Omitted]".\n\n'
    "SECTION 2.04. Amendment of Definitions. Section 1.01 of the Indenture is hereby amended by "
    'deleting the definitions of "Permitted Investments" and "Restricted Payment" in their '
    "entirety.\n\n"
    "ARTICLE III\n\nMISCELLANEOUS\n\n"
    "SECTION 3.01. Ratification. The Indenture, as supplemented by this Supplemental Indenture, "
    "is in all respects ratified and confirmed.\n\n"
    "IN WITNESS WHEREOF, the parties have caused this Supplemental Indenture to be duly "
    "executed as of the date first above written.\n\nORION PIPELINE PARTNERS, L.P.\n\nBy: /s/ "
    "Diane Kwan\nName: Diane Kwan\nTitle: Chief Financial Officer\n\nCENTURY TRUST COMPANY, N.A., "
    "as Trustee\n\nBy: /s/ Paul Ennis\nName: Paul Ennis\nTitle: Vice President\n"
)
INDENTURE_CHANGES: list[Expected] = [
    ("4.09(b)(3)", None, "amend", "$150.0 million"),
    (
        "4.20",
        None,
        "add",
        "Section 4.20. Sustainability Reporting. The Issuer shall post an annual sustainability "
        "report on its website within 180 days after the end of each fiscal year.",
    ),
    ("4.07", None, "replace", "[Intentionally Omitted]"),
    ("4.10", None, "replace", "[Intentionally Omitted]"),
    ("4.12", None, "replace", "[Intentionally Omitted]"),
    (None, "Permitted Investments", "delete", None),
    (None, "Restricted Payment", "delete", None),
]

LEASE = (
    "THIRD AMENDMENT TO OFFICE LEASE\n\n"
    'THIS THIRD AMENDMENT TO OFFICE LEASE (this "Amendment") is made as of October 1, 2024, by '
    'and between GRANITE SQUARE OWNER LLC, a Delaware limited liability company ("Landlord"), '
    'and BLUEWATER ANALYTICS, INC., a Colorado corporation ("Tenant").\n\n'
    "RECITALS\n\n"
    "A. Landlord and Tenant are parties to that certain Office Lease dated as of August 1, 2018 "
    '(as amended, the "Lease"), for premises on the fourth floor of 1600 Granite Square, '
    "Denver, Colorado.\n\n"
    "B. Landlord and Tenant desire to extend the Term and to amend the Lease as provided "
    "below.\n\n"
    "AGREEMENT\n\n"
    "1. Term. Section 2.1 of the Lease is hereby amended to extend the Term through December "
    "31, 2030.\n\n"
    "2. Rent. Article 3 of the Lease (Rent) is amended by deleting the Base Rent schedule set "
    "forth therein and substituting the following:\n\n"
    "Period                              Monthly Base Rent\n"
    "January 1, 2025 - December 31, 2027  $48,500.00\n"
    "January 1, 2028 - December 31, 2030  $51,250.00\n\n"
    "3. Improvements. The Lease is hereby amended by adding Exhibit B (Work Letter) in the form "
    "attached to this Amendment as Exhibit B.\n\n"
    "4. Brokers. Each party represents that it has dealt with no broker in connection with this "
    "Amendment.\n\n"
    "IN WITNESS WHEREOF, Landlord and Tenant have executed this Amendment as of the date first "
    "written above.\n\nLANDLORD:\n\nGRANITE SQUARE OWNER LLC\n\nBy: /s/ Lena Fox\nName: Lena "
    "Fox\nTitle: Authorized Signatory\n\nTENANT:\n\nBLUEWATER ANALYTICS, INC.\n\nBy: /s/ Raj "
    "Mehta\nName: Raj Mehta\nTitle: Chief Executive Officer\n\n\n"
    "EXHIBIT B\n\nWORK LETTER\n\nLandlord shall provide Tenant an allowance of $15.00 per "
    "rentable square foot for improvements to the Premises.\n"
)
LEASE_CHANGES: list[Expected] = [
    ("2.1", None, "amend", None),
    (
        "Article 3",
        None,
        "amend",
        "Period                              Monthly Base Rent\n"
        "January 1, 2025 - December 31, 2027  $48,500.00\n"
        "January 1, 2028 - December 31, 2030  $51,250.00",
    ),
    (
        "Exhibit B",
        None,
        "add",
        "EXHIBIT B\n\nWORK LETTER\n\nLandlord shall provide Tenant an allowance of $15.00 per "
        "rentable square foot for improvements to the Premises.",
    ),
]

EMPLOYMENT = (
    "AMENDMENT NO. 1 TO EMPLOYMENT AGREEMENT\n\n"
    'This Amendment No. 1 to Employment Agreement (this "Amendment") is entered into as of '
    'December 15, 2024, by and between NORTHSTAR THERAPEUTICS, INC. (the "Company") and '
    'MIRIAM ACKERLY ("Executive").\n\n'
    "WHEREAS, the Company and Executive entered into an Employment Agreement dated as of May 1, "
    '2022 (the "Employment Agreement"); and\n\n'
    "WHEREAS, the Company and Executive wish to amend the Employment Agreement as set forth "
    "herein.\n\n"
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "1. Section 3(a) of the Employment Agreement is hereby amended by deleting the first "
    'sentence thereof and replacing it with the following: "The Company shall pay Executive a '
    'base salary at the annual rate of $425,000."\n\n'
    "2. Section 5(d) of the Employment Agreement is amended by inserting the following at the "
    "end of such section: \"Any payment under this Section 5(d) is subject to Executive's "
    'execution of a release of claims."\n\n'
    "3. A new Section 12 is added to the Employment Agreement to read as follows:\n\n"
    "\"12. Clawback. Any incentive compensation paid to Executive is subject to the Company's "
    'clawback policy as in effect from time to time."\n\n'
    "4. Except as set forth herein, the Employment Agreement remains in full force and effect."
    "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment as of the date first "
    "written above.\n\nNORTHSTAR THERAPEUTICS, INC.\n\nBy: /s/ Colin Marsh\nName: Colin Marsh\n"
    "Title: Chief Executive Officer\n\nEXECUTIVE\n\n/s/ Miriam Ackerly\nMiriam Ackerly\n"
)
EMPLOYMENT_CHANGES: list[Expected] = [
    (
        "3(a)",
        None,
        "amend",
        "The Company shall pay Executive a base salary at the annual rate of $425,000.",
    ),
    (
        "5(d)",
        None,
        "amend",
        "Any payment under this Section 5(d) is subject to Executive's execution of a release of "
        "claims.",
    ),
    (
        "12",
        None,
        "add",
        "12. Clawback. Any incentive compensation paid to Executive is subject to the Company's "
        "clawback policy as in effect from time to time.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("a warrant", WARRANT, "2020-10-02", WARRANT_CHANGES),
    ("a guaranty in paragraphs", GUARANTY, "2015-10-31", GUARANTY_CHANGES),
    ("an operating agreement", OPERATING, "2018-04-02", OPERATING_CHANGES),
    ("a note purchase agreement", NOTE_PURCHASE, "2018-03-22", NOTE_PURCHASE_CHANGES),
    ("a pledge agreement", PLEDGE, "2010-05-14", PLEDGE_CHANGES),
    ("a supplemental indenture", INDENTURE, "2019-03-15", INDENTURE_CHANGES),
    ("a lease: rent table, added exhibit", LEASE, "2018-08-01", LEASE_CHANGES),
    ("an employment agreement", EMPLOYMENT, "2022-05-01", EMPLOYMENT_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
