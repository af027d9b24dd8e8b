"""Round eleven, fourth batch: how a definition changes (restated, amended in part, deleted,
added) in the many wordings of the verb, written after the fixes, before the reader ran on
them."""

from __future__ import annotations

from tests.changes_round5.case import credit_amendment
from tests.changes_round11.case import case, note_amendment

case(
    "definition_modified_to_read_and_amended_to_be_and_read",
    credit_amendment(
        """
1. The definition of "Base Rate Margin" in Section 1.1 of the Loan Agreement is hereby
modified to read as follows:

"Base Rate Margin" means 0.75% per annum.

2. The definition of "LIBOR Margin" in Section 1.1 of the Loan Agreement shall be amended to
be and read as follows:

"LIBOR Margin" means 2.00% per annum.
""",
        borrower="TIDEWATER SEAFOOD PROCESSORS, INC.",
    ),
    ("term:Base Rate Margin", "replace", None),
    ("term:LIBOR Margin", "replace", None),
)

case(
    "definition_deleted_and_another_substituted_in_its_place",
    credit_amendment(
        """
3. The definition of "Fixed Charge Ratio" in Section 1.1 of the Loan Agreement is hereby
deleted and the following definition is substituted in its place:

"Fixed Charge Ratio" means the ratio of EBITDA less unfinanced Capital Expenditures to Fixed
Charges.

4. The definition of "Guarantor" in Section 1.1 of the Loan Agreement is hereby deleted in
its entirety, and all references to the Guarantor in the Loan Documents shall be disregarded.
""",
        borrower="NORTHFIELD ORCHARD COMPANY",
    ),
    ("term:Fixed Charge Ratio", "replace", None),
    ("term:Guarantor", "delete", None),
)

case(
    "amending_the_definition_to_read_in_its_entirety_and_striking_another",
    credit_amendment(
        """
1. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby amended (a) by
amending the definition of "Commitment Termination Date" to read in its entirety as follows:
"Commitment Termination Date" means September 30, 2013; and (b) by striking the definition of
"Swingline Lender" in its entirety.
""",
        base="Credit Agreement",
        borrower="PALISADE SURGICAL CENTERS, INC.",
    ),
    ("term:Commitment Termination Date", "replace", None),
    ("term:Swingline Lender", "delete", None),
)

case(
    "two_definitions_amended_by_one_word_swap",
    note_amendment(
        """
1. The definitions of "Consolidated Net Income" and "Consolidated EBITDA" in Schedule B to
the Note Agreement are each hereby amended by deleting the words "extraordinary gains" and
inserting in their place the words "extraordinary or non-recurring gains".

2. The Company shall pay the fees of special counsel to the holders.
""",
        ordinal="Third",
    ),
    ("term:Consolidated Net Income", "amend", None),
    ("term:Consolidated EBITDA", "amend", None),
)

case(
    "definition_restated_as_follows_and_another_inserted",
    note_amendment(
        """
Section 1.1. Restated Definition. The definition of "Permitted Priority Debt" set forth in
Schedule B to the Note Agreement is hereby restated as follows:

"Permitted Priority Debt" means Priority Debt not exceeding 15% of Consolidated Net Worth.

Section 1.2. New Definition. Schedule B to the Note Agreement is hereby amended by inserting
the following definition in the proper alphabetical order:

"Unrestricted Cash" means cash of the Company not subject to any Lien.
""",
        ordinal="Fifth",
    ),
    ("term:Permitted Priority Debt", "replace", None),
    ("term:Unrestricted Cash", "add", None),
)

case(
    "definition_amended_by_adding_a_sentence_at_the_end",
    credit_amendment(
        """
2. Definition of Eligible Accounts. The definition of "Eligible Accounts" contained in
Section 1.1 of the Loan Agreement is hereby amended by adding the following sentence at the
end thereof:

"Accounts owing by Hanover Distribution, Inc. shall be Eligible Accounts notwithstanding
clause (f) above."

3. Ratification. The Borrower ratifies the Loan Documents.
""",
        borrower="BELLWETHER CANDLE WORKS, INC.",
    ),
    ("term:Eligible Accounts", "amend", None),
)
