"""A second batch of whole amendments written blind for stop 27, after the first batch's rules
(``test_changes_more_whole_amendments.py``) were written: the changes expected were stated
before the extractor was run on them, so their first score checks whether those rules and the
earlier ones carry to shapes nobody tuned on (a bank's amendment letter with items "a.", "b.",
a supplemental indenture stripping covenants, a lease with a rent table and an added exhibit,
an employment agreement, a credit agreement's pricing grid and restated covenant). Names,
amounts and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

LETTER = (
    "LAKEVIEW COMMUNITY BANK\n400 Water Street\nMadison, Wisconsin 53703\n\n"
    "June 12, 2020\n\n"
    "Prairie Fields Dairy Cooperative\n18 County Road K\nBaraboo, Wisconsin 53913\n\n"
    "Re: Second Amendment to Loan Agreement\n\n"
    "Ladies and Gentlemen:\n\n"
    "Reference is made to the Loan Agreement dated as of September 30, 2017 (as amended, the "
    '"Loan Agreement") between Prairie Fields Dairy Cooperative (the "Borrower") and Lakeview '
    'Community Bank (the "Bank"). The Borrower has asked the Bank to amend the Loan Agreement. '
    "Accordingly, the Bank and the Borrower agree that the Loan Agreement is hereby amended as "
    "follows:\n\n"
    "a. Section 5.1(c) of the Loan Agreement is amended to read as follows:\n\n"
    '"(c) within 120 days after the end of each fiscal year, its audited financial statements '
    'for that year;"\n\n'
    'b. The reference to "$3,000,000" in Section 6.4 of the Loan Agreement is changed to '
    '"$4,000,000".\n\n'
    "c. Section 9 of the Loan Agreement is amended by adding the following new paragraph at the "
    'end thereof: "The Bank may share information about the Borrower with its affiliates."\n\n'
    "The Bank also waives the Event of Default under Section 6.2 of the Loan Agreement for the "
    "fiscal quarter ended March 31, 2020. Except as amended by this letter, the Loan Agreement "
    "remains in full force and effect.\n\n"
    "Very truly yours,\n\nLAKEVIEW COMMUNITY BANK\n\nBy: /s/ Greta Olson\nName: Greta Olson\n"
    "Title: Senior Vice President\n\nAGREED AND ACCEPTED:\n\nPRAIRIE FIELDS DAIRY COOPERATIVE\n\n"
    "By: /s/ Hal Brandt\nName: Hal Brandt\nTitle: General Manager\n"
)
LETTER_CHANGES: list[Expected] = [
    (
        "5.1(c)",
        None,
        "replace",
        "(c) within 120 days after the end of each fiscal year, its audited financial statements "
        "for that year;",
    ),
    ("6.4", None, "amend", "$4,000,000"),
    ("9", None, "amend", "The Bank may share information about the Borrower with its affiliates."),
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

CREDIT = (
    "FOURTH AMENDMENT TO CREDIT AGREEMENT\n\n"
    'This FOURTH AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of March 29, 2023 '
    'and is among TIMBERLINE FOODS GROUP, INC., a Minnesota corporation (the "Borrower"), the '
    'Lenders party hereto and NORTHERN PLAINS BANK, as administrative agent (the "Agent").\n\n'
    "RECITALS\n\n"
    "The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of "
    'November 18, 2020 (as amended prior to the date hereof, the "Credit Agreement").\n\n'
    "The parties therefore agree as follows:\n\n"
    "1. Defined Terms. Capitalized terms used herein have the meanings given in the Credit "
    "Agreement.\n\n"
    "2. Amendments.\n\n"
    '2.1 The pricing grid in the definition of "Applicable Margin" in Section 1.1 of the Credit '
    "Agreement is hereby deleted and replaced with the following:\n\n"
    "Level   Leverage Ratio      SOFR Margin   Base Rate Margin\n"
    "I       < 2.00:1.00         1.75%         0.75%\n"
    "II      >= 2.00:1.00        2.25%         1.25%\n\n"
    "2.2 Section 7.1 of the Credit Agreement is hereby amended and restated in its entirety as "
    "follows:\n\n"
    '"7.1 Financial Covenants.\n\n'
    "(a) Maximum Leverage Ratio. The Borrower shall not permit the Leverage Ratio to exceed 3.50 "
    "to 1.00.\n\n"
    "(b) Minimum Interest Coverage Ratio. The Borrower shall not permit the Interest Coverage "
    'Ratio to be less than 3.00 to 1.00."\n\n'
    '2.3 Section 8.1(e) of the Credit Agreement is hereby amended by deleting "$1,000,000" each '
    'place it appears and substituting "$2,500,000" therefor.\n\n'
    "2.4 Section 10.12 of the Credit Agreement is hereby deleted in its entirety.\n\n"
    "2.5 Exhibit C (Form of Compliance Certificate) to the Credit Agreement is hereby amended "
    "and restated in the form of Exhibit C attached hereto.\n\n"
    "3. Conditions. This Amendment shall become effective when the Agent has received "
    "counterparts signed by the Borrower and the Required Lenders.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above "
    "written.\n\nTIMBERLINE FOODS GROUP, INC.\n\nBy: /s/ Erin Holt\nName: Erin Holt\nTitle: "
    "Chief Financial Officer\n\nNORTHERN PLAINS BANK, as Agent and a Lender\n\nBy: /s/ Dale "
    "Kerr\nName: Dale Kerr\nTitle: Senior Vice President\n\n\n"
    "EXHIBIT C\n\nFORM OF COMPLIANCE CERTIFICATE\n\nThe undersigned officer of Timberline Foods "
    "Group, Inc. certifies that no Default has occurred and is continuing.\n"
)
CREDIT_CHANGES: list[Expected] = [
    (
        None,
        "Applicable Margin",
        "amend",
        "Level   Leverage Ratio      SOFR Margin   Base Rate Margin\n"
        "I       < 2.00:1.00         1.75%         0.75%\n"
        "II      >= 2.00:1.00        2.25%         1.25%",
    ),
    (
        "7.1",
        None,
        "replace",
        "7.1 Financial Covenants.\n\n(a) Maximum Leverage Ratio. The Borrower shall not permit "
        "the Leverage Ratio to exceed 3.50 to 1.00.\n\n(b) Minimum Interest Coverage Ratio. The "
        "Borrower shall not permit the Interest Coverage Ratio to be less than 3.00 to 1.00.",
    ),
    ("8.1(e)", None, "amend", "$2,500,000"),
    ("10.12", None, "delete", None),
    (
        "Exhibit C",
        None,
        "replace",
        "EXHIBIT C\n\nFORM OF COMPLIANCE CERTIFICATE\n\nThe undersigned officer of Timberline "
        "Foods Group, Inc. certifies that no Default has occurred and is continuing.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("a bank's amendment letter, items a. b. c.", LETTER, "2017-09-30", LETTER_CHANGES),
    ("a supplemental indenture", INDENTURE, "2019-03-15", INDENTURE_CHANGES),
    ("a lease: rent table, added exhibit", LEASE, "2018-08-01", LEASE_CHANGES),
    ("an employment agreement", EMPLOYMENT, "2022-05-01", EMPLOYMENT_CHANGES),
    ("a pricing grid and a restated covenant", CREDIT, "2020-11-18", CREDIT_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
