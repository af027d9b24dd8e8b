"""Round nine, second batch, written blind after the first batch's fixes: an email that
confirms a change, a clause struck and substituted, a new section at the end of an article, a
covenant restated with its table, a term extended with its date changed "accordingly", a first
sentence replaced, a value "extended from ... to", a word added to an exhibit's list, a
lettered clause of a proviso, a sentence added at the end, changes under a condition, two
agreements each "amended as follows:", an annex "superseded", and near misses."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round9.case import case, joint_amendment

case(
    "services_change_confirmed_by_email",
    """From: Dana Whitcombe <dwhitcombe@larchmontdata.com>
To: Marcus Ilves <milves@quarrybankfoods.com>
Date: July 2, 2019
Subject: Amendment No. 2 to Master Services Agreement

Marcus,

This email confirms the agreement of Larchmont Data Services, Inc. ("Larchmont") and Quarry
Bank Foods Co. ("Quarry Bank") to amend the Master Services Agreement dated as of April 4,
2017 between them (the "Agreement") as follows: effective July 1, 2019, Section 6.2 of the
Agreement is amended by replacing "$42,000" with "$48,000".

Except as stated in this email, the Agreement remains unchanged. Please reply to confirm.

Dana Whitcombe
Vice President, Larchmont Data Services, Inc.

Confirmed: Marcus Ilves, Quarry Bank Foods Co.
""",
    ("6.2", "amend", "$48,000"),
)

case(
    "supply_clause_struck_and_substituted_with_its_text",
    amendment(
        "Second Amendment to Supply Agreement",
        "Supply Agreement",
        "Agreement",
        """
1. Section 5.1 of the Agreement is hereby amended by striking clause (b) thereof in its
entirety and substituting the following therefor:

"(b) Buyer shall pay each invoice within forty-five (45) days after receipt."

2. Except as amended hereby, the Agreement remains in full force and effect.
""",
        first="CRANLEIGH MILLS, INC.",
        first_alias="Seller",
        second="WAVERTREE BAKING COMPANY",
        second_alias="Buyer",
    ),
    (
        "5.1(b)",
        "replace",
        "(b) Buyer shall pay each invoice within forty-five (45) days after receipt.",
    ),
)

case(
    "credit_new_section_at_the_end_of_an_article",
    credit_amendment(
        """
SECTION 3. Amendment to Article VI. Article VI of the Credit Agreement is hereby amended by
adding at the end thereof a new Section 6.17 as follows:

"6.17 Sanctions. No Loan Party shall use the proceeds of any Loan to fund any activity with
any Person that is the subject of Sanctions."

SECTION 4. Representations. The Borrower represents that no Default exists.
""",
        ordinal="Fifth",
        base="Credit Agreement",
        borrower="ASHCOMBE OUTDOOR BRANDS, INC.",
        lender="LAKESHORE FIRST BANK, as agent",
        lender_alias="Agent",
    ),
    (
        "6.17",
        "add",
        "6.17 Sanctions. No Loan Party shall use the proceeds of any Loan to fund any activity "
        "with\nany Person that is the subject of Sanctions.",
    ),
)

case(
    "credit_covenant_restated_with_its_table",
    credit_amendment(
        """
2. Amendment to Section 7.1. Section 7.1 of the Credit Agreement is hereby amended and
restated in its entirety as follows:

"7.1 Maximum Total Leverage Ratio. The Borrower shall not permit the Total Leverage Ratio as
of the last day of any fiscal quarter set forth below to exceed the ratio set forth opposite
such fiscal quarter:

Fiscal Quarter Ending                Maximum Total Leverage Ratio
December 31, 2016                    4.25 to 1.00
March 31, 2017 and thereafter        4.00 to 1.00"

3. Costs. The Borrower shall pay the Agent's reasonable costs of this Amendment.
""",
        ordinal="Sixth",
        base="Credit Agreement",
        borrower="KINGSMERE HEALTHCARE SERVICES, LLC",
        lender="STONEBRIDGE BANK, N.A., as administrative agent",
        lender_alias="Agent",
    ),
    ("7.1", "replace", None),
)

case(
    "lease_term_extended_and_expiration_date_changed_accordingly",
    amendment(
        "Fourth Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Extension. The Term of the Lease is hereby extended for an additional period of five (5)
years, and the Expiration Date is accordingly changed to July 31, 2029.

2. Brokers. Each party represents that it has dealt with no broker in connection with this
Amendment.
""",
        first="MILLBROOK OFFICE TRUST",
        first_alias="Landlord",
        second="CASTELLAN ARCHITECTS, P.A.",
        second_alias="Tenant",
    ),
    # ("The Term of the Lease is hereby extended for an additional period of five (5) years"
    # changes the Term too: left out when the case was written, added apart)
    ("term:Term", "amend", None),
    ("term:Expiration Date", "amend", "July 31, 2029"),
)

case(
    "employment_first_sentence_of_a_paragraph_replaced",
    amendment(
        "Second Amendment to Employment Agreement",
        "Employment Agreement",
        "Agreement",
        """
1. Paragraph 3(a) of the Agreement is hereby amended by deleting the first sentence thereof
and inserting in its place the following: "The Executive's Base Salary shall be $410,000 per
year."

2. The word "exclusive" in Paragraph 8 of the Agreement is hereby deleted.
""",
        first="HOLLINGTON RAIL SERVICES CORP.",
        second="DESMOND A. KARRAS",
        second_alias="Executive",
    ),
    ("3(a)", "amend", "The Executive's Base Salary shall be $410,000 per\nyear."),
    ("8", "amend", None),
)

case(
    "notes_maturity_extended_from_one_date_to_another",
    amendment(
        "Amendment to Convertible Promissory Notes",
        "Convertible Promissory Notes",
        "Notes",
        """
1. The Maturity Date of each Note, as defined in Section 1 thereof, is hereby extended from
March 1, 2018 to March 1, 2020.

2. The Conversion Price set forth in Section 4(a) of each Note is hereby reduced to $0.40.
""",
        first="ORBITAL SENSING TECHNOLOGIES, INC.",
        second="THE HOLDERS SIGNATORY HERETO",
        second_alias="Holders",
    ),
    ("term:Maturity Date", "amend", "March 1, 2020"),
    ("4(a)", "amend", "$0.40"),
)

case(
    "distribution_word_added_to_an_exhibit_list",
    amendment(
        "Amendment No. 1 to Distribution Agreement",
        "Exclusive Distribution Agreement",
        "Distribution Agreement",
        """
1. Territory. Exhibit B (Territory) to the Distribution Agreement is amended by adding
"Puerto Rico" to the list of territories set forth therein.

2. Minimum Purchases. Section 4.2 of the Distribution Agreement is amended by replacing
"250,000 units" with "300,000 units".
""",
        first="VERACRUZ FOOTWEAR S.A. DE C.V.",
        first_alias="Manufacturer",
        second="GULFSTAR RETAIL SUPPLY, INC.",
        second_alias="Distributor",
    ),
    ("Exhibit B", "amend", "Puerto Rico"),
    ("4.2", "amend", "300,000 units"),
)

case(
    "credit_lettered_clause_of_a_proviso",
    credit_amendment(
        """
(a) Clause (x) of the proviso to Section 2.05(c) of the Credit Agreement is amended by
replacing "50%" with "75%".

(b) Section 6.12 of the Credit Agreement is hereby amended by striking the reference to
"Section 6.11" appearing therein and substituting a reference to "Section 6.13" therefor.
""",
        ordinal="Second",
        base="Credit Agreement",
        borrower="TORRINGTON AEROSPACE COMPONENTS, INC.",
        lender="NORTHFIELD SAVINGS BANK",
    ),
    ("2.05(c)", "amend", "75%"),
    ("6.12", "amend", "Section 6.13"),
)

case(
    "purchase_sentence_added_at_the_end_of_a_section",
    amendment(
        "First Amendment to Stock Purchase Agreement",
        "Stock Purchase Agreement",
        "Purchase Agreement",
        """
1. Section 2.3 of the Purchase Agreement is hereby amended by inserting the following
sentence at the end thereof: "The Escrow Amount shall be released to Seller on the
eighteen-month anniversary of the Closing Date."

2. The first sentence of Section 8.2 of the Purchase Agreement is amended to read in full as
follows: "Seller's aggregate liability under Section 8.1 shall not exceed $3,000,000."
""",
        first="BELLWETHER INDUSTRIAL GROUP, INC.",
        first_alias="Buyer",
        second="HARTWELL FAMILY TRUST",
        second_alias="Seller",
    ),
    (
        "2.3",
        "amend",
        "The Escrow Amount shall be released to Seller on the\neighteen-month anniversary of "
        "the Closing Date.",
    ),
    ("8.2", "amend", "Seller's aggregate liability under Section 8.1 shall not exceed $3,000,000."),
)

case(
    "services_section_restated_under_a_condition",
    amendment(
        "Third Amendment to Services Agreement",
        "Services Agreement",
        "Agreement",
        """
1. Subject to the satisfaction of the condition set forth in Section 3 below, effective as of
January 1, 2016, Section 5 of the Agreement is amended to read as follows:

"5. Fees. Client shall pay Provider a monthly fee of $30,000, payable in advance."

2. Reserved.

3. Condition. The amendment in Section 1 is conditioned on Client's payment of all amounts
past due under the Agreement.
""",
        first="HALCYON FACILITY SERVICES, LLC",
        first_alias="Provider",
        second="EASTGATE COMMUNITY COLLEGE",
        second_alias="Client",
    ),
    (
        "5",
        "replace",
        "5. Fees. Client shall pay Provider a monthly fee of $30,000, payable in advance.",
    ),
    effective="2016-01-01",
)

case(
    "two_agreements_each_amended_as_follows",
    joint_amendment(
        """
1. The Note Purchase Agreement is amended as follows:

(a) Section 1.1 is amended by adding the following definition in proper alphabetical order:

"Permitted Lien" means any Lien permitted under Section 7.2.

(b) Section 7.5 is deleted in its entirety.

2. The Pledge Agreement is amended as follows:

(a) Section 6 is amended by replacing "five (5) Business Days" with "ten (10) Business Days".
""",
        "Note Purchase Agreement",
        "Pledge Agreement",
        "Omnibus Amendment",
        "February 20, 2012",
    ),
    ("term:Permitted Lien", "add", '"Permitted Lien" means any Lien permitted under Section 7.2.'),
    ("7.5", "delete", None),
    ("6", "amend", "ten (10) Business Days"),
    targets={"term:Permitted Lien": "Note Purchase", "7.5": "Note Purchase", "6": "Pledge"},
)

case(
    "annex_superseded_by_its_attached_namesake",
    amendment(
        "Amendment to Warehouse Services Agreement",
        "Warehouse Services Agreement",
        "Agreement",
        """
1. Rates. Annex A to the Agreement is superseded in its entirety by Annex A attached hereto.

2. Notices. Section 12 of the Agreement is amended by deleting "Attention: Controller" and
inserting "Attention: General Counsel" in its place.
""",
        first="BRIGHTWATER COLD STORAGE, INC.",
        first_alias="Warehouse",
        second="SUMMIT ORCHARDS COOPERATIVE",
        second_alias="Depositor",
    ),
    ("Annex A", "replace", None),
    ("12", "amend", "Attention: General Counsel"),
)

case(
    "consent_to_amend_another_agreement_changes_nothing",
    credit_amendment(
        """
1. Consent. The Lender hereby consents to the amendment of Section 4.2 of the Subordinated
Note Agreement in the form attached hereto as Exhibit A, and agrees that such amendment shall
not constitute a Default under Section 8.1(k) of the Loan Agreement.

2. No Waiver. Nothing in this Consent shall be deemed to amend Section 9.3 of the Loan
Agreement or to waive any other Default.
""",
        ordinal="Third",
        borrower="GALLOWAY FIBER OPTICS, INC.",
        lender="RIVERSTONE COMMUNITY BANK",
        lender_alias="Lender",
    ),
)

case(
    "license_only_the_word_struck_and_a_near_miss_restriction",
    amendment(
        "Amendment No. 2 to License Agreement",
        "License Agreement",
        "Agreement",
        """
1. Section 2.1 of the Agreement is amended by deleting the word "exclusive" in the second
line thereof.

2. Licensee agrees that it will not seek to amend Section 10 of the Agreement before December
31, 2020, and that Section 10, as amended by this Amendment No. 2, shall survive termination.
""",
        first="CASTOR OPTICS AG",
        first_alias="Licensor",
        second="LUMENFIELD DEVICES, INC.",
        second_alias="Licensee",
    ),
    ("2.1", "amend", None),
)

case(
    "indenture_supplemental_with_deep_clause_and_new_definition",
    amendment(
        "Second Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
ARTICLE ONE
AMENDMENTS TO THE INDENTURE

Section 1.1 Amendment of Section 4.09(b)(iii). Section 4.09(b)(iii) of the Indenture is
hereby amended by replacing "$25.0 million" with "$40.0 million".

Section 1.2 New Definition. Section 1.01 of the Indenture is amended by inserting the
following definition in the appropriate alphabetical order:

"Receivables Facility" means any financing of accounts receivable of the Company and its
Restricted Subsidiaries.
""",
        first="CARRINGTON CHEMICAL CORPORATION",
        first_alias="Issuer",
        second="WELLMONT BANK NATIONAL ASSOCIATION, as trustee",
        second_alias="Trustee",
    ),
    ("4.09(b)(iii)", "amend", "$40.0 million"),
    (
        "term:Receivables Facility",
        "add",
        '"Receivables Facility" means any financing of accounts receivable of the Company and '
        "its\nRestricted Subsidiaries.",
    ),
)
