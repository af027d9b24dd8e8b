"""Round seven, first batch: seventeen passages written before the reader ran on any of them
(lettered and romanette lists under one lead-in, words inserted after quoted words, a sentence
added at a section's end, a first sentence restated, a clause of a definition deleted, sections
renumbered around a new one, a letter amendment, a restatement by annex, an effective date
defined in another section, a table of changes, and near misses)."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round7.case import bank_amendment, case, letter_amendment

case(
    "lettered_lead_in_amount_date_and_deleted_section",
    bank_amendment(
        """
SECTION 1. Amendments to Credit Agreement. The Credit Agreement is hereby amended as follows:

(a) Section 2.5(b) of the Credit Agreement is amended by deleting the amount "$2,500,000" and
substituting therefor the amount "$4,000,000".

(b) The definition of "Revolving Termination Date" in Section 1.1 of the Credit Agreement is
amended by replacing the date "March 31, 2011" with the date "March 31, 2013".

(c) Section 7.9 of the Credit Agreement is hereby deleted in its entirety.

SECTION 2. Conditions Precedent. This Amendment shall become effective upon the Agent's
receipt of counterparts hereof duly executed by the Borrower and the Lenders.
"""
    ),
    ("2.5(b)", "amend", "$4,000,000"),
    ("term:Revolving Termination Date", "amend", "March 31, 2013"),
    ("7.9", "delete", None),
)

case(
    "words_inserted_after_quoted_words_of_a_licence",
    amendment(
        "First Amendment to License Agreement",
        "License Agreement",
        "License Agreement",
        """
1. Section 4 of the License Agreement is hereby amended by inserting the words "or any of its
Affiliates" immediately after the words "the Licensee" in the second line thereof.

2. Except as amended hereby, the License Agreement remains in full force and effect.
""",
        first="SILVERMERE OPTICS, INC.",
        first_alias="Licensor",
        second="DUNMORE VISION TECHNOLOGIES LLC",
        second_alias="Licensee",
        date="February 8, 2011",
        base_date="June 1, 2009",
    ),
    ("4", "amend", "or any of its\nAffiliates"),
)

case(
    "sentence_added_at_the_end_of_a_supply_section",
    amendment(
        "Amendment No. 2 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. Discontinued Products. Section 6.2 of the Supply Agreement is hereby amended by adding at
the end thereof the following sentence:

"Supplier shall give Buyer not less than ninety (90) days' prior written notice of the
discontinuance of any Product."

2. Counterparts. This Amendment may be executed in counterparts.
""",
        first="MARLOWE FOODS COMPANY",
        first_alias="Buyer",
        second="ORTEGA PROTEIN INGREDIENTS, S.A. DE C.V.",
        second_alias="Supplier",
        date="October 3, 2012",
        base_date="January 15, 2010",
    ),
    (
        "6.2",
        "amend",
        "Supplier shall give Buyer not less than ninety (90) days' prior written notice of the\n"
        "discontinuance of any Product.",
    ),
)

case(
    "first_sentence_of_a_services_section_to_read",
    amendment(
        "Second Amendment to Master Services Agreement",
        "Master Services Agreement",
        "Services Agreement",
        """
1. Term. The first sentence of Section 2.3 of the Services Agreement is amended to read as
follows: "The term of this Agreement shall commence on the Effective Date and shall continue
until December 31, 2015, unless earlier terminated in accordance with Article 11."

2. Ratification. The Services Agreement, as amended hereby, is ratified and confirmed.
""",
        first="HALVERSEN LOGISTICS, INC.",
        first_alias="Customer",
        second="BRIGHTWATER DATA SERVICES CORP.",
        second_alias="Provider",
        date="May 20, 2013",
        base_date="April 2, 2011",
    ),
    (
        "2.3",
        "amend",
        "The term of this Agreement shall commence on the Effective Date and shall continue\n"
        "until December 31, 2015, unless earlier terminated in accordance with Article 11.",
    ),
)

case(
    "exhibit_of_a_distribution_agreement_deleted",
    amendment(
        "Amendment to Exclusive Distribution Agreement",
        "Exclusive Distribution Agreement",
        "Distribution Agreement",
        """
1. Exhibit B (Territory) to the Distribution Agreement is hereby deleted in its entirety, and
all references in the Distribution Agreement to Exhibit B shall be of no further force or
effect.

2. This Amendment shall be governed by the laws of the State of New York.
""",
        first="KORVATH MEDICAL DEVICES, INC.",
        first_alias="Manufacturer",
        second="ALPINE SURGICAL SUPPLY AG",
        second_alias="Distributor",
        date="September 9, 2008",
        base_date="March 3, 2006",
    ),
    ("Exhibit B", "delete", None),
)

case(
    "clause_of_a_definition_deleted_and_relettered",
    bank_amendment(
        """
2. Amendment to Definition. Clause (c) of the definition of "Consolidated EBITDA" set forth in
Section 1.1 of the Credit Agreement is hereby deleted in its entirety, and clauses (d) and (e)
of such definition are hereby relettered as clauses (c) and (d), respectively.

3. Representations. The Borrower represents that no Default exists.
""",
        ordinal="Sixth",
    ),
    ("term:Consolidated EBITDA", "amend", None),
)

case(
    "indenture_sections_renumbered_around_a_new_one",
    amendment(
        "First Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
ARTICLE I
AMENDMENTS

Section 1.01. Article Four of the Indenture is hereby amended by renumbering Sections 4.07
through 4.09 thereof as Sections 4.08 through 4.10, respectively, and by inserting the
following new Section 4.07 immediately after Section 4.06:

"Section 4.07. Limitation on Sale and Leaseback Transactions. The Company shall not, and shall
not permit any Restricted Subsidiary to, enter into any Sale and Leaseback Transaction unless
the net proceeds thereof are applied as provided in Section 4.05."

Section 1.02. Effect. Except as amended hereby, the Indenture remains in full force.
""",
        first="GRANITE BAY ENERGY PARTNERS, L.P.",
        first_alias="Company",
        second="MERIDIAN TRUST COMPANY, N.A., as trustee",
        second_alias="Trustee",
        date="November 1, 2009",
        base_date="August 12, 2005",
    ),
    (
        "4.07",
        "add",
        "Section 4.07. Limitation on Sale and Leaseback Transactions. The Company shall not, and "
        "shall\nnot permit any Restricted Subsidiary to, enter into any Sale and Leaseback "
        "Transaction unless\nthe net proceeds thereof are applied as provided in Section 4.05.",
    ),
    optional=("4.08", "4.09", "4.10", "Article Four"),
)

case(
    "letter_agreeing_a_salary_section_be_amended",
    letter_amendment(
        """
We agree that, effective January 1, 2012, Section 3(b) of the Employment Agreement shall be
amended by deleting "$275,000" and inserting "$315,000" in its place.

We further agree that Section 7 of the Employment Agreement shall be amended by adding the
following sentence at the end thereof: "The Restricted Period shall be twelve (12) months."
""",
        "Employment Agreement",
        "June 30, 2009",
        "December 14, 2011",
    ),
    ("3(b)", "amend", "$315,000"),
    ("7", "amend", "The Restricted Period shall be twelve (12) months."),
)

case(
    "agreement_restated_as_set_forth_in_an_annex_changes_no_provision",
    bank_amendment(
        """
1. Amendment and Restatement. Effective as of the Restatement Date, the Credit Agreement is
hereby amended and restated in its entirety as set forth in Annex A hereto, and the Credit
Agreement as so restated is referred to herein as the "Restated Credit Agreement".

2. Restatement Date. The "Restatement Date" shall be the date on which the Agent has received
each of the documents listed in Section 3.
""",
        ordinal="Seventh",
    ),
)

case(
    "purchase_agreement_amended_from_the_effective_date_defined_later",
    amendment(
        "Amendment No. 1 to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        """
Section 1. Survival Period. Effective as of the Amendment Effective Date, Section 8.1 of the
Purchase Agreement is amended by deleting the words "eighteen (18) months" and inserting the
words "twenty-four (24) months" in lieu thereof.

Section 2. Effectiveness. This Amendment shall become effective as of September 30, 2008 (the
"Amendment Effective Date").
""",
        first="TRILLIUM CHEMICAL HOLDINGS, INC.",
        first_alias="Buyer",
        second="BASSWOOD RESINS, LLC",
        second_alias="Seller",
        date="October 6, 2008",
        base_date="February 27, 2008",
    ),
    ("8.1", "amend", "twenty-four (24) months"),
    effective="2008-09-30",
)

case(
    "paragraph_of_a_note_changing_its_maturity_date",
    amendment(
        "First Amendment to Promissory Note",
        "Promissory Note",
        "Note",
        """
1. Paragraph 5 of the Note is hereby amended by changing the date "June 30, 2010" to "December
31, 2011".

2. The Maker reaffirms its obligations under the Note, as amended hereby.
""",
        first="CEDAR HOLLOW RESTAURANTS, INC.",
        first_alias="Maker",
        second="LOUISE A. PEMBERTON",
        second_alias="Payee",
        date="June 15, 2010",
        base_date="July 1, 2008",
    ),
    ("5", "amend", "December\n31, 2011"),
)

case(
    "subsection_of_a_warrant_section_with_a_new_price",
    amendment(
        "Amendment to Common Stock Purchase Warrant",
        "Common Stock Purchase Warrant",
        "Warrant",
        """
1. Exercise Price. Subsection (a) of Section 2 of the Warrant is hereby amended by deleting
"$0.85" and inserting "$0.60" in its place.

2. No Other Changes. All other terms of the Warrant remain unchanged.
""",
        first="QUILLON THERAPEUTICS, INC.",
        second="STARLING OPPORTUNITY FUND, L.P.",
        date="April 18, 2013",
        base_date="August 30, 2011",
    ),
    ("2(a)", "amend", "$0.60"),
)

case(
    "new_employment_section_added_after_another",
    amendment(
        "Amendment to Executive Employment Agreement",
        "Executive Employment Agreement",
        "Employment Agreement",
        """
1. The Employment Agreement is hereby amended by adding the following new Section 5.4
immediately after Section 5.3:

"5.4 Relocation Expenses. The Company shall reimburse the Executive for reasonable expenses of
relocating to the Denver, Colorado metropolitan area, up to a maximum of $60,000."

2. This Amendment shall be effective as of the date first written above.
""",
        first="ASHCOMBE MINING CORPORATION",
        second="DAVID R. OYELARAN",
        second_alias="Executive",
        date="January 9, 2014",
        base_date="March 1, 2012",
    ),
    (
        "5.4",
        "add",
        "5.4 Relocation Expenses. The Company shall reimburse the Executive for reasonable "
        "expenses of\nrelocating to the Denver, Colorado metropolitan area, up to a maximum of "
        "$60,000.",
    ),
)

case(
    "one_change_among_a_representation_a_covenant_and_a_recital",
    bank_amendment(
        """
1. Amendment. Section 2.1 of the Credit Agreement is hereby amended by deleting "$10,000,000"
and inserting "$12,500,000" in lieu thereof.

2. Representations. The Borrower represents and warrants that the Credit Agreement has not been
amended, supplemented or otherwise modified except by the First Amendment dated as of May 4,
2008, and that the Security Agreement, as amended by the First Amendment to Security Agreement
dated as of May 4, 2008, remains in full force and effect.

3. Covenant. The Borrower shall not agree to amend Section 6 of the Subordination Agreement
without the prior written consent of the Agent.
""",
        ordinal="Second",
    ),
    ("2.1", "amend", "$12,500,000"),
)

case(
    "lease_changes_in_a_table",
    amendment(
        "Third Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Amendments. The Lease is hereby amended as set forth in the following table:

Provision of Lease            Existing                          As Amended
Section 3.1 (Base Rent)       $24.50 per rentable square foot   $26.00 per rentable square foot
Section 4.2 (Expiration Date) July 31, 2014                     July 31, 2019

2. Brokers. Each party represents that it dealt with no broker in connection herewith.
""",
        first="FENWICK PLAZA ASSOCIATES, LLC",
        first_alias="Landlord",
        second="BLUE HERON ANALYTICS, INC.",
        second_alias="Tenant",
        date="August 1, 2013",
        base_date="May 10, 2004",
    ),
    ("3.1", "amend", "$26.00 per rentable square foot"),
    ("4.2", "amend", "July 31, 2019"),
)

case(
    "romanette_list_of_services_agreement_changes",
    amendment(
        "Third Amendment to Master Services Agreement",
        "Master Services Agreement",
        "MSA",
        """
1. Amendments. Effective as of the date hereof, the MSA is amended as follows:

(i) Article 9 of the MSA is amended by deleting the last sentence thereof;

(ii) Section 12.3 of the MSA is hereby deleted and replaced with the following:

"12.3 Notices. All notices hereunder shall be in writing and delivered by nationally
recognized overnight courier to the addresses set forth on the signature pages hereto."; and

(iii) Schedule C to the MSA is hereby replaced in its entirety with Schedule C attached hereto.

2. Miscellaneous. This Amendment shall be governed by the laws of the State of Illinois.
""",
        first="OAKENSHIELD INSURANCE GROUP, INC.",
        first_alias="Client",
        second="PARALLAX CLAIMS SOLUTIONS LLC",
        second_alias="Vendor",
        date="July 7, 2014",
        base_date="February 1, 2012",
    ),
    ("Article 9", "amend", None),
    (
        "12.3",
        "replace",
        "12.3 Notices. All notices hereunder shall be in writing and delivered by nationally\n"
        "recognized overnight courier to the addresses set forth on the signature pages hereto.",
    ),
    ("Schedule C", "replace", None),
)

case(
    "date_wherever_it_appears_in_a_section_replaced",
    bank_amendment(
        """
1. Reporting Date. Section 6.1(a) of the Credit Agreement is hereby amended by replacing the
words "ninety (90) days" wherever they appear therein with the words "one hundred twenty (120)
days".

2. Fees. The Borrower shall pay the Agent an amendment fee of $25,000.
""",
        ordinal="Third",
        base="Loan and Security Agreement",
    ),
    ("6.1(a)", "amend", "one hundred twenty (120)\ndays"),
)
