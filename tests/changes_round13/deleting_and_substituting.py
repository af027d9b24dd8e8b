"""Round thirteen, replacements worded as an amendment: "Section 7.1 is amended by deleting
clause (c) thereof and substituting the following therefor:", "... by deleting such Section
and replacing it with the following:", "... by deleting the text thereof and inserting in lieu
thereof the following:". What is deleted is the whole provision the change names, so the
change replaces it; near misses delete words, a sentence or a period inside the provision and
put others in their place, which amends it. Written before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round11.case import note_amendment
from tests.changes_round13.case import case

case(
    "clause_deleted_thereof_and_the_following_substituted_therefor",
    credit_amendment(
        """
1. Amendments to the Credit Agreement.

(a) Section 7.1 of the Credit Agreement is amended by deleting clause (c) thereof and
substituting the following therefor:

"(c) Indebtedness of the Borrower owing to any Subsidiary, provided that such Indebtedness is
subordinated to the Obligations on terms satisfactory to the Administrative Agent;"

(b) Section 7.2(d) of the Credit Agreement is amended by deleting "$5,000,000" and substituting
"$7,500,000" therefor.

2. Representations. The Borrower represents that no Default has occurred and is continuing.
""",
        base="Credit Agreement",
        borrower="ASHCOMBE INDUSTRIAL COATINGS, INC.",
        lender="FIRST MERIDIAN BANK, N.A., as Administrative Agent",
        lender_alias="Administrative Agent",
    ),
    ("7.1(c)", "replace", None),
    ("7.2(d)", "amend", "$7,500,000"),
)

case(
    "such_section_deleted_and_replaced_with_the_following",
    credit_amendment(
        """
SECTION 2. Amendment to Section 2.5(b). Section 2.5(b) of the Credit Agreement is hereby
amended by deleting such Section and replacing it with the following:

"(b) Mandatory Prepayments. Within five Business Days after receipt of Net Cash Proceeds of any
Asset Sale, the Borrower shall prepay the Term Loans in an amount equal to 100% of such Net
Cash Proceeds."

SECTION 3. Effectiveness. This Amendment shall become effective on the date on which the Agent
has received counterparts executed by the Borrower and the Required Lenders.
""",
        ordinal="Second",
        base="Credit Agreement",
        borrower="PENROSE SPECIALTY FOODS, INC.",
        lender="CASCADE COMMERCIAL BANK, as Agent",
        lender_alias="Agent",
    ),
    ("2.5(b)", "replace", None),
)

case(
    "definition_text_deleted_and_inserted_in_lieu_thereof",
    credit_amendment(
        """
2. Amendments to Section 1.1.

(a) The definition of "Applicable Margin" in Section 1.1 of the Loan Agreement is amended by
deleting the text thereof and inserting in lieu thereof the following:

"Applicable Margin" means 2.50% per annum for LIBOR Loans and 0.75% per annum for Prime Rate
Loans.

(b) The definition of "Borrowing Base" in Section 1.1 of the Loan Agreement is amended by
deleting the percentage "80%" appearing in clause (a) thereof and substituting "85%" therefor.

3. Fees. The Borrower shall pay to the Bank an amendment fee of $10,000.
""",
        borrower="LINDQVIST MARINE ELECTRONICS, INC.",
    ),
    ("term:Applicable Margin", "replace", None),
    ("term:Borrowing Base", "amend", "85%"),
)

case(
    "said_section_deleted_in_its_entirety_and_substituted_in_a_note_agreement",
    note_amendment(
        """
1. Amendment of Section 10.3. Section 10.3 of the Note Agreement is hereby amended by deleting
said Section in its entirety and substituting therefor the following:

"Section 10.3. Interest Coverage Ratio. The Company will not permit the Interest Coverage Ratio,
determined as of the end of each fiscal quarter, to be less than 2.75 to 1.00."

2. Amendment of Section 10.6. Section 10.6 of the Note Agreement is hereby amended by deleting
the last sentence thereof and substituting the following:

"Nothing in this Section 10.6 shall prohibit a merger of any Subsidiary into the Company."

3. Conditions. This Amendment shall become effective upon its execution by the Required
Holders.
""",
    ),
    ("10.3", "replace", None),
    (
        "10.6",
        "amend",
        "Nothing in this Section 10.6 shall prohibit a merger of any Subsidiary into the Company.",
    ),
)

case(
    "lease_paragraph_deleted_and_the_following_substituted_in_lieu_thereof",
    amendment(
        "Second Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Base Rent. Paragraph 4 of the Lease is hereby amended by deleting the same and substituting
the following in lieu thereof:

"4. Base Rent. Commencing on January 1, 2009, Tenant shall pay Landlord annual Base Rent of
$186,000, payable in equal monthly installments of $15,500 in advance on the first day of each
month."

2. Parking. Paragraph 22 of the Lease is amended by deleting the words "twenty (20)" and
substituting the words "thirty (30)" in their place.

3. Ratification. Except as amended hereby, the Lease remains in full force and effect.
""",
        first="WESTBROOK OFFICE PARTNERS, LLC",
        first_alias="Landlord",
        second="HALVERSON DENTAL LABORATORIES, INC.",
        second_alias="Tenant",
        date="December 1, 2008",
    ),
    ("4", "replace", None),
    ("22", "amend", "thirty (30)"),
)

case(
    "definition_deleted_and_substituted_therefor_inside_section_one",
    credit_amendment(
        """
1. Definitions. Section 1.1 of the Loan Agreement is amended by deleting the definition of
"Revolving Credit Termination Date" and substituting the following therefor:

"Revolving Credit Termination Date" means June 30, 2012, or such earlier date on which the
Revolving Commitment is terminated under Section 9.2.

2. Financial Covenants. Section 6.12 of the Loan Agreement is amended by deleting subsection
(b) thereof in its entirety and replacing it with the following new subsection (b):

(b) Minimum Tangible Net Worth. The Borrower shall maintain Tangible Net Worth of not less than
$42,000,000 at all times.

3. Effect. The Loan Agreement, as amended hereby, remains in full force and effect.
""",
        ordinal="Fourth",
        borrower="MCALLISTER FREIGHT LINES, INC.",
    ),
    ("term:Revolving Credit Termination Date", "replace", None),
    ("6.12(b)", "replace", None),
)

case(
    "note_paragraph_deleted_thereof_and_the_following_substituted",
    amendment(
        "Amendment to Promissory Note",
        "Promissory Note",
        "Note",
        """
1. Maturity. The Note is hereby amended by deleting paragraph 2 thereof and substituting the
following therefor:

"2. Maturity. The entire unpaid principal balance of this Note, together with accrued
interest, shall be due and payable on March 31, 2011."

2. Interest. Paragraph 1 of the Note is amended by deleting "nine percent (9%)" and inserting
"eight percent (8%)" in lieu thereof.

3. No Other Changes. Except as set forth herein, the Note remains unchanged.
""",
        first="BLUE HERON RESORTS, INC.",
        first_alias="Maker",
        second="THEODORE A. VANCE",
        second_alias="Payee",
        date="March 15, 2010",
    ),
    ("2", "replace", None),
    ("1", "amend", "eight percent (8%)"),
)

case(
    "section_of_an_article_deleted_thereof_in_its_entirety_and_substituted",
    credit_amendment(
        """
3. Amendments to Article VIII.

3.1 Article VIII of the Credit Agreement is hereby amended by deleting Section 8.4 thereof in
its entirety and substituting the following:

"8.4 Restricted Payments. The Borrower shall not declare or pay any dividend except dividends
payable solely in its common stock."

3.2 Section 8.9 of the Credit Agreement is hereby amended by deleting the period at the end
thereof and inserting the following: "; provided that the Borrower may enter into Hedging
Agreements in the ordinary course of business."

4. Governing Law. This Amendment shall be governed by the law of the State of Illinois.
""",
        ordinal="Sixth",
        base="Credit Agreement",
        borrower="GRANVILLE PAPER PRODUCTS CORP.",
    ),
    ("8.4", "replace", None),
    ("8.9", "amend", None),
)

case(
    "clause_deleted_in_its_entirety_with_nothing_substituted",
    credit_amendment(
        """
2. Amendments to the Loan Agreement.

(a) Section 7.3 of the Loan Agreement is hereby amended by deleting clause (e) thereof in its
entirety.

(b) Section 7.5 of the Loan Agreement is hereby amended by deleting clause (ii) thereof and
substituting the following therefor: "(ii) Liens securing purchase money Indebtedness
permitted by Section 7.4(c);".

3. Conditions. This Amendment is effective upon the Bank's receipt of an executed copy hereof.
""",
        borrower="OAKHURST VETERINARY SUPPLY, INC.",
    ),
    ("7.3(e)", "delete", None),
    ("7.5(ii)", "replace", None),
)
