"""Round five, first batch: notes, warrants, debentures and loan agreements changed in the
ways drafters write besides "Section X is hereby amended and restated in its entirety":
numbered paragraphs, amounts and dates inside a sentence, "by striking ... and substituting",
"substituting X for Y", sections inserted "immediately after", definitions deleted, several
changes under one lead-in."""

from __future__ import annotations

from tests.changes_round5.case import amendment, case, credit_amendment

# --- notes -----------------------------------------------------------------------------

_MATURITY = (
    "4. Maturity. The entire unpaid principal balance of this Note, together with all accrued "
    "and unpaid interest thereon, shall be due and payable in full on June 30, 2009."
)

case(
    "note_paragraph_read_as_follows",
    amendment(
        "First Amendment to Promissory Note",
        "Promissory Note in the original principal amount of $2,500,000",
        "Note",
        f"""
1. Paragraph 4 of the Note is hereby amended to read as follows:

{_MATURITY}

2. Except as expressly amended hereby, the Note remains unchanged and in full force and
effect.
""",
    ),
    ("4", "replace", _MATURITY),
    targets={"4": "Note"},
)

case(
    "note_amount_changed_in_first_sentence",
    amendment(
        "Amendment No. 2 to Secured Promissory Note",
        "Secured Promissory Note",
        "Note",
        """
1. Principal Amount. The first sentence of Paragraph 2 of the Note is hereby amended by
changing "$750,000" to "$1,250,000".

2. Interest Rate. Paragraph 3 of the Note is hereby amended by deleting the words "eight
percent (8%)" and substituting therefor the words "nine and one-half percent (9.5%)".

3. Miscellaneous. This Amendment shall be governed by the laws of the State of Ohio.
""",
        first="LANTERN BAY FOODS, INC.",
        second="ASHCOMBE FAMILY TRUST",
    ),
    ("2", "amend", "$1,250,000"),
    ("3", "amend", "nine and one-half percent (9.5%)"),
)

case(
    "note_maturity_date_in_sentence",
    amendment(
        "Note Modification Agreement",
        "Revolving Credit Note in the principal amount of $5,000,000",
        "Note",
        """
1. Extension of Maturity. The Note is hereby amended by deleting the date "March 1, 2007"
appearing in Section 1 thereof and inserting in its place the date "March 1, 2008".

2. No Other Changes. All other terms of the Note shall remain in full force and effect.
""",
        first="ORCHARD VALLEY PACKAGING CORP.",
        second="MERIDIAN STATE BANK",
        second_alias="Bank",
    ),
    ("1", "amend", "March 1, 2008"),
)

# --- warrants and debentures ---------------------------------------------------------------

case(
    "warrant_price_struck_and_substituted",
    amendment(
        "Amendment to Common Stock Purchase Warrant",
        "Common Stock Purchase Warrant No. W-12",
        "Warrant",
        """
1. Exercise Price. Section 2(a) of the Warrant is hereby amended by striking the words
"$4.25 per share" and substituting therefor the words "$2.10 per share".

2. Expiration. Section 3 of the Warrant is amended by deleting the date "December 15, 2010"
where it appears therein and inserting in lieu thereof the date "December 15, 2012".

3. Effect. Except as set forth above, the Warrant remains in full force and effect.
""",
    ),
    ("2(a)", "amend", "$2.10 per share"),
    ("3", "amend", "December 15, 2012"),
    targets={"2(a)": "Warrant", "3": "Warrant"},
)

case(
    "debentures_conversion_price",
    amendment(
        "Amendment to 10% Convertible Debentures",
        "10% Convertible Debentures due 2009",
        "Debentures",
        """
Section 1. Conversion Price. Section 4(a) of each of the Debentures is hereby amended by
deleting the reference to "$0.85" and replacing it with "$0.40".

Section 2. Maturity. Section 1 of each of the Debentures is amended by substituting
"September 30, 2010" for "September 30, 2008".

Section 3. Governing Law. This Amendment shall be governed by the laws of the State of New
York.
""",
        first="VESPER DIAGNOSTICS, INC.",
        second="THE HOLDERS LISTED ON SCHEDULE A",
        second_alias="Holders",
    ),
    ("4(a)", "amend", "$0.40"),
    ("1", "amend", "September 30, 2010"),
)

# --- loan agreements ---------------------------------------------------------------------

_DEPOSITS = (
    "5.3A Deposit Accounts. The Borrower shall maintain its primary operating and "
    "disbursement accounts with the Bank at all times while any Obligations remain "
    "outstanding."
)

case(
    "section_inserted_immediately_after",
    credit_amendment(
        f"""
1. New Section 5.3A. A new Section 5.3A is hereby inserted immediately after Section 5.3 of
the Loan Agreement to read as follows:

"{_DEPOSITS}"

2. Conditions. This Amendment shall become effective upon its execution by the parties.
"""
    ),
    ("5.3A", "add", _DEPOSITS),
)

_LAYERING = (
    "Section 7.14. Anti-Layering. The Borrower shall not incur any Indebtedness that is "
    "subordinated in right of payment to any other Indebtedness of the Borrower unless such "
    "Indebtedness is also subordinated to the Obligations on the same terms."
)

case(
    "new_section_inserted_after_thereof",
    credit_amendment(
        f"""
SECTION 1. Amendment. The Loan Agreement is hereby amended by inserting the following new
Section 7.14 immediately after Section 7.13 thereof:

{_LAYERING}

SECTION 2. Representations. The Borrower represents that no Event of Default exists.
""",
        ordinal="Fourth",
    ),
    ("7.14", "add", _LAYERING),
)

case(
    "several_changes_under_one_lead_in",
    credit_amendment(
        """
1. Amendments to Loan Agreement. The Loan Agreement is hereby amended as follows:

(a) Section 1.1 is amended by deleting the definitions of "Bridge Loan", "Bridge Loan
Maturity Date" and "Bridge Lender" in their entirety.

(b) Section 2.1 is amended by deleting "$10,000,000" and substituting "$15,000,000".

(c) Schedule 1.1 (Commitments) is replaced in its entirety with Schedule 1.1 attached hereto.

2. Reference to and Effect on the Loan Agreement. On and after the date hereof, each
reference in the Loan Agreement to "this Agreement" shall mean the Loan Agreement as amended
hereby.
"""
    ),
    ("term:Bridge Loan", "delete", None),
    ("term:Bridge Loan Maturity Date", "delete", None),
    ("term:Bridge Lender", "delete", None),
    ("2.1", "amend", "$15,000,000"),
    ("Schedule 1.1", "replace", None),
)

case(
    "struck_in_entirety_and_substituted",
    credit_amendment(
        """
2. Notices. Section 10.3 of the Loan Agreement is amended by striking said Section in its
entirety and substituting the following therefor:

10.3 Notices. All notices under this Agreement shall be in writing and shall be delivered by
hand, by overnight courier or by electronic mail to the addresses set forth on the signature
pages hereof.

3. Counterparts. This Amendment may be executed in counterparts.
"""
    ),
    (
        "10.3",
        "replace",
        "10.3 Notices. All notices under this Agreement shall be in writing and shall be "
        "delivered by\nhand, by overnight courier or by electronic mail to the addresses set "
        "forth on the signature\npages hereof.",
    ),
)

case(
    "clauses_of_one_section_under_roman_items",
    credit_amendment(
        """
3. Financial Covenants. Section 7.1 of the Loan Agreement is amended as follows: (i) clause
(a) is amended by replacing "3.00 to 1.00" with "3.50 to 1.00"; and (ii) clause (b) is
amended by replacing "1.25 to 1.00" with "1.10 to 1.00".

4. Fees. The Borrower shall pay the Bank an amendment fee of $15,000.
"""
    ),
    ("7.1(a)", "amend", "3.50 to 1.00"),
    ("7.1(b)", "amend", "1.10 to 1.00"),
    optional=("7.1",),
)

case(
    "words_inserted_after_words",
    credit_amendment(
        """
1. Section 6.6 of the Loan Agreement is amended by inserting the words "or any Subsidiary"
immediately after the words "the Borrower" in the first line thereof.

2. The definition of "Excess Availability" set forth in Section 1.1 of the Loan Agreement is
hereby deleted.
"""
    ),
    ("6.6", "amend", "or any Subsidiary"),
    ("term:Excess Availability", "delete", None),
)

case(
    "amount_increased_from_to",
    credit_amendment(
        """
1. Increase of Revolving Commitment. The amount of the Revolving Commitment set forth in
Section 2.1 of the Loan Agreement is increased from $10,000,000 to $15,000,000.

2. Ratification. The Loan Agreement, as amended hereby, is ratified and confirmed.
"""
    ),
    ("2.1", "amend", "$15,000,000"),
)

case(
    "reference_changed_to",
    credit_amendment(
        """
1. The reference to "June 30, 2008" in Section 2.6(b) of the Loan Agreement is hereby
changed to "December 31, 2008".

2. The reference in Section 6.2 of the Loan Agreement to "ten (10) Business Days" is hereby
changed to "twenty (20) Business Days".
"""
    ),
    ("2.6(b)", "amend", "December 31, 2008"),
    ("6.2", "amend", "twenty (20) Business Days"),
)

_CLOSING_DEFINITION = (
    '"Termination Date" means May 31, 2010, or such earlier date on which the Commitment '
    "terminates in accordance with Section 8.2."
)

case(
    "definition_amended_to_read",
    credit_amendment(
        f"""
1. The definition of "Termination Date" in Section 1.1 of the Loan Agreement is hereby
amended to read as follows:

{_CLOSING_DEFINITION}

2. This Amendment shall be governed by the laws of the State of Washington.
"""
    ),
    ("term:Termination Date", "replace", _CLOSING_DEFINITION),
)

_LIENS = """ARTICLE VI
NEGATIVE COVENANTS

6.1 Liens. The Borrower shall not create or suffer to exist any Lien on any of its property,
except Permitted Liens.

6.2 Indebtedness. The Borrower shall not incur any Indebtedness other than Permitted
Indebtedness."""

case(
    "article_amended_and_restated_to_read",
    credit_amendment(
        f"""
1. Article VI of the Loan Agreement (Negative Covenants) is hereby amended and restated to
read as follows:

{_LIENS}

2. The Borrower shall pay all costs of the Bank in connection with this Amendment.
"""
    ),
    ("Article VI", "replace", _LIENS),
)

case(
    "section_of_article_deleted",
    credit_amendment(
        """
1. Section 9.2 of Article IX of the Loan Agreement is deleted in its entirety.

2. Exhibit C (Form of Compliance Certificate) to the Loan Agreement is amended and restated
in the form of Annex I to this Amendment.
"""
    ),
    ("9.2", "delete", None),
    ("Exhibit C", "replace", None),
)

case(
    "warrant_defined_price_reduced",
    amendment(
        "Amendment No. 1 to Warrant to Purchase Common Stock",
        "Warrant to Purchase Common Stock",
        "Warrant",
        """
1. The Exercise Price (as defined in the Warrant) is hereby reduced to $1.50 per share.

2. Section 1 of the Warrant is amended by deleting "250,000 shares" and inserting "400,000
shares" in lieu thereof.
""",
        first="COPPERLINE WIRELESS, INC.",
        second="HALSEY OPPORTUNITY FUND, L.P.",
    ),
    ("term:Exercise Price", "amend", "$1.50 per share"),
    ("1", "amend", "400,000\nshares"),
)

case(
    "numbered_heading_names_the_section_it_changes",
    credit_amendment(
        """
SECTION 2. AMENDMENTS.

2.1 Amendment to Section 4.7. Section 4.7 of the Loan Agreement is hereby amended by
deleting the last sentence thereof.

2.2 Amendment to Section 8.1. Section 8.1(f) of the Loan Agreement is amended by replacing
"$250,000" with "$500,000".

SECTION 3. MISCELLANEOUS. This Amendment is a Loan Document.
""",
        ordinal="Sixth",
    ),
    ("4.7", "amend", None),
    ("8.1(f)", "amend", "$500,000"),
)
