"""Whole short amendments, written for the tests in the shapes amendments are drafted in (a
credit agreement's lettered list, definitions added and restated, a note's maturity extended,
an amendment letter, a lease numbered "§ 3", "Sec. 4" and "Paragraph 12", a services
agreement "hereby modified", a purchase agreement, a license): for each, every CHANGES edge
expected, its action and its new wording exactly as the amendment states it. Names, amounts
and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

_SIGNATURES = (
    "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment as of the date first "
    "written above.\n\n{a}\n\nBy: /s/ Ellen Park\nName: Ellen Park\nTitle: Chief Financial "
    "Officer\n\n{b}\n\nBy: /s/ Victor Hale\nName: Victor Hale\nTitle: Senior Vice President\n"
)

CREDIT_AGREEMENT = (
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    'THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of September 15, '
    '2021, between MERIDIAN TOOL CORPORATION, an Ohio corporation (the "Borrower"), and HARBOR '
    'STATE BANK, an Ohio banking corporation (the "Lender").\n\n'
    "RECITALS\n\n"
    "A. The Borrower and the Lender are parties to a Credit Agreement dated as of April 3, 2019 "
    '(as amended from time to time, the "Credit Agreement").\n\n'
    "B. The Borrower has requested that the Lender amend the Credit Agreement as set forth "
    "herein.\n\n"
    "NOW, THEREFORE, in consideration of the premises, the parties agree as follows:\n\n"
    "1. Amendments to Credit Agreement.\n\n"
    "(a) Section 2.1 of the Credit Agreement is hereby amended and restated in its entirety to "
    "read as follows:\n\n"
    '"2.1 Revolving Loans. Subject to the terms of this Agreement, the Lender agrees to make '
    "revolving loans to the Borrower from time to time before the Maturity Date in an "
    'aggregate principal amount not to exceed $12,500,000 at any one time outstanding."\n\n'
    '(b) Section 6.3 of the Credit Agreement is hereby amended by deleting the figure "$750,000" '
    'and inserting "$1,250,000" in lieu thereof.\n\n'
    "(c) The Credit Agreement is hereby amended by adding the following new Section 7.14 "
    "immediately after Section 7.13:\n\n"
    '"7.14 Sanctions. The Borrower shall not use the proceeds of any Loan to fund any activity '
    'with a Sanctioned Person."\n\n'
    "(d) Schedule 2.1 to the Credit Agreement is hereby replaced by Annex A hereto.\n\n"
    "(e) Exhibit B to the Credit Agreement is hereby deleted.\n\n"
    "2. Conditions to Effectiveness. This Amendment shall become effective when the Lender has "
    "received counterparts of this Amendment executed by the Borrower.\n\n"
    "3. Counterparts. This Amendment may be executed in counterparts."
    + _SIGNATURES.format(a="MERIDIAN TOOL CORPORATION", b="HARBOR STATE BANK")
    + "\n\nANNEX A\n\n\nSCHEDULE 2.1\n\nCOMMITMENT\n\nHarbor State Bank        $12,500,000\n"
)
CREDIT_AGREEMENT_CHANGES: list[Expected] = [
    (
        "2.1",
        None,
        "replace",
        "2.1 Revolving Loans. Subject to the terms of this Agreement, the Lender agrees to make "
        "revolving loans to the Borrower from time to time before the Maturity Date in an "
        "aggregate principal amount not to exceed $12,500,000 at any one time outstanding.",
    ),
    ("6.3", None, "amend", "$1,250,000"),
    (
        "7.14",
        None,
        "add",
        "7.14 Sanctions. The Borrower shall not use the proceeds of any Loan to fund any activity "
        "with a Sanctioned Person.",
    ),
    (
        "Schedule 2.1",
        None,
        "replace",
        "SCHEDULE 2.1\n\nCOMMITMENT\n\nHarbor State Bank        $12,500,000",
    ),
    ("Exhibit B", None, "delete", None),
]

DEFINITIONS = (
    "SECOND AMENDMENT TO LOAN AND SECURITY AGREEMENT\n\n"
    'This Second Amendment to Loan and Security Agreement (this "Amendment") is entered into '
    "as of February 28, 2023, by and between COBALT RIDGE FOODS LLC, a Georgia limited liability "
    'company (the "Borrower"), and PINECREST CAPITAL FINANCE, INC. (the "Lender").\n\n'
    "WHEREAS, the Borrower and the Lender are parties to that certain Loan and Security "
    'Agreement dated as of March 31, 2020 (as amended, the "Loan Agreement");\n\n'
    "NOW, THEREFORE, the Borrower and the Lender agree as follows:\n\n"
    "SECTION 1. Amendments to Definitions.\n\n"
    "1.1 Section 1.1 of the Loan Agreement is amended by adding the following definitions in "
    "the appropriate alphabetical order:\n\n"
    '"Second Amendment Effective Date" means the date on which the conditions in Section 3 of '
    "the Second Amendment are satisfied.\n\n"
    '"Seasonal Overadvance" means an advance in excess of the Borrowing Base of not more than '
    "$400,000 made between September 1 and November 30 of any year.\n\n"
    '1.2 The definition of "Maturity Date" in Section 1.1 of the Loan Agreement is amended by '
    'deleting "March 31, 2024" and inserting "March 31, 2026" in lieu thereof.\n\n'
    '1.3 The definition of "Eligible Inventory" in Section 1.1 of the Loan Agreement is hereby '
    "amended and restated in its entirety to read as follows:\n\n"
    '"Eligible Inventory" means Inventory of the Borrower that is finished goods held for sale '
    "in the ordinary course of business and located at a location listed on Schedule 5.6.\n\n"
    '1.4 The definition of "Excess Availability" in Section 1.1 of the Loan Agreement is hereby '
    "deleted in its entirety.\n\n"
    "SECTION 2. Amendment to Financial Covenant. Section 7.2 of the Loan Agreement is hereby "
    'amended by deleting the words "1.10 to 1.00" and substituting the words "1.25 to 1.00" '
    "therefor.\n\n"
    "SECTION 3. Conditions. This Amendment shall be effective upon its execution by the "
    "parties." + _SIGNATURES.format(a="COBALT RIDGE FOODS LLC", b="PINECREST CAPITAL FINANCE, INC.")
)
DEFINITIONS_CHANGES: list[Expected] = [
    (
        None,
        "Second Amendment Effective Date",
        "add",
        '"Second Amendment Effective Date" means the date on which the conditions in Section 3 of '
        "the Second Amendment are satisfied.",
    ),
    (
        None,
        "Seasonal Overadvance",
        "add",
        '"Seasonal Overadvance" means an advance in excess of the Borrowing Base of not more than '
        "$400,000 made between September 1 and November 30 of any year.",
    ),
    (None, "Maturity Date", "amend", "March 31, 2026"),
    (
        None,
        "Eligible Inventory",
        "replace",
        '"Eligible Inventory" means Inventory of the Borrower that is finished goods held for sale '
        "in the ordinary course of business and located at a location listed on Schedule 5.6.",
    ),
    (None, "Excess Availability", "delete", None),
    ("7.2", None, "amend", "1.25 to 1.00"),
]

ARTICLES_AND_CLAUSES = (
    "AMENDMENT NO. 4 TO LOAN AGREEMENT\n\n"
    'This Amendment No. 4 to Loan Agreement (this "Amendment") is made as of August 9, 2018 '
    'between GRANITE PEAK ENERGY, INC., a Colorado corporation (the "Borrower"), and WESTBROOK '
    'NATIONAL BANK (the "Bank").\n\n'
    "1. Background. The Borrower and the Bank are parties to a Loan Agreement dated as of "
    'January 10, 2017 (as amended, the "Loan Agreement").\n\n'
    "2. Amendments. The Loan Agreement is hereby amended as follows:\n\n"
    "(a) Clause (c) of Section 6.01 of the Loan Agreement is hereby amended to read as "
    "follows:\n\n"
    '"(c) Indebtedness in respect of Capital Leases and purchase money obligations not '
    'exceeding $3,000,000 in the aggregate at any time outstanding;"\n\n'
    "(b) Article V of the Loan Agreement is amended by adding the following new Section 5.09 "
    "at the end thereof:\n\n"
    '"5.09 Deposit Accounts. The Borrower shall maintain its primary operating accounts with '
    'the Bank."\n\n'
    '(c) Section 8.01(f) of the Loan Agreement is amended by deleting "$500,000" and inserting '
    '"$1,000,000" in lieu thereof.\n\n'
    "(d) Section 6.07 of the Loan Agreement is hereby deleted in its entirety and replaced with "
    '"[Reserved]".\n\n'
    "(e) Article X of the Loan Agreement is hereby amended by deleting Section 10.4 in its "
    "entirety.\n\n"
    "3. Effect. Except as amended hereby, the Loan Agreement remains in full force and effect."
    + _SIGNATURES.format(a="GRANITE PEAK ENERGY, INC.", b="WESTBROOK NATIONAL BANK")
)
ARTICLES_AND_CLAUSES_CHANGES: list[Expected] = [
    (
        "6.01(c)",
        None,
        "replace",
        "(c) Indebtedness in respect of Capital Leases and purchase money obligations not "
        "exceeding $3,000,000 in the aggregate at any time outstanding;",
    ),
    (
        "5.09",
        None,
        "add",
        "5.09 Deposit Accounts. The Borrower shall maintain its primary operating accounts with "
        "the Bank.",
    ),
    ("8.01(f)", None, "amend", "$1,000,000"),
    ("6.07", None, "replace", "[Reserved]"),
    ("10.4", None, "delete", None),
]

NOTE = (
    "AMENDMENT TO PROMISSORY NOTE\n\n"
    'This Amendment to Promissory Note (this "Amendment") is made as of June 30, 2022, by '
    'SILVERLAKE MEDICAL DEVICES, INC., a Nevada corporation (the "Maker"), and ARTHUR D. BLOOM '
    '(the "Holder").\n\n'
    "WHEREAS, the Maker issued to the Holder a Promissory Note dated December 1, 2020 in the "
    'original principal amount of $500,000 (the "Note"); and\n\n'
    "WHEREAS, the Maker and the Holder wish to extend the maturity of the Note;\n\n"
    "NOW, THEREFORE, the Maker and the Holder agree as follows:\n\n"
    "1. Extension of Maturity. The Maturity Date of the Note is extended to December 31, 2023.\n\n"
    '2. Interest Rate. Section 2 of the Note is hereby amended by deleting "eight percent (8%)" '
    'and inserting "ten percent (10%)" in lieu thereof.\n\n'
    "3. Prepayment. Paragraph 5 of the Note shall be amended to read in its entirety as "
    "follows:\n\n"
    '"5. Prepayment. The Maker may prepay this Note in whole or in part at any time without '
    'premium or penalty."\n\n'
    "4. No Other Changes. Except as amended hereby, the Note remains in full force and effect."
    "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment as of the date first "
    "written above.\n\nSILVERLAKE MEDICAL DEVICES, INC.\n\nBy: /s/ Dana Cole\nName: Dana Cole\n"
    "Title: President\n\n/s/ Arthur D. Bloom\nARTHUR D. BLOOM\n"
)
NOTE_CHANGES: list[Expected] = [
    (None, "Maturity Date", "amend", "December 31, 2023"),
    ("2", None, "amend", "ten percent (10%)"),
    (
        "5",
        None,
        "replace",
        "5. Prepayment. The Maker may prepay this Note in whole or in part at any time without "
        "premium or penalty.",
    ),
]

LETTER = (
    "NORTHFIELD PACKAGING CO.\n1200 Industrial Parkway\nDayton, Ohio 45402\n\n"
    "March 8, 2023\n\n"
    "Lakeshore Resin Supply, LLC\n45 Harbor Road\nErie, Pennsylvania 16501\n\n"
    "Re: Amendment to Supply Agreement\n\n"
    "Ladies and Gentlemen:\n\n"
    'Reference is made to the Supply Agreement dated as of May 1, 2020 (the "Agreement") '
    'between Northfield Packaging Co. ("Buyer") and Lakeshore Resin Supply, LLC ("Supplier"). '
    "Capitalized terms used and not defined herein have the meanings given in the Agreement. "
    "Buyer and Supplier agree that, effective as of the date of this letter, the Agreement is "
    "amended as follows:\n\n"
    '1. Section 3.2 of the Agreement is amended by deleting "thirty (30) days" and inserting '
    '"forty-five (45) days" in lieu thereof.\n\n'
    "2. Section 9.1 of the Agreement is hereby amended and restated in its entirety to read as "
    "follows:\n\n"
    '"9.1 Term. This Agreement shall continue in effect until April 30, 2026, unless '
    'terminated earlier as provided herein."\n\n'
    "3. Exhibit A to the Agreement is deleted in its entirety and replaced with Exhibit A "
    "attached to this letter.\n\n"
    "Except as set forth above, the Agreement remains unchanged. Please confirm your agreement "
    "by signing below.\n\n"
    "Very truly yours,\n\nNORTHFIELD PACKAGING CO.\n\nBy: /s/ Laura Kim\nName: Laura Kim\n"
    "Title: Vice President, Purchasing\n\nACCEPTED AND AGREED:\n\n"
    "LAKESHORE RESIN SUPPLY, LLC\n\nBy: /s/ Mark Deane\nName: Mark Deane\nTitle: President\n\n\n"
    "EXHIBIT A\n\nPRICING\n\nGrade 4 resin       $1.12 per pound\n"
)
LETTER_CHANGES: list[Expected] = [
    ("3.2", None, "amend", "forty-five (45) days"),
    (
        "9.1",
        None,
        "replace",
        "9.1 Term. This Agreement shall continue in effect until April 30, 2026, unless "
        "terminated earlier as provided herein.",
    ),
    ("Exhibit A", None, "replace", "EXHIBIT A\n\nPRICING\n\nGrade 4 resin       $1.12 per pound"),
]

LEASE = (
    "SECOND AMENDMENT TO LEASE\n\n"
    'THIS SECOND AMENDMENT TO LEASE (this "Amendment") is entered into as of October 1, 2021 '
    "by and between HARBORVIEW PROPERTIES LLC, a Delaware limited liability company "
    '("Landlord"), and QUILL DATA SYSTEMS, INC., a California corporation ("Tenant").\n\n'
    "RECITALS\n\n"
    "A. Landlord and Tenant are parties to that certain Lease dated as of February 1, 2016 "
    '(the "Lease").\n\n'
    "B. Landlord and Tenant desire to amend the Lease as set forth below.\n\n"
    "AGREEMENT\n\n"
    "1. Term. § 3 of the Lease is hereby deleted in its entirety and replaced with the "
    "following:\n\n"
    '"§ 3. Term. The Term shall expire on January 31, 2027."\n\n'
    '2. Base Rent. Sec. 4 of the Lease is hereby modified by deleting "$28,500" and '
    'substituting "$31,200" therefor.\n\n'
    '3. Escalation. Section 4(b)(ii) of the Lease is amended by deleting "three percent (3%)" '
    'and inserting "four percent (4%)" in lieu thereof.\n\n'
    "4. Parking. Paragraph 12 of the Lease shall be amended to read as follows:\n\n"
    '"12. Parking. Tenant shall have the right to use forty (40) unreserved parking spaces in '
    'the Project parking area at no additional charge."\n\n'
    "5. Ratification. Except as modified by this Amendment, the Lease remains in full force and "
    "effect." + _SIGNATURES.format(a="HARBORVIEW PROPERTIES LLC", b="QUILL DATA SYSTEMS, INC.")
)
LEASE_CHANGES: list[Expected] = [
    ("3", None, "replace", "§ 3. Term. The Term shall expire on January 31, 2027."),
    ("4", None, "amend", "$31,200"),
    ("4(b)(ii)", None, "amend", "four percent (4%)"),
    (
        "12",
        None,
        "replace",
        "12. Parking. Tenant shall have the right to use forty (40) unreserved parking spaces in "
        "the Project parking area at no additional charge.",
    ),
]

SERVICES = (
    "AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT\n\n"
    'This Amendment No. 1 to Master Services Agreement (this "Amendment") is entered into as '
    "of July 12, 2022 by and between BRIGHTWAVE HEALTH, INC., a Delaware corporation "
    '("Client"), and ORION CLINICAL SERVICES LLC, a Texas limited liability company '
    '("Provider").\n\n'
    "WHEREAS, Client and Provider entered into that certain Master Services Agreement dated as "
    'of March 15, 2021 (the "Agreement"); and\n\n'
    "WHEREAS, the parties desire to amend the Agreement on the terms set forth herein.\n\n"
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "1. Amendments. The Agreement is hereby modified as follows:\n\n"
    '(a) Section 5.1 of the Agreement shall be amended by deleting the phrase "sixty (60) days" '
    'and inserting the phrase "ninety (90) days" in its place.\n\n'
    "(b) Section 8.3 of the Agreement is hereby modified to read in its entirety as follows:\n\n"
    "\"8.3 Limitation of Liability. Except for breaches of Section 10, neither party's "
    "aggregate liability under this Agreement shall exceed the fees paid in the twelve (12) "
    'months preceding the claim."\n\n'
    "(c) Section 12.6 of the Agreement is hereby deleted.\n\n"
    "(d) A new Section 12.14 is hereby added to the Agreement to read as follows:\n\n"
    '"12.14 Data Security. Provider shall maintain administrative, physical and technical '
    'safeguards for Client Data consistent with industry standards."\n\n'
    "2. Miscellaneous. Except as expressly amended hereby, the Agreement remains in full force "
    "and effect." + _SIGNATURES.format(a="BRIGHTWAVE HEALTH, INC.", b="ORION CLINICAL SERVICES LLC")
)
SERVICES_CHANGES: list[Expected] = [
    ("5.1", None, "amend", "ninety (90) days"),
    (
        "8.3",
        None,
        "replace",
        "8.3 Limitation of Liability. Except for breaches of Section 10, neither party's "
        "aggregate liability under this Agreement shall exceed the fees paid in the twelve (12) "
        "months preceding the claim.",
    ),
    ("12.6", None, "delete", None),
    (
        "12.14",
        None,
        "add",
        "12.14 Data Security. Provider shall maintain administrative, physical and technical "
        "safeguards for Client Data consistent with industry standards.",
    ),
]

PURCHASE = (
    "AMENDMENT NO. 2 TO ASSET PURCHASE AGREEMENT\n\n"
    'This Amendment No. 2 to Asset Purchase Agreement (this "Amendment") is made and entered '
    "into as of November 4, 2019, by and among TALLGRASS RETAIL HOLDINGS, INC., a Kansas "
    'corporation ("Buyer"), PRAIRIE OUTFITTERS, LLC, a Kansas limited liability company '
    '("Seller"), and JOHN R. WEBB ("Owner").\n\n'
    "Buyer, Seller and Owner are parties to that certain Asset Purchase Agreement dated as of "
    "August 20, 2019 (as amended by Amendment No. 1 dated as of October 1, 2019, the "
    '"Purchase Agreement"). The parties wish to amend the Purchase Agreement as provided '
    "herein and therefore agree as follows:\n\n"
    "Section 1. Purchase Price. Section 2.3(a) of the Purchase Agreement is hereby amended by "
    'replacing "$4,000,000" with "$3,600,000".\n\n'
    "Section 2. Outside Date. Section 9.1(b) of the Purchase Agreement is hereby amended by "
    'deleting the date "November 30, 2019" and inserting the date "January 15, 2020" in lieu '
    "thereof.\n\n"
    "Section 3. Deleted Covenant. The Purchase Agreement is hereby amended by deleting Section "
    "6.8 in its entirety.\n\n"
    "Section 4. Exhibits. Exhibit C to the Purchase Agreement is hereby amended and restated "
    "in the form attached hereto as Exhibit C.\n\n"
    "Section 5. Effect. Except as set forth herein, the Purchase Agreement remains in full "
    "force and effect."
    + _SIGNATURES.format(a="TALLGRASS RETAIL HOLDINGS, INC.", b="PRAIRIE OUTFITTERS, LLC")
    + "\n\nEXHIBIT C\n\nEXCLUDED ASSETS\n\n1. The Wichita warehouse lease.\n\n"
    "2. Seller's cash and cash equivalents.\n"
)
PURCHASE_CHANGES: list[Expected] = [
    ("2.3(a)", None, "amend", "$3,600,000"),
    ("9.1(b)", None, "amend", "January 15, 2020"),
    ("6.8", None, "delete", None),
    (
        "Exhibit C",
        None,
        "replace",
        "EXHIBIT C\n\nEXCLUDED ASSETS\n\n1. The Wichita warehouse lease.\n\n"
        "2. Seller's cash and cash equivalents.",
    ),
]

SYNDICATED = (
    "FOURTH AMENDMENT TO CREDIT AGREEMENT\n\n"
    'THIS FOURTH AMENDMENT TO CREDIT AGREEMENT (this "Fourth Amendment") is entered into as '
    "of May 2, 2024, among ALDER CREEK LOGISTICS, INC., a Delaware corporation (the "
    '"Borrower"), the Lenders party hereto, and FIRST CONTINENTAL BANK, N.A., as '
    'Administrative Agent (the "Administrative Agent").\n\n'
    "RECITALS\n\n"
    "The Borrower, the Lenders and the Administrative Agent are parties to that certain "
    'Credit Agreement dated as of December 14, 2020 (as amended, the "Credit Agreement").\n\n'
    "AGREEMENT\n\n"
    "SECTION 1. Defined Terms. Capitalized terms used herein have the meanings given in the "
    "Credit Agreement.\n\n"
    "SECTION 2. Amendments to Credit Agreement. Subject to the satisfaction of the conditions "
    "in Section 3, the Credit Agreement is hereby amended as follows:\n\n"
    "2.1 Section 1.01 of the Credit Agreement is hereby amended by inserting the following new "
    "definitions in proper alphabetical order:\n\n"
    '"Fourth Amendment" means the Fourth Amendment to Credit Agreement dated as of May 2, 2024 '
    "among the Borrower, the Lenders and the Administrative Agent.\n\n"
    '"Term SOFR" means the forward-looking term rate based on SOFR.\n\n'
    "2.2 Section 1.01 of the Credit Agreement is hereby further amended by amending and "
    'restating the definition of "Applicable Rate" in its entirety as follows:\n\n'
    '"Applicable Rate" means 2.25% per annum for SOFR Loans and 1.25% per annum for Base Rate '
    "Loans.\n\n"
    "2.3 Section 1.01 of the Credit Agreement is hereby further amended by deleting the "
    'definition of "LIBOR" in its entirety.\n\n'
    "2.4 Section 7.11(a) of the Credit Agreement is hereby amended and restated to read as "
    "follows:\n\n"
    "(a) Consolidated Leverage Ratio. Permit the Consolidated Leverage Ratio as of the end of "
    "any fiscal quarter to be greater than 3.50 to 1.00.\n\n"
    "2.5 Article VIII of the Credit Agreement is hereby amended by adding a new Section "
    "8.01(m) immediately following Section 8.01(l) to read as follows:\n\n"
    "(m) Change of Control. There occurs any Change of Control.\n\n"
    "SECTION 3. Conditions Precedent. This Fourth Amendment shall become effective on the "
    "date the Administrative Agent has received counterparts hereof signed by each party."
    + _SIGNATURES.format(a="ALDER CREEK LOGISTICS, INC.", b="FIRST CONTINENTAL BANK, N.A.")
)
SYNDICATED_CHANGES: list[Expected] = [
    (
        None,
        "Fourth Amendment",
        "add",
        '"Fourth Amendment" means the Fourth Amendment to Credit Agreement dated as of May 2, '
        "2024 among the Borrower, the Lenders and the Administrative Agent.",
    ),
    (
        None,
        "Term SOFR",
        "add",
        '"Term SOFR" means the forward-looking term rate based on SOFR.',
    ),
    (
        None,
        "Applicable Rate",
        "replace",
        '"Applicable Rate" means 2.25% per annum for SOFR Loans and 1.25% per annum for Base Rate '
        "Loans.",
    ),
    (None, "LIBOR", "delete", None),
    (
        "7.11(a)",
        None,
        "replace",
        "(a) Consolidated Leverage Ratio. Permit the Consolidated Leverage Ratio as of the end of "
        "any fiscal quarter to be greater than 3.50 to 1.00.",
    ),
    ("8.01(m)", None, "add", "(m) Change of Control. There occurs any Change of Control."),
]

LICENSE = (
    "THIRD AMENDMENT TO LICENSE AGREEMENT\n\n"
    'This Third Amendment to License Agreement (the "Third Amendment") is made effective as of '
    "January 1, 2024 by and between NOVACHEM TECHNOLOGIES, INC., a Delaware corporation "
    '("Licensor"), and BLUE HERON COATINGS CORP., a Minnesota corporation ("Licensee").\n\n'
    "Licensor and Licensee are parties to a License Agreement dated June 5, 2018, as amended "
    '(the "License Agreement"). The parties agree to amend the License Agreement as '
    "follows:\n\n"
    "1. Royalty Rate. The first sentence of Section 4.1 of the License Agreement is amended to "
    'read as follows: "Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales '
    'of Licensed Products."\n\n'
    "2. Minimum Royalty. Section 4.3 of the License Agreement is hereby amended by adding the "
    'following sentence at the end thereof: "For calendar year 2024 and each year thereafter, '
    'the Minimum Annual Royalty shall be $150,000."\n\n'
    '3. Territory. Schedule B to the License Agreement is hereby amended by adding "Canada" to '
    "the list of countries set forth therein.\n\n"
    '4. Term. Section 11.1 of the License Agreement is hereby amended by deleting "December 31, '
    '2025" and inserting "December 31, 2030" in lieu thereof.\n\n'
    "5. Counterparts. This Third Amendment may be executed in counterparts."
    + _SIGNATURES.format(a="NOVACHEM TECHNOLOGIES, INC.", b="BLUE HERON COATINGS CORP.")
)
LICENSE_CHANGES: list[Expected] = [
    (
        "4.1",
        None,
        "amend",
        "Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales of Licensed "
        "Products.",
    ),
    (
        "4.3",
        None,
        "amend",
        "For calendar year 2024 and each year thereafter, the Minimum Annual Royalty shall be "
        "$150,000.",
    ),
    ("Schedule B", None, "amend", "Canada"),
    ("11.1", None, "amend", "December 31, 2030"),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("credit agreement, a lettered list", CREDIT_AGREEMENT, "2019-04-03", CREDIT_AGREEMENT_CHANGES),
    ("definitions added, restated, deleted", DEFINITIONS, "2020-03-31", DEFINITIONS_CHANGES),
    ("articles and clauses", ARTICLES_AND_CLAUSES, "2017-01-10", ARTICLES_AND_CLAUSES_CHANGES),
    ("a promissory note", NOTE, "2020-12-01", NOTE_CHANGES),
    ("an amendment letter", LETTER, "2020-05-01", LETTER_CHANGES),
    ("a lease numbered § 3, Sec. 4, Paragraph 12", LEASE, "2016-02-01", LEASE_CHANGES),
    ("a services agreement hereby modified", SERVICES, "2021-03-15", SERVICES_CHANGES),
    ("a purchase agreement", PURCHASE, "2019-08-20", PURCHASE_CHANGES),
    ("numbered items of a syndicated loan", SYNDICATED, "2020-12-14", SYNDICATED_CHANGES),
    ("a license: sentences and words added", LICENSE, "2018-06-05", LICENSE_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
