"""Round eleven, second batch: more definition changes and near misses, written before the
reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round11.case import case, note_amendment

case(
    "definition_in_section_one_of_a_note_restated",
    amendment(
        "Amendment No. 2 to Convertible Promissory Note",
        "Convertible Promissory Note",
        "Note",
        """
1. Amendment of Maturity Date. Section 1 of the Note is hereby amended by amending and
restating the definition of "Maturity Date" as follows:

"Maturity Date" means December 31, 2015.

2. No Other Changes. Except as provided herein, the Note remains unchanged.
""",
    ),
    ("term:Maturity Date", "replace", None),
)

case(
    "restated_definition_with_sub_clauses_followed_by_another",
    credit_amendment(
        """
1. Amendments. Section 1.01 of the Credit Agreement is hereby amended as follows:

(i) the definition of "Consolidated EBITDA" is amended and restated in its entirety as
follows:

"Consolidated EBITDA" means, for any period, Consolidated Net Income for such period plus,
without duplication and to the extent deducted in determining such Consolidated Net Income,

(a) Consolidated Interest Expense,

(b) provision for income taxes, and

(c) depreciation and amortization expense;

(ii) the definition of "Fixed Charge Coverage Ratio" is amended and restated in its entirety
as follows:

"Fixed Charge Coverage Ratio" means the ratio of (a) Consolidated EBITDA minus Capital
Expenditures to (b) Fixed Charges.

2. Conditions Precedent. This Amendment is effective when signed by the Borrower and the
Agent.
""",
        ordinal="Sixth",
        base="Credit Agreement",
        lender="SOUTHLAKE NATIONAL BANK, as Agent",
        lender_alias="Agent",
    ),
    ("term:Consolidated EBITDA", "replace", None),
    ("term:Fixed Charge Coverage Ratio", "replace", None),
)

case(
    "two_definitions_deleted_and_replaced_in_one_sentence",
    credit_amendment(
        """
2. Definitions. The definitions of "Revolving Credit Commitment" and "Revolving Credit
Termination Date" contained in Section 1.1 of the Loan Agreement are hereby deleted and
replaced with the following:

"Revolving Credit Commitment" means $12,500,000.

"Revolving Credit Termination Date" means June 30, 2009.

3. Expenses. The Borrower shall pay all costs of the Bank in connection with this Amendment.
""",
        borrower="GREYSTONE MEDICAL DEVICES, INC.",
    ),
    ("term:Revolving Credit Commitment", "replace", None),
    ("term:Revolving Credit Termination Date", "replace", None),
)

case(
    "added_restated_and_deleted_in_roman_clauses",
    credit_amendment(
        """
1. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby amended by:

(i) adding the following definition in the appropriate alphabetical order:

"LIBOR Successor Rate" means any rate selected by the Agent under Section 3.08.

(ii) amending and restating the following definition in its entirety:

"Interest Period" means a period of one, two, three or six months.

(iii) deleting the definition of "LIBOR Screen Rate" in its entirety.

2. Miscellaneous. This Amendment is a Loan Document.
""",
        ordinal="Seventh",
        base="Credit Agreement",
        borrower="WINDWARD LOGISTICS GROUP, INC.",
    ),
    ("term:LIBOR Successor Rate", "add", None),
    ("term:Interest Period", "replace", None),
    ("term:LIBOR Screen Rate", "delete", None),
)

case(
    "each_of_the_following_defined_terms_added",
    note_amendment(
        """
Section 2. Amendments to the Note Agreement.

(a) Each of the following defined terms is hereby added to Schedule B to the Note Agreement
in its proper alphabetical position:

"Anti-Corruption Laws" means all laws concerning bribery or corruption applicable to the
Company.

"Sanctioned Person" means any Person that is the target of Sanctions.

Section 3. Effectiveness. This Amendment shall be effective on the date hereof.
""",
        ordinal="Second",
    ),
    ("term:Anti-Corruption Laws", "add", None),
    ("term:Sanctioned Person", "add", None),
    optional=("Schedule B",),
)

case(
    "loan_documents_definition_amended_to_include_the_amendment",
    credit_amendment(
        """
3. Loan Documents. The definition of "Loan Documents" in Section 1.1 of the Loan Agreement is
hereby amended to include this Amendment.

4. Release. The Borrower releases the Bank from all claims arising on or before the date
hereof.
""",
        borrower="COPPERLINE ELECTRIC SUPPLY, INC.",
    ),
    ("term:Loan Documents", "amend", None),
)

case(
    "amending_the_definitions_of_as_follows_in_each_definition",
    credit_amendment(
        """
1. Amendment to Definitions. Section 1.1 of the Credit Agreement is hereby amended by
amending the definitions of "Fixed Charges" and "Interest Expense" as follows:

(A) in the definition of "Fixed Charges", by deleting the words "and scheduled principal
payments" and inserting "scheduled principal payments and Restricted Payments" in their place;
and

(B) in the definition of "Interest Expense", by inserting the words "(including the interest
portion of Capital Lease payments)" after the word "interest".

2. Effect. Except as amended hereby, the Credit Agreement remains in effect.
""",
        base="Credit Agreement",
        borrower="MARLOWE FURNITURE INDUSTRIES, INC.",
    ),
    ("term:Fixed Charges", "amend", None),
    ("term:Interest Expense", "amend", None),
)

case(
    "defined_terms_restated_under_an_inserting_and_substituting_lead_in",
    credit_amendment(
        """
1. Section 1 of the Loan Agreement is hereby amended by deleting the existing definitions of
"Eligible Accounts" and "Inventory Sublimit" and substituting the following in lieu thereof:

"Eligible Accounts" means Accounts arising in the ordinary course of the Borrower's business
that are not more than 90 days past invoice date.

"Inventory Sublimit" means $3,000,000.

2. The Borrower shall pay the Bank a fee of $5,000 on the date hereof.
""",
        borrower="SAWTOOTH OUTFITTERS, INC.",
    ),
    ("term:Eligible Accounts", "replace", None),
    ("term:Inventory Sublimit", "replace", None),
)

case(
    "near_miss_terms_of_the_amendment_itself_and_one_real_change",
    credit_amendment(
        """
1. Definitions. Capitalized terms used herein and not otherwise defined have the meanings
given to them in Section 1.01 of the Loan Agreement. In addition, as used in this Amendment,
the following terms have the following meanings:

"Amendment Effective Date" means the date on which each condition of Section 4 is satisfied.

"Specified Default" means the Event of Default under Section 8.1(c) arising from the
Borrower's failure to comply with Section 7.12 for the fiscal quarter ended June 30, 2007.

2. Amendment to Section 7.12. Section 7.12 of the Loan Agreement is hereby amended by
replacing "1.25 to 1.00" with "1.10 to 1.00".
""",
        borrower="RIVERBEND AGGREGATES, INC.",
    ),
    ("7.12", "amend", "1.10 to 1.00"),
)

case(
    "near_miss_definitions_referred_to_without_change",
    note_amendment(
        """
1. Waiver. The Required Holders hereby waive any Event of Default arising solely because the
Consolidated Net Worth (as such term is defined in Schedule B to the Note Agreement) was less
than the amount required by Section 10.2 as of March 31, 2011. The definitions of
"Consolidated Net Worth" and "Consolidated Net Income" in Schedule B shall continue to apply
for all other purposes.

2. Amendment to Section 10.2. Section 10.2 of the Note Agreement is hereby amended and
restated in its entirety to read as follows:

"Section 10.2. Minimum Net Worth. The Company will not permit Consolidated Net Worth at any
time to be less than $150,000,000."
""",
        ordinal="Fourth",
    ),
    ("10.2", "replace", None),
)
