"""Whole short amendments, written for the tests in the shapes amendments are drafted in (a
credit agreement's lettered list, definitions added and restated, a note's maturity extended,
an amendment letter, a lease numbered "§ 3", "Sec. 4" and "Paragraph 12", a services
agreement "hereby modified", a purchase agreement, a license): for each, every CHANGES edge
expected, its action and its new wording exactly as the amendment states it. Names, amounts
and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.records import SourceDocument

Expected = tuple[str | None, str | None, str, str | None]  # section, term, action, new wording

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
    (None, "Maturity Date", "amend", None),
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


def _changes(text: str) -> list[tuple[Expected, str | None]]:
    """Each CHANGES edge as (section, term, action, new wording) and the date of the agreement
    it changes; every evidence span is the text's own."""
    x = extract(SourceDocument(text=text, path="amendment.txt"))
    ents = {e.ref: e for e in x.entities}
    out = []
    for r in x.relations:
        if r.type != "CHANGES":
            continue
        for ev in r.evidence:
            assert text[ev.start : ev.end] == ev.text
        p = ents[r.target].props
        new = r.props.get("new_text")
        key = (p.get("section"), p.get("term"), str(r.props["action"]), new)
        target = ents.get(str(p["agreement"]))
        date = target.props.get("date") if target else None
        out.append(((key[0], key[1], key[2], None if new is None else str(new)), date))
    return out


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    got = _changes(text)
    got_keys = sorted({g[:3] for g, _ in got}, key=str)
    assert got_keys == sorted((e[:3] for e in expected), key=str), name
    for s, t, a, new in expected:
        found = {g[3] for g, _ in got if g[:3] == (s, t, a)}
        assert found == {new}, (name, s, t)
    assert {d for _, d in got} == {base_date}, name


#: One operation in each of the shapes below, inside the same amendment of a credit agreement
#: dated July 1, 2019: (shape, operative section, the changes expected).
_FRAME_HEAD = (
    "AMENDMENT NO. 5 TO CREDIT AGREEMENT\n\nThis Amendment No. 5 to Credit Agreement (this "
    '"Amendment") is dated as of March 3, 2022, between REDWOOD FORGE INC., a Delaware corporation '
    '(the "Borrower"), and SUMMIT TRUST BANK (the "Lender").\n\nWHEREAS, the Borrower and the '
    "Lender are parties to a Credit Agreement dated as of July 1, 2019 (as amended, the "
    '"Agreement");\n\nNOW, THEREFORE, the parties agree as follows:\n\n'
)
_FRAME_TAIL = (
    "\n\n9. Counterparts. This Amendment may be executed in counterparts.\n\nIN WITNESS WHEREOF, "
    "the parties have executed this Amendment.\n\nREDWOOD FORGE INC.\n\nBy: /s/ Jo Ames\nName: Jo "
    "Ames\nTitle: President\n"
)
ONE_CLAUSE: list[tuple[str, str, list[Expected]]] = [
    (
        "a run of sections: 'Sections 7.5 through 7.7'",
        "1. Sections 7.5 through 7.7 of the Agreement are hereby deleted in their entirety.",
        [
            ("7.5", None, "delete", None),
            ("7.6", None, "delete", None),
            ("7.7", None, "delete", None),
        ],
    ),
    (
        "'Clause 12.3', numbered the English way",
        (
            "1. Clause 12.3 of the Agreement shall be deleted and replaced with the following:\n\n"
            '"12.3 The Borrower shall deliver its accounts within 90 days."'
        ),
        [
            (
                "12.3",
                None,
                "replace",
                "12.3 The Borrower shall deliver its accounts within 90 days.",
            ),
        ],
    ),
    (
        "'the parties agree to amend Section 3.1'",
        (
            "1. The parties agree to amend Section 3.1 of the Agreement to read as follows:\n\n"
            '"3.1 Fees. The Borrower shall pay a fee of $5,000."'
        ),
        [
            ("3.1", None, "replace", "3.1 Fees. The Borrower shall pay a fee of $5,000."),
        ],
    ),
    (
        "'shall hereafter read as follows'",
        (
            '1. Section 6.1 of the Agreement shall hereafter read as follows:\n\n"6.1 Net Worth. '
            'The Borrower shall maintain a Tangible Net Worth of at least $8,000,000."'
        ),
        [
            (
                "6.1",
                None,
                "replace",
                (
                    "6.1 Net Worth. The Borrower shall maintain a Tangible Net Worth of at least "
                    "$8,000,000."
                ),
            ),
        ],
    ),
    (
        '\'by changing "X" to "Y"\'',
        '1. Section 2.3 of the Agreement is amended by changing "ten (10)" to "fifteen (15)".',
        [
            ("2.3", None, "amend", "fifteen (15)"),
        ],
    ),
    (
        "'by replacing it in its entirety with Exhibit D attached hereto'",
        (
            "1. Exhibit D to the Agreement is hereby amended by replacing it in its entirety with "
            "Exhibit D attached hereto."
        ),
        [
            ("Exhibit D", None, "replace", None),
        ],
    ),
    (
        '\'striking "X" and inserting in its place "Y"\'',
        (
            '1. Section 8.2 of the Agreement is hereby amended by striking "annual" and inserting '
            'in its place "quarterly".'
        ),
        [
            ("8.2", None, "amend", "quarterly"),
        ],
    ),
    (
        "'substituting therefor the text \"Y\"'",
        (
            '1. Section 4.2 of the Agreement is hereby amended by deleting the text "sixty days" '
            'appearing in the third line thereof and substituting therefor the text "thirty days".'
        ),
        [
            ("4.2", None, "amend", "thirty days"),
        ],
    ),
    (
        "a defined date extended 'from ... to ...'",
        (
            "1. The Termination Date (as defined in the Agreement) is hereby extended from June "
            "30, 2023 to June 30, 2024."
        ),
        [
            (None, "Termination Date", "amend", None),
        ],
    ),
    (
        "a commitment increased 'from ... to ...'",
        ("1. The Revolving Credit Commitment is hereby increased from $10,000,000 to $15,000,000."),
        [
            (None, "Revolving Credit Commitment", "amend", None),
        ],
    ),
    (
        "'is deleted and the following is substituted therefor:'",
        (
            "1. Section 5.3 of the Agreement is deleted and the following is substituted "
            "therefor:\n\n5.3 Audits. The Lender may audit the Collateral twice a year."
        ),
        [
            (
                "5.3",
                None,
                "replace",
                "5.3 Audits. The Lender may audit the Collateral twice a year.",
            ),
        ],
    ),
    (
        "replaced by quoted words 'Intentionally Omitted.'",
        (
            '1. Section 9.4 of the Agreement is hereby deleted and replaced with "Intentionally '
            'Omitted."'
        ),
        [
            ("9.4", None, "replace", "Intentionally Omitted."),
        ],
    ),
    (
        "'the following new Sections 6.15 and 6.16'",
        (
            "1. Article VI of the Agreement is hereby amended by inserting the following new "
            "Sections 6.15 and 6.16 at the end thereof:\n\n6.15 Hedging. The Borrower shall hedge "
            "its fuel costs.\n\n6.16 Landlord Waivers. The Borrower shall obtain landlord waivers."
        ),
        [
            ("6.15", None, "add", "6.15 Hedging. The Borrower shall hedge its fuel costs."),
            (
                "6.16",
                None,
                "add",
                "6.16 Landlord Waivers. The Borrower shall obtain landlord waivers.",
            ),
        ],
    ),
    (
        "'by amending the following definitions to read in their entirety'",
        (
            "1. Section 1.1 of the Agreement is hereby amended by amending the following "
            'definitions to read in their entirety as follows:\n\n"Commitment" means '
            '$4,000,000.\n\n"Termination Date" means June 30, 2025.'
        ),
        [
            (None, "Commitment", "replace", '"Commitment" means $4,000,000.'),
            (None, "Termination Date", "replace", '"Termination Date" means June 30, 2025.'),
        ],
    ),
    (
        '\'the definitions of "A" and "B" ... are hereby deleted\'',
        (
            '1. The definitions of "Change of Control" and "Permitted Liens" in Section 1.1 of the '
            "Agreement are hereby deleted."
        ),
        [
            (None, "Change of Control", "delete", None),
            (None, "Permitted Liens", "delete", None),
        ],
    ),
    (
        "a sentence added after the second sentence",
        (
            "1. Section 7.1 of the Agreement is amended by adding the following sentence "
            'immediately after the second sentence thereof: "Such reports shall be certified by '
            'the chief financial officer."'
        ),
        [
            (
                "7.1",
                None,
                "amend",
                "Such reports shall be certified by the chief financial officer.",
            ),
        ],
    ),
    (
        "'Subsection (b) of Section 4.4' deleted",
        "1. Subsection (b) of Section 4.4 of the Agreement is hereby deleted in its entirety.",
        [
            ("4.4(b)", None, "delete", None),
        ],
    ),
    (
        "an annex replaced by the one attached",
        "1. Annex I to the Agreement is hereby replaced with Annex I attached hereto.",
        [
            ("Annex I", None, "replace", None),
        ],
    ),
    (
        "'the first sentence of Section 3.2' replaced: a part",
        (
            "1. The first sentence of Section 3.2 of the Agreement is hereby deleted and replaced "
            'with the following: "The Borrower shall pay interest monthly in arrears."'
        ),
        [
            ("3.2", None, "amend", "The Borrower shall pay interest monthly in arrears."),
        ],
    ),
    (
        "an article replaced under its heading",
        (
            "1. Article 7 of the Agreement is hereby deleted in its entirety and replaced with the "
            "following:\n\nARTICLE 7\n\nEVENTS OF DEFAULT\n\n7.1 Events. Each of the following is "
            "an Event of Default: nonpayment."
        ),
        [
            (
                "Article 7",
                None,
                "replace",
                (
                    "ARTICLE 7\n\nEVENTS OF DEFAULT\n\n7.1 Events. Each of the following is an "
                    "Event of Default: nonpayment."
                ),
            ),
        ],
    ),
    (
        "'the Agreement is amended by deleting Sections 4.3 and 4.4'",
        "1. The Agreement is hereby amended by deleting Sections 4.3 and 4.4 in their entirety.",
        [
            ("4.3", None, "delete", None),
            ("4.4", None, "delete", None),
        ],
    ),
    (
        "'inserting a new Section 2.19 immediately following Section 2.18'",
        (
            "1. The Agreement is hereby amended by inserting a new Section 2.19 immediately "
            "following Section 2.18 to read in its entirety as follows:\n\n2.19 Defaulting "
            "Lenders. No fee accrues for a Defaulting Lender."
        ),
        [
            (
                "2.19",
                None,
                "add",
                "2.19 Defaulting Lenders. No fee accrues for a Defaulting Lender.",
            ),
        ],
    ),
    (
        "'Paragraph (b) of Clause 14.1'",
        (
            '1. Paragraph (b) of Clause 14.1 of the Agreement is amended by deleting "5%" and '
            'inserting "7%" in lieu thereof.'
        ),
        [
            ("14.1(b)", None, "amend", "7%"),
        ],
    ),
    (
        "'§§ 4 and 5' deleted",
        "1. §§ 4 and 5 of the Agreement are hereby deleted.",
        [
            ("4", None, "delete", None),
            ("5", None, "delete", None),
        ],
    ),
    (
        "'the maturity date of the Note is hereby extended'",
        "1. The maturity date of the Note is hereby extended to June 30, 2026.",
        [
            (None, "Maturity Date", "amend", None),
        ],
    ),
    (
        "'In Section 5.2 ..., the words \"X\" are replaced with ...'",
        (
            '1. In Section 5.2 of the Agreement, the words "Chief Executive Officer" are replaced '
            'with the words "Chief Financial Officer".'
        ),
        [
            ("5.2", None, "amend", "Chief Financial Officer"),
        ],
    ),
    (
        "'by adding the following at the end thereof:'",
        (
            "1. Section 9.1 of the Agreement is amended by adding the following at the end "
            "thereof:\n\n(j) Any Guarantor shall repudiate its Guaranty."
        ),
        [
            ("9.1", None, "amend", "(j) Any Guarantor shall repudiate its Guaranty."),
        ],
    ),
    (
        "'by adding a new clause (k)'",
        (
            "1. Section 6.2 of the Agreement is amended by adding a new clause (k) as follows: "
            '"(k) Liens securing the Equipment Loan."'
        ),
        [
            ("6.2(k)", None, "add", "(k) Liens securing the Equipment Loan."),
        ],
    ),
    (
        "'is hereby modified to read:' and quoted words",
        (
            '1. Section 2.6 of the Agreement is hereby modified to read: "2.6 Late Charge. A late '
            'charge of 5% applies."'
        ),
        [
            ("2.6", None, "replace", "2.6 Late Charge. A late charge of 5% applies."),
        ],
    ),
    (
        "'shall be deleted in its entirety and the following inserted in lieu thereof:'",
        (
            "1. Section 11.2 of the Agreement shall be deleted in its entirety and the following "
            "inserted in lieu thereof:\n\n11.2 Notices. Notices shall be in writing."
        ),
        [
            ("11.2", None, "replace", "11.2 Notices. Notices shall be in writing."),
        ],
    ),
    (
        "a letter's list: 'Paragraph 3 is amended', with no agreement named",
        (
            'The Agreement is amended as follows:\n\n1. Paragraph 3 is amended by deleting "ninety '
            '(90)" and inserting "sixty (60)" in lieu thereof.\n\n2. Paragraph 7 is deleted in its '
            "entirety."
        ),
        [
            ("3", None, "amend", "sixty (60)"),
            ("7", None, "delete", None),
        ],
    ),
    (
        '\'deleting the reference to "12%" and replacing it with "10%"\'',
        (
            '1. Section 2(a) of the Agreement is hereby amended by deleting the reference to "12%" '
            'and replacing it with "10%".'
        ),
        [
            ("2(a)", None, "amend", "10%"),
        ],
    ),
    (
        "'the second paragraph of Section 4' deleted: a part",
        "1. The second paragraph of Section 4 of the Agreement is hereby deleted.",
        [
            ("4", None, "amend", None),
        ],
    ),
    (
        "'amended and restated in its entirety as set forth below:'",
        (
            "1. Section 3.4 of the Agreement is hereby amended and restated in its entirety as set "
            "forth below:\n\n3.4 Reports. The Borrower shall deliver monthly reports."
        ),
        [
            ("3.4", None, "replace", "3.4 Reports. The Borrower shall deliver monthly reports."),
        ],
    ),
    (
        '\'adding the words "X" after the words "Y"\'',
        (
            '1. Section 5.1(c) of the Agreement is hereby amended by adding the words "or any '
            'Subsidiary" after the words "the Borrower" in the second line thereof.'
        ),
        [
            ("5.1(c)", None, "amend", "or any Subsidiary"),
        ],
    ),
    (
        "'by adding a new Section 14 to read as follows:'",
        (
            "1. The Agreement is hereby amended by adding a new Section 14 to read as follows:\n\n"
            "14. Non-Solicitation. Neither party shall solicit the other's employees."
        ),
        [
            (
                "14",
                None,
                "add",
                "14. Non-Solicitation. Neither party shall solicit the other's employees.",
            ),
        ],
    ),
    (
        "'inserting at the end thereof the following new definition:'",
        (
            "1. Section 1 of the Agreement is amended by inserting at the end thereof the "
            'following new definition:\n\n"Affiliate" means any Person controlling the Borrower.'
        ),
        [
            (None, "Affiliate", "add", '"Affiliate" means any Person controlling the Borrower.'),
        ],
    ),
    (
        "a definition amended by items (i) and (ii)",
        (
            '1. The definition of "Permitted Investments" in Section 1.1 of the Agreement is '
            'hereby amended by (i) deleting the word "and" at the end of clause (f) thereof and '
            '(ii) adding the following new clause (h) at the end thereof: "(h) money market funds."'
        ),
        [
            (None, "Permitted Investments", "amend", "(h) money market funds."),
        ],
    ),
    (
        "'amended to provide that ...'",
        (
            "1. Section 2.2 of the Agreement is hereby amended to provide that the Commitment Fee "
            "shall be 0.25% per annum."
        ),
        [
            ("2.2", None, "amend", None),
        ],
    ),
    (
        "two operations in one sentence",
        (
            '1. Section 8.1(b) of the Agreement is amended by deleting the words "thirty (30)" and '
            'inserting the words "forty-five (45)" in lieu thereof, and Section 8.1(c) of the '
            'Agreement is amended by deleting "ten (10)" and inserting "fifteen (15)" in lieu '
            "thereof."
        ),
        [
            ("8.1(b)", None, "amend", "forty-five (45)"),
            ("8.1(c)", None, "amend", "fifteen (15)"),
        ],
    ),
    (
        '\'deleting "X" where it appears therein and substituting "Y" therefor\'',
        (
            '1. Section 4.1 of the Agreement is hereby amended by deleting "$1,000,000" where it '
            'appears therein and substituting "$2,000,000" therefor.'
        ),
        [
            ("4.1", None, "amend", "$2,000,000"),
        ],
    ),
    (
        "'by adding the following new paragraph at the end thereof:'",
        (
            "1. Section 9.12 of the Agreement is amended by adding the following new paragraph at "
            "the end thereof:\n\nNotwithstanding the foregoing, the Lender may assign to an "
            "Affiliate."
        ),
        [
            (
                "9.12",
                None,
                "amend",
                "Notwithstanding the foregoing, the Lender may assign to an Affiliate.",
            ),
        ],
    ),
    (
        "'the Borrower and the Lender hereby amend Section 6.1 ... by'",
        (
            "1. The Borrower and the Lender hereby amend Section 6.1 of the Agreement by deleting "
            '"2.0" and inserting "2.5" in lieu thereof.'
        ),
        [
            ("6.1", None, "amend", "2.5"),
        ],
    ),
    (
        "'SECTION 2.01. Amendment to Section 5.04. Section 5.04 ...'",
        (
            "SECTION 2.01. Amendment to Section 5.04. Section 5.04 of the Agreement is hereby "
            'amended by deleting the amount "$3,000,000" and substituting the amount "$4,000,000" '
            "therefor."
        ),
        [
            ("5.04", None, "amend", "$4,000,000"),
        ],
    ),
    (
        "'Each of Sections 6.5 and 6.6 ... is hereby amended'",
        (
            "1. Each of Sections 6.5 and 6.6 of the Agreement is hereby amended by deleting "
            '"annual" and inserting "quarterly" in lieu thereof.'
        ),
        [
            ("6.5", None, "amend", "quarterly"),
            ("6.6", None, "amend", "quarterly"),
        ],
    ),
    (
        "'Article IV ... deleted in its entirety and the following substituted therefor:'",
        (
            "1. Article IV of the Agreement is hereby deleted in its entirety and the following "
            "substituted therefor:\n\nARTICLE IV\n\nCOVENANTS\n\n4.1 Insurance. The Borrower shall "
            "insure its assets."
        ),
        [
            (
                "Article IV",
                None,
                "replace",
                "ARTICLE IV\n\nCOVENANTS\n\n4.1 Insurance. The Borrower shall insure its assets.",
            ),
        ],
    ),
    (
        "'amended to increase the Base Salary to ...'",
        "1. Section 3(b) of the Agreement is amended to increase the Base Salary to $300,000.",
        [
            ("3(b)", None, "amend", None),
        ],
    ),
    (
        "references to a name changed: no provision, no change",
        (
            '1. All references in the Agreement to "Acme Corp." are hereby amended to refer to '
            '"Acme Holdings, Inc."'
        ),
        [],
    ),
    (
        "a recital's wish to amend: no change",
        (
            "WHEREAS, the parties desire to amend Section 4.2 of the Agreement as provided "
            "herein;\n\n1. Counterparts. Fine."
        ),
        [],
    ),
    (
        "'was amended by the First Amendment': no change",
        (
            "1. The Borrower acknowledges that Section 7.1 of the Agreement was amended by the "
            "First Amendment."
        ),
        [],
    ),
    (
        "', as amended by the First Amendment, is hereby further amended'",
        (
            "1. Section 2.4 of the Agreement, as amended by the First Amendment, is hereby further "
            'amended by deleting "5" and inserting "6" in lieu thereof.'
        ),
        [
            ("2.4", None, "amend", "6"),
        ],
    ),
    (
        "'shall be replaced by Schedule I attached to this Amendment'",
        (
            "1. Effective as of the Effective Date, Schedule I to the Agreement shall be replaced "
            "by Schedule I attached to this Amendment."
        ),
        [
            ("Schedule I", None, "replace", None),
        ],
    ),
    (
        "'amended so that it reads in its entirety as follows:'",
        (
            "1. Section 7.2 of the Agreement is hereby amended so that it reads in its entirety as "
            "follows:\n\n7.2 Liens. The Borrower shall not create Liens."
        ),
        [
            ("7.2", None, "replace", "7.2 Liens. The Borrower shall not create Liens."),
        ],
    ),
    (
        "'Subsection 2.5(b)' restated in quotes",
        (
            "1. Subsection 2.5(b) of the Agreement is amended to read in its entirety as "
            'follows:\n\n"(b) The Borrower may prepay the Loans."'
        ),
        [
            ("2.5(b)", None, "replace", "(b) The Borrower may prepay the Loans."),
        ],
    ),
    (
        "a definition 'amended in its entirety to read:' in quotes",
        (
            '1. The definition of "Expiry Date" in Section 1.1 of the Agreement is amended in its '
            'entirety to read: ""Expiry Date" means May 31, 2027."'
        ),
        [
            (None, "Expiry Date", "replace", '"Expiry Date" means May 31, 2027.'),
        ],
    ),
    (
        "'The term \"X\" as used in the Agreement is hereby amended to include'",
        (
            '1. The term "Loan Documents" as used in the Agreement is hereby amended to include '
            "this Amendment."
        ),
        [
            (None, "Loan Documents", "amend", None),
        ],
    ),
    (
        "a typewritten filing: indented items, lines wrapped mid-sentence",
        (
            "     1.   Section 6.3 of the Agreement is hereby amended by\ndeleting the figure "
            '"$750,000" and inserting "$1,250,000" in lieu\nthereof.\n\n     2.   Section 7.4 of '
            "the Agreement is hereby deleted in its\nentirety."
        ),
        [
            ("6.3", None, "amend", "$1,250,000"),
            ("7.4", None, "delete", None),
        ],
    ),
    (
        "non-breaking spaces and curly quotes",
        (
            "1.\xa0\xa0Section\xa02.1 of the Agreement is hereby amended by deleting "
            "“$5,000,000” and inserting “$6,000,000” in lieu thereof."
        ),
        [
            ("2.1", None, "amend", "$6,000,000"),
        ],
    ),
    (
        "a new section of several paragraphs in curly quotes",
        (
            "1. The Agreement is hereby amended by adding the following new Section 7.14 "
            "immediately after Section 7.13:\n\n“7.14 Sanctions. The Borrower shall comply with "
            "Sanctions.\n\n(a) No proceeds shall fund a Sanctioned Person.\n\n(b) The Borrower "
            "shall notify the Lender of any violation.”\n\n2. Section 8.1 of the Agreement is "
            "hereby deleted in its entirety."
        ),
        [
            (
                "7.14",
                None,
                "add",
                (
                    "7.14 Sanctions. The Borrower shall comply with Sanctions.\n\n(a) No proceeds "
                    "shall fund a Sanctioned Person.\n\n(b) The Borrower shall notify the Lender "
                    "of any violation."
                ),
            ),
            ("8.1", None, "delete", None),
        ],
    ),
    (
        "item labels alone on their lines",
        (
            '(a)\n\nSection 2.1 of the Agreement is hereby amended by deleting "May 1" and '
            'inserting "June 1" in lieu thereof.\n\n(b)\n\nSection 2.2 of the Agreement is '
            "hereby deleted in its entirety."
        ),
        [
            ("2.1", None, "amend", "June 1"),
            ("2.2", None, "delete", None),
        ],
    ),
    (
        "item labels followed by a tab",
        (
            '(a)\tSection 2.1 of the Agreement is hereby amended by deleting "May 1" and '
            'inserting "June 1" in lieu thereof.\n\n(b)\tSection 2.2 of the Agreement is hereby '
            "deleted in its entirety."
        ),
        [
            ("2.1", None, "amend", "June 1"),
            ("2.2", None, "delete", None),
        ],
    ),
    (
        "'Section' and its number on two lines",
        (
            "1. Effective as of the date hereof, Section\n2.1 of the Agreement is hereby amended "
            'by deleting "May 1" and inserting "June 1" in lieu thereof.'
        ),
        [
            ("2.1", None, "amend", "June 1"),
        ],
    ),
    (
        "an item heading underlined with dashes",
        (
            "1.  Amendment to Section 2.1.\n    ------------------------\n\n    Section 2.1 of "
            "the Agreement is hereby amended and restated in its entirety to read as "
            'follows:\n\n    "2.1 Loans. The Lender shall make Loans up to $2,000,000."\n\n2.  '
            "Counterparts."
        ),
        [
            ("2.1", None, "replace", "2.1 Loans. The Lender shall make Loans up to $2,000,000."),
        ],
    ),
    (
        "items numbered 'Section 2.1 Amendment to Section 5.1.' under 'ARTICLE II'",
        (
            "ARTICLE II\n\nAMENDMENTS\n\nSection 2.1 Amendment to Section 5.1. Section 5.1 of "
            'the Agreement is hereby amended by deleting "annual" and inserting "quarterly" in '
            "lieu thereof.\n\nSection 2.2 Amendment to Section 5.2. Section 5.2 of the Agreement "
            "is hereby deleted in its entirety."
        ),
        [
            ("5.1", None, "amend", "quarterly"),
            ("5.2", None, "delete", None),
        ],
    ),
    (
        "a restated definition holding its own lettered items",
        (
            '1. The definition of "Eligible Receivable" in Section 1.1 of the Agreement is '
            'hereby amended and restated in its entirety to read as follows:\n\n"Eligible '
            'Receivable" means a receivable that:\n\n(a) is owing by an account debtor in the '
            "United States;\n\n(b) is not more than 90 days past due.\n\n2. Section 6.1 of the "
            "Agreement is hereby deleted in its entirety."
        ),
        [
            (
                None,
                "Eligible Receivable",
                "replace",
                (
                    '"Eligible Receivable" means a receivable that:\n\n(a) is owing by an account '
                    "debtor in the United States;\n\n(b) is not more than 90 days past due."
                ),
            ),
            ("6.1", None, "delete", None),
        ],
    ),
    (
        "a restated section whose items (a), (b) repeat the list's labels",
        (
            "(a) Section 6.1 of the Agreement is hereby amended and restated in its entirety to "
            "read as follows:\n\n6.1 Indebtedness. The Borrower shall not incur Indebtedness, "
            "except:\n\n(a) the Obligations; and\n\n(b) Capital Leases not exceeding "
            "$500,000.\n\n(b) Section 6.2 of the Agreement is hereby deleted in its entirety."
        ),
        [
            (
                "6.1",
                None,
                "replace",
                (
                    "6.1 Indebtedness. The Borrower shall not incur Indebtedness, except:\n\n"
                    "(a) the Obligations; and\n\n(b) Capital Leases not exceeding $500,000."
                ),
            ),
            ("6.2", None, "delete", None),
        ],
    ),
    (
        "'amended as follows:' then items opening 'By deleting', 'By adding', 'By amending'",
        (
            "The Agreement is hereby amended as follows:\n\n(a) By deleting Section 6.3 in its "
            'entirety and substituting the following therefor:\n\n"6.3 Dividends. The Borrower '
            'shall not pay dividends."\n\n(b) By adding the following new definitions to Section '
            '1.1 in the appropriate alphabetical order:\n\n"Fee Letter" means the letter dated '
            'March 3, 2022.\n\n(c) By amending the definition of "Tangible Net Worth" in Section '
            '1.1 to read as follows:\n\n"Tangible Net Worth" means net worth less '
            "intangibles.\n\n(d) By deleting Section 7.9 in its entirety."
        ),
        [
            ("6.3", None, "replace", "6.3 Dividends. The Borrower shall not pay dividends."),
            (None, "Fee Letter", "add", '"Fee Letter" means the letter dated March 3, 2022.'),
            (
                None,
                "Tangible Net Worth",
                "replace",
                '"Tangible Net Worth" means net worth less intangibles.',
            ),
            ("7.9", None, "delete", None),
        ],
    ),
    (
        "a table deleted and a new one substituted",
        (
            "1. Subsection 7.1(a) of the Agreement is hereby amended by deleting the table set "
            "forth therein and substituting in lieu thereof the following table:\n\nFiscal "
            "Quarter Ending        Ratio\nMarch 31, 2022               3.00 to 1.00\nJune 30, "
            "2022                2.75 to 1.00\n\n2. Counterparts."
        ),
        [
            (
                "7.1(a)",
                None,
                "amend",
                (
                    "Fiscal Quarter Ending        Ratio\n"
                    "March 31, 2022               3.00 to 1.00\n"
                    "June 30, 2022                2.75 to 1.00"
                ),
            ),
        ],
    ),
    (
        "definitions deleted and the following substituted in lieu thereof",
        (
            "1. Section 1.1 of the Agreement is hereby amended by deleting the definitions of "
            '"Borrowing Base" and "Eligible Accounts" in their entirety and substituting in lieu '
            'thereof the following:\n\n"Borrowing Base" means 80% of Eligible Accounts.\n\n'
            '"Eligible Accounts" means accounts not more than 90 days old.\n\n2. Counterparts.'
        ),
        [
            (None, "Borrowing Base", "replace", '"Borrowing Base" means 80% of Eligible Accounts.'),
            (
                None,
                "Eligible Accounts",
                "replace",
                '"Eligible Accounts" means accounts not more than 90 days old.',
            ),
        ],
    ),
    (
        "'deleting the amount \"X\" in the fourth line thereof'",
        (
            'Section 2.1 of the Agreement is hereby amended by deleting the amount "$10,000,000" '
            'in the fourth line thereof and substituting the amount "$12,000,000" in lieu '
            "thereof."
        ),
        [
            ("2.1", None, "amend", "$12,000,000"),
        ],
    ),
    (
        "'adding thereto, in appropriate alphabetical order, the following definitions:'",
        (
            "1. Section 1.01 of the Agreement is amended by adding thereto, in appropriate "
            'alphabetical order, the following definitions:\n\n"Capital Lease" means a lease '
            'that is capitalized.\n\n"Net Income" means net income under GAAP.\n\n2. '
            "Counterparts."
        ),
        [
            (None, "Capital Lease", "add", '"Capital Lease" means a lease that is capitalized.'),
            (None, "Net Income", "add", '"Net Income" means net income under GAAP.'),
        ],
    ),
    (
        "'Subsection (c) of Section 8.1' restated in quotes",
        (
            "Subsection (c) of Section 8.1 of the Agreement is hereby amended to read in its "
            'entirety as follows:\n\n"(c) The Borrower fails to pay any fee within five days."'
        ),
        [
            ("8.1(c)", None, "replace", "(c) The Borrower fails to pay any fee within five days."),
        ],
    ),
    (
        "a period struck and a new clause (f) added: the new clause is added",
        (
            "Section 6.2 of the Agreement is amended by striking the period at the end of clause "
            '(e) and inserting "; and" in lieu thereof and by adding the following new clause '
            '(f):\n\n"(f) Liens on the Equipment."'
        ),
        [
            ("6.2(f)", None, "add", "(f) Liens on the Equipment."),
        ],
    ),
    (
        "two sections replaced together, each its own piece",
        (
            "Sections 5.1 and 5.2 of the Agreement are hereby deleted in their entirety and "
            'replaced with the following:\n\n"5.1 Reports. Monthly reports.\n\n5.2 Notices. '
            'Prompt notices."'
        ),
        [
            ("5.1", None, "replace", "5.1 Reports. Monthly reports."),
            ("5.2", None, "replace", "5.2 Notices. Prompt notices."),
        ],
    ),
    (
        "an exhibit with its heading in parentheses replaced by the one attached",
        (
            "Exhibit B (Form of Compliance Certificate) to the Agreement is hereby deleted in "
            "its entirety and replaced with Exhibit B attached hereto."
        ),
        [
            ("Exhibit B", None, "replace", None),
        ],
    ),
    (
        "the reference to one section in another changed",
        (
            'The reference to "Section 7.2" in Section 9.1(c) of the Agreement is hereby changed '
            'to "Section 7.3".'
        ),
        [
            ("9.1(c)", None, "amend", "Section 7.3"),
        ],
    ),
    (
        "'shall be increased from $X to $Y'",
        "The Maximum Revolving Amount shall be increased from $5,000,000 to $7,500,000.",
        [
            (None, "Maximum Revolving Amount", "amend", None),
        ],
    ),
    (
        "'The Maturity Date set forth in the Note is hereby extended'",
        (
            "The Maturity Date set forth in the Note is hereby extended from March 31, 2022 to "
            "March 31, 2023."
        ),
        [
            (None, "Maturity Date", "amend", None),
        ],
    ),
    (
        "'There is hereby added to the Agreement a new Section 5.9 as follows:'",
        (
            "1. There is hereby added to the Agreement a new Section 5.9 as follows:\n\n5.9 "
            "Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'A new Section 5.9 is hereby added to the Agreement as follows:'",
        (
            "1. A new Section 5.9 is hereby added to the Agreement as follows:\n\n5.9 Insurance. "
            "The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'Section 5.9 is hereby added to the Agreement to read as follows:'",
        (
            "1. Section 5.9 is hereby added to the Agreement to read as follows:\n\n5.9 "
            "Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'by inserting the following as a new Section 5.9:'",
        (
            "1. The Agreement is hereby amended by inserting the following as a new Section "
            "5.9:\n\n5.9 Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'by adding a new Schedule 5.15 in the form of Schedule 5.15 attached hereto'",
        (
            "1. The Agreement is amended by adding a new Schedule 5.15 in the form of Schedule "
            "5.15 attached hereto."
        ),
        [
            ("Schedule 5.15", None, "add", None),
        ],
    ),
    (
        "'The following new Section 5.9 is inserted ... immediately after Section 5.8:'",
        (
            "1. The following new Section 5.9 is inserted in the Agreement immediately after "
            "Section 5.8:\n\n5.9 Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
]


@pytest.mark.parametrize(("shape", "body", "expected"), ONE_CLAUSE, ids=[c[0] for c in ONE_CLAUSE])
def test_one_clause(shape: str, body: str, expected: list[Expected]) -> None:
    text = _FRAME_HEAD + body + _FRAME_TAIL
    if expected:
        test_whole_amendment(shape, text, "2019-07-01", expected)
    else:
        assert _changes(text) == [], shape


#: One operation naming the agreement it changes by the term a preamble or recital defines for
#: it, in several shapes of naming: (shape, preamble, the term, the base's date).
_OPERATION = (
    '\n\n1. Section 2.1 of the {n} is hereby amended by deleting "May 1" and inserting "June 1" '
    "in lieu thereof.\n\n2. Counterparts. This Amendment may be executed in counterparts.\n\nIN "
    "WITNESS WHEREOF, the parties have executed this Amendment.\n\nACME CORP.\n\nBy: /s/ Jo "
    "Ames\nName: Jo Ames\nTitle: President\n"
)
BASES: list[tuple[str, str, str, str | None]] = [
    (
        "'AMENDMENT NO. 2, dated ..., to the Loan and Security Agreement, dated ...'",
        (
            'AMENDMENT NO. 2\n\nAMENDMENT NO. 2, dated as of May 5, 2021 (this "Amendment"), to '
            "the Loan and Security Agreement, dated as of June 1, 2017 (as amended, supplemented "
            'or otherwise modified, the "Loan Agreement"), among ACME CORP., a Delaware '
            'corporation (the "Borrower"), and BAYSIDE BANK (the "Bank").'
        ),
        "Loan Agreement",
        "2017-06-01",
    ),
    (
        "the base defined as 'the Original Agreement'",
        (
            'FIRST AMENDMENT TO SUPPLY AGREEMENT\n\nThis First Amendment (this "Amendment") is '
            'made as of May 5, 2021 between ACME CORP. ("Buyer") and DELTA PARTS LLC ("Seller"). '
            "Buyer and Seller entered into a Supply Agreement dated as of January 4, 2019 (the "
            '"Original Agreement").'
        ),
        "Original Agreement",
        "2019-01-04",
    ),
    (
        "an employment agreement between a company and a person",
        (
            "AMENDMENT TO EMPLOYMENT AGREEMENT\n\nThis Amendment to Employment Agreement (this "
            '"Amendment") is entered into as of May 5, 2021 by and between ACME CORP. (the '
            '"Company") and Jane Roe ("Executive"). The Company and Executive are parties to an '
            'Employment Agreement dated January 1, 2018 (the "Employment Agreement").'
        ),
        "Employment Agreement",
        "2018-01-01",
    ),
    (
        "a warrant 'issued on' its date",
        (
            'AMENDMENT TO COMMON STOCK PURCHASE WARRANT\n\nThis Amendment (this "Amendment") to '
            'the Common Stock Purchase Warrant issued on June 1, 2019 (the "Warrant") by ACME '
            'CORP. (the "Company") to Harbor Fund LP (the "Holder") is made as of May 5, 2021.'
        ),
        "Warrant",
        "2019-06-01",
    ),
    (
        "an undated base agreement",
        (
            "FIRST AMENDMENT TO SUPPLY AGREEMENT\n\nThis First Amendment to Supply Agreement "
            '(this "Amendment") is made as of May 5, 2021 between ACME CORP. ("Buyer") and DELTA '
            'PARTS LLC ("Seller"). Buyer and Seller are parties to that certain Supply Agreement '
            '(the "Agreement").'
        ),
        "Agreement",
        None,
    ),
    (
        "an amended and restated agreement named with its amendment chain",
        (
            "SECOND AMENDMENT TO AMENDED AND RESTATED CREDIT AGREEMENT\n\nThis Second Amendment "
            'to Amended and Restated Credit Agreement (this "Amendment") is dated as of May 5, '
            '2021 among ACME CORP. (the "Borrower") and BAYSIDE BANK (the "Lender").\n\nThe '
            "Borrower and the Lender are parties to an Amended and Restated Credit Agreement "
            "dated as of August 2, 2018 (as amended by the First Amendment thereto dated as of "
            'March 1, 2019, the "Credit Agreement").'
        ),
        "Credit Agreement",
        "2018-08-02",
    ),
    (
        "an office lease and its earlier amendments, 'collectively, the \"Lease\"'",
        (
            "THIRD AMENDMENT TO OFFICE LEASE\n\nThis Third Amendment to Office Lease (this "
            '"Amendment") is made as of May 5, 2021 between PARKSIDE TOWER LLC ("Landlord") and '
            'ACME CORP. ("Tenant"). Landlord and Tenant are parties to that certain Office Lease '
            "dated as of April 1, 2012, as amended by that certain First Amendment to Office "
            "Lease dated as of June 1, 2014 and that certain Second Amendment to Office Lease "
            'dated as of July 1, 2016 (collectively, the "Lease").'
        ),
        "Lease",
        "2012-04-01",
    ),
    (
        "the base named in the preamble, before the amendment's own date",
        (
            'AMENDMENT NO. 1 TO CONSULTING AGREEMENT\n\nThis Amendment No. 1 (the "Amendment") '
            'to the Consulting Agreement dated September 9, 2020 (the "Agreement") between ACME '
            'CORP. (the "Company") and John Park (the "Consultant") is entered into as of May 5, '
            "2021."
        ),
        "Agreement",
        "2020-09-09",
    ),
    (
        "a recital naming the base in capitals, 'dated' with no 'as of'",
        (
            "FIRST AMENDMENT TO LOAN AGREEMENT\n\nThis First Amendment to Loan Agreement (this "
            '"Amendment") is made as of May 5, 2021 between ACME CORP. ("Borrower") and BAYSIDE '
            'BANK ("Bank").\n\nWHEREAS, Borrower and Bank entered into a LOAN AGREEMENT dated '
            'March 1, 2015 (the "Agreement");'
        ),
        "Agreement",
        "2015-03-01",
    ),
    (
        "a secured promissory note",
        (
            "AMENDMENT TO SECURED PROMISSORY NOTE\n\nThis Amendment to Secured Promissory Note "
            '(this "Amendment") is made as of May 5, 2021 by ACME CORP. ("Borrower") in favor of '
            'BAYSIDE BANK ("Lender"). Borrower executed a Secured Promissory Note dated February '
            '2, 2020 in the principal amount of $2,000,000 payable to Lender (the "Note").'
        ),
        "Note",
        "2020-02-02",
    ),
]


@pytest.mark.parametrize(
    ("shape", "preamble", "term", "base_date"), BASES, ids=[b[0] for b in BASES]
)
def test_the_agreement_changed(shape: str, preamble: str, term: str, base_date: str | None) -> None:
    got = _changes(preamble + _OPERATION.format(n=term))
    assert got == [(("2.1", None, "amend", "June 1"), base_date)], shape


def test_changes_set_forth_in_an_annex() -> None:
    """ "The Agreement is hereby amended as set forth in Annex A attached hereto." and the list
    of changes in that annex, after the signatures: the annex's operations are the
    amendment's."""
    text = (
        _FRAME_HEAD + "1. Amendments. The Agreement is hereby amended as set forth in Annex A "
        "attached hereto.\n\n2. Counterparts. This Amendment may be executed in counterparts."
        "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment.\n\nREDWOOD FORGE INC."
        "\n\nBy: /s/ Jo Ames\nName: Jo Ames\nTitle: President\n\nSUMMIT TRUST BANK\n\nBy: /s/ "
        "Al Roe\nName: Al Roe\nTitle: Vice President\n\n\nANNEX A\n\nAMENDMENTS TO CREDIT "
        'AGREEMENT\n\n1. Section 6.3 of the Agreement is hereby amended by deleting "$750,000" '
        'and inserting "$1,250,000" in lieu thereof.\n\n2. Section 7.4 of the Agreement is '
        "hereby deleted in its entirety.\n"
    )
    test_whole_amendment(
        "annex",
        text,
        "2019-07-01",
        [("6.3", None, "amend", "$1,250,000"), ("7.4", None, "delete", None)],
    )
