"""Round thirteen, variants written after the fixes (not blind): a provision deleted by a
pointer back to it ("the entire text thereof", "this subsection", "the existing text", "the
same") with or without new wording in its place, beside near misses that delete a sentence, a
proviso or words inside a provision and put others in their place; blocks of definitions that
end at a "further amended" item, run on past a definition's own lettered list or a paragraph on
"this Amendment", or sit under "the following terms" added or restated, "at the end thereof the
following" or "the following immediately after "X""; lists of terms or sections deleted."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round11.case import note_amendment
from tests.changes_round13.case import case

case(
    "entire_text_thereof_deleted_and_a_sentence_of_another_swapped",
    amendment(
        "Amendment No. 1 to Security Agreement",
        "Security Agreement",
        "Security Agreement",
        """
1. Section 4.3 of the Security Agreement is amended by deleting the entire text thereof and
substituting the following:

"4.3 Inspection. The Secured Party may inspect the Collateral upon two Business Days' notice."

2. Section 4.7 of the Security Agreement is amended by deleting the second sentence thereof and
inserting in lieu thereof the following: "The Debtor shall insure the Collateral for its full
replacement value."
""",
        first="MONTCLAIR DIGITAL PRINTING, LLC",
        first_alias="Debtor",
        second="RIVERBEND COMMUNITY BANK",
        second_alias="Secured Party",
    ),
    ("4.3", "replace", None),
    (
        "4.7",
        "amend",
        "The Debtor shall insure the Collateral for its full\nreplacement value.",
    ),
)

case(
    "this_subsection_deleted_and_replaced_beside_words_replaced",
    credit_amendment(
        """
2. Amendments.

(a) Subsection 3.2(c) of the Loan Agreement is hereby amended by deleting this subsection in
its entirety and replacing it with the following:

"(c) The Borrower may prepay the Term Loan in whole or in part without premium or penalty."

(b) Section 3.4 of the Loan Agreement is hereby amended by deleting the words "ten (10)" and
replacing them with the words "fifteen (15)".
""",
        borrower="EASTLAKE HOSPITALITY GROUP, INC.",
    ),
    ("3.2(c)", "replace", None),
    ("3.4", "amend", "fifteen (15)"),
)

case(
    "restated_block_with_lettered_clauses_then_a_further_amended_item",
    credit_amendment(
        """
3. Amendments to Article I. (a) The following definitions in Section 1.1 of the Credit
Agreement are hereby amended and restated in their entirety as follows:

"Permitted Liens" means:

(a) Liens for taxes not yet delinquent;

(b) Liens in favor of the Agent securing the Obligations; and

(c) purchase money Liens securing Indebtedness permitted by Section 7.1(d).

"Stated Maturity Date" means December 31, 2015.

(b) Section 1.1 of the Credit Agreement is hereby further amended by inserting the following
definition in its proper alphabetical place:

"Ninth Amendment Effective Date" means the date on which this Amendment becomes effective.

4. Fees. The Borrower shall pay the Agent an amendment fee of $25,000.
""",
        ordinal="Ninth",
        base="Credit Agreement",
        borrower="WYNDHURST BUILDING MATERIALS, INC.",
        lender="GREAT LAKES TRUST COMPANY, as Agent",
        lender_alias="Agent",
    ),
    ("term:Permitted Liens", "replace", None),
    ("term:Stated Maturity Date", "replace", None),
    ("term:Ninth Amendment Effective Date", "add", None),
)

case(
    "terms_added_without_new_beside_terms_restated",
    amendment(
        "Third Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Definitions. Article 1 of the Lease is amended by adding thereto the following terms:

"Storage Space" shall mean the area of approximately 600 square feet in the basement of the
Building shown on Exhibit C.

"Storage Rent" means $900 per month.

2. Restated Terms. Article 1 of the Lease is further amended by restating the following terms in
their entirety:

"Term" shall mean the period from the Commencement Date to June 30, 2020.

3. Ratification. The Lease, as amended hereby, is ratified.
""",
        first="CEDAR POINT PLAZA LLC",
        first_alias="Landlord",
        second="BELLWEATHER INSURANCE AGENCY, INC.",
        second_alias="Tenant",
    ),
    ("term:Storage Space", "add", None),
    ("term:Storage Rent", "add", None),
    ("term:Term", "replace", None),
)

case(
    "inner_lettered_deletions_under_an_outer_letter_then_a_definition_amended",
    note_amendment(
        """
4. Amendments to Schedule B.

(a) The following defined terms set forth in Schedule B to the Note Agreement are hereby deleted
in their entirety:
(a) "Existing Revolver", together with each reference thereto;
(b) "Existing Revolver Agent"; and
(c) "Revolver Intercreditor Agreement", its definition notwithstanding any other provision.
(b) "Consolidated Net Worth" is amended by deleting "$150,000,000" and substituting
"$165,000,000" therefor.

5. Governing Law. This Amendment is governed by the law of the State of New York.
""",
        ordinal="Fifth",
    ),
    ("term:Existing Revolver", "delete", None),
    ("term:Existing Revolver Agent", "delete", None),
    ("term:Revolver Intercreditor Agreement", "delete", None),
    ("term:Consolidated Net Worth", "amend", "$165,000,000"),
)

case(
    "restated_definition_with_its_own_lettered_sum_then_more_definitions",
    credit_amendment(
        """
2. Amendments to the Credit Agreement.

(a) Section 1.1 of the Credit Agreement is hereby amended by amending and restating the
following definitions in their entirety to read as follows:

"Consolidated EBITDA" means, for any period, Consolidated Net Income for such period plus, to
the extent deducted in determining such Consolidated Net Income, the sum of

(a) Consolidated Interest Expense, plus

(b) income tax expense, plus

(c) depreciation and amortization expense

minus non-cash gains for such period.

"Fixed Charge Coverage Ratio" (for any period) means the ratio of Consolidated EBITDA to Fixed
Charges.

"Revolving Commitment" (or "Commitment") means $40,000,000.

(b) The Lenders waive any Default arising from the Borrower's failure to deliver its budget
for fiscal year 2010.

3. Representations. The Borrower represents that no Default exists.
""",
        ordinal="Fourth",
        base="Credit Agreement",
        borrower="HEATHERSTONE FLOORING, INC.",
        lender="COPPER STATE BANK, as Agent",
        lender_alias="Agent",
    ),
    ("term:Consolidated EBITDA", "replace", None),
    ("term:Fixed Charge Coverage Ratio", "replace", None),
    (
        "term:Revolving Commitment",
        "replace",
        '"Revolving Commitment" (or "Commitment") means $40,000,000.',
    ),
)

case(
    "note_definitions_restated_with_a_numbered_list_after_words_that_run_on",
    note_amendment(
        """
1. Amendments. (a) The following definitions in Schedule A to the Note Agreement are hereby
amended and restated in their entirety:

"Consolidated Fixed Charges" means, for any period, the total of

(i) Consolidated Interest Expense and

(ii) rent payable under operating leases

for such period.

"Fixed Charge Ratio" means the ratio of Consolidated Income Available for Fixed Charges to
Consolidated Fixed Charges.

(b) Section 10.2 of the Note Agreement is amended by deleting "1.50" and substituting "1.75"
therefor.
""",
        ordinal="Second",
    ),
    ("term:Consolidated Fixed Charges", "replace", None),
    (
        "term:Fixed Charge Ratio",
        "replace",
        '"Fixed Charge Ratio" means the ratio of Consolidated Income Available for Fixed Charges '
        "to\nConsolidated Fixed Charges.",
    ),
    ("10.2", "amend", "1.75"),
)

case(
    "restated_definitions_with_a_paragraph_on_this_amendment_between_them",
    credit_amendment(
        """
2. Amendments. Section 1.1 of the Credit Agreement is hereby amended by amending and restating
the following definitions in their entirety to read as follows:

"Applicable Margin" means, for any day, the rate per annum set forth below opposite the Leverage
Ratio then in effect:

       Level I     less than 2.00 to 1.00       2.00%
       Level II    2.00 to 1.00 or more         2.50%

Notwithstanding the foregoing, from the date of this Amendment until the delivery of the
Compliance Certificate for the fiscal quarter ending June 30, 2010, Level II shall apply.

"Leverage Ratio" means the ratio of Funded Debt to EBITDA for the four fiscal quarters then
ended.

This Amendment is a Loan Document.

3. Representations. The Borrower represents that no Default exists.
""",
        ordinal="Second",
        base="Credit Agreement",
        borrower="KINGSMERE TEXTILE MILLS, INC.",
        lender="SOUTHERN TIER BANK, as Agent",
        lender_alias="Agent",
    ),
    ("term:Applicable Margin", "replace", None),
    (
        "term:Leverage Ratio",
        "replace",
        '"Leverage Ratio" means the ratio of Funded Debt to EBITDA for the four fiscal quarters '
        "then\nended.",
    ),
)

case(
    "note_definitions_with_a_paragraph_on_the_amendment_between_them",
    note_amendment(
        """
1. Amendments to Schedule B. The following definitions in Schedule B to the Note Agreement are
hereby amended and restated in their entirety:

"Consolidated Net Income" means, for any period, the net income of the Company and its
Subsidiaries for such period determined on a consolidated basis in accordance with GAAP.

For the fiscal quarter in which this Amendment is signed, Consolidated Net Income shall exclude
the restructuring charges described in the Company's letter of June 1, 2011.

"Restricted Payment" means any dividend or distribution on any capital stock of the Company.

2. Conditions. This Amendment becomes effective when signed by the Required Holders.
""",
        ordinal="Third",
    ),
    ("term:Consolidated Net Income", "replace", None),
    ("term:Restricted Payment", "replace", None),
)

case(
    "definitions_restated_in_their_entirety_before_the_following",
    credit_amendment(
        """
1. Definitions. Article I of the Loan Agreement is hereby amended by restating in their
respective entireties the following definitions:

"Borrowing Base" means 85% of Eligible Accounts plus 50% of Eligible Inventory.

"Maturity Date" means March 31, 2014.

2. Section 1.1 of the Loan Agreement is further amended by deleting the following definitions in
their entirety and replacing them with the following:

"Eligible Inventory" means Inventory of the Borrower held for sale in the ordinary course of
business and located in the United States.

3. Costs. The Borrower shall pay the Bank's reasonable costs of this Amendment.
""",
        ordinal="Sixth",
        borrower="ORCHARD VALLEY CANNERS, INC.",
    ),
    ("term:Borrowing Base", "replace", None),
    ("term:Maturity Date", "replace", None),
    ("term:Eligible Inventory", "replace", None),
)

case(
    "existing_text_and_a_labelled_subsection_put_anew_beside_a_proviso_swapped",
    credit_amendment(
        """
2. Amendments.

(a) Section 5.2 of the Loan Agreement is hereby amended by deleting the existing text and
substituting the following:

"5.2 Insurance. The Borrower shall maintain insurance with financially sound insurers in such
amounts as are customary for businesses of its kind."

(b) Section 6.1 of the Loan Agreement is hereby amended by deleting subsection (b) and inserting
in lieu thereof a new subsection (b) to read as follows:

"(b) Indebtedness secured by purchase money Liens not exceeding $750,000 at any time."

(c) Section 6.3 of the Loan Agreement is hereby amended by deleting the proviso thereof and
substituting the following: "provided that the Borrower may sell obsolete equipment."

3. Effect. The Loan Agreement, as amended hereby, remains in full force and effect.
""",
        ordinal="Second",
        borrower="THORNBURY MUSIC STORES, INC.",
    ),
    ("5.2", "replace", None),
    ("6.1(b)", "replace", None),
    ("6.3", "amend", "provided that the Borrower may sell obsolete equipment."),
)

case(
    "provisions_deleted_by_a_pointer_without_a_substitute",
    amendment(
        "Second Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Section 31 (Right of First Offer) of the Lease is hereby amended by deleting the same in its
entirety.

2. Section 33 (Expansion Option) of the Lease is hereby amended by deleting it in its entirety,
and any reference thereto in Section 4.2 of the Lease is likewise deleted.

3. Section 12.4 of the Lease is amended by deleting the same and substituting the following:
"12.4 Tenant shall maintain liability insurance of not less than $3,000,000 per occurrence."
""",
        first="MERIDIAN PARK ASSOCIATES",
        first_alias="Landlord",
        second="GLENDALE ORTHOPEDIC GROUP, P.C.",
        second_alias="Tenant",
    ),
    ("31", "delete", None),
    ("33", "delete", None),
    ("12.4", "replace", None),
)

case(
    "sections_deleted_one_to_a_paragraph_and_by_an_active_lead_in",
    credit_amendment(
        """
1. Deleted Covenants. The following Sections of the Credit Agreement are hereby deleted in their
entirety:

(a) Section 6.14 (Hedging Requirements);

(b) Section 6.15; and

(c) Section 7.9.

2. Guaranty. The Guaranty is hereby amended by deleting the following Sections in their
entirety: Section 4 and Section 5.

3. Effect. The following Sections of the Credit Agreement are hereby ratified: Section 8.1 and
Section 8.2.
""",
        ordinal="Seventh",
        base="Credit Agreement",
        borrower="ALDERWOOD SPECIALTY CHEMICALS, INC.",
    ),
    ("6.14", "delete", None),
    ("6.15", "delete", None),
    ("7.9", "delete", None),
    ("4", "delete", None),
    ("5", "delete", None),
    targets={"6.14": "Credit"},
)


case(
    "shall_mean_definitions_added_at_the_end_or_after_a_term_beside_a_proviso_added",
    credit_amendment(
        """
1. Section 1.1 of the Loan Agreement is hereby amended by adding at the end thereof the
following:

"Swap Obligations" shall mean all obligations of the Borrower under Hedging Agreements with the
Bank.

2. Section 1.1 of the Loan Agreement is hereby further amended by inserting the following
immediately after "Permitted Liens":

"Permitted Refinancing" shall mean any refinancing of Indebtedness that does not increase its
principal amount.

3. Section 6.2 of the Loan Agreement is hereby amended by adding at the end thereof the
following: "; provided that the Borrower may pay dividends of up to $250,000 in any year."
""",
        ordinal="Fifth",
        borrower="ROSEWOOD CREEK VINEYARDS, INC.",
    ),
    ("term:Swap Obligations", "add", None),
    ("term:Permitted Refinancing", "add", None),
    (
        "6.2",
        "amend",
        "; provided that the Borrower may pay dividends of up to $250,000 in any year.",
    ),
)
