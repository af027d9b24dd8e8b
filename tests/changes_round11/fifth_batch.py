"""Round eleven, fifth batch: definition changes laid out as old filings lay them out
(indented paragraphs without blank lines between them, an article of amendments with numbered
sections, lead-ins that name the agreement and then the section), written after the fixes,
before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import credit_amendment
from tests.changes_round11.case import case, note_amendment

case(
    "indented_definitions_without_blank_lines_under_an_article_of_amendments",
    credit_amendment(
        """
                                   ARTICLE II

                        AMENDMENTS TO THE CREDIT AGREEMENT

     2.01  Amendments to Section 1.01.

     (a)  Section 1.01 of the Credit Agreement is hereby amended by adding thereto the
following definitions in the appropriate alphabetical order:
          "Third Amendment" means the Third Amendment to Credit Agreement dated as of
     November 20, 2007 among the Borrower and the Bank.
          "Third Amendment Effective Date" has the meaning set forth in Section 3.01 of
     the Third Amendment.

     (b)  The following definitions in Section 1.01 of the Credit Agreement are hereby
amended in their entirety to read as follows:
          "Revolving Termination Date" means December 31, 2009.
          "Total Commitment" means $45,000,000.

                                   ARTICLE III

                                   CONDITIONS

     3.01  Effectiveness. This Amendment shall become effective when signed by each party.
""",
        base="Credit Agreement",
        borrower="CALDERA GEOTHERMAL RESOURCES, INC.",
    ),
    ("term:Third Amendment", "add", None),
    ("term:Third Amendment Effective Date", "add", None),
    ("term:Revolving Termination Date", "replace", None),
    ("term:Total Commitment", "replace", None),
)

case(
    "agreement_amended_by_adding_definitions_to_a_section_thereof",
    credit_amendment(
        """
1. The Loan Agreement is hereby amended by adding the following definitions to Section 1.1
thereof in proper alphabetical sequence:

"Subordinated Debt" means Indebtedness of the Borrower subordinated to the Obligations on
terms acceptable to the Bank.

"Subordinated Lender" means Pinecrest Mezzanine Fund II, L.P.

2. Each of the following definitions in Section 1.1 of the Loan Agreement is amended in its
entirety to read as follows:

"Debt" means all Indebtedness of the Borrower other than Subordinated Debt.

"Tangible Net Worth" means the Borrower's net worth less intangible assets plus Subordinated
Debt.
""",
        borrower="OSPREY RIDGE MANUFACTURING, INC.",
    ),
    ("term:Subordinated Debt", "add", None),
    ("term:Subordinated Lender", "add", None),
    ("term:Debt", "replace", None),
    ("term:Tangible Net Worth", "replace", None),
)

case(
    "defined_terms_of_a_note_agreement_amended_with_page_footer",
    note_amendment(
        """
SECTION 2. AMENDMENTS.

Section 2.1. Schedule B to the Note Agreement is hereby amended by deleting the definitions
of "Senior Funded Debt" and "Senior Funded Debt Ratio" in their entirety, and by amending the
following definitions to read in their entirety as follows:

"Funded Debt" means all Debt of the Company and its Restricted Subsidiaries having a final
maturity of more than one year.

                                     -2-

"Funded Debt Ratio" means the ratio of Funded Debt to Consolidated EBITDA.

SECTION 3. MISCELLANEOUS.

Section 3.1. This Amendment shall be governed by the laws of the State of Illinois.
""",
        ordinal="Sixth",
    ),
    ("term:Senior Funded Debt", "delete", None),
    ("term:Senior Funded Debt Ratio", "delete", None),
    ("term:Funded Debt", "replace", None),
    ("term:Funded Debt Ratio", "replace", None),
)
