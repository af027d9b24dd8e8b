"""Round nine, first batch: headed numbered paragraphs, narrative changes of a term or a price,
deep provisions (a proviso, a last sentence, a clause of a subsection, a paragraph of an
article), two changes in one sentence, attachments replaced by their namesakes, tables of
levels, a change effective on a later condition, a letter, two agreements in one instrument,
"shall be deemed amended", a block after "as follows:", and near misses."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round9.case import case, joint_amendment, letter_amendment

case(
    "headed_numbered_paragraphs_name_their_section",
    credit_amendment(
        """
1. Defined Terms. Capitalized terms used herein without definition have the meanings given
to them in the Credit Agreement.

2. Amendment to Section 6.1 (Maximum Leverage Ratio). Section 6.1 of the Credit Agreement is
hereby amended by deleting the ratio "3.50 to 1.00" appearing therein and substituting
"3.75 to 1.00" therefor.

3. Amendment to Section 7.4 (Restricted Payments). Clause (c) of Section 7.4 of the Credit
Agreement is hereby amended by replacing "$5,000,000" with "$7,500,000".

4. Conditions to Effectiveness. This Amendment shall become effective upon the Agent's
receipt of counterparts hereof executed by the Borrower and the Required Lenders.
""",
        ordinal="Fourth",
        base="Credit Agreement",
        borrower="MERRIVALE SPECIALTY FOODS, INC.",
        lender="SOUTHRIDGE BANK, N.A., as agent",
        lender_alias="Agent",
    ),
    ("6.1", "amend", "3.75 to 1.00"),
    ("7.4(c)", "amend", "$7,500,000"),
)

case(
    "supply_term_extended_and_price_in_an_exhibit",
    amendment(
        "First Amendment to Supply Agreement",
        "Supply Agreement",
        "Agreement",
        """
1. Extension of Term. The term set out in Section 3.1 of the Agreement is hereby extended
until June 30, 2027.

2. Pricing. The Purchase Price in Exhibit A to the Agreement shall be $12.50 per unit for all
Products ordered after the date of this Amendment.

3. No Other Changes. Except as expressly set forth herein, the Agreement remains unchanged
and in full force and effect.
""",
        first="LINDENHURST POLYMERS CORP.",
        first_alias="Supplier",
        second="COPPERFIELD APPLIANCE COMPANY",
        second_alias="Buyer",
    ),
    ("3.1", "amend", "June 30, 2027"),
    ("Exhibit A", "amend", "$12.50 per unit"),
)

case(
    "license_proviso_deleted_and_last_sentence_restated",
    amendment(
        "Amendment No. 1 to License Agreement",
        "License Agreement",
        "License Agreement",
        """
1. The proviso to Section 2.4 of the License Agreement is hereby deleted in its entirety.

2. The last sentence of Section 9.1 of the License Agreement is hereby amended and restated
to read as follows: "Licensee may terminate this Agreement for convenience upon one hundred
twenty (120) days' prior written notice to Licensor."
""",
        first="QUILLON SOFTWARE GMBH",
        first_alias="Licensor",
        second="BRACKENRIDGE MEDICAL SYSTEMS, INC.",
        second_alias="Licensee",
    ),
    ("2.4", "amend", None),
    (
        "9.1",
        "amend",
        "Licensee may terminate this Agreement for convenience upon one hundred\ntwenty (120) "
        "days' prior written notice to Licensor.",
    ),
)

case(
    "services_clause_of_a_subsection_struck_and_substituted",
    amendment(
        "Second Amendment to Master Services Agreement",
        "Master Services Agreement",
        "MSA",
        """
(a) Section 3(b)(ii) of the MSA is hereby amended by striking the words "thirty (30) days"
and substituting therefor the words "forty-five (45) days".

(b) Clause (iii) of Section 5.2(a) of the MSA is hereby amended by striking the words "net of
applicable taxes" therefrom.
""",
        first="TRELLISWORTH LOGISTICS, INC.",
        first_alias="Provider",
        second="OAKMONT REGIONAL HEALTH SYSTEM",
        second_alias="Client",
    ),
    ("3(b)(ii)", "amend", "forty-five (45) days"),
    ("5.2(a)(iii)", "amend", None),
)

case(
    "employment_two_changes_joined_by_and",
    amendment(
        "Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. Compensation. Section 4.1 of the Employment Agreement is hereby amended to replace
"$325,000" with "$360,000", and Section 4.3 of the Employment Agreement is hereby amended to
replace "forty percent (40%)" with "fifty percent (50%)".

2. Effect. All other terms of the Employment Agreement remain in full force and effect.
""",
        first="VANTORA ENERGY SERVICES, INC.",
        first_alias="Company",
        second="PRISCILLA N. HARDWICKE",
        second_alias="Executive",
    ),
    ("4.1", "amend", "$360,000"),
    ("4.3", "amend", "fifty percent (50%)"),
)

case(
    "schedule_and_exhibit_replaced_by_their_attached_namesakes",
    credit_amendment(
        """
SECTION 2. Amendments to Schedules and Exhibits.

(a) Schedule 1 to the Credit Agreement is hereby replaced by Schedule 1 attached hereto.

(b) Exhibit C to the Credit Agreement is deleted and Exhibit C attached to this Amendment is
substituted therefor.
""",
        ordinal="Second",
        base="Credit Agreement",
        borrower="HALVERSON PRECISION CASTINGS, INC.",
        lender="CUMBERLAND TRUST BANK",
    ),
    ("Schedule 1", "replace", None),
    ("Exhibit C", "replace", None),
)

case(
    "pricing_grid_and_covenant_levels_in_small_tables",
    credit_amendment(
        """
2.1 The table set forth in the definition of "Applicable Margin" in Section 1.1 of the Credit
Agreement is hereby amended and restated as follows:

Level   Leverage Ratio                LIBOR Loans   Base Rate Loans
I       < 2.00 to 1.00                2.25%         1.25%
II      >= 2.00 to 1.00               2.75%         1.75%

2.2 Section 7.11(a) of the Credit Agreement is hereby amended by replacing the table therein
with the following table:

Fiscal Quarter Ending          Minimum Fixed Charge Coverage Ratio
March 31, 2012                 1.10 to 1.00
June 30, 2012 and thereafter   1.20 to 1.00
""",
        ordinal="Third",
        base="Credit Agreement",
        borrower="GRANITE SHOALS HOSPITALITY, LLC",
        lender="BAYPOINT COMMERCE BANK, as administrative agent",
        lender_alias="Administrative Agent",
    ),
    ("term:Applicable Margin", "amend", None),
    ("7.11(a)", "amend", None),
)

case(
    "lease_rent_change_effective_on_a_later_condition",
    amendment(
        "Second Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Base Rent. Section 2.5 of the Lease is hereby amended by deleting "$18.75" and inserting
"$21.00" in its place. The amendment set forth in this Paragraph 1 shall become effective on
the date on which Landlord receives the additional security deposit described in Paragraph 2.

2. Security Deposit. Tenant shall deliver to Landlord an additional security deposit of
$12,000 within ten (10) days after the date hereof.
""",
        first="WESTBROOK PLAZA ASSOCIATES, L.L.C.",
        first_alias="Landlord",
        second="FENWICK DENTAL GROUP, P.C.",
        second_alias="Tenant",
    ),
    ("2.5", "amend", "$21.00"),
)

case(
    "one_instrument_amends_two_agreements",
    joint_amendment(
        """
1. Amendment to Note Purchase Agreement. Section 5.6 of the Note Purchase Agreement is hereby
amended by replacing "December 31, 2011" with "March 31, 2012".

2. Amendment to Pledge Agreement. Section 3(a) of the Pledge Agreement is hereby amended by
adding at the end thereof the words ", together with all proceeds thereof".
""",
        "Note Purchase Agreement",
        "Pledge Agreement",
        "Amendment to Note Purchase Agreement and Pledge Agreement",
        "September 9, 2011",
    ),
    ("5.6", "amend", "March 31, 2012"),
    ("3(a)", "amend", ", together with all proceeds thereof"),
    targets={"5.6": "Note Purchase", "3(a)": "Pledge"},
)

case(
    "distribution_letter_countersigned",
    letter_amendment(
        """
Section 2.1 of the Distribution Agreement is amended by deleting "the State of Ohio" and
inserting in its place "the States of Ohio and Indiana". Section 8.2 of the Distribution
Agreement is amended by changing "ninety (90) days" to "sixty (60) days".
""",
        "Distribution Agreement",
        "January 12, 2012",
        "March 3, 2015",
    ),
    ("2.1", "amend", "the States of Ohio and Indiana"),
    ("8.2", "amend", "sixty (60) days"),
)

case(
    "warrant_deemed_amended",
    amendment(
        "Amendment to Common Stock Purchase Warrant",
        "Common Stock Purchase Warrant",
        "Warrant",
        """
1. Expiration Date. Effective as of the date hereof, Section 2(a) of the Warrant shall be
deemed amended by replacing "April 30, 2016" with "April 30, 2018".

2. Exercise Price. Section 7 of the Warrant shall be deemed amended so that the Exercise
Price stated therein is "$0.85" per share.
""",
        first="SILVERBIRCH MINERALS CORP.",
        second="DUNMORE OPPORTUNITY PARTNERS, L.P.",
    ),
    ("2(a)", "amend", "April 30, 2018"),
    ("7", "amend", "$0.85"),
)

case(
    "indenture_section_amended_as_follows_with_a_block",
    amendment(
        "First Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
ARTICLE I
AMENDMENTS

Section 1.01. Section 10.3 of the Indenture is hereby amended as follows:

"Section 10.3. Limitation on Liens. The Company will not, and will not permit any Subsidiary
to, create or suffer to exist any Lien on any Principal Property securing Indebtedness unless
the Notes are secured equally and ratably with such Indebtedness."

Section 1.02. Ratification. Except as amended hereby, the Indenture is ratified and confirmed.
""",
        first="NORTHCAPE UTILITIES CORPORATION",
        first_alias="Company",
        second="GREYSTONE TRUST COMPANY, N.A., as trustee",
        second_alias="Trustee",
    ),
    (
        "10.3",
        "replace",
        "Section 10.3. Limitation on Liens. The Company will not, and will not permit any "
        "Subsidiary\nto, create or suffer to exist any Lien on any Principal Property securing "
        "Indebtedness unless\nthe Notes are secured equally and ratably with such Indebtedness.",
    ),
)

case(
    "purchase_agreement_new_section_added_as_follows",
    amendment(
        "Amendment No. 2 to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        """
1. Article IV of the Purchase Agreement is amended by adding the following new Section 4.9 at
the end thereof:

"4.9 Non-Solicitation. For a period of two (2) years after the Closing, Seller shall not
solicit for employment any Transferred Employee."

2. The definition of "Outside Date" in Section 9.1(b) of the Purchase Agreement is amended by
replacing "October 1, 2013" with "November 15, 2013".
""",
        first="BLACKWATER FILTRATION HOLDINGS, INC.",
        first_alias="Seller",
        second="ARDENT PROCESS TECHNOLOGIES LLC",
        second_alias="Buyer",
    ),
    (
        "4.9",
        "add",
        "4.9 Non-Solicitation. For a period of two (2) years after the Closing, Seller shall "
        "not\nsolicit for employment any Transferred Employee.",
    ),
    ("term:Outside Date", "amend", "November 15, 2013"),
)

case(
    "operating_agreement_second_paragraph_of_an_article",
    amendment(
        "First Amendment to Operating Agreement",
        "Limited Liability Company Operating Agreement",
        "Operating Agreement",
        """
1. The second paragraph of Article V of the Operating Agreement is deleted and replaced with
the following: "Distributions of Available Cash shall be made quarterly to the Members pro
rata in accordance with their Percentage Interests."
""",
        first="RIVERBEND LAND PARTNERS, LLC",
        second="THISTLEDOWN CAPITAL MANAGEMENT, INC.",
        second_alias="Manager",
    ),
    (
        "Article V",
        "amend",
        "Distributions of Available Cash shall be made quarterly to the Members pro\nrata in "
        "accordance with their Percentage Interests.",
    ),
)

case(
    "credit_fee_struck_each_place_and_substituted",
    credit_amendment(
        """
(a) Section 2.8(b) of the Credit Agreement is hereby amended by striking the phrase
"one-quarter of one percent (0.25%)" and substituting "three-eighths of one percent (0.375%)"
therefor.

(b) Section 9.1(f) of the Credit Agreement is hereby amended by striking "$10,000,000" each
place it appears and substituting "$15,000,000" therefor.
""",
        ordinal="First",
        base="Credit Agreement",
        borrower="ELDRIDGE MARINE TERMINALS, INC.",
        lender="PORT CITY NATIONAL BANK",
    ),
    ("2.8(b)", "amend", "three-eighths of one percent (0.375%)"),
    ("9.1(f)", "amend", "$15,000,000"),
)

case(
    "waiver_with_representations_and_a_covenant_changes_nothing",
    credit_amendment(
        """
1. Waiver. The Lender hereby waives the Event of Default arising under Section 6.12 of the
Loan Agreement solely as a result of the Borrower's failure to deliver its audited financial
statements for the fiscal year ended December 31, 2013 within the time required.

2. Representations. The Borrower represents and warrants that the Loan Agreement has not been
amended, supplemented or otherwise modified, other than by the First Amendment to Loan
Agreement dated as of June 1, 2012, which amended Section 2.3 of the Loan Agreement.

3. Covenant. The Borrower shall not amend Section 6 of the Subordinated Note or agree to any
change in the definition of "Subordinated Debt" without the prior written consent of the
Lender.

4. Reference. Each reference to the Loan Agreement in the Loan Documents shall mean the Loan
Agreement, as amended by the First Amendment to Loan Agreement and as modified hereby.
""",
        ordinal="Second",
        borrower="PINEHAVEN BUILDING PRODUCTS, INC.",
        lender="MIDLAND PRAIRIE BANK",
        lender_alias="Lender",
    ),
)

case(
    "lease_recital_of_an_earlier_amendment_and_one_change",
    amendment(
        "Third Amendment to Lease",
        "Office Lease",
        "Lease",
        """
1. Background. Section 5.1 of the Lease was amended by the Second Amendment to Lease dated
March 1, 2010 to extend the Term through April 30, 2016, and the Lease, as amended by the
Second Amendment, remains in effect.

2. Premises. Section 1.4 of the Lease is hereby amended by deleting "Suite 300" and replacing
it with "Suites 300 and 310".
""",
        first="CORBIN STREET PROPERTIES, LLC",
        first_alias="Landlord",
        second="ALDERMAN & PRUE, LLP",
        second_alias="Tenant",
    ),
    ("1.4", "amend", "Suites 300 and 310"),
)
