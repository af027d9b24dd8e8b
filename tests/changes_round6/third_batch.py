"""Round six, third batch, written blind after the second batch's fixes: a sentence of a
paragraph deleted and replaced, definitions deleted and amended under roman labels in one
sentence, words added after a word, words added at the end of a subsection, a section
renumbered and a new one added in its place, an annex's rate changed opposite a product, and an
effective date named for the date first written above."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round6.case import case, loan_amendment

case(
    "lease_paragraph_sentence_deleted_and_replaced",
    amendment(
        "Sixth Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Paragraph 1 of the Lease is hereby amended by deleting the second sentence thereof in its
entirety and inserting in lieu thereof the following: "The Premises consist of 12,400 rentable
square feet on the second floor of the Building."
""",
        first="OAKHURST MILL PARTNERS",
        first_alias="Landlord",
        second="LUMEN ARCHITECTURE STUDIO, INC.",
        second_alias="Tenant",
        date="February 25, 2015",
        base_date="July 1, 2009",
    ),
    (
        "1",
        "amend",
        "The Premises consist of 12,400 rentable\nsquare feet on the second floor of the Building.",
    ),
)

case(
    "definitions_deleted_and_amended_under_roman_labels_in_one_sentence",
    loan_amendment(
        """
1. Section 1.1 of the Credit Agreement is hereby amended by (i) deleting the definition of
"Term B Loan" in its entirety and (ii) amending the definition of "Interest Period" by deleting
"one, two, three or six months" and substituting "one, three or six months".
""",
        ordinal="Fourteenth",
    ),
    ("term:Term B Loan", "delete", None),
    ("term:Interest Period", "amend", "one, three or six months"),
)

case(
    "licence_words_after_a_word_and_at_end_of_subsection",
    amendment(
        "Third Amendment to Trademark License Agreement",
        "Trademark License Agreement",
        "Agreement",
        """
1. Section 3.1(a) of the Agreement is amended by adding the words "and its Affiliates"
immediately after the word "Licensee" in the third line thereof.

2. Section 4 of the Agreement is hereby amended to add the following at the end of subsection
(b) thereof: "Licensee shall deliver each such report by electronic mail."
""",
        first="MARISOL BRANDS INTERNATIONAL LLC",
        first_alias="Licensor",
        second="EVERGREEN APPAREL GROUP, INC.",
        second_alias="Licensee",
        date="March 31, 2010",
        base_date="April 15, 2007",
    ),
    ("3.1(a)", "amend", "and its Affiliates"),
    ("4(b)", "amend", "Licensee shall deliver each such report by electronic mail."),
)

case(
    "section_renumbered_and_new_section_added_in_its_place",
    loan_amendment(
        """
1. Section 8.12 of the Credit Agreement is hereby renumbered as Section 8.13, and a new
Section 8.12 is hereby added to the Credit Agreement to read as follows:

"8.12 Anti-Terrorism Laws. The Borrower shall comply in all material respects with all
Anti-Terrorism Laws."
""",
        ordinal="Fifteenth",
    ),
    (
        "8.12",
        "add",
        "8.12 Anti-Terrorism Laws. The Borrower shall comply in all material respects with all\n"
        "Anti-Terrorism Laws.",
    ),
    optional=("8.13",),
)

case(
    "annex_rate_opposite_a_product_and_effective_first_written",
    amendment(
        "Amendment No. 5 to Supply Agreement",
        "Supply Agreement",
        "Agreement",
        """
1. Annex A (Pricing Schedule) to the Agreement is hereby amended by deleting the rate "$0.42
per unit" appearing opposite "Model 7" and inserting "$0.39 per unit".

2. This Amendment shall be effective as of the date first written above (the "Effective
Date").
""",
        first="BRAMBLE CONTAINER CORP.",
        first_alias="Supplier",
        second="NORTH FORK BEVERAGE COMPANY",
        second_alias="Customer",
        date="September 15, 2014",
        base_date="September 15, 2009",
    ),
    ("Annex A", "amend", "$0.39 per unit"),
    effective="2014-09-15",
)
