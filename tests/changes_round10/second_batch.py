"""Round ten, second batch: passages written after the first batch's fixes, before the reader
ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round10.case import case, deed, side_letter

case(
    "new_clause_inserted_into_an_english_clause",
    deed(
        """
2. AMENDMENTS TO THE AGREEMENT

2.1 Clause 5 (Repayment) of the Agreement shall be amended by inserting a new Clause 5.4 as
follows:

"5.4 Cash Sweep. The Company shall apply 50 per cent. of Excess Cashflow in prepayment of the
Loan."

2.2 The definition of "Permitted Disposal" in Clause 1.1 (Definitions) of the Agreement shall
be deleted.
""",
        "Term Facility Agreement",
        "11 March 2014",
        "6 August 2016",
    ),
    ("5.4", "add", None),
    ("term:Permitted Disposal", "delete", None),
)

case(
    "a_sterling_figure_replaced_in_a_lettered_clause",
    deed(
        """
1. VARIATIONS

In Clause 14.2(b) of the Agreement, the figure "£250,000" shall be replaced with "£400,000".

2. CONTINUATION

The Agreement shall continue in full force and effect as varied by this Deed.
""",
        "Loan Agreement",
        "2 May 2013",
        "15 January 2017",
        title="Deed of Variation",
    ),
    ("14.2(b)", "amend", "£400,000"),
)

case(
    "figure_struck_and_inserted_in_lieu_in_a_purchase_agreement",
    amendment(
        "Amendment No. 1 to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        """
1. Section 2.2(b) of the Purchase Agreement is modified by striking the figure "$4,000,000"
and inserting in lieu thereof "$3,500,000".

2. Except as modified hereby, the Purchase Agreement is ratified and confirmed.
""",
        first="KINGSBRIDGE RESTAURANT GROUP, INC.",
        first_alias="Buyer",
        second="HARTWELL FOOD CONCEPTS, LLC",
        second_alias="Seller",
    ),
    ("2.2(b)", "amend", "$3,500,000"),
)

case(
    "termination_date_in_a_section_extended_from_one_date_to_another",
    amendment(
        "Second Amendment to Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        """
1. Extension of Term. The Termination Date set forth in Section 10.1 of the Distribution
Agreement is hereby extended from December 31, 2012 to December 31, 2015.

2. Counterparts. This Amendment may be signed in counterparts.
""",
        first="VANTERPOOL COSMETICS, INC.",
        first_alias="Supplier",
        second="ISLA VERDE TRADING COMPANY",
        second_alias="Distributor",
    ),
    ("10.1", "amend", "December 31, 2015"),
    optional=("term:Termination Date",),
)

case(
    "bulleted_changes_of_a_consulting_agreement",
    amendment(
        "First Amendment to Consulting Agreement",
        "Consulting Agreement",
        "Consulting Agreement",
        """
1. The Consulting Agreement is amended as follows:

• Section 8.3 is deleted and replaced with the following: "Either party may terminate this
Agreement on thirty (30) days' written notice."

• the words "thirty (30)" in Section 11.2 are replaced with "forty-five (45)"; and

• Section 12 is amended by adding at the end thereof the following sentence: "This Agreement
may be executed electronically."
""",
        first="DRUMMOND ANALYTICS CORP.",
        second="Priya V. Ramaswamy",
        second_alias="Consultant",
    ),
    (
        "8.3",
        "replace",
        "Either party may terminate this\nAgreement on thirty (30) days' written notice.",
    ),
    ("11.2", "amend", "forty-five (45)"),
    ("12", "amend", "This Agreement\nmay be executed electronically."),
)

case(
    "services_schedule_supplemented_by_additional_services",
    amendment(
        "Amendment No. 3 to Master Services Agreement",
        "Master Services Agreement",
        "Agreement",
        """
1. Schedule 1 (Services) to the Agreement shall be supplemented by the addition of the
following services:

(a) overnight data backup of the Customer's payroll systems; and

(b) quarterly disaster recovery testing.

2. The fees for the additional services are set out in Schedule 2.
""",
        first="BELLWEATHER STAFFING SOLUTIONS, INC.",
        first_alias="Customer",
        second="NORTHSTAR MANAGED IT, LLC",
        second_alias="Provider",
    ),
    ("Schedule 1", "amend", None),
)

case(
    "salary_section_amended_effective_to_provide_a_figure",
    amendment(
        "Second Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. Base Salary. Section 3(a) of the Employment Agreement is hereby amended, effective as of
January 1, 2013, to provide that the Executive's Base Salary shall be $325,000 per year.

2. Entire Agreement. This Amendment and the Employment Agreement are the entire agreement of
the parties.
""",
        first="CASTLEROCK SEMICONDUCTOR, INC.",
        second="Marguerite L. Fontaine",
        second_alias="Executive",
    ),
    ("3(a)", "amend", None),
    effective="2013-01-01",
)

case(
    "side_letter_notwithstanding_a_section_for_one_year",
    side_letter(
        """
The parties agree that, notwithstanding Section 7.2 of the Master Services Agreement, the
Service Fees for calendar year 2015 shall be invoiced quarterly in arrears.
""",
        "Master Services Agreement",
        "April 4, 2013",
        "December 15, 2014",
    ),
    optional=("7.2",),
)

case(
    "new_section_added_at_the_end_of_an_article_in_words",
    amendment(
        "Second Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
1. Article Four of the Indenture is hereby amended by adding the following new Section 4.19 at
the end thereof:

"Section 4.19. Limitation on Sale and Leaseback Transactions. The Company shall not enter into
any Sale and Leaseback Transaction unless permitted by Section 4.10."

2. This Supplemental Indenture is governed by the laws of the State of New York.
""",
        first="MARROWSTONE MIDSTREAM, INC.",
        second="BRANFORD NATIONAL TRUST COMPANY, as trustee",
        second_alias="Trustee",
    ),
    ("4.19", "add", None),
)

case(
    "expiration_date_of_a_warrant_changed_to_a_date",
    amendment(
        "Amendment No. 1 to Warrant",
        "Warrant to Purchase Common Stock",
        "Warrant",
        """
1. The Expiration Date of the Warrant, as defined in Section 1 thereof, is hereby changed to
March 15, 2019.

2. All other terms of the Warrant remain in effect.
""",
        first="PINNACLE RIDGE THERAPEUTICS, INC.",
        second="OSPREY LANE CAPITAL, L.P.",
    ),
    ("term:Expiration Date", "amend", "March 15, 2019"),
)

case(
    "provisions_replaced_by_text_shown_against_them",
    amendment(
        "Fourth Amendment to Office Lease",
        "Office Lease",
        "Lease",
        """
1. The Lease is amended by replacing the provisions listed below with the text shown against
them:

| Section          | Amended text                                     |
|------------------|--------------------------------------------------|
| 4.1 (Base Rent)  | $28.50 per rentable square foot per annum        |
| 6.2 (Parking)    | twelve (12) unreserved spaces                    |

2. Tenant accepts the Premises in their present condition.
""",
        first="HARBOR POINT TOWER ASSOCIATES, LLC",
        first_alias="Landlord",
        second="QUINTANILLA & ROSS LLP",
        second_alias="Tenant",
    ),
    ("4.1", "amend", "$28.50 per rentable square foot per annum"),
    ("6.2", "amend", "twelve (12) unreserved spaces"),
)

case(
    "near_miss_a_whole_agreement_changed_by_conformed_pages",
    credit_amendment(
        """
1. Amendments. Effective as of the Amendment Effective Date, the Loan Agreement is hereby
amended to delete the stricken text and to add the double-underlined text as set forth in the
pages of the Loan Agreement attached as Exhibit A hereto.

2. Conditions. This Amendment shall become effective upon the Bank's receipt of counterparts
signed by the Borrower.
""",
        borrower="WYNDHAM CREEK MATERIALS, INC.",
    ),
)

case(
    "a_clause_changed_amid_references_construed_and_clauses_applied",
    deed(
        """
3. CONSTRUCTION

3.1 References in the Agreement to "this Agreement" shall be construed as references to the
Agreement as amended by this Deed.

3.2 Clause 1.2 (Construction) of the Agreement applies to this Deed as if set out in full.

4. AMENDMENT

Clause 26 (Notices) of the Agreement shall be amended by replacing the address of the Bank with
"1 Cornhill, London EC3V 3ND".
""",
        "Receivables Financing Agreement",
        "29 April 2011",
        "17 October 2013",
    ),
    ("26", "amend", "1 Cornhill, London EC3V 3ND"),
)

case(
    "english_schedule_replaced_by_one_in_an_appendix",
    deed(
        """
2. With effect from the date of this Deed, Schedule 2 (Form of Utilisation Request) to the
Agreement shall be deleted and replaced by the schedule set out in the Appendix to this Deed.
""",
        "Revolving Credit Facility Agreement",
        "5 December 2012",
        "21 March 2015",
    ),
    ("Schedule 2", "replace", None),
    effective="2015-03-21",
)

case(
    "section_of_a_distribution_agreement_restated_as_follows",
    amendment(
        "Amendment to Exclusive Distribution Agreement",
        "Exclusive Distribution Agreement",
        "Agreement",
        """
1. Section 4 (Minimum Purchase Requirements) of the Agreement is restated as follows:

"Distributor shall purchase Products having an aggregate Net Price of not less than $2,000,000
in each Contract Year."

2. Section 9.5 of the Agreement is hereby revoked.
""",
        first="ALDERGROVE MARINE PRODUCTS, INC.",
        first_alias="Company",
        second="PACIFIC RIM NAUTICAL SUPPLY PTY LTD",
        second_alias="Distributor",
    ),
    (
        "4",
        "replace",
        "Distributor shall purchase Products having an aggregate Net Price of not less than "
        "$2,000,000\nin each Contract Year.",
    ),
    ("9.5", "delete", None),
)

case(
    "pricing_exhibit_superseded_by_an_attached_one",
    amendment(
        "Third Amendment to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. The pricing schedule attached to the Supply Agreement as Exhibit C is superseded by the
pricing schedule attached to this Amendment as Exhibit C-1.

2. Subsection 6.2(c) of the Supply Agreement is hereby amended by deleting the word "ten" and
substituting the word "fifteen" therefor.
""",
        first="CRANBROOK CERAMICS, INC.",
        first_alias="Supplier",
        second="HOMESTEAD TILE & STONE, LLC",
        second_alias="Buyer",
    ),
    ("Exhibit C", "replace", None),
    ("6.2(c)", "amend", "fifteen"),
)

case(
    "near_miss_a_consent_that_amends_nothing",
    credit_amendment(
        """
1. Consent. The Bank consents to the sale of the Borrower's Elkhart warehouse notwithstanding
Section 7.5 of the Loan Agreement. This consent is limited to that sale and shall not be
deemed to amend Section 7.5 or any other provision of the Loan Agreement.

2. Reference to the Loan Agreement. Each reference in the Loan Agreement to "this Agreement"
shall mean the Loan Agreement as modified by this Amendment.
""",
        ordinal="Sixth",
        borrower="TIPPECANOE HARDWOOD PRODUCTS, INC.",
    ),
)
