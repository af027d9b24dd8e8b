"""Round eight, first batch: tables of old and new text, attached schedules, definitions
inserted in alphabetical order, "(x)"/"(y)" edits, side letters, a note and its agreement
amended together, and near misses that change nothing."""

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round7.case import bank_amendment, letter_amendment
from tests.changes_round8.case import case, side_letter

case(
    "three-column table of section, existing text and amended text",
    bank_amendment(
        "SECTION 1. Amendments. The Credit Agreement is hereby amended as set forth in the "
        "table below, in each case by deleting the existing text appearing in the provision "
        "indicated and substituting therefor the amended text:\n\n"
        "Provision          Existing Text          Amended Text\n"
        "Section 6.1(a)     3.50 to 1.00           4.00 to 1.00\n"
        "Section 2.5(b)     $250,000               $400,000\n\n"
        "SECTION 2. Representations. The Borrower represents that no Default exists.\n"
    ),
    ("6.1(a)", "amend", "4.00 to 1.00"),
    ("2.5(b)", "amend", "$400,000"),
)

case(
    "schedule replaced by the schedule attached and a figure changed",
    amendment(
        "Second Amendment to License Agreement",
        "License Agreement",
        "License Agreement",
        "1. Schedule 2 to the License Agreement is hereby replaced by Schedule 2 attached "
        "hereto.\n\n"
        "2. Section 3.1 of the License Agreement is amended by changing the figure "
        '"$5,000,000" to "$7,500,000".\n\n'
        "3. Except as amended hereby, the License Agreement remains in full force and "
        "effect.\n",
        first="ALDERGROVE THERAPEUTICS, INC.",
        first_alias="Licensee",
        second="VESTRY BIOSCIENCES LIMITED",
        second_alias="Licensor",
    ),
    ("Schedule 2", "replace", None),
    ("3.1", "amend", "$7,500,000"),
)

case(
    "new definitions inserted in the appropriate alphabetical order",
    credit_amendment(
        "1. Definitions. Section 1.1 of the Loan Agreement is hereby amended by inserting "
        "the following new definitions in the appropriate alphabetical order:\n\n"
        '"Ogden Facility" means the distribution facility of the Borrower located at 400 '
        "Harrisville Road, Ogden, Utah.\n\n"
        '"Specified Disposition" means the sale of the Ogden Facility for cash consideration '
        "of not less than $6,000,000.\n\n"
        "2. Conditions. This Amendment shall become effective upon its execution by the "
        "Borrower and the Bank.\n"
    ),
    (
        "term:Ogden Facility",
        "add",
        '"Ogden Facility" means the distribution facility of the Borrower located at 400 '
        "Harrisville Road, Ogden, Utah.",
    ),
    (
        "term:Specified Disposition",
        "add",
        '"Specified Disposition" means the sale of the Ogden Facility for cash consideration '
        "of not less than $6,000,000.",
    ),
)

case(
    "(x) and (y) edits of one section in one sentence",
    amendment(
        "First Amendment to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        "Section 1. Amendment of Section 4.2. Section 4.2 of the Supply Agreement is hereby "
        'amended by (x) deleting the words "thirty (30) days" and substituting therefor the '
        'words "forty-five (45) days" and (y) deleting the word "Purchaser" in the last '
        'sentence thereof and substituting therefor the word "Buyer".\n\n'
        "Section 2. Governing Law. This Amendment shall be governed by the laws of the State "
        "of Ohio.\n",
        first="CASTLEFORD POLYMERS, INC.",
        first_alias="Supplier",
        second="BRANDYWINE HOME GOODS, LLC",
        second_alias="Buyer",
    ),
    ("4.2", "amend", "forty-five (45) days"),
)

case(
    "an article deleted in its entirety and replaced with [Reserved]",
    amendment(
        "First Supplemental Indenture",
        "Indenture",
        "Indenture",
        "ARTICLE ONE\nAMENDMENTS\n\n"
        "Section 1.01. Article VIII of the Indenture is hereby deleted in its entirety and "
        'replaced with "[Reserved]".\n\n'
        "Section 1.02. Each reference in the Indenture to Article VIII shall be of no further "
        "force or effect.\n",
        first="HOLLISTER GRID ENERGY CORP.",
        first_alias="Issuer",
        second="FIRST LAKESHORE TRUST COMPANY, N.A., as trustee",
        second_alias="Trustee",
    ),
    ("Article VIII", "replace", "[Reserved]"),
)

case(
    "first sentence restated and the remainder left unchanged",
    amendment(
        "Amendment No. 1 to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        "1. Base Salary. The first sentence of Section 3(a) of the Employment Agreement is "
        'hereby amended to read in its entirety as follows: "The Company shall pay the '
        'Executive a base salary at the annual rate of $315,000." The remainder of Section '
        "3(a) is unchanged.\n\n"
        "2. No Other Changes. All other terms of the Employment Agreement remain in effect.\n",
        first="QUILLFEATHER SOFTWARE, INC.",
        first_alias="Company",
        second="DANIELA R. OSTROWSKI",
        second_alias="Executive",
    ),
    (
        "3(a)",
        "amend",
        "The Company shall pay the Executive a base salary at the annual rate of $315,000.",
    ),
)

case(
    "side letter replacing a period in a distribution agreement",
    side_letter(
        "1. The parties agree that, with effect from the date of this letter, Section 5.3 of "
        'the Distribution Agreement shall be amended by replacing "ninety (90) days" with '
        '"one hundred twenty (120) days".\n\n'
        "2. Thornbury may, for the remainder of the current calendar year, place orders by "
        "electronic mail.\n",
        "Distribution Agreement",
        "January 15, 2009",
        "June 3, 2010",
    ),
    ("5.3", "amend", "one hundred twenty (120) days"),
)

case(
    "conforming changes to a note purchase agreement and its notes",
    amendment(
        "Amendment to Note Purchase Agreement and Senior Notes",
        "Note Purchase Agreement",
        "Purchase Agreement",
        "1. Amendment to Purchase Agreement. Section 2.1 of the Purchase Agreement is hereby "
        'amended by deleting "June 30, 2012" and inserting "December 31, 2013" in lieu '
        "thereof.\n\n"
        "2. Conforming Amendment to the Notes. Section 1 of each Note issued under the "
        'Purchase Agreement is hereby amended by deleting "June 30, 2012" and inserting '
        '"December 31, 2013" in lieu thereof, and each holder of a Note, by its execution '
        "hereof, agrees to such amendment.\n",
        first="GRANITE FALLS ORTHOPEDICS, INC.",
        first_alias="Company",
        second="SALTMARSH MEZZANINE FUND II, L.P.",
        second_alias="Purchaser",
    ),
    ("2.1", "amend", "December 31, 2013"),
    ("1", "amend", "December 31, 2013"),
    targets={"2.1": "Purchase", "1": "Senior"},
)

case(
    "a waiver that represents the agreement unamended and promises not to amend",
    amendment(
        "Waiver and Consent",
        "Note Purchase Agreement",
        "Purchase Agreement",
        "1. Waiver. The Purchaser hereby waives compliance by the Company with Section 7.10 "
        "of the Purchase Agreement for the fiscal quarter ended March 31, 2006.\n\n"
        "2. Representations. The Company represents that the Purchase Agreement has not "
        "been amended, supplemented or otherwise modified since its date, other than by the "
        "Amendment dated as of January 5, 2005, which amended Section 2.1 thereof.\n\n"
        "3. Covenant. The Company agrees not to amend Section 6 of its certificate of "
        "incorporation without the prior written consent of the Purchaser.\n",
        first="GRANITE FALLS ORTHOPEDICS, INC.",
        first_alias="Company",
        second="SALTMARSH MEZZANINE FUND II, L.P.",
        second_alias="Purchaser",
    ),
)

case(
    "words inserted immediately after other words of a lease",
    amendment(
        "Third Amendment to Lease",
        "Lease",
        "Lease",
        '1. Assignment. Section 12 of the Lease is amended by inserting the words "or its '
        'designated property manager" immediately after the words "prior written consent of '
        'Landlord".\n\n'
        "2. Ratification. Except as modified herein, the Lease is ratified and confirmed.\n",
        first="TANAGER POINT OFFICE PARK, LLC",
        first_alias="Landlord",
        second="BLUE HERON DIAGNOSTICS, INC.",
        second_alias="Tenant",
    ),
    ("12", "amend", "or its designated property manager"),
)

case(
    "a new section added immediately after another",
    amendment(
        "Amendment No. 2 to Master Services Agreement",
        "Master Services Agreement",
        "Services Agreement",
        "1. New Section 8.6. A new Section 8.6 is hereby added to the Services Agreement "
        "immediately after Section 8.5, to read as follows:\n\n"
        '"8.6 Non-Solicitation. During the Term and for twelve (12) months thereafter, neither '
        'party shall solicit for employment any employee of the other party."\n\n'
        "2. Counterparts. This Amendment may be executed in counterparts.\n",
        first="LANTERNFISH ANALYTICS CORP.",
        first_alias="Provider",
        second="HARROWGATE MUTUAL INSURANCE COMPANY",
        second_alias="Customer",
    ),
    (
        "8.6",
        "add",
        "8.6 Non-Solicitation. During the Term and for twelve (12) months thereafter, neither "
        "party shall solicit for employment any employee of the other party.",
    ),
)

case(
    "sections renumbered and a new section inserted in their place",
    bank_amendment(
        "SECTION 1. Sanctions Covenant. Sections 7.4 through 7.6 of the Credit Agreement are "
        "hereby renumbered as Sections 7.5 through 7.7, respectively, and a new Section 7.4 is "
        "inserted to read as follows:\n\n"
        '"7.4 Sanctions. The Borrower shall not use the proceeds of any Loan to fund any '
        'activity of a Sanctioned Person."\n\n'
        "SECTION 2. Expenses. The Borrower shall pay the Agent's costs of this Amendment.\n"
    ),
    (
        "7.4",
        "add",
        "7.4 Sanctions. The Borrower shall not use the proceeds of any Loan to fund any "
        "activity of a Sanctioned Person.",
    ),
    optional=("7.5", "7.6", "7.7"),
)

case(
    "references replaced throughout and a price changed",
    amendment(
        "Amendment to Common Stock Purchase Warrant",
        "Common Stock Purchase Warrant",
        "Warrant",
        '1. Defined Term. All references in the Warrant to "Exercise Price" are hereby '
        'replaced with "Warrant Price".\n\n'
        '2. Price. Section 2(a) of the Warrant is amended by changing the figure "$3.25" '
        'to "$2.10".\n',
        first="OSPREY CREEK MINERALS CORP.",
        first_alias="Company",
        second="MARLOWE STREET OPPORTUNITY FUND, LP",
        second_alias="Holder",
    ),
    ("2(a)", "amend", "$2.10"),
    optional=("term:Exercise Price", "term:Warrant Price"),
)

case(
    "amount changed effective as of a date stated in a later section",
    amendment(
        "First Amendment to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        "1. Purchase Price. Subject to Section 3, Section 2.3 of the Purchase Agreement is "
        'amended by deleting the amount "$12,000,000" and inserting "$11,250,000" in lieu '
        "thereof.\n\n"
        "2. Release. The Seller releases the Buyer from any claim under the escrow "
        "arrangements.\n\n"
        "3. Effectiveness. This Amendment shall be effective as of July 1, 2008 (the "
        '"Amendment Effective Date").\n',
        first="PRAIRIE LIGHT COMMUNICATIONS, INC.",
        first_alias="Seller",
        second="WOODHAVEN BROADBAND HOLDINGS, LLC",
        second_alias="Buyer",
        date="July 18, 2008",
        base_date="March 3, 2008",
    ),
    ("2.3", "amend", "$11,250,000"),
    effective="2008-07-01",
)

case(
    "a clause of a definition deleted and a paragraph deleted",
    amendment(
        "Amendment No. 3 to Distribution Agreement",
        "Exclusive Distribution Agreement",
        "Distribution Agreement",
        '(a) Clause (c) of the definition of "Net Sales" in Paragraph 1 of the Distribution '
        "Agreement is hereby deleted.\n\n"
        "(b) Paragraph 9 (Most Favored Customer) of the Distribution Agreement is deleted in "
        "its entirety.\n",
        first="SILVERBELL NUTRITION, INC.",
        first_alias="Supplier",
        second="KOWLOON BAY TRADING CO., LTD.",
        second_alias="Distributor",
    ),
    ("term:Net Sales", "amend", None),
    ("9", "delete", None),
)

case(
    "an exhibit deleted and a subsection restated in a letter",
    letter_amendment(
        "1. Exhibit B to the Employment Agreement (Bonus Criteria) is hereby deleted.\n\n"
        "2. We agree that subsection (d) of Section 5 of the Employment Agreement is amended "
        "to read as follows:\n\n"
        '"(d) Upon a termination without Cause, you will receive twelve (12) months of base '
        'salary, payable in installments."\n',
        "Employment Agreement",
        "February 1, 2011",
        "September 9, 2013",
    ),
    ("Exhibit B", "delete", None),
    (
        "5(d)",
        "replace",
        "(d) Upon a termination without Cause, you will receive twelve (12) months of base "
        "salary, payable in installments.",
    ),
)

case(
    "three changes under roman labels with one lead-in",
    bank_amendment(
        "SECTION 1. Amendments to Credit Agreement. The Credit Agreement is hereby amended as "
        "follows:\n\n"
        '(i) The definition of "Maturity Date" in Section 1.1 is amended by deleting "July 22, '
        '2011" and substituting "July 22, 2013".\n\n'
        "(ii) Section 2.7(c) is hereby deleted in its entirety.\n\n"
        "(iii) Section 9.2 is amended by adding at the end thereof the following sentence: "
        '"Any notice to the Agent shall also be sent by electronic mail."\n\n'
        "SECTION 2. Reaffirmation. The Borrower reaffirms its obligations.\n"
    ),
    ("term:Maturity Date", "amend", "July 22, 2013"),
    ("2.7(c)", "delete", None),
    ("9.2", "amend", "Any notice to the Agent shall also be sent by electronic mail."),
)
