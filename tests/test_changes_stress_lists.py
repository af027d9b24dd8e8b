"""The change reader's stress test, batches four and five (see
:mod:`tests.test_changes_stress_shapes`), written blind: lists inside one section, tables and
address blocks as new wording, sentences that name sections without changing them, lead-ins that
name a condition's section on the way, definitions with clauses of their own."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_one_clause

#: A fourth batch, written blind after the third ran: lists inside one section, tables and
#: address blocks as new wording, words replaced throughout one section, and sentences that
#: name sections without changing them (conditions, representations, waivers).
FOURTH_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "a section's own lead-in, its items naming only clauses",
        (
            "1. Section 6.1 of the Agreement is hereby amended as follows:\n\n(a) Clause (c) is "
            'amended by deleting "$1,000,000" and inserting "$2,000,000".\n\n(b) Clause (f) is '
            "deleted in its entirety."
        ),
        [("6.1(c)", None, "amend", "$2,000,000"), ("6.1(f)", None, "delete", None)],
    ),
    (
        "'The Agreement is hereby amended by deleting Section 6.1(a) and substituting the "
        "following in lieu thereof'",
        (
            "1. The Agreement is hereby amended by deleting Section 6.1(a) and substituting the "
            'following in lieu thereof:\n\n"(a) Inventory reports, weekly;"'
        ),
        [("6.1(a)", None, "replace", "(a) Inventory reports, weekly;")],
    ),
    (
        "a table replaced: 'by deleting the table set forth therein and replacing it with'",
        (
            "1. Section 7.1 of the Agreement is amended by deleting the table set forth therein "
            "and replacing it with the following table:\n\nFiscal Quarter Ending     Maximum "
            "Leverage Ratio\nMarch 31, 2022            3.50 to 1.00\nJune 30, 2022 and "
            "thereafter  3.25 to 1.00"
        ),
        [
            (
                "7.1",
                None,
                "amend",
                "Fiscal Quarter Ending     Maximum Leverage Ratio\nMarch 31, 2022            3.50 "
                "to 1.00\nJune 30, 2022 and thereafter  3.25 to 1.00",
            )
        ],
    ),
    (
        "a waiver of a section: no change",
        "1. Waiver. The Lender hereby waives compliance with Section 6.12 of the Agreement for "
        "the fiscal quarter ended December 31, 2021.",
        [],
    ),
    (
        "'by adding at the end thereof a new sentence as follows:'",
        (
            "1. Section 2.9 of the Agreement is hereby amended by adding at the end thereof a new "
            'sentence as follows: "No Loan shall be made after the Maturity Date."'
        ),
        [("2.9", None, "amend", "No Loan shall be made after the Maturity Date.")],
    ),
    (
        "'Annex I ... amended and restated in its entirety as set forth in Annex I hereto'",
        "1. Annex I to the Agreement is hereby amended and restated in its entirety as set forth "
        "in Annex I hereto.",
        [("Annex I", None, "replace", None)],
    ),
    (
        "a condition naming a section: no change",
        "1. Conditions. This Amendment shall become effective upon delivery of the documents "
        "described in Section 4.1 of the Agreement.",
        [],
    ),
    (
        '\'by replacing each reference therein to "Agent" with "Administrative Agent"\'',
        (
            "1. Section 9.7 of the Agreement is hereby amended by replacing each reference therein "
            'to "Agent" with "Administrative Agent".'
        ),
        [("9.7", None, "amend", "Administrative Agent")],
    ),
    (
        '\'The Agreement is hereby amended by deleting the definition of "X" set forth in '
        "Section 1.1 thereof'",
        '1. The Agreement is hereby amended by deleting the definition of "Fixed Charge Coverage '
        'Ratio" set forth in Section 1.1 thereof.',
        [(None, "Fixed Charge Coverage Ratio", "delete", None)],
    ),
    (
        "'The definition of \"X\" ... is amended by adding the following at the end thereof'",
        (
            '1. The definition of "Borrowing Base" in Section 1.1 of the Agreement is amended by '
            'adding the following at the end thereof: ", provided that Eligible Inventory shall '
            'not exceed $2,000,000"'
        ),
        [
            (
                None,
                "Borrowing Base",
                "amend",
                ", provided that Eligible Inventory shall not exceed $2,000,000",
            )
        ],
    ),
    (
        "'by deleting the last sentence thereof and inserting in lieu thereof the following "
        "sentence:'",
        (
            "1. Section 2.2(b) of the Agreement is amended by deleting the last sentence thereof "
            'and inserting in lieu thereof the following sentence:\n\n"Each Borrowing shall be in '
            'a minimum amount of $250,000."'
        ),
        [("2.2(b)", None, "amend", "Each Borrowing shall be in a minimum amount of $250,000.")],
    ),
    (
        "2020s: curly quotes and a heading in parentheses after the section",
        (
            "1. Section 6.01 (Financial Covenants) of the Agreement is hereby amended and restated "
            "in its entirety as follows:\n\n“6.01 Financial Covenants. The Borrower shall "
            "maintain a Fixed Charge Coverage Ratio of at least 1.25 to 1.00.”"
        ),
        [
            (
                "6.01",
                None,
                "replace",
                "6.01 Financial Covenants. The Borrower shall maintain a Fixed Charge Coverage "
                "Ratio of at least 1.25 to 1.00.",
            )
        ],
    ),
    (
        "'Schedule 5.12 ... is hereby supplemented with the information set forth on Schedule "
        "5.12 attached hereto'",
        "1. Schedule 5.12 to the Agreement is hereby supplemented with the information set forth "
        "on Schedule 5.12 attached hereto.",
        [("Schedule 5.12", None, "amend", None)],
    ),
    (
        "a section restated as '[Intentionally Omitted]'",
        (
            "1. Section 6.13 of the Agreement is hereby amended and restated in its entirety to "
            'read as follows: "6.13 [Intentionally Omitted]."'
        ),
        [("6.13", None, "replace", "6.13 [Intentionally Omitted].")],
    ),
    (
        "a notice address replaced by a block after a colon",
        (
            "1. Section 11.2 of the Agreement is hereby amended by deleting the notice address of "
            "the Lender and substituting the following:\n\nSummit Trust Bank\n500 Elm Street\n"
            "Dallas, Texas 75201\nAttention: Loan Administration"
        ),
        [
            (
                "11.2",
                None,
                "amend",
                "Summit Trust Bank\n500 Elm Street\nDallas, Texas 75201\nAttention: Loan "
                "Administration",
            )
        ],
    ),
    (
        "representations repeated about an article: no change",
        "1. Representations. The Borrower represents that the representations and warranties in "
        "Article V of the Agreement are true and correct on the date hereof.",
        [],
    ),
]

#: A fifth batch, written blind after the fourth ran: lead-ins that name a condition's section
#: on the way, new wording that opens with "Section 6.07", a definition with its own clauses,
#: parts of a section named in words, and the verbs of a few words added.
FIFTH_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "a lead-in that names a condition's section before the list",
        (
            "1. Amendments. Subject to the satisfaction of the conditions set forth in Section 3 "
            "hereof, the Agreement is hereby amended as follows:\n\n(a) Section 5.5 of the "
            'Agreement is amended by deleting "$100,000" and inserting "$150,000".\n\n(b) '
            "Section 6.8 of the Agreement is hereby deleted in its entirety."
        ),
        [("5.5", None, "amend", "$150,000"), ("6.8", None, "delete", None)],
    ),
    (
        "'inserting the following definitions in proper alphabetical sequence:'",
        (
            "1. Section 1.1 of the Agreement is hereby amended by inserting the following "
            'definitions in proper alphabetical sequence:\n\n"Blocked Account" means an account '
            'subject to a control agreement.\n\n"Excluded Taxes" means taxes on net income.'
        ),
        [
            (
                None,
                "Blocked Account",
                "add",
                '"Blocked Account" means an account subject to a control agreement.',
            ),
            (None, "Excluded Taxes", "add", '"Excluded Taxes" means taxes on net income.'),
        ],
    ),
    (
        '\'by deleting the text "X" and replacing it with the text "Y"\'',
        (
            '1. Section 5.2 of the Agreement is hereby amended by deleting the text "forty-five '
            '(45) days" and replacing it with the text "sixty (60) days".'
        ),
        [("5.2", None, "amend", "sixty (60) days")],
    ),
    (
        "'by deleting the words \"X\" and all words thereafter': words struck, none inserted",
        (
            '1. Section 2.05(b) of the Agreement is hereby amended by deleting the words "; '
            'provided, however," and all words thereafter.'
        ),
        [("2.05(b)", None, "amend", None)],
    ),
    (
        "'The last paragraph of Section 8.01 ... is amended to read as follows'",
        (
            "1. The last paragraph of Section 8.01 of the Agreement is amended to read as "
            'follows:\n\n"Upon any Event of Default, the Lender may terminate the Commitment."'
        ),
        [
            (
                "8.01",
                None,
                "amend",
                "Upon any Event of Default, the Lender may terminate the Commitment.",
            )
        ],
    ),
    (
        "new wording that opens with the word 'Section' and its number",
        (
            "1. Section 6.07 of the Agreement is hereby amended and restated as follows:\n\n"
            "Section 6.07 Transactions with Affiliates. The Borrower shall not enter into any "
            "transaction with an Affiliate except on arm's-length terms."
        ),
        [
            (
                "6.07",
                None,
                "replace",
                "Section 6.07 Transactions with Affiliates. The Borrower shall not enter into any "
                "transaction with an Affiliate except on arm's-length terms.",
            )
        ],
    ),
    (
        "a definition restated with its own lettered clauses",
        (
            '1. The definition of "Term SOFR" in Section 1.1 of the Agreement is hereby amended '
            "and restated in its entirety as follows:\n\n“Term SOFR” means, for any Interest "
            "Period, the greater of\n\n(a) the Term SOFR Reference Rate, and\n\n(b) 0.50%."
        ),
        [
            (
                None,
                "Term SOFR",
                "replace",
                "“Term SOFR” means, for any Interest Period, the greater of\n\n(a) the Term SOFR "
                "Reference Rate, and\n\n(b) 0.50%.",
            )
        ],
    ),
    (
        "'by deleting the second paragraph in its entirety': a part of a section deleted",
        "1. Section 2.3 of the Agreement is amended by deleting the second paragraph thereof in "
        "its entirety.",
        [("2.3", None, "amend", None)],
    ),
    (
        "several lettered parts changed by the same words deleted and inserted",
        (
            "1. Sections 4.1(a), 4.1(b) and 4.1(c) of the Agreement are hereby amended by "
            'deleting "Seller" wherever it appears and inserting "Company" in lieu thereof.'
        ),
        [
            ("4.1(a)", None, "amend", "Company"),
            ("4.1(b)", None, "amend", "Company"),
            ("4.1(c)", None, "amend", "Company"),
        ],
    ),
    (
        '\'Exhibit A ... is hereby amended by deleting the name "X" and inserting "Y"\'',
        (
            '1. Exhibit A to the Agreement is hereby amended by deleting the name "Ridgeway '
            'Supply LLC" and inserting "Ridgeway Supply Corp.".'
        ),
        [("Exhibit A", None, "amend", "Ridgeway Supply Corp.")],
    ),
    (
        "'The Borrower and the Lender hereby agree that Section 5.6 ... is amended to read'",
        (
            "1. The Borrower and the Lender hereby agree that Section 5.6 of the Agreement is "
            'amended to read as follows:\n\n"5.6 Audits. The Lender may audit the Collateral '
            'twice each year."'
        ),
        [
            (
                "5.6",
                None,
                "replace",
                "5.6 Audits. The Lender may audit the Collateral twice each year.",
            )
        ],
    ),
    (
        "'by deleting the phrase \"X\" from the second sentence thereof'",
        (
            '1. Section 2.1 of the Agreement is hereby amended by deleting the phrase "in its '
            'sole discretion" from the second sentence thereof.'
        ),
        [("2.1", None, "amend", None)],
    ),
    (
        '\'by adding the word "not" after the word "shall"\'',
        '1. Section 6.5 of the Agreement is amended by adding the word "not" after the word '
        '"shall" in the first line thereof.',
        [("6.5", None, "amend", "not")],
    ),
]


@pytest.mark.parametrize(
    ("shape", "body", "expected"), FOURTH_CLAUSES, ids=[c[0] for c in FOURTH_CLAUSES]
)
def test_fourth_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)


@pytest.mark.parametrize(
    ("shape", "body", "expected"), FIFTH_CLAUSES, ids=[c[0] for c in FIFTH_CLAUSES]
)
def test_fifth_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)
