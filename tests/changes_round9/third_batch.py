"""Round nine, third batch, written blind after the second batch's fixes: a salary raised with
its own date, a rate in one column of a pricing grid, each of two subsections, sections
replaced by "[Reserved]", a date that "shall be deemed to read", a rent exhibit replaced by a
table, a clause of a subsection replaced, definitions deleted, a value a section "is" from a
date on, two agreements under headings, a paragraph inserted after another, and near misses
(a recital of how the agreement may be amended, a clause about amending the amendment)."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round9.case import case, joint_amendment, letter_amendment

case(
    "employment_salary_increased_with_its_own_date",
    amendment(
        "Third Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. Base Salary. The Executive's base salary under Section 3(a) of the Employment Agreement is
hereby increased to $275,000, effective as of January 1, 2020.

2. Miscellaneous. This Amendment shall be governed by the laws of the State of Oregon.
""",
        first="CASCADIA TIMBER HOLDINGS, INC.",
        second="ROWAN T. ELLESMERE",
        second_alias="Executive",
    ),
    ("3(a)", "amend", "$275,000"),
    effective="2020-01-01",
)

case(
    "credit_rate_in_one_column_of_a_pricing_grid",
    credit_amendment(
        """
SECTION 2. Amendments. (a) The pricing grid in the definition of "Applicable Rate" in
Section 1.01 of the Credit Agreement is amended by replacing "0.375%" with "0.50%" in the
column headed "Commitment Fee".

(b) Each of Sections 6.01(a) and 6.01(b) of the Credit Agreement is amended by replacing
"120 days" with "90 days".
""",
        ordinal="Seventh",
        base="Credit Agreement",
        borrower="BRANDYWINE PACKAGING CORPORATION",
        lender="CHESAPEAKE NATIONAL BANK, as administrative agent",
        lender_alias="Administrative Agent",
    ),
    ("term:Applicable Rate", "amend", "0.50%"),
    ("6.01(a)", "amend", "90 days"),
    ("6.01(b)", "amend", "90 days"),
)

case(
    "supply_sections_replaced_by_reserved",
    amendment(
        "Third Amendment to Supply Agreement",
        "Supply Agreement",
        "Agreement",
        """
1. Sections 4.3 and 4.4 of the Agreement are hereby deleted and replaced with "[Reserved]".

2. Section 11.2 of the Agreement is amended by replacing "Delaware" with "New York".
""",
        first="ORCHARD RIDGE PACKAGING LLC",
        first_alias="Supplier",
        second="MAPLECREST DAIRY COOPERATIVE",
        second_alias="Purchaser",
    ),
    ("4.3", "replace", "[Reserved]"),
    ("4.4", "replace", "[Reserved]"),
    ("11.2", "amend", "New York"),
)

case(
    "letter_date_deemed_to_read",
    letter_amendment(
        """
The parties agree that the date "March 31, 2016" in Section 2.2 of the Supply and Distribution
Agreement shall be deemed to read "June 30, 2016".
""",
        "Supply and Distribution Agreement",
        "August 1, 2013",
        "February 26, 2016",
    ),
    ("2.2", "amend", "June 30, 2016"),
)

case(
    "lease_rent_exhibit_replaced_by_a_table",
    amendment(
        "First Amendment to Lease",
        "Lease Agreement",
        "Lease",
        """
1. Rent Schedule. Exhibit B to the Lease (Rent Schedule) is hereby deleted in its entirety and
replaced with the following:

Period                                   Monthly Base Rent
March 1, 2021 - February 28, 2022        $14,250.00
March 1, 2022 - February 29, 2024        $14,700.00

2. Parking. Tenant shall have the use of four (4) additional parking spaces.
""",
        first="HARBORGATE INDUSTRIAL REIT, L.P.",
        first_alias="Landlord",
        second="NIMBUS PRINTWORKS, INC.",
        second_alias="Tenant",
    ),
    ("Exhibit B", "replace", None),
)

case(
    "indenture_clause_of_a_subsection_reserved",
    amendment(
        "Third Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
Section 1. Amendments. Clause (2) of Section 5.01(a) of the Indenture is hereby deleted and
replaced with "[Reserved];". Section 1.01 of the Indenture is hereby amended by deleting the
definitions of "Earn-Out Period" and "Earn-Out Payment" in their entirety.
""",
        first="FALCONRIDGE MIDSTREAM PARTNERS, L.P.",
        first_alias="Issuer",
        second="MERIDIAN TRUST COMPANY, N.A., as trustee",
        second_alias="Trustee",
    ),
    ("5.01(a)(2)", "replace", "[Reserved];"),
    ("term:Earn-Out Period", "delete", None),
    ("term:Earn-Out Payment", "delete", None),
)

case(
    "distribution_value_a_section_is_from_a_date",
    amendment(
        "Second Amendment to Distribution Agreement",
        "Distribution Agreement",
        "Agreement",
        """
1. Section 3.2 (Minimum Purchase Requirements) of the Agreement shall be amended effective as
of January 1, 2018 so that the Minimum Annual Purchase for calendar year 2018 and each year
thereafter is $2,000,000.
""",
        first="ALPINE HEARTH PRODUCTS AG",
        first_alias="Company",
        second="NORTHWOODS STOVE SUPPLY, INC.",
        second_alias="Distributor",
    ),
    ("3.2", "amend", "$2,000,000"),
    effective="2018-01-01",
)

case(
    "two_agreements_under_headings",
    joint_amendment(
        """
1. Amendments to the Pledge Agreement. In Section 2 of the Pledge Agreement, the words
"Series A Notes" are replaced with "Series A Notes and Series B Notes".

2. Amendments to the Note Purchase Agreement. Schedule 1 to the Note Purchase Agreement is
replaced by Schedule 1 hereto.
""",
        "Note Purchase Agreement",
        "Pledge Agreement",
        "First Amendment to Note Purchase Agreement and Pledge Agreement",
        "May 14, 2013",
    ),
    ("2", "amend", "Series A Notes and Series B Notes"),
    ("Schedule 1", "replace", None),
    targets={"2": "Pledge", "Schedule 1": "Note Purchase"},
)

case(
    "services_paragraph_inserted_after_the_second",
    amendment(
        "Amendment No. 4 to Consulting Services Agreement",
        "Consulting Services Agreement",
        "Agreement",
        """
1. Section 4 of the Agreement is amended by adding the following new paragraph after the
second paragraph thereof:

"Consultant shall submit invoices no later than the tenth (10th) day of each month."
""",
        first="REDFERN ADVISORY GROUP, LLC",
        first_alias="Consultant",
        second="SABLE CREEK ENERGY CORP.",
        second_alias="Company",
    ),
    (
        "4",
        "amend",
        "Consultant shall submit invoices no later than the tenth (10th) day of each month.",
    ),
)

case(
    "credit_recital_of_how_to_amend_and_one_change",
    credit_amendment(
        """
1. Acknowledgment. Pursuant to Section 10.1 of the Credit Agreement, the Credit Agreement may
be amended only with the consent of the Required Lenders, and each Lender party hereto
constitutes a Required Lender.

2. Amendment. Section 7.6 of the Credit Agreement is amended by replacing "$2,500,000" with
"$4,000,000".

3. Amendments to this Amendment. This Amendment may not be amended or modified except by a
writing signed by the Borrower and the Agent.
""",
        ordinal="Fourth",
        base="Credit Agreement",
        borrower="WHITCOMB LABORATORY SUPPLY, INC.",
        lender="GREAT LAKES COMMERCE BANK, as agent",
        lender_alias="Agent",
    ),
    ("7.6", "amend", "$4,000,000"),
)

case(
    "purchase_closing_date_and_escrow_in_one_sentence",
    amendment(
        "Amendment No. 3 to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Agreement",
        """
1. The Outside Date set forth in Section 10.1(b) of the Agreement is hereby extended to
December 15, 2019, and the Escrow Amount set forth in Section 2.4 of the Agreement is hereby
reduced to $750,000.
""",
        first="GLENHAVEN ORGANICS, INC.",
        first_alias="Seller",
        second="PRAIRIE MEADOW FOODS LLC",
        second_alias="Buyer",
    ),
    ("10.1(b)", "amend", "December 15, 2019"),
    ("2.4", "amend", "$750,000"),
)

case(
    "warrant_note_of_earlier_amendment_changes_nothing",
    amendment(
        "Acknowledgment Regarding Warrant",
        "Common Stock Purchase Warrant",
        "Warrant",
        """
1. The Holder acknowledges that Section 3(b) of the Warrant was amended on June 1, 2015 to
reduce the Exercise Price to $1.10 per share, and that the Warrant, as amended, remains in full
force and effect.

2. The Company confirms that it has not agreed to amend Section 3(b) further.
""",
        first="COBALT RIDGE MINING CORP.",
        second="STERLING HOLLOW PARTNERS, L.P.",
    ),
)
