"""Round thirteen, more variants of the same shapes: "by deleting the same in its entirety and
substituting in lieu thereof", "by deleting said definition in its entirety", "by deleting it
and inserting in its place"; a clause of a definition replaced (the definition amended), a
clause deleted and the rest relettered; '"Term" shall mean' lines added to a lease. Written
before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round13.case import case

case(
    "the_same_deleted_and_in_lieu_thereof_substituted",
    credit_amendment(
        """
1. Amendments.

(a) Section 9.02(a) of the Credit Agreement is hereby amended by deleting the same in its
entirety and substituting in lieu thereof the following:

"(a) No failure or delay by the Agent or any Lender in exercising any right hereunder shall
operate as a waiver thereof."

(b) Section 2.1 of the Credit Agreement is hereby amended by deleting the reference to
"$10,000,000" appearing in the first sentence thereof and substituting therefor a reference to
"$12,000,000".

2. Miscellaneous. This Amendment is a Loan Document.
""",
        ordinal="First",
        base="Credit Agreement",
        borrower="CALDERWOOD FIBER OPTICS, INC.",
        lender="PRAIRIE STATE BANK, as Agent",
        lender_alias="Agent",
    ),
    ("9.02(a)", "replace", None),
    ("2.1", "amend", None),
)

case(
    "said_definition_deleted_and_a_clause_of_another_replaced",
    credit_amendment(
        """
2. Amendments to Definitions.

(a) The definition of "Excess Availability" contained in Section 1.1 of the Loan Agreement is
hereby amended by deleting said definition in its entirety and substituting the following in
lieu thereof:

"Excess Availability" means the amount by which the Borrowing Base exceeds the sum of the
outstanding Revolving Loans and the Letter of Credit Obligations.

(b) Clause (b) of the definition of "Permitted Liens" contained in Section 1.1 of the Loan
Agreement is amended by deleting such clause and substituting the following therefor:

"(b) Liens for taxes not yet due or being contested in good faith;".

3. Costs. The Borrower shall reimburse the Bank for its costs in connection herewith.
""",
        ordinal="Second",
        borrower="DUNMORE RESTAURANT GROUP, INC.",
    ),
    ("term:Excess Availability", "replace", None),
    ("term:Permitted Liens", "amend", None),
)

case(
    "subsection_deleted_and_inserted_in_its_place_and_a_clause_relettered",
    credit_amendment(
        """
4. Covenant Amendments.

4.1 Subsection 5.1(d) of the Loan Agreement is amended by deleting it and inserting in its place
the following:

"(d) within 30 days after the end of each month, a Borrowing Base Certificate as of the last
day of such month;"

4.2 Section 6.1 of the Loan Agreement is amended by deleting clause (c) thereof and relettering
clauses (d) and (e) thereof as clauses (c) and (d), respectively.

5. Effectiveness. This Amendment is effective as of the date first written above.
""",
        ordinal="Eighth",
        borrower="FOXHALL COMMUNICATIONS, INC.",
    ),
    ("5.1(d)", "replace", None),
    ("6.1(c)", "delete", None),
    optional=("6.1(d)", "6.1(e)", "6.1"),
)

case(
    "shall_mean_lines_added_to_a_lease",
    amendment(
        "First Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Definitions. Article 1 of the Lease is hereby amended by adding the following at the end
thereof:

"Expansion Space" shall mean approximately 4,200 rentable square feet on the third floor of the
Building, as shown on Exhibit A-1 attached hereto.

"Expansion Commencement Date" shall mean the earlier of (a) June 1, 2014 and (b) the date on
which Tenant commences business in the Expansion Space.

2. Rent for the Expansion Space. Section 4.1 of the Lease is amended by deleting "$21.50" and
substituting "$22.75" therefor.

3. Brokers. Each party represents that it has dealt with no broker in connection herewith.
""",
        first="HARBORVIEW TOWER ASSOCIATES, L.P.",
        first_alias="Landlord",
        second="QUILLON SOFTWARE, INC.",
        second_alias="Tenant",
        date="February 3, 2014",
    ),
    ("term:Expansion Space", "add", None),
    ("term:Expansion Commencement Date", "add", None),
    ("4.1", "amend", "$22.75"),
)
