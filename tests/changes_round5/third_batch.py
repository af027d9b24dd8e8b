"""Round five, third batch, written blind after the second batch's fix: words inserted into a
paragraph or after a word, a schedule's entry substituted, an annex restated in the form of an
annex hereto, definitions added run together in one paragraph, a roman sub-part substituted, a
reference changed "from ... to ..."."""

from __future__ import annotations

from tests.changes_round5.case import amendment, case, credit_amendment

_FIRST_PARAGRAPH_END = (
    "Notwithstanding the foregoing, no Revolving Loan shall be made on or after the "
    "Commitment Termination Date."
)

case(
    "words_inserted_at_end_of_first_paragraph_and_after_a_word",
    credit_amendment(
        f"""
1. Section 2.1 of the Loan Agreement is amended by inserting the following at the end of the
first paragraph thereof: "{_FIRST_PARAGRAPH_END}"

2. Section 8.1(a) of the Loan Agreement is amended by inserting the phrase ", or any
Guarantor" after the word "Borrower" in the second line thereof.

3. Section 9.1(b) of the Loan Agreement is amended by changing the reference therein from
"Section 7.3" to "Section 7.4".
"""
    ),
    ("2.1", "amend", _FIRST_PARAGRAPH_END),
    ("8.1(a)", "amend", ", or any\nGuarantor"),
    ("9.1(b)", "amend", "Section 7.4"),
)

case(
    "note_purchase_schedule_and_annex",
    amendment(
        "First Amendment to Note Purchase Agreement",
        "Note Purchase Agreement",
        "Note Purchase Agreement",
        """
1. Schedule I to the Note Purchase Agreement is amended by deleting the address for notices
to Harbor Mutual Life Insurance Company and substituting "One Harbor Plaza, Hartford,
Connecticut 06103".

2. Annex B of the Note Purchase Agreement is hereby amended and restated in the form of Annex B
hereto.
""",
        first="CALDER INDUSTRIES, INC.",
        second="HARBOR MUTUAL LIFE INSURANCE COMPANY",
        second_alias="Purchaser",
    ),
    ("Schedule I", "amend", "One Harbor Plaza, Hartford,\nConnecticut 06103"),
    ("Annex B", "replace", None),
)

_EXPANSION_SPACE = (
    '"Expansion Space" means approximately 3,200 rentable square feet on the second floor of '
    "the Building"
)
_EXPANSION_DATE = '"Expansion Date" means September 1, 2010.'

case(
    "lease_definitions_run_together",
    amendment(
        "Third Amendment to Lease",
        "Lease",
        "Lease",
        f"""
1. Section 1.1 of the Lease is amended by adding the following new definitions in the
appropriate alphabetical order: {_EXPANSION_SPACE}; and {_EXPANSION_DATE}

2. Landlord shall deliver the Expansion Space to Tenant on the Expansion Date.
""",
        first="MILLBROOK OFFICE PARK LLC",
        first_alias="Landlord",
        second="TALLGRASS INSURANCE AGENCY, INC.",
        second_alias="Tenant",
    ),
    ("term:Expansion Space", "add", _EXPANSION_SPACE),
    ("term:Expansion Date", "add", _EXPANSION_DATE),
)

_GOOD_REASON = (
    "(ii) a reduction of more than ten percent (10%) in Executive's Base Salary, other than a "
    "reduction applicable to all senior executives;"
)

case(
    "employment_roman_subpart_substituted",
    amendment(
        "Amendment No. 2 to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        f"""
1. Section 6(c)(ii) of the Employment Agreement is hereby deleted and the following
substituted therefor:

"{_GOOD_REASON}"

2. Section 4(d) of the Employment Agreement is amended by adding the words "or waived by the
Board" after the word "satisfied" in the first line thereof.
""",
        first="TIDEWATER SEMICONDUCTOR, INC.",
        second="MARCUS J. ELLERY",
        second_alias="Executive",
    ),
    ("6(c)(ii)", "replace", _GOOD_REASON),
    ("4(d)", "amend", "or waived by the\nBoard"),
)
