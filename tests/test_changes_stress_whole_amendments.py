"""The change reader's stress test on whole amendments (see
:mod:`tests.test_changes_stress_shapes`), written blind: a note, a lease, a licence, an employment
agreement, a bank's letter, a stock purchase agreement, an amendment "effective as of" an earlier
day, run-in headings, a typewritten filing, a base defined as the "Existing Credit Agreement",
items numbered "(1)"."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.records import SourceDocument
from tests.amendment_changes import Expected, assert_changes

NOTE = (
    "FIRST AMENDMENT TO PROMISSORY NOTE\n\n"
    'This First Amendment to Promissory Note (this "Amendment") is made as of May 12, 2021 by '
    'HARBOR LANTERN FOODS, INC., a Georgia corporation (the "Maker"), and CYPRESS COMMUNITY '
    'BANK (the "Holder").\n\n'
    "The Maker executed and delivered to the Holder a Promissory Note dated June 1, 2018 in the "
    'original principal amount of $2,000,000 (the "Note"). The Maker and the Holder agree as '
    "follows:\n\n"
    "1. Paragraph 4 of the Note is amended to read as follows:\n\n"
    '"4. Maturity. The entire unpaid principal balance and all accrued interest shall be due '
    'on December 31, 2025."\n\n'
    "2. The interest rate set forth in Paragraph 2 of the Note is hereby reduced from 8% to "
    "6%.\n\n"
    "3. Except as amended hereby, the Note remains in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nHARBOR LANTERN FOODS, INC."
    "\n\nBy: /s/ Nina Ruiz\nName: Nina Ruiz\nTitle: President\n\nCYPRESS COMMUNITY BANK\n\nBy: "
    "/s/ Carl Ode\nName: Carl Ode\nTitle: Senior Vice President\n"
)
NOTE_CHANGES: list[Expected] = [
    (
        "4",
        None,
        "replace",
        "4. Maturity. The entire unpaid principal balance and all accrued interest shall be due "
        "on December 31, 2025.",
    ),
    ("2", None, "amend", "6%"),  # (written blind with "6%", the unquoted value)
]

LEASE = (
    "SECOND AMENDMENT TO LEASE\n\n"
    'This Second Amendment to Lease (this "Amendment") is entered into as of September 9, 2019 '
    'by and between ORCHARD POINT PROPERTIES LLC ("Landlord") and TALLGRASS ANALYTICS, INC. '
    '("Tenant").\n\n'
    "RECITALS\n\n"
    "A. Landlord and Tenant are parties to that certain Lease dated as of March 1, 2014 (the "
    '"Lease") for premises at 400 Mill Street, Fairview, Ohio.\n\n'
    "B. Landlord and Tenant desire to extend the Term and amend the Lease as set forth below.\n\n"
    "AGREEMENT\n\n"
    '1. Term. Paragraph 3 of the Lease, entitled "Term", is amended by deleting "May 31, 2024" '
    'and inserting "May 31, 2029".\n\n'
    '2. Base Rent. Paragraph 5 of the Lease, entitled "Base Rent", is deleted in its entirety '
    'and replaced with the following:\n\n"5. Base Rent. Tenant shall pay Base Rent of $12,500 '
    'per month."\n\n'
    "3. Exhibit B to the Lease is hereby deleted.\n\n"
    "4. Ratification. The Lease, as amended hereby, is ratified and confirmed.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nORCHARD POINT PROPERTIES "
    "LLC\n\nBy: /s/ Dana Kim\nName: Dana Kim\nTitle: Manager\n\nTALLGRASS ANALYTICS, INC.\n\nBy: "
    "/s/ Leo Park\nName: Leo Park\nTitle: Chief Financial Officer\n"
)
LEASE_CHANGES: list[Expected] = [
    ("3", None, "amend", "May 31, 2029"),
    ("5", None, "replace", "5. Base Rent. Tenant shall pay Base Rent of $12,500 per month."),
    ("Exhibit B", None, "delete", None),
]

LICENSE = (
    "AMENDMENT NO. 1 TO LICENSE AGREEMENT\n\n"
    'This Amendment No. 1 to License Agreement (this "Amendment") is effective as of February 1, '
    '2022, between NORTHBEAM THERAPEUTICS, INC. ("Licensee") and KESTREL UNIVERSITY '
    '("Licensor").\n\n'
    "Licensor and Licensee are parties to an Exclusive License Agreement dated as of August 15, "
    '2017 (the "License Agreement"). The parties hereby agree as follows:\n\n'
    '1. Section 4.1 of the License Agreement is amended by replacing "five percent (5%)" with '
    '"four percent (4%)".\n\n'
    "2. A new Section 12.9 is added to the License Agreement as follows:\n\n"
    '"12.9 Audit. Licensor may audit Licensee\'s records once per calendar year."\n\n'
    "3. Except as set forth herein, the License Agreement is unchanged.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nNORTHBEAM THERAPEUTICS, "
    "INC.\n\nBy: /s/ Ravi Shah\nName: Ravi Shah\nTitle: Chief Executive Officer\n\nKESTREL "
    "UNIVERSITY\n\nBy: /s/ Amy Lowe\nName: Amy Lowe\nTitle: Director, Technology Transfer\n"
)
LICENSE_CHANGES: list[Expected] = [
    ("4.1", None, "amend", "four percent (4%)"),
    (
        "12.9",
        None,
        "add",
        "12.9 Audit. Licensor may audit Licensee's records once per calendar year.",
    ),
]

EMPLOYMENT = (
    "AMENDMENT TO EMPLOYMENT AGREEMENT\n\n"
    'This Amendment to Employment Agreement (this "Amendment") is entered into as of January 4, '
    '2024, by and between SILVERPINE MEDICAL CORP., a Delaware corporation (the "Company"), and '
    'Marcus Hale (the "Executive").\n\n'
    "WHEREAS, the Company and the Executive entered into an Employment Agreement dated as of "
    'April 1, 2021 (the "Employment Agreement");\n\n'
    "NOW, THEREFORE, the Company and the Executive agree as follows:\n\n"
    '1. Section 3(a) of the Employment Agreement is hereby amended by deleting "$300,000" and '
    'replacing it with "$350,000".\n\n'
    "2. Section 5 of the Employment Agreement is amended by adding the following new subsection "
    '(e):\n\n"(e) Retention Bonus. The Company shall pay the Executive a retention bonus of '
    '$100,000."\n\n'
    "3. All other provisions of the Employment Agreement remain in effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nSILVERPINE MEDICAL CORP."
    "\n\nBy: /s/ Joan Fitch\nName: Joan Fitch\nTitle: Chief Executive Officer\n\n/s/ Marcus "
    "Hale\nMarcus Hale\n"
)
EMPLOYMENT_CHANGES: list[Expected] = [
    ("3(a)", None, "amend", "$350,000"),
    (
        "5(e)",
        None,
        "add",
        "(e) Retention Bonus. The Company shall pay the Executive a retention bonus of $100,000.",
    ),
]

LETTER = (
    "CYPRESS COMMUNITY BANK\n200 Main Street\nMacon, Georgia 31201\n\nOctober 3, 2016\n\n"
    "Blue Heron Marine, Inc.\n15 Dock Road\nSavannah, Georgia 31401\n\n"
    "Re: Amendment to Loan Agreement\n\nLadies and Gentlemen:\n\n"
    'Reference is made to the Loan Agreement dated as of May 1, 2015 (the "Loan Agreement") '
    'between Blue Heron Marine, Inc. (the "Borrower") and Cypress Community Bank (the '
    '"Bank"). At your request, we agree that Section 6.3 of the Loan Agreement shall be amended '
    'to read as follows:\n\n"6.3 Minimum Liquidity. The Borrower shall maintain Liquidity of at '
    'least $3,000,000."\n\n'
    "Except as set forth in this letter, the Loan Agreement remains unchanged. Please sign "
    "below to indicate your agreement.\n\nVery truly yours,\n\nCYPRESS COMMUNITY BANK\n\nBy: /s/ "
    "Carl Ode\nName: Carl Ode\nTitle: Senior Vice President\n\nAGREED AND ACCEPTED:\n\nBLUE "
    "HERON MARINE, INC.\n\nBy: /s/ Ann Lutz\nName: Ann Lutz\nTitle: President\n"
)
LETTER_CHANGES: list[Expected] = [
    (
        "6.3",
        None,
        "replace",
        "6.3 Minimum Liquidity. The Borrower shall maintain Liquidity of at least $3,000,000.",
    ),
]

PURCHASE = (
    "AMENDMENT NO. 2 TO STOCK PURCHASE AGREEMENT\n\n"
    'This Amendment No. 2 to Stock Purchase Agreement (this "Amendment") is dated as of August '
    '20, 2021, among COPPERLINE HOLDINGS, INC. ("Buyer"), the sellers listed on the signature '
    'pages hereto (the "Sellers") and Helen Vance, as Sellers\' Representative.\n\n'
    "WHEREAS, Buyer, the Sellers and the Sellers' Representative are parties to a Stock "
    'Purchase Agreement dated as of June 7, 2021 (as amended, the "Purchase Agreement");\n\n'
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "Section 1. Purchase Price. Section 2.2 of the Purchase Agreement is hereby amended by "
    'deleting the reference to "$45,000,000" and replacing it with "$42,500,000".\n\n'
    "Section 2. Outside Date. Section 8.1(b) of the Purchase Agreement is amended by changing "
    'the date "September 30, 2021" to "December 31, 2021".\n\n'
    "Section 3. No Other Changes. Except as expressly amended hereby, the Purchase Agreement "
    "remains in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nCOPPERLINE HOLDINGS, INC."
    "\n\nBy: /s/ Owen Grant\nName: Owen Grant\nTitle: Chief Executive Officer\n\n/s/ Helen Vance"
    "\nHelen Vance, as Sellers' Representative\n"
)
PURCHASE_CHANGES: list[Expected] = [
    ("2.2", None, "amend", "$42,500,000"),
    ("8.1(b)", None, "amend", "December 31, 2021"),
]

EFFECTIVE = (
    "THIRD AMENDMENT TO CREDIT AGREEMENT\n\n"
    'This Third Amendment to Credit Agreement (this "Amendment") is entered into on February 15, '
    '2021 and is effective as of January 1, 2021 (the "Third Amendment Effective Date"), by and '
    'between GRANITE VALE TOOLS, INC. (the "Borrower") and LAKESHORE NATIONAL BANK (the '
    '"Bank").\n\n'
    "The Borrower and the Bank are parties to a Credit Agreement dated as of November 30, 2017 "
    '(as amended, the "Credit Agreement"). The parties agree as follows:\n\n'
    "SECTION 1. Amendments to Credit Agreement. Effective as of the Third Amendment Effective "
    "Date, the Credit Agreement is amended as follows:\n\n"
    '(a) The definition of "Revolving Termination Date" in Section 1.1 of the Credit Agreement '
    'is amended by deleting "November 30, 2021" and inserting "November 30, 2023".\n\n'
    "(b) Section 7.2 of the Credit Agreement is deleted in its entirety and replaced with the "
    'following:\n\n"7.2 Fixed Charge Coverage Ratio. The Borrower shall maintain a Fixed Charge '
    'Coverage Ratio of at least 1.20 to 1.00."\n\n'
    "SECTION 2. Counterparts. This Amendment may be executed in counterparts.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nGRANITE VALE TOOLS, INC."
    "\n\nBy: /s/ Paul Reyes\nName: Paul Reyes\nTitle: Treasurer\n\nLAKESHORE NATIONAL BANK\n\nBy: "
    "/s/ Kay Doyle\nName: Kay Doyle\nTitle: Vice President\n"
)
EFFECTIVE_CHANGES: list[Expected] = [
    (None, "Revolving Termination Date", "amend", "November 30, 2023"),
    (
        "7.2",
        None,
        "replace",
        "7.2 Fixed Charge Coverage Ratio. The Borrower shall maintain a Fixed Charge Coverage "
        "Ratio of at least 1.20 to 1.00.",
    ),
]

HEADED = (
    "FOURTH AMENDMENT TO LOAN AND SECURITY AGREEMENT\n\n"
    'THIS FOURTH AMENDMENT TO LOAN AND SECURITY AGREEMENT (this "Amendment") is made as of '
    'June 30, 1998, by and between PEREGRINE TEXTILE MILLS, INC. (the "Borrower") and '
    'UNION FIDELITY BANK, N.A. (the "Bank").\n\n'
    "RECITALS\n\nThe Borrower and the Bank are parties to a Loan and Security Agreement dated "
    'as of January 15, 1996 (as amended, the "Loan Agreement").\n\n'
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "SECTION 1.  DEFINITIONS.  Capitalized terms used herein have the meanings given in the "
    "Loan Agreement.\n\n"
    "SECTION 2.  AMENDMENTS TO LOAN AGREEMENT.\n\n"
    "     2.1  Amendment to Section 1.1.  Section 1.1 of the Loan Agreement is hereby amended "
    "by adding thereto the following definitions in the appropriate alphabetical order:\n\n"
    '          "Capital Expenditures" means expenditures for fixed assets.\n\n'
    '          "Year 2000 Compliant" means able to process dates after December 31, 1999.\n\n'
    "     2.2  Amendment to Section 6.3.  Section 6.3 of the Loan Agreement is hereby amended "
    'by deleting "$750,000" therefrom and substituting "$1,250,000" therefor.\n\n'
    "     2.3  Amendment to Section 7.1.  Section 7.1 of the Loan Agreement is hereby amended "
    "and restated in its entirety as follows:\n\n"
    '          "7.1 Tangible Net Worth.  The Borrower shall maintain a Tangible Net Worth of '
    'not less than $9,000,000."\n\n'
    "SECTION 3.  CONDITIONS.  This Amendment shall be effective upon its execution by the "
    "Borrower and the Bank.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nPEREGRINE TEXTILE MILLS, "
    "INC.\n\nBy: /s/ Hal Brandt\nName: Hal Brandt\nTitle: President\n\nUNION FIDELITY BANK, "
    "N.A.\n\nBy: /s/ Rita Gomez\nName: Rita Gomez\nTitle: Vice President\n"
)
HEADED_CHANGES: list[Expected] = [
    (
        None,
        "Capital Expenditures",
        "add",
        '"Capital Expenditures" means expenditures for fixed assets.',
    ),
    (
        None,
        "Year 2000 Compliant",
        "add",
        '"Year 2000 Compliant" means able to process dates after December 31, 1999.',
    ),
    ("6.3", None, "amend", "$1,250,000"),
    (
        "7.1",
        None,
        "replace",
        "7.1 Tangible Net Worth.  The Borrower shall maintain a Tangible Net Worth of not less "
        "than $9,000,000.",
    ),
]

#: A sixth batch, written blind after the fifth ran: the noise of filed text. A typewritten
#: amendment with wrapped and indented lines, a page break inside a new section and a
#: signature-page legend after the last change; a 2010s amendment whose base is defined as
#: the "Existing Credit Agreement", with items lettered "A." and "B."; an amendment whose
#: items are numbered "(1)", "(2)" under a heading.
TYPEWRITTEN = (
    "                    SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT\n\n"
    '     THIS SECOND AMENDMENT TO REVOLVING CREDIT AGREEMENT (this "Amendment") is\n'
    "entered into as of March 31, 1997, between ALDER CREEK FOODS, INC., a\n"
    'Minnesota corporation (the "Company"), and NORTHWEST STATE BANK (the "Bank").\n\n'
    "     The Company and the Bank are parties to a Revolving Credit Agreement dated\n"
    'as of May 1, 1995 (as amended, the "Credit Agreement").  The Company and the\n'
    "Bank agree as follows:\n\n"
    "     1.   Paragraph 6(b) of the Credit Agreement is hereby amended by deleting\n"
    'the figure "$500,000" appearing in the fourth line thereof and substituting\n'
    'therefor the figure "$750,000".\n\n'
    "     2.   Section 7.4 of the Credit Agreement is hereby amended to read in its\n"
    "entirety as follows:\n\n"
    "          7.4  Capital Expenditures.  The Company shall not make Capital\n"
    "     Expenditures in any fiscal year in excess of $3,000,000.\n\n"
    "<PAGE>   2\n\n"
    "     The Company may carry forward unused amounts to the next fiscal year.\n\n"
    "     3.   Section 1.1 of the Credit Agreement is amended by deleting the\n"
    'definition of "Termination Date" and substituting the following:\n\n'
    '          "Termination Date" means May 1, 1999.\n\n'
    "                     [Signature page follows]\n\n"
    "<PAGE>   3\n\n"
    "     IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "ALDER CREEK FOODS, INC.\n\nBy: /s/ Ken Moss\nName: Ken Moss\nTitle: President\n\n"
    "NORTHWEST STATE BANK\n\nBy: /s/ Lou Tran\nName: Lou Tran\nTitle: Vice President\n"
)
TYPEWRITTEN_CHANGES: list[Expected] = [
    ("6(b)", None, "amend", "$750,000"),
    (
        "7.4",
        None,
        "replace",
        "7.4  Capital Expenditures.  The Company shall not make Capital\n     Expenditures in "
        "any fiscal year in excess of $3,000,000.\n\n<PAGE>   2\n\n     The Company may carry "
        "forward unused amounts to the next fiscal year.",
    ),
    (None, "Termination Date", "replace", '"Termination Date" means May 1, 1999.'),
]

EXISTING = (
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    "This FIRST AMENDMENT TO CREDIT AGREEMENT (this “Amendment”), dated as of November 2, "
    "2018, is entered into by and among LUMEN PEAK SOFTWARE, INC., a Delaware corporation (the "
    "“Borrower”), the Lenders party hereto and NORTHSTAR CAPITAL BANK, as administrative agent "
    "(in such capacity, the “Administrative Agent”).\n\n"
    "RECITALS\n\n"
    "WHEREAS, the Borrower, the Lenders and the Administrative Agent are parties to that "
    "certain Credit Agreement, dated as of April 26, 2016 (the “Existing Credit Agreement” "
    "and, as amended by this Amendment, the “Credit Agreement”);\n\n"
    "WHEREAS, the Borrower has requested that the Existing Credit Agreement be amended as set "
    "forth herein;\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "SECTION 1. Amendments to the Existing Credit Agreement. The Existing Credit Agreement is "
    "hereby amended as follows:\n\n"
    "A. Section 1.01 of the Existing Credit Agreement is hereby amended by adding the "
    "following definition in the appropriate alphabetical order:\n\n"
    "“First Amendment Effective Date” means November 2, 2018.\n\n"
    "B. Section 2.09(b) of the Existing Credit Agreement is hereby amended by replacing "
    "“$5,000,000” with “$10,000,000”.\n\n"
    "C. Section 7.11 of the Existing Credit Agreement is hereby amended and restated in its "
    "entirety as follows:\n\n"
    "“Section 7.11 Consolidated Leverage Ratio. The Borrower shall not permit the Consolidated "
    "Leverage Ratio to exceed 3.75 to 1.00.”\n\n"
    "SECTION 2. Conditions to Effectiveness. This Amendment shall become effective when the "
    "Administrative Agent shall have received counterparts hereof.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "LUMEN PEAK SOFTWARE, INC.\n\nBy: /s/ Iris Cole\nName: Iris Cole\nTitle: Chief Financial "
    "Officer\n\nNORTHSTAR CAPITAL BANK, as Administrative Agent\n\nBy: /s/ Sam Price\nName: Sam "
    "Price\nTitle: Director\n"
)
EXISTING_CHANGES: list[Expected] = [
    (
        None,
        "First Amendment Effective Date",
        "add",
        "“First Amendment Effective Date” means November 2, 2018.",
    ),
    ("2.09(b)", None, "amend", "$10,000,000"),
    (
        "7.11",
        None,
        "replace",
        "Section 7.11 Consolidated Leverage Ratio. The Borrower shall not permit the "
        "Consolidated Leverage Ratio to exceed 3.75 to 1.00.",
    ),
]

PARENTHESISED = (
    "AMENDMENT NO. 3 TO LOAN AGREEMENT\n\n"
    'This Amendment No. 3 to Loan Agreement (this "Amendment") is made as of July 15, 2009 by '
    'and between BAYSIDE DENTAL GROUP, P.C. (the "Borrower") and FIRST HARBOR BANK (the '
    '"Lender").\n\n'
    "The Borrower and the Lender are parties to a Loan Agreement dated as of December 1, 2006 "
    '(as amended, the "Loan Agreement"). The Borrower and the Lender agree as follows:\n\n'
    "1. Amendments. The Loan Agreement is amended as follows:\n\n"
    '(1) Section 2.2 is amended by deleting "LIBOR plus 2.00%" and inserting "LIBOR plus '
    '2.75%".\n\n'
    "(2) Section 6.1(d) is deleted.\n\n"
    "(3) Section 6 is amended by adding a new Section 6.12 as follows:\n\n"
    '"6.12 Depository Relationship. The Borrower shall maintain its primary operating accounts '
    'with the Lender."\n\n'
    "2. Fees. The Borrower shall pay the Lender an amendment fee of $2,500.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nBAYSIDE DENTAL GROUP, "
    "P.C.\n\nBy: /s/ Lena Wu\nName: Lena Wu\nTitle: President\n\nFIRST HARBOR BANK\n\nBy: /s/ "
    "Tom Irwin\nName: Tom Irwin\nTitle: Vice President\n"
)
PARENTHESISED_CHANGES: list[Expected] = [
    ("2.2", None, "amend", "LIBOR plus 2.75%"),
    ("6.1(d)", None, "delete", None),
    (
        "6.12",
        None,
        "add",
        "6.12 Depository Relationship. The Borrower shall maintain its primary operating "
        "accounts with the Lender.",
    ),
]

AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("a promissory note's paragraphs", NOTE, "2018-06-01", NOTE_CHANGES),
    ("a lease's paragraphs named by their titles", LEASE, "2014-03-01", LEASE_CHANGES),
    ("a licence's rate replaced and a section added", LICENSE, "2017-08-15", LICENSE_CHANGES),
    ("an employment agreement's salary and a bonus", EMPLOYMENT, "2021-04-01", EMPLOYMENT_CHANGES),
    ("a bank's letter agreeing to amend a section", LETTER, "2015-05-01", LETTER_CHANGES),
    ("a purchase agreement's price and outside date", PURCHASE, "2021-06-07", PURCHASE_CHANGES),
    ("changes effective as of an earlier date", EFFECTIVE, "2017-11-30", EFFECTIVE_CHANGES),
    ("1990s numbered sections with run-in headings", HEADED, "1996-01-15", HEADED_CHANGES),
    (
        "typewritten, a page break inside a new section",
        TYPEWRITTEN,
        "1995-05-01",
        TYPEWRITTEN_CHANGES,
    ),
    ("the base defined as the Existing Credit Agreement", EXISTING, "2016-04-26", EXISTING_CHANGES),
    (
        "items numbered (1), (2), (3) under a lead-in",
        PARENTHESISED,
        "2006-12-01",
        PARENTHESISED_CHANGES,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)


def test_changes_take_effect_on_the_date_stated() -> None:
    """An amendment entered into on one day and "effective as of" an earlier named date: each
    change takes effect on the named date."""
    x = extract(SourceDocument(text=EFFECTIVE, path="amendment.txt"))
    dates = {r.props["effective_date"] for r in x.relations if r.type == "CHANGES"}
    assert dates == {"2021-01-01"}
