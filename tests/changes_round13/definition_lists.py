"""Round thirteen, definitions the reader must find without a lead-in close by: '"Term" shall
mean ...' lines under a lead-in that does not say "definition", a block of definitions restated
under a lead-in standing a page above its last term (a long definition or a grid between), terms
with a parenthesis after them or inside the quotes, and lists of definitions deleted ("The
following definitions ... are hereby deleted in their entirety: (i) "Term A", (ii) ..."); with
near misses (a new section that defines a term for itself, a list of sections deleted, a later
lead-in that adds). Written before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import credit_amendment
from tests.changes_round11.case import note_amendment
from tests.changes_round13.case import case

case(
    "shall_mean_and_means_lines_added_in_proper_alphabetical_order",
    credit_amendment(
        """
1. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby amended by adding
the following in proper alphabetical order:

"Fixed Charge Coverage Ratio" shall mean, for any period, the ratio of (a) EBITDA for such
period minus Unfinanced Capital Expenditures made during such period to (b) Fixed Charges for
such period.

"Fixed Charges" shall mean, for any period, the sum of scheduled principal payments on
Indebtedness, Interest Expense and cash income taxes paid, in each case during such period.

"Unfinanced Capital Expenditures" means Capital Expenditures not financed with the proceeds of
Indebtedness (other than Revolving Loans).

2. Representations. The Borrower represents that no Default or Event of Default exists.
""",
        base="Credit Agreement",
        borrower="BRIGHTWATER POOL & SPA SUPPLY, INC.",
    ),
    ("term:Fixed Charge Coverage Ratio", "add", None),
    ("term:Fixed Charges", "add", None),
    ("term:Unfinanced Capital Expenditures", "add", None),
)

case(
    "shall_mean_lines_inserted_in_a_note_agreement_schedule",
    note_amendment(
        """
1. Amendments to Schedule B. Schedule B to the Note Agreement is amended by inserting the
following terms, each in its appropriate place:

"Consolidated Total Assets" shall mean, as of any date, the total assets of the Company and its
Subsidiaries as of such date, determined on a consolidated basis in accordance with GAAP.

"Permitted Receivables Facility" shall mean any receivables securitization facility of the
Company under which the aggregate outstanding amount does not exceed $25,000,000.

2. Amendment to Section 10.4. Section 10.4(h) of the Note Agreement is amended by deleting
"10%" and inserting "15%" in lieu thereof.
""",
        ordinal="Second",
    ),
    ("term:Consolidated Total Assets", "add", None),
    ("term:Permitted Receivables Facility", "add", None),
    ("10.4(h)", "amend", "15%"),
)

case(
    "shall_mean_restated_at_the_start_of_lines_after_a_page_break",
    credit_amendment(
        """
SECTION 1. Amendments. Article I of the Loan Agreement is hereby amended by amending and
restating the following in their entirety to read as follows:

"Commitment Termination Date" shall mean September 30, 2013.

<PAGE>
                                      -2-

"Maximum Revolving Amount" shall mean $35,000,000, as such amount may be reduced under Section
2.7.

SECTION 2. Expenses. The Borrower shall pay all reasonable expenses of the Bank in connection
with this Amendment.
""",
        ordinal="Seventh",
        borrower="HOLLISTER AVIATION SERVICES, INC.",
    ),
    ("term:Commitment Termination Date", "replace", None),
    ("term:Maximum Revolving Amount", "replace", None),
)

case(
    "shall_mean_inside_a_new_section_is_not_a_definition_of_its_own",
    credit_amendment(
        """
1. New Section 6.15. The Loan Agreement is hereby amended by adding the following new Section
6.15 at the end of Article 6:

"6.15 Excess Cash Flow Recapture. Within 120 days after the end of each fiscal year, the
Borrower shall prepay the Term Loan in an amount equal to 50% of Excess Cash Flow for such
fiscal year. As used in this Section 6.15,
"Excess Cash Flow" shall mean EBITDA minus Fixed Charges minus Unfinanced Capital Expenditures."

2. Governing Law. This Amendment is governed by the law of the State of Ohio.
""",
        borrower="TRUEBLOOD ORCHARD EQUIPMENT CO.",
    ),
    ("6.15", "add", None),
)

case(
    "restated_definitions_under_a_lead_in_a_page_above_the_last",
    credit_amendment(
        """
2. Amendments to Section 1.1. Section 1.1 of the Credit Agreement is hereby amended by amending
and restating the following definitions in their entirety to read as follows:

"Applicable Margin" means, for any day, the rate per annum set forth below opposite the
Leverage Ratio in effect on such day:

       Level     Leverage Ratio                  LIBOR Loans     Base Rate Loans
       I         Less than 1.50 to 1.00             1.75%            0.25%
       II        1.50 to 1.00 or more but           2.00%            0.50%
                 less than 2.25 to 1.00
       III       2.25 to 1.00 or more but           2.50%            1.00%
                 less than 3.00 to 1.00
       IV        3.00 to 1.00 or more               3.00%            1.50%

Any change in the Applicable Margin resulting from a change in the Leverage Ratio shall become
effective on the first Business Day after the date on which the Borrower delivers the
Compliance Certificate showing such change; provided that Level IV shall apply at any time that
a Compliance Certificate is not delivered when due.

"Consolidated EBITDA" (subject to Section 1.3) means, for any period, Consolidated Net Income
for such period plus, without duplication and to the extent deducted in computing such
Consolidated Net Income, (a) Interest Expense, (b) income taxes, (c) depreciation and
amortization and (d) non-cash charges, minus non-cash gains.

"LIBOR Rate (Reserve Adjusted)" means, for any Interest Period, the rate obtained by dividing
the LIBOR Rate for such Interest Period by one minus the Eurodollar Reserve Percentage.

"Revolving Credit Commitment" (or "Revolving Commitment") means $60,000,000, as reduced from
time to time under Section 2.6.

3. Conditions. This Amendment shall be effective upon the Agent's receipt of counterparts signed
by the Borrower and the Required Lenders.
""",
        ordinal="Third",
        base="Credit Agreement",
        borrower="ELLINGTON MEDICAL DEVICES, INC.",
        lender="NORTHERN PLAINS BANK, as Agent",
        lender_alias="Agent",
    ),
    ("term:Applicable Margin", "replace", None),
    ("term:Consolidated EBITDA", "replace", None),
    ("term:LIBOR Rate (Reserve Adjusted)", "replace", None),
    ("term:Revolving Credit Commitment", "replace", None),
)

case(
    "passive_restated_definitions_of_a_note_agreement_with_a_later_lead_in_that_adds",
    note_amendment(
        """
1. Amendments to Schedule A. (a) The following definitions set forth in Schedule A to the Note
Agreement are hereby amended and restated in their entirety as follows:

"Consolidated Funded Debt" means, as of any date, all Funded Debt of the Company and its
Subsidiaries as of such date, determined on a consolidated basis and without duplication,
including (i) all Capital Lease Obligations, (ii) all Guaranties of Funded Debt of others,
(iii) all obligations under Synthetic Leases and (iv) the aggregate amount outstanding under
any Permitted Receivables Facility, but excluding Subordinated Debt owing to the Company by
any Subsidiary; provided that Funded Debt of any Subsidiary acquired during any period shall
be included as if such Subsidiary had been acquired on the first day of such period.

"Leverage Ratio" means, as of the end of any fiscal quarter, the ratio of Consolidated Funded
Debt as of such date to Consolidated EBITDA for the four fiscal quarters then ended, where
Consolidated EBITDA is computed on a pro forma basis for any acquisition or disposition of a
Person or business unit during such four fiscal quarters.

"Priority Debt" (as of any date of determination) means the sum of (i) all Debt of the Company
secured by Liens permitted under Section 10.5(k) and (ii) all Debt of Subsidiaries.

(b) Schedule A to the Note Agreement is further amended by adding the following new definition
in its proper alphabetical order:

"Synthetic Lease" means any lease treated as an operating lease under GAAP and as a loan for
federal income tax purposes.

2. Representations. The Company represents that no Default or Event of Default exists.
""",
        ordinal="Third",
    ),
    ("term:Consolidated Funded Debt", "replace", None),
    ("term:Leverage Ratio", "replace", None),
    ("term:Priority Debt", "replace", None),
    ("term:Synthetic Lease", "add", None),
)

case(
    "numbered_list_of_definitions_deleted_in_their_entirety",
    credit_amendment(
        """
1. Deleted Definitions. The following definitions set forth in Section 1.01 of the Credit
Agreement are hereby deleted in their entirety: (i) "Acquisition Loan", (ii) "Acquisition Loan
Commitment", (iii) "Acquisition Loan Maturity Date" and (iv) "Acquisition Loan Note".

2. Section 2.4 of the Credit Agreement is hereby deleted in its entirety.

3. Effect. The Credit Agreement, as amended hereby, remains in full force and effect.
""",
        ordinal="Second",
        base="Credit Agreement",
        borrower="RIDGEMONT CABINETRY, INC.",
    ),
    ("term:Acquisition Loan", "delete", None),
    ("term:Acquisition Loan Commitment", "delete", None),
    ("term:Acquisition Loan Maturity Date", "delete", None),
    ("term:Acquisition Loan Note", "delete", None),
    ("2.4", "delete", None),
)

case(
    "lettered_lines_of_definitions_deleted_with_a_trailing_phrase",
    credit_amendment(
        """
3. Amendments to Article I.

(a) The following definitions contained in Section 1.1 of the Loan Agreement are hereby deleted
in their entirety:

     (a) "Canadian Borrower", its definition and each reference thereto;

     (b) "Canadian Revolving Loans", together with the Schedule referred to therein;

     (c) "Canadian Dollar Equivalent", its definition in full; and

     (d) "Canadian Sublimit".

(b) Section 1.1 of the Loan Agreement is amended by adding the following new definition in
alphabetical order:

"Third Amendment Effective Date" means the date on which the conditions of Section 5 of the
Third Amendment are satisfied.

4. Release. The Borrower releases the Bank from all claims arising on or before the date hereof.
""",
        ordinal="Third",
        borrower="STRATHMORE OUTDOOR PRODUCTS, INC.",
    ),
    ("term:Canadian Borrower", "delete", None),
    ("term:Canadian Revolving Loans", "delete", None),
    ("term:Canadian Dollar Equivalent", "delete", None),
    ("term:Canadian Sublimit", "delete", None),
    ("term:Third Amendment Effective Date", "add", None),
)

case(
    "list_of_defined_terms_deleted_from_a_note_agreement",
    note_amendment(
        """
2. Deletions. The following defined terms, and their respective definitions, are hereby deleted
from Schedule B to the Note Agreement in their entirety:
(1) "Bank Credit Agreement",
(2) "Bank Lenders", and
(3) "Intercreditor Agreement".

3. Conforming Change. Section 9.7 of the Note Agreement is amended by deleting the words "and
the Intercreditor Agreement" appearing therein.
""",
        ordinal="Fourth",
    ),
    ("term:Bank Credit Agreement", "delete", None),
    ("term:Bank Lenders", "delete", None),
    ("term:Intercreditor Agreement", "delete", None),
    ("9.7", "amend", None),
)

case(
    "list_of_sections_deleted_and_a_list_of_terms_only_used",
    credit_amendment(
        """
1. Deleted Covenants. The following Sections of the Loan Agreement are hereby deleted in their
entirety: (i) Section 6.14, (ii) Section 6.15 and (iii) Section 6.16.

2. Interpretation. The terms (i) "Collateral", (ii) "Obligations" and (iii) "Loan Documents",
as used in this Amendment, have the meanings given them in the Loan Agreement.

3. Counterparts. This Amendment may be executed in counterparts.
""",
        ordinal="Fifth",
        borrower="PEMBERTON WIRE & CABLE CO.",
    ),
    ("6.14", "delete", None),
    ("6.15", "delete", None),
    ("6.16", "delete", None),
)
