"""Round six, bank credit agreements: a pricing grid and a covenant table inside a provision,
a commitment schedule restated in the text, definitions deleted together, a new section placed
"immediately after" another, "substituting X for Y", an article reserved, a lead-in with
lettered and roman changes, new wording running over a page break, an effective date stated
apart."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round6.case import case, loan_amendment

_GRID = """Level   Leverage Ratio                     LIBOR Margin   Base Rate Margin
I       Less than 1.50 to 1.00             1.75%          0.75%
II      >= 1.50 to 1.00 but < 2.25 to 1.00  2.25%          1.25%
III     >= 2.25 to 1.00                    2.75%          1.75%"""

case(
    "pricing_grid_inside_definition_replaced",
    loan_amendment(
        f"""
1. The pricing grid appearing in the definition of "Applicable Margin" in Section 1.1 of the
Credit Agreement is hereby deleted and replaced with the following:

{_GRID}
"""
    ),
    ("term:Applicable Margin", "amend", _GRID),
    targets={"term:Applicable Margin": "Credit Agreement"},
)

_COMMITMENTS = """Lender                                  Revolving Commitment
First Cayuga Bank, N.A.                 $40,000,000
Tamarack Savings Bank                   $25,000,000
Hollis Street Bank & Trust Company      $15,000,000
Total                                   $80,000,000"""

case(
    "commitment_schedule_restated_in_the_text",
    loan_amendment(
        f"""
Section 1. Increase of Commitments. Schedule 2.01 to the Credit Agreement is hereby amended
and restated to read as follows:

SCHEDULE 2.01

{_COMMITMENTS}

Section 2. Conditions. This Amendment shall become effective upon the Agent's receipt of
counterparts hereof signed by the Borrower and each Lender.
""",
        ordinal="Third",
    ),
    ("Schedule 2.01", "replace", "SCHEDULE 2.01\n\n" + _COMMITMENTS),
)

case(
    "definitions_deleted_together_and_one_amended_to_read",
    loan_amendment(
        """
2.1 Deleted Definitions. Section 1.1 of the Credit Agreement is hereby amended by deleting
the definitions of "Bridge Loan" and "Bridge Loan Maturity Date" in their entirety.

2.2 Revolving Termination Date. The definition of "Revolving Termination Date" is hereby
amended to read as follows:

"Revolving Termination Date" means October 17, 2012, or such earlier date on which the
Revolving Commitments terminate in accordance with this Agreement.
"""
    ),
    ("term:Bridge Loan", "delete", None),
    ("term:Bridge Loan Maturity Date", "delete", None),
    (
        "term:Revolving Termination Date",
        "replace",
        '"Revolving Termination Date" means October 17, 2012, or such earlier date on which '
        "the\nRevolving Commitments terminate in accordance with this Agreement.",
    ),
)

case(
    "new_section_immediately_after_and_substituting_for",
    loan_amendment(
        """
(a) The Credit Agreement is hereby amended by inserting immediately after Section 5.3
thereof the following new Section 5.3A:

"5.3A Hedging Agreements. Within ninety days after the Second Amendment Date, the Borrower
shall enter into Hedging Agreements covering not less than fifty percent of the Term Loans."

(b) Section 8.1(f) of the Credit Agreement is hereby amended by substituting "$7,500,000"
for "$5,000,000".
""",
    ),
    (
        "5.3A",
        "add",
        "5.3A Hedging Agreements. Within ninety days after the Second Amendment Date, the "
        "Borrower\nshall enter into Hedging Agreements covering not less than fifty percent of "
        "the Term Loans.",
    ),
    ("8.1(f)", "amend", "$7,500,000"),
)

case(
    "article_reserved_and_exhibit_form_replaced",
    loan_amendment(
        """
1. Article X of the Credit Agreement (Swing Line Loans) is hereby deleted in its entirety.

2. Exhibit D (Form of Compliance Certificate) to the Credit Agreement is hereby replaced by
Exhibit D attached hereto.
""",
        ordinal="Fifth",
    ),
    ("Article X", "delete", None),
    ("Exhibit D", "replace", None),
)

_LEVERAGE_TABLE = """Fiscal Quarter Ending                   Maximum Leverage Ratio
June 30, 2009                           4.25 to 1.00
September 30, 2009                      4.00 to 1.00
December 31, 2009 and thereafter        3.50 to 1.00"""

case(
    "hand_drafted_amendment_number_with_lettered_and_roman_changes",
    f"""AMENDMENT NO. 4 dated as of March 27, 2009 (this "Amendment"), to the Credit Agreement
dated as of July 2, 2004, as amended by Amendment No. 1 dated as of May 5, 2005,
Amendment No. 2 dated as of April 18, 2007 and Amendment No. 3 dated as of January 9, 2008
(the "Credit Agreement"), among HOLLOWAY SPECIALTY METALS CORP. (the "Borrower"), the
Lenders party thereto and STANHOPE BANK, as administrative agent (the "Administrative
Agent").

The Borrower has requested that the Lenders amend the Credit Agreement as set forth herein.
Accordingly, the parties hereto agree as follows:

SECTION 1. Amendments. The Credit Agreement is hereby amended as follows:

(a) Section 6.11 is hereby amended by deleting the table therein and substituting the
following table:

{_LEVERAGE_TABLE}

(b) Section 6.08 is hereby amended as follows:

(i) clause (c) is amended by deleting "$2,000,000" and substituting "$1,000,000"; and

(ii) clause (e) is hereby deleted in its entirety.

SECTION 2. Representations. The Borrower represents that no Default has occurred and is
continuing.

HOLLOWAY SPECIALTY METALS CORP.

By: /s/ Marguerite Lindqvist
Name: Marguerite Lindqvist
Title: Chief Financial Officer

STANHOPE BANK, as Administrative Agent

By: /s/ Devon Achterberg
Name: Devon Achterberg
Title: Managing Director
""",
    ("6.11", "amend", _LEVERAGE_TABLE),
    ("6.08(c)", "amend", "$1,000,000"),
    ("6.08(e)", "delete", None),
)

case(
    "new_wording_continues_after_a_page_break",
    loan_amendment(
        """
3. Section 7.6 of the Credit Agreement is hereby amended and restated to read as follows:

"7.6 Restricted Payments. The Borrower shall not declare or pay any dividend or make any
other distribution on account of its capital stock, except that the Borrower may pay cash
dividends in an aggregate amount not exceeding $3,000,000 in any fiscal year so long as no

                                      -2-
<PAGE>

Default exists or would result therefrom."

4. Counterparts. This Amendment may be executed in counterparts.
""",
        ordinal="First",
    ),
    (
        "7.6",
        "replace",
        "7.6 Restricted Payments. The Borrower shall not declare or pay any dividend or make any"
        "\nother distribution on account of its capital stock, except that the Borrower may pay "
        "cash\ndividends in an aggregate amount not exceeding $3,000,000 in any fiscal year so "
        "long as no\n\n                                      -2-\n<PAGE>\n\nDefault exists or "
        "would result therefrom.",
    ),
)

case(
    "loan_agreement_paragraphs_and_effective_date_apart",
    amendment(
        "Modification Agreement",
        "Loan Agreement",
        "Loan Agreement",
        """
1. Paragraph 5(c) of the Loan Agreement is hereby amended in its entirety to read as
follows:

(c) Borrower shall maintain a Tangible Net Worth of not less than $12,000,000 at all times.

2. The maximum principal amount of the Line of Credit stated in Paragraph 1(a) of the Loan
Agreement is hereby increased from $6,000,000 to $8,500,000.

3. The modifications made in this Agreement shall be effective as of April 30, 2008.
""",
        first="WHITLOCK FARM EQUIPMENT, INC.",
        first_alias="Borrower",
        second="PRAIRIE STATE BANK AND TRUST",
        second_alias="Bank",
        date="May 14, 2008",
        base_date="May 1, 2006",
    ),
    (
        "5(c)",
        "replace",
        "(c) Borrower shall maintain a Tangible Net Worth of not less than $12,000,000 at all "
        "times.",
    ),
    ("1(a)", "amend", "$8,500,000"),
    effective="2008-04-30",
)

case(
    "clause_added_after_striking_and_at_end_of_clause",
    loan_amendment(
        """
1. Section 7.2 of the Credit Agreement is hereby amended by (i) deleting the word "and" at
the end of clause (h) thereof, (ii) deleting the period at the end of clause (i) thereof and
substituting "; and" therefor and (iii) adding the following new clause (j) at the end
thereof:

"(j) Liens on the Borrower's corporate aircraft securing Indebtedness permitted by Section
7.1(g)."
""",
        ordinal="Sixth",
    ),
    (
        "7.2(j)",
        "add",
        "(j) Liens on the Borrower's corporate aircraft securing Indebtedness permitted by "
        "Section\n7.1(g).",
    ),
    optional=("7.2", "7.2(h)", "7.2(i)"),
)

case(
    "amend_and_restate_several_definitions_listed",
    loan_amendment(
        """
Section 2. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby
amended by amending and restating the following definitions in their entirety to read as
follows:

"Consolidated Fixed Charges" means, for any period, the sum of Consolidated Interest
Expense and scheduled principal payments of Indebtedness for such period.

"Maturity Date" means October 17, 2013.
""",
        ordinal="Fourth",
    ),
    (
        "term:Consolidated Fixed Charges",
        "replace",
        '"Consolidated Fixed Charges" means, for any period, the sum of Consolidated Interest\n'
        "Expense and scheduled principal payments of Indebtedness for such period.",
    ),
    ("term:Maturity Date", "replace", '"Maturity Date" means October 17, 2013.'),
)

case(
    "sentence_added_at_end_of_subsection_and_reference_changed",
    loan_amendment(
        """
(a) Section 2.4(c) of the Credit Agreement is amended by adding the following sentence at
the end thereof: "No more than six Eurodollar Loans may be outstanding at any time."

(b) Each reference to "$10,000,000" in Section 9.1(e) of the Credit Agreement is changed to
"$15,000,000".
""",
        ordinal="Seventh",
    ),
    ("2.4(c)", "amend", "No more than six Eurodollar Loans may be outstanding at any time."),
    ("9.1(e)", "amend", "$15,000,000"),
)
