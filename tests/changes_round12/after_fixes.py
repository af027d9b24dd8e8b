"""Round twelve, a second batch written after the fixes and before the reader ran on it:
imperative items laid out as old filings lay them out (indented, no blank lines, curly
quotes, a new clause added after a colon), renumbering, sections and schedules struck or
replaced "with the following"; definition blocks after a page break, under a passive "The
following ... are hereby amended and restated", lettered definitions of a lease; and near
misses."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round12.case import case

case(
    "indented_imperative_items_without_blank_lines_and_curly_quotes",
    credit_amendment(
        """
     1.  Amendments to Section 1.1.  Section 1.1 of the Credit Agreement is hereby amended
as follows:
          (a)  In the definition of “Consolidated EBITDA”, delete the word “and” at the end
     of clause (c) and add the following new clause (e) at the end thereof:
          “(e) non-cash impairment charges.”
          (b)  In the definition of “Interest Period”, replace “one, two, three or six
     months” with “one, three or six months”.
          (c)  Delete the definition of “LIBOR Lending Office”.
          (d)  Add the following definitions in the appropriate alphabetical order:
               “OFAC” means the Office of Foreign Assets Control of the United States
          Department of the Treasury.
               “Sanctions” means economic sanctions administered by OFAC.
     2.  Representations.  The Borrower represents that no Default exists.
""",
        base="Credit Agreement",
        borrower="WHITLOCK PRECISION CASTINGS, INC.",
    ),
    ("term:Consolidated EBITDA", "amend", None),
    ("term:Interest Period", "amend", None),
    ("term:LIBOR Lending Office", "delete", None),
    ("term:OFAC", "add", None),
    ("term:Sanctions", "add", None),
)

case(
    "sections_struck_replaced_with_the_following_inserted_and_renumbered",
    credit_amendment(
        """
2. Amendments to Articles VI through IX.

(a) Replace Section 6.12 of the Loan Agreement with the following:

"6.12 Fiscal Year. The Borrower shall not change its fiscal year end from December 31."

(b) Strike clause (iii) of Section 7.3.

(c) Renumber Sections 8.5 and 8.6 as Sections 8.6 and 8.7, respectively, and insert the
following new Section 8.5:

"8.5 Hedging Agreements. The Borrower shall not enter into any speculative Hedging
Agreement."

(d) In Schedule 1.1, replace "$10,000,000" with "$12,500,000".

3. Effect. The Loan Agreement, as amended, remains in effect.
""",
        borrower="GALLOWAY STEEL FABRICATORS, INC.",
    ),
    ("6.12", "replace", None),
    ("7.3(iii)", "delete", None),
    ("8.5", "add", None),
    ("Schedule 1.1", "amend", "$12,500,000"),
    optional=("8.6", "8.7"),
)

case(
    "lease_instructions_with_sec_abbreviations",
    amendment(
        "Fifth Amendment to Lease",
        "Lease",
        "Lease",
        """
1. In Sec. 4.1 of the Lease, substitute "$24.00" for "$22.50".

2. Delete Sec. 17 of the Lease in its entirety.

3. Landlord and Tenant ratify the Lease as amended.
""",
        first="SUMMIT CROSSING ASSOCIATES",
        first_alias="Landlord",
        second="KINGFISHER TRAVEL SERVICES, INC.",
        second_alias="Tenant",
    ),
    ("4.1", "amend", "$24.00"),
    ("17", "delete", None),
)

case(
    "block_of_definitions_after_a_page_break_under_the_lead_in",
    credit_amendment(
        """
1. Section 1.01 of the Credit Agreement is hereby amended by inserting the following in the
appropriate alphabetical order:

<PAGE>
                                      -2-

"Incremental Facility" means any increase in the Revolving Commitments under Section 2.19.

"Incremental Lender" means a Lender providing an Incremental Facility.

2. Governing Law. This Amendment is governed by the law of the State of New York.
""",
        base="Credit Agreement",
        borrower="MARSHFIELD PACKAGING GROUP, INC.",
    ),
    ("term:Incremental Facility", "add", None),
    ("term:Incremental Lender", "add", None),
)

case(
    "passive_following_terms_amended_and_restated",
    credit_amendment(
        """
SECTION 2. Amendments. The following terms set forth in Section 1.1 of the Loan Agreement are
hereby amended and restated in their entirety to read as follows:

"Borrowing Base" means 80% of Eligible Accounts.

"Revolving Credit Maturity Date" means May 31, 2012.

SECTION 3. Fees. The Borrower shall pay an amendment fee of $5,000.
""",
        borrower="BRAMBLEWOOD NURSERIES, INC.",
    ),
    ("term:Borrowing Base", "replace", None),
    ("term:Revolving Credit Maturity Date", "replace", None),
)

case(
    "each_of_the_following_is_restated_passive_without_terms_named",
    credit_amendment(
        """
1. Each of the following, as set forth in Section 1.1 of the Loan Agreement, is hereby amended
and restated in its entirety:

"Fixed Charge Coverage Ratio" means the ratio of EBITDA to Fixed Charges.

"Tangible Net Worth" means net worth less intangible assets.

2. The Borrower shall pay the Bank's counsel fees.
""",
        borrower="COLDSPRING VALVE COMPANY",
    ),
    ("term:Fixed Charge Coverage Ratio", "replace", None),
    ("term:Tangible Net Worth", "replace", None),
)

case(
    "lettered_definitions_added_to_a_lease_section",
    amendment(
        "Second Amendment to Office Lease",
        "Office Lease",
        "Lease",
        """
1. Section 1.1 of the Lease is hereby amended by adding the following:

(k) "Must-Take Space" means Suite 520 of the Building.

(l) "Must-Take Date" means July 1, 2015.

2. Brokers. Neither party has dealt with any broker.
""",
        first="CEDAR PLAZA OWNER LLC",
        first_alias="Landlord",
        second="TRELLIS HEALTH PARTNERS, P.C.",
        second_alias="Tenant",
    ),
    ("term:Must-Take Space", "add", None),
    ("term:Must-Take Date", "add", None),
)

case(
    "words_added_at_the_end_and_a_schedule_replaced_with_a_covenant_after_it",
    credit_amendment(
        """
1. Section 9.1 of the Loan Agreement is amended by adding the following at the end thereof:

"Notwithstanding the foregoing, no Event of Default shall arise under clause (c) above if the
failure is cured within five days."

2. Replace Schedule 5.3 with the Schedule 5.3 attached hereto; the Borrower shall insert in
Schedule 6.1 any new Subsidiary within ten days.
""",
        borrower="ELKHORN GRAIN & FEED CO.",
    ),
    ("9.1", "amend", None),
    ("Schedule 5.3", "replace", None),
)
