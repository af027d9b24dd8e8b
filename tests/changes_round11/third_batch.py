"""Round eleven, third batch: definition changes written after the first fixes, before the
reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round11.case import case, note_amendment

case(
    "definitions_deleted_in_a_passive_list",
    credit_amendment(
        """
1. Deleted Definitions. The definitions of "Acquisition Loan", "Acquisition Loan Commitment"
and "Acquisition Note" in Section 1.1 of the Loan Agreement are hereby deleted.

2. Costs. The Borrower shall pay the Bank's costs of this Amendment.
""",
        borrower="LAKESHORE DENTAL PARTNERS, INC.",
    ),
    ("term:Acquisition Loan", "delete", None),
    ("term:Acquisition Loan Commitment", "delete", None),
    ("term:Acquisition Note", "delete", None),
)

case(
    "following_definitions_as_the_passive_subject_restated",
    credit_amendment(
        """
SECTION 2. Amended Definitions. The following definitions contained in Section 1.01 of the
Credit Agreement are hereby amended and restated in their entirety to read as follows:

"Consolidated Fixed Charge
Coverage Ratio" means, for any period, the ratio of Consolidated EBITDAR to Consolidated Fixed
Charges for such period.

"Letter of Credit Sublimit" means $10,000,000.

SECTION 3. Counterparts. This Amendment may be signed in counterparts.
""",
        ordinal="Ninth",
        base="Credit Agreement",
        borrower="CASCADE TITLE & ESCROW HOLDINGS, INC.",
    ),
    ("term:Consolidated Fixed Charge Coverage Ratio", "replace", None),
    ("term:Letter of Credit Sublimit", "replace", None),
)

case(
    "new_definitions_passive_added_to_schedule_one_definitions",
    amendment(
        "Amendment No. 4 to Revolving Credit Agreement",
        "Revolving Credit Agreement",
        "Credit Agreement",
        """
1. Additional Definitions. The following new definitions are hereby added to Schedule 1
(Definitions) to the Credit Agreement in the appropriate alphabetical order:

“Covenant Relief Period” means the period from the Amendment No. 4 Effective Date through
the date on which the Borrower delivers the Compliance Certificate for the fiscal quarter
ending December 31, 2021.

“Minimum Liquidity” means unrestricted cash of the Borrower of not less than $20,000,000.

2. Conditions. This Amendment becomes effective upon its execution by the Required Lenders.
""",
        first="SILVERLEAF HOSPITALITY TRUST",
        first_alias="Borrower",
        second="MERCER STREET BANK, N.A., as Administrative Agent",
        second_alias="Administrative Agent",
        date="February 26, 2021",
        base_date="August 2, 2018",
    ),
    ("term:Covenant Relief Period", "add", None),
    ("term:Minimum Liquidity", "add", None),
    optional=("Schedule 1",),
)

case(
    "glossary_amended_by_adding_and_restating",
    note_amendment(
        """
2. Amendments to the Glossary. The Glossary to the Note Agreement is hereby amended as
follows:

(a) The definition of "Leverage Ratio" is amended and restated in its entirety as follows:

"Leverage Ratio" means, at any time, the ratio of Consolidated Total Debt to Consolidated
EBITDA for the four fiscal quarters most recently ended.

(b) The following definition is added in the appropriate alphabetical order:

"Material Credit Facility" means the Bank Credit Agreement and any refinancing thereof.

3. Fees. The Company shall pay each holder an amendment fee of 0.10% of its Notes.
""",
        ordinal="Second",
    ),
    ("term:Leverage Ratio", "replace", None),
    ("term:Material Credit Facility", "add", None),
)

case(
    "definition_amended_by_adding_a_clause_at_the_end_in_a_numbered_item",
    credit_amendment(
        """
2.1 Amendment to Definition of Permitted Indebtedness. The definition of "Permitted
Indebtedness" in Section 1.1 of the Loan Agreement is hereby amended by deleting the word
"and" at the end of clause (g), replacing the period at the end of clause (h) with "; and",
and adding the following new clause (i) at the end thereof:

"(i) unsecured Indebtedness not exceeding $500,000 at any time outstanding."

2.2 Amendment to Definition of Permitted Liens. The definition of "Permitted Liens" in
Section 1.1 of the Loan Agreement is hereby amended by adding the words "or equipment" after
the words "purchase money Liens on vehicles".
""",
        borrower="FOXGLOVE NURSERIES, INC.",
    ),
    ("term:Permitted Indebtedness", "amend", None),
    ("term:Permitted Liens", "amend", None),
)

case(
    "replaced_definitions_after_a_page_break_and_added_ones",
    credit_amendment(
        """
(b) Section 1.1 of the Loan Agreement is further amended by deleting the definitions of
"Eligible Inventory" and "Inventory Advance Rate" in their entirety and replacing them with
the following:

"Eligible Inventory" means Inventory of the Borrower consisting of finished goods held for
sale.
                                       -3-
<PAGE>
"Inventory Advance Rate" means 50%.

(c) Section 1.1 of the Loan Agreement is further amended by inserting the following new
definition in its proper alphabetical place:

"Inventory Appraisal" means an appraisal of the Inventory by an appraiser acceptable to the
Bank.
""",
        borrower="QUARRY HILL HARDWARE SUPPLY CO.",
    ),
    ("term:Eligible Inventory", "replace", None),
    ("term:Inventory Advance Rate", "replace", None),
    ("term:Inventory Appraisal", "add", None),
)

case(
    "near_miss_new_defined_term_in_a_restated_section_only",
    credit_amendment(
        """
1. Section 7.10 of the Loan Agreement is hereby amended and restated in its entirety as
follows:

"7.10 Capital Expenditures. The Borrower shall not make Capital Expenditures in any fiscal
year exceeding $1,250,000 (the "Capex Limit"); provided that up to $250,000 of the unused
Capex Limit may be carried over to the next fiscal year."
""",
        borrower="BRIGHTWATER LAUNDRY SYSTEMS, INC.",
    ),
    ("7.10", "replace", None),
)
