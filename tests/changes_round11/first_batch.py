"""Round eleven, first batch: definition changes written before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import credit_amendment
from tests.changes_round11.case import case, note_amendment

case(
    "three_definitions_deleted_in_one_list",
    credit_amendment(
        """
1. Amendments to Section 1.01. Section 1.01 of the Loan Agreement is hereby amended by
deleting the definitions of "Existing Letters of Credit", "Term B Lender" and "Tranche B
Maturity Date" in their entirety.

2. Representations. The Borrower represents that no Default exists on the date hereof.
""",
    ),
    ("term:Existing Letters of Credit", "delete", None),
    ("term:Term B Lender", "delete", None),
    ("term:Tranche B Maturity Date", "delete", None),
)

case(
    "two_definitions_restated_under_one_lead_in",
    credit_amendment(
        """
SECTION 1. Amendments. The definitions of "Applicable Rate" and "Revolving Maturity Date"
set forth in Section 1.01 of the Loan Agreement are hereby amended and restated in their
entirety to read as follows:

"Applicable Rate" means, for any day, 2.25% per annum in the case of Eurodollar Loans and
1.25% per annum in the case of Base Rate Loans.

"Revolving Maturity Date" means March 31, 2012.

SECTION 2. Conditions. This Amendment shall become effective upon its execution by the
Borrower and the Bank.
""",
        borrower="PRAIRIE HOLLOW FOODS, INC.",
    ),
    ("term:Applicable Rate", "replace", None),
    ("term:Revolving Maturity Date", "replace", None),
)

case(
    "following_definitions_restated_block_naming_none",
    credit_amendment(
        """
1. Amendment to Definitions. Section 1.1 of the Loan Agreement is hereby amended by
amending and restating the following definitions in their entirety to read as follows:

"Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus (b) 50% of
Eligible Inventory, minus (c) Reserves.

"Commitment" means $25,000,000, as such amount may be reduced under Section 2.5.

"Termination Date" means October 1, 2010.

2. Reference to and Effect on the Loan Agreement. Except as amended hereby, the Loan
Agreement remains in full force and effect.
""",
    ),
    ("term:Borrowing Base", "replace", None),
    ("term:Commitment", "replace", None),
    ("term:Termination Date", "replace", None),
)

case(
    "new_definitions_added_in_alphabetical_order_in_article_one",
    credit_amendment(
        """
1. New Definitions. Article I of the Credit Agreement is hereby amended by adding the
following new definitions in the appropriate alphabetical order:

"Second Amendment Effective Date" means the date on which the conditions set forth in
Section 4 of the Second Amendment are satisfied.

"Specified Acquisition" means the acquisition by the Borrower of all of the Equity Interests
of Redmond Fastener Company.

2. Governing Law. This Amendment shall be governed by the laws of the State of New York.
""",
        ordinal="Second",
        base="Credit Agreement",
        lender="FIRST CUMBERLAND BANK, N.A., as Administrative Agent",
        lender_alias="Agent",
    ),
    ("term:Second Amendment Effective Date", "add", None),
    ("term:Specified Acquisition", "add", None),
)

case(
    "lettered_sub_items_each_changing_a_definition",
    credit_amendment(
        """
2. Amendments to the Credit Agreement. The Credit Agreement is hereby amended as follows:

(a) The definition of "Consolidated EBITDA" in Section 1.01 is hereby amended by inserting
the words "non-cash stock compensation expense," immediately after the words "amortization
expense," appearing therein.

(b) The definition of "Permitted Liens" in Section 1.01 is hereby amended by deleting clause
(f) thereof in its entirety.

(c) The definition of "Change of Control" in Section 1.01 is hereby deleted in its entirety.

3. No Other Amendments. Except as set forth herein, the Credit Agreement is unchanged.
""",
        ordinal="Fifth",
        base="Credit Agreement",
    ),
    ("term:Consolidated EBITDA", "amend", None),
    ("term:Permitted Liens", "amend", None),
    ("term:Change of Control", "delete", None),
)

case(
    "note_agreement_schedule_b_definitions_added_and_restated",
    note_amendment(
        """
SECTION 1. AMENDMENTS TO SCHEDULE B.

1.1. Schedule B to the Note Agreement is hereby amended by adding the following definitions
thereto in alphabetical order:

"Consolidated Net Worth" means, at any time, the consolidated stockholders' equity of the
Company and its Subsidiaries determined in accordance with GAAP.

"Most Favored Lender Notice" means a written notice from the Company to each holder of
Notes delivering a copy of any Material Credit Facility.

1.2. The definition of "Priority Debt" in Schedule B to the Note Agreement is hereby amended
and restated to read as follows:

"Priority Debt" means the sum of (a) Debt of the Company secured by Liens permitted by
Section 10.5(j) and (b) all Debt of Subsidiaries.

SECTION 2. REPRESENTATIONS. The Company represents that no Default or Event of Default
exists.
""",
    ),
    ("term:Consolidated Net Worth", "add", None),
    ("term:Most Favored Lender Notice", "add", None),
    ("term:Priority Debt", "replace", None),
)

case(
    "curly_quoted_term_wrapped_over_two_lines",
    credit_amendment(
        """
1. Amendment. The definition of “Consolidated Total
Leverage Ratio” contained in Section 1.1 of the Loan Agreement is hereby deleted and the
following is substituted therefor:

“Consolidated Total Leverage Ratio” means, as of the last day of any fiscal quarter, the
ratio of Consolidated Funded Debt on such day to Consolidated EBITDA for the four fiscal
quarters then ended.

2. Fees. The Borrower shall pay the Bank an amendment fee of $15,000.
""",
        borrower="ALDER CREEK TIMBER PRODUCTS, INC.",
    ),
    ("term:Consolidated Total Leverage Ratio", "replace", None),
)

case(
    "page_marker_between_the_lead_in_and_its_definitions",
    credit_amendment(
        """
SECTION 2. Amendments to Section 1.1. Section 1.1 of the Loan Agreement is hereby amended
by adding the following definitions in proper alphabetical sequence:

                                       2
<PAGE>

"Hedging Obligations" means all obligations of the Borrower under any Rate Management
Agreement with the Bank.

"Rate Management Agreement" means any interest rate swap, cap or collar agreement between
the Borrower and the Bank.

SECTION 3. Counterparts. This Amendment may be executed in counterparts.
""",
        borrower="HARTWELL COLD STORAGE, INC.",
    ),
    ("term:Hedging Obligations", "add", None),
    ("term:Rate Management Agreement", "add", None),
)

case(
    "figure_replaced_in_a_definition_of_annex_a",
    credit_amendment(
        """
1. Amendment to Annex A. The definition of "Maximum Revolving Amount" in Annex A to the Loan
Agreement (Definitions) is hereby amended by deleting "$40,000,000" and inserting
"$55,000,000" in lieu thereof.

2. Effectiveness. This Amendment is effective as of the date first written above.
""",
        borrower="BLUE HERON PLASTICS CORP.",
    ),
    ("term:Maximum Revolving Amount", "amend", "$55,000,000"),
    optional=("Annex A",),
)

case(
    "defined_terms_deleted_from_the_glossary",
    note_amendment(
        """
1. Amendments to the Glossary. The Glossary of Defined Terms attached as Schedule A to the
Note Agreement is hereby amended by deleting the defined terms "Bridge Facility" and "Bridge
Lenders" in their entirety.

2. Ratification. The Note Agreement, as amended hereby, is ratified and confirmed.
""",
        ordinal="Third",
    ),
    ("term:Bridge Facility", "delete", None),
    ("term:Bridge Lenders", "delete", None),
    optional=("Schedule A",),
)
