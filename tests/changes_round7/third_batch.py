"""Round seven, third batch: seventeen passages written after the second batch's fixes and
before the reader ran on them (a ratio opposite a quarter, words inserted before a
definition's closing period, two definitions deleted together, an article of a lease
substituted, the last sentence of a licence section restated, a paragraph with its heading
replaced, a schedule restated in the form of one attached, a note's maturity extended, a
definition added in alphabetical order, a table of changes with rules, near misses, a change
made retroactively effective, a subsection deleted and the rest relettered, a clause of a
distribution agreement replaced, sections each replaced by "[Reserved]")."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round7.case import bank_amendment, case

case(
    "ratio_opposite_a_fiscal_quarter_replaced",
    bank_amendment(
        """
1. Leverage Ratio. Section 6.01 of the Credit Agreement is hereby amended by deleting the
ratio "4.25:1.00" set forth opposite the fiscal quarter ending June 30, 2012 and substituting
therefor the ratio "4.50:1.00".
""",
        ordinal="Ninth",
        date="July 31, 2012",
    ),
    ("6.01", "amend", "4.50:1.00"),
)

case(
    "words_inserted_before_the_period_at_the_end_of_a_definition",
    bank_amendment(
        """
1. Excluded Taxes. The definition of "Excluded Taxes" in Section 1.01 of the Credit Agreement
is hereby amended by inserting the words ", and any U.S. federal withholding Taxes imposed
under FATCA" immediately before the period at the end thereof.
""",
        ordinal="Tenth",
        date="March 18, 2013",
    ),
    (
        "term:Excluded Taxes",
        "amend",
        ", and any U.S. federal withholding Taxes imposed\nunder FATCA",
    ),
)

case(
    "two_definitions_deleted_in_one_clause",
    bank_amendment(
        """
1. Deleted Definitions. Section 1.1 of the Credit Agreement is hereby amended by deleting the
definitions of "Existing Letters of Credit" and "Swing Line Sublimit" in their entirety.
""",
        ordinal="Eleventh",
        date="June 3, 2013",
    ),
    ("term:Existing Letters of Credit", "delete", None),
    ("term:Swing Line Sublimit", "delete", None),
)

case(
    "lease_article_substituted_by_a_headed_block",
    amendment(
        "Fourth Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Use. ARTICLE V of the Lease is hereby deleted in its entirety and the following is
substituted therefor:

ARTICLE V
USE

5.1 Tenant shall use the Premises solely for general office purposes and for no other use.

2. Ratification. Landlord and Tenant ratify the Lease, as amended hereby.
""",
        first="COPPER CANYON REALTY TRUST",
        first_alias="Landlord",
        second="FIELDSTONE ACTUARIAL GROUP, INC.",
        second_alias="Tenant",
        date="December 1, 2016",
        base_date="October 15, 2009",
    ),
    ("Article V", "replace", None),
)

case(
    "last_sentence_of_a_licence_section_to_read",
    amendment(
        "Amendment No. 3 to Software License Agreement",
        "Software License Agreement",
        "License Agreement",
        """
1. Audit. The last sentence of Section 11.2 of the License Agreement is hereby amended to read
as follows: "Licensor shall bear the cost of any audit unless the audit reveals an
underpayment exceeding five percent (5%) for the audited period."
""",
        first="BLACKTHORN SOFTWARE CORPORATION",
        first_alias="Licensor",
        second="MERIWETHER MUTUAL INSURANCE COMPANY",
        second_alias="Licensee",
        date="September 14, 2015",
        base_date="December 20, 2012",
    ),
    (
        "11.2",
        "amend",
        "Licensor shall bear the cost of any audit unless the audit reveals an\nunderpayment "
        "exceeding five percent (5%) for the audited period.",
    ),
)

case(
    "numbered_paragraph_with_its_heading_replaced",
    amendment(
        "Second Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. The Employment Agreement is hereby amended by deleting Paragraph 2 (Term) in its entirety and
substituting the following in lieu thereof:

"2. Term. The term of employment under this Agreement shall end on March 31, 2017, unless
sooner terminated as provided in Paragraph 8."

2. Except as amended hereby, the Employment Agreement remains in full force and effect.
""",
        first="GREYLOCK ENGINEERED PRODUCTS, INC.",
        second="MARCUS J. FEATHERSTONE",
        second_alias="Employee",
        date="February 6, 2015",
        base_date="April 1, 2012",
    ),
    (
        "2",
        "replace",
        "2. Term. The term of employment under this Agreement shall end on March 31, 2017, "
        "unless\nsooner terminated as provided in Paragraph 8.",
    ),
)

case(
    "schedule_restated_in_the_form_of_one_attached",
    amendment(
        "Amendment No. 2 to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        """
1. Schedule 1.1 to the Purchase Agreement is hereby amended and restated in its entirety in the
form of Schedule 1.1 attached hereto.

2. This Amendment shall be governed by the laws of the State of Ohio.
""",
        first="BRIGHTON FOUNDRY ACQUISITION CORP.",
        first_alias="Buyer",
        second="ELLSWORTH CASTINGS, INC.",
        second_alias="Seller",
        date="May 5, 2010",
        base_date="April 12, 2010",
    ),
    ("Schedule 1.1", "replace", None),
)

case(
    "maturity_date_of_a_note_extended_from_one_date_to_another",
    amendment(
        "Note Modification Agreement",
        "Promissory Note",
        "Note",
        """
1. Extension. The Maturity Date of the Note is hereby extended from June 1, 2012 to June 1,
2014.

2. Interest. Section 2 of the Note is hereby amended by deleting "8.00%" and inserting "9.25%"
in lieu thereof.
""",
        first="SANDPIPER COASTAL RESORTS, LLC",
        first_alias="Borrower",
        second="TIDEWATER COMMUNITY BANK",
        second_alias="Lender",
        date="May 25, 2012",
        base_date="June 1, 2009",
    ),
    ("term:Maturity Date", "amend", "June 1,\n2014"),
    ("2", "amend", "9.25%"),
)

case(
    "indenture_definition_added_in_alphabetical_order",
    amendment(
        "Third Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
Section 1. Section 1.01 of the Indenture is hereby amended by adding the following definition in
its proper alphabetical order:

"Permitted Receivables Financing" means any receivables financing facility of a Receivables
Subsidiary the Indebtedness of which is non-recourse to the Company.

Section 2. This Supplemental Indenture shall be governed by the laws of the State of New York.
""",
        first="IRONWOOD PAPER MILLS, INC.",
        first_alias="Company",
        second="CONTINENTAL FIDUCIARY BANK, N.A., as trustee",
        second_alias="Trustee",
        date="January 14, 2011",
        base_date="May 1, 2007",
    ),
    (
        "term:Permitted Receivables Financing",
        "add",
        '"Permitted Receivables Financing" means any receivables financing facility of a '
        "Receivables\nSubsidiary the Indebtedness of which is non-recourse to the Company.",
    ),
)

case(
    "supply_table_of_changes_with_rules",
    amendment(
        "Amendment No. 5 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. Amendments. The Supply Agreement is hereby amended as shown in the table below:

| Clause | Current Text | Revised Text |
| 4.1 | thirty (30) days | forty-five (45) days |
| 9.2 | December 31, 2014 | December 31, 2017 |

2. Counterparts. This Amendment may be signed in counterparts.
""",
        first="WICKLOW BREWING COMPANY",
        first_alias="Buyer",
        second="GOLDEN FIELDS MALTING, INC.",
        second_alias="Supplier",
        date="November 3, 2014",
        base_date="January 9, 2012",
    ),
    ("4.1", "amend", "forty-five (45) days"),
    ("9.2", "amend", "December 31, 2017"),
)

case(
    "commitment_fee_among_a_deemed_amendment_and_an_acknowledgment",
    bank_amendment(
        """
1. Commitment Fee. Section 2.7 of the Credit Agreement is hereby amended by replacing "0.375%"
with "0.50%".

2. No Other Amendment. Nothing in this Amendment shall be deemed to amend Section 9 of the
Credit Agreement, and the Borrower acknowledges that Section 9.3 of the Credit Agreement, as
amended by the Third Amendment, remains in full force and effect.
""",
        ordinal="Twelfth",
        date="August 19, 2013",
    ),
    ("2.7", "amend", "0.50%"),
)

case(
    "exhibit_replaced_beside_a_condition_naming_a_section_to_amend",
    bank_amendment(
        """
1. Exhibit B to the Credit Agreement is hereby replaced with Exhibit B attached hereto.

2. Conditions. This Amendment shall become effective when the Agent shall have received an
amendment to the Security Agreement amending Section 4.2 thereof in form and substance
satisfactory to the Agent.
""",
        ordinal="Thirteenth",
        date="October 2, 2013",
    ),
    ("Exhibit B", "replace", None),
)

case(
    "warrant_change_effective_retroactively",
    amendment(
        "Amendment to Warrant",
        "Warrant",
        "Warrant",
        """
Section 1. Amendment. Section 2(b) of the Warrant is hereby amended by deleting "March 15, 2011"
and inserting "March 15, 2013" in lieu thereof.

Section 2. Effective Date. The amendment set forth in Section 1 shall be effective
retroactively as of January 1, 2009.
""",
        first="LODESTAR GOLD EXPLORATION CORP.",
        second="HALCYON RESOURCE PARTNERS II, L.P.",
        date="February 2, 2009",
        base_date="March 15, 2006",
    ),
    ("2(b)", "amend", "March 15, 2013"),
    effective="2009-01-01",
)

case(
    "services_subsection_deleted_and_the_rest_relettered",
    amendment(
        "Fourth Amendment to Services Agreement",
        "Services Agreement",
        "Services Agreement",
        """
1. Subsection 3.2(c) of the Services Agreement is hereby deleted, and subsections 3.2(d) and
3.2(e) thereof are relettered as subsections 3.2(c) and 3.2(d), respectively.
""",
        first="PINECREST SENIOR LIVING, INC.",
        first_alias="Company",
        second="MAPLEWOOD DINING SERVICES LLC",
        second_alias="Contractor",
        date="June 22, 2016",
        base_date="July 1, 2013",
    ),
    ("3.2(c)", "delete", None),
    optional=("3.2(d)", "3.2(e)"),
)

case(
    "distribution_clause_deleted_and_replaced_by_a_new_clause",
    amendment(
        "Deed of Amendment to Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        """
1. Clause 12.3 of the Distribution Agreement shall be deleted and replaced by the following new
Clause 12.3:

"12.3 Either party may terminate this Agreement on not less than six (6) months' written
notice to the other party."

2. Save as amended by this Deed, the Distribution Agreement shall continue in full force.
""",
        first="HARROWGATE INSTRUMENTS LIMITED",
        first_alias="Principal",
        second="BALTIC MEASUREMENT SYSTEMS UAB",
        second_alias="Distributor",
        date="3 March 2014",
        base_date="1 June 2010",
    ),
    (
        "12.3",
        "replace",
        "12.3 Either party may terminate this Agreement on not less than six (6) months' "
        "written\nnotice to the other party.",
    ),
)

case(
    "three_sections_each_replaced_by_reserved",
    bank_amendment(
        """
1. Reserved Covenants. Sections 6.14, 6.15 and 6.16 of the Credit Agreement are hereby deleted
in their entirety and replaced with "[Reserved]".
""",
        ordinal="Fourteenth",
        date="December 9, 2013",
    ),
    ("6.14", "replace", "[Reserved]"),
    ("6.15", "replace", "[Reserved]"),
    ("6.16", "replace", "[Reserved]"),
)

case(
    "guaranty_cap_paragraph_and_a_notice_address",
    amendment(
        "First Amendment to Limited Guaranty",
        "Limited Guaranty",
        "Guaranty",
        """
1. Paragraph 1 of the Guaranty is hereby amended by deleting the amount "$2,000,000" in the
third line thereof and inserting the amount "$3,500,000" in its place.

2. The address of the Guarantor for notices set forth in Paragraph 14 of the Guaranty is hereby
changed to: 4100 Wexford Road, Suite 300, Columbus, Ohio 43220.
""",
        first="ALDEN W. BURROUGHS",
        first_alias="Guarantor",
        second="FIRST MIAMI VALLEY BANK",
        second_alias="Lender",
        date="March 9, 2012",
        base_date="September 28, 2010",
    ),
    ("1", "amend", "$3,500,000"),
    ("14", "amend", None),
)
