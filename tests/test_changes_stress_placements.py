"""The change reader's stress test, batches two and three (see
:mod:`tests.test_changes_stress_shapes`), written blind: the provision, the base or the operation
named in a less common place; typewritten filings of the 1990s, headings in parentheses, verbs
other than "amend"."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_one_clause

#: A second batch, written blind after the first ran: shapes in which the provision, the base or
#: the operation is named in a less common place.
MORE_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "items under a lead-in that names the agreement, each item naming only its section",
        (
            "1. Amendments. The Agreement is hereby amended as follows:\n\n(a) Section 2.2 is "
            'amended by deleting "$500,000" and inserting "$750,000".\n\n(b) Section 7.3 is '
            "hereby deleted in its entirety.\n\n(c) The following new Section 7.14 is added:\n\n"
            '"7.14 Deposit Accounts. The Borrower shall maintain its deposit accounts with the '
            'Lender."'
        ),
        [
            ("2.2", None, "amend", "$750,000"),
            ("7.3", None, "delete", None),
            (
                "7.14",
                None,
                "add",
                "7.14 Deposit Accounts. The Borrower shall maintain its deposit accounts with the "
                "Lender.",
            ),
        ],
    ),
    (
        "'by deleting clause (b) thereof in its entirety'",
        "1. Section 6.6 of the Agreement is hereby amended by deleting clause (b) thereof in "
        "its entirety.",
        [("6.6(b)", None, "delete", None)],
    ),
    (
        "'by deleting subsection (d) in its entirety and inserting in lieu thereof the following'",
        (
            "1. Section 5.1 of the Agreement is hereby amended by deleting subsection (d) in its "
            'entirety and inserting in lieu thereof the following:\n\n"(d) promptly, notice of '
            'any litigation exceeding $250,000;"'
        ),
        [("5.1(d)", None, "replace", "(d) promptly, notice of any litigation exceeding $250,000;")],
    ),
    (
        "'Exhibits A and B ... are hereby replaced with Exhibits A and B attached hereto'",
        "1. Exhibits A and B to the Agreement are hereby replaced with Exhibits A and B attached "
        "hereto.",
        [("Exhibit A", None, "replace", None), ("Exhibit B", None, "replace", None)],
    ),
    (
        "'The Agreement is hereby amended by deleting Section 8.3 in its entirety'",
        "1. The Agreement is hereby amended by deleting Section 8.3 in its entirety.",
        [("8.3", None, "delete", None)],
    ),
    (
        '\'The reference to "$X" in Section 7.4(c) ... is hereby changed to "$Y"\'',
        (
            '1. The reference to "$1,000,000" in Section 7.4(c) of the Agreement is hereby '
            'changed to "$2,000,000".'
        ),
        [("7.4(c)", None, "amend", "$2,000,000")],
    ),
    (
        '\'In Section 4.5 ..., the phrase "X" is replaced with "Y"\'',
        (
            '1. In Section 4.5 of the Agreement, the phrase "ninety (90) days" is replaced with '
            '"one hundred twenty (120) days".'
        ),
        [("4.5", None, "amend", "one hundred twenty (120) days")],
    ),
    (
        "'Effective as of the date hereof, Section 2.1 ... is amended by'",
        (
            "1. Effective as of the date hereof, Section 2.1 of the Agreement is amended by "
            'deleting "Revolving Credit Termination Date" and inserting "Maturity Date".'
        ),
        [("2.1", None, "amend", "Maturity Date")],
    ),
    (
        "'Subparagraph 7(a)(ii) ... is amended to read as follows'",
        (
            "1. Subparagraph 7(a)(ii) of the Agreement is amended to read as follows:\n\n"
            '"(ii) the Borrower shall pay all taxes when due;"'
        ),
        [("7(a)(ii)", None, "replace", "(ii) the Borrower shall pay all taxes when due;")],
    ),
    (
        "'Paragraph (c) of Section 2.4 ... is hereby deleted'",
        "1. Paragraph (c) of Section 2.4 of the Agreement is hereby deleted.",
        [("2.4(c)", None, "delete", None)],
    ),
    (
        "'Section 9.12 is hereby added to the Agreement, which shall read in its entirety'",
        (
            "1. Section 9.12 is hereby added to the Agreement, which shall read in its entirety "
            'as follows:\n\n"9.12 USA PATRIOT Act. The Lender hereby notifies the Borrower of '
            'the Act."'
        ),
        [
            (
                "9.12",
                None,
                "add",
                "9.12 USA PATRIOT Act. The Lender hereby notifies the Borrower of the Act.",
            )
        ],
    ),
    (
        '\'by deleting the following definitions: "X", "Y" and "Z"\'',
        (
            "1. Section 1.1 of the Agreement is hereby amended by deleting the following "
            'definitions: "Eurodollar Rate", "Eurodollar Loan" and "Interest Period".'
        ),
        [
            (None, "Eurodollar Rate", "delete", None),
            (None, "Eurodollar Loan", "delete", None),
            (None, "Interest Period", "delete", None),
        ],
    ),
    (
        '\'by replacing the amount "$X" with the amount "$Y"\'',
        (
            "1. Section 2.01(a) of the Agreement is hereby amended by replacing the amount "
            '"$50,000,000" with the amount "$75,000,000".'
        ),
        [("2.01(a)", None, "amend", "$75,000,000")],
    ),
    (
        "'Schedule 6.5 (Existing Indebtedness) ... is hereby supplemented by adding the items'",
        (
            "1. Schedule 6.5 (Existing Indebtedness) to the Agreement is hereby supplemented by "
            "adding the items set forth on Annex 1 hereto."
        ),
        [("Schedule 6.5", None, "amend", None)],
    ),
    (
        '\'Each of Sections 5.3, 5.4 and 5.5 ... is hereby amended by deleting "X" and '
        'inserting "Y"\'',
        (
            "1. Each of Sections 5.3, 5.4 and 5.5 of the Agreement is hereby amended by deleting "
            '"Fiscal Year" and inserting "fiscal year".'
        ),
        [
            ("5.3", None, "amend", "fiscal year"),
            ("5.4", None, "amend", "fiscal year"),
            ("5.5", None, "amend", "fiscal year"),
        ],
    ),
    (
        "'Section 6.1 and Section 6.2 ... are hereby deleted'",
        "1. Section 6.1 and Section 6.2 of the Agreement are hereby deleted in their entirety.",
        [("6.1", None, "delete", None), ("6.2", None, "delete", None)],
    ),
    (
        '\'Section 1.1 ... is amended by adding new definitions of "X" and "Y" as follows\'',
        (
            '1. Section 1.1 of the Agreement is amended by adding new definitions of "Cash '
            'Equivalents" and "Liquidity" as follows:\n\n"Cash Equivalents" means United '
            'States treasury bills.\n\n"Liquidity" means unrestricted cash plus Cash '
            "Equivalents."
        ),
        [
            (
                None,
                "Cash Equivalents",
                "add",
                '"Cash Equivalents" means United States treasury bills.',
            ),
            (
                None,
                "Liquidity",
                "add",
                '"Liquidity" means unrestricted cash plus Cash Equivalents.',
            ),
        ],
    ),
    (
        '\'Section X ... is amended by deleting the date "A" wherever it appears and '
        'substituting "B" therefor\'',
        (
            '1. Section 3 of the Agreement is hereby amended by deleting the date "March 1, 2022" '
            'wherever it appears and substituting "March 1, 2024" therefor.'
        ),
        [("3", None, "amend", "March 1, 2024")],
    ),
    (
        "'The Agreement is amended by deleting the term \"X\" each place it appears': no provision",
        (
            '1. The Agreement is hereby amended by deleting the term "Fleet Bank" each place it '
            'appears and replacing it with "Summit Trust Bank".'
        ),
        [],
    ),
    (
        "'Section 5.3 ... shall be amended by adding the following at the end thereof:'",
        (
            "1. Section 5.3 of the Agreement shall be amended by adding the following at the end "
            'thereof:\n\n"The Borrower shall also deliver a copy of each tax return."'
        ),
        [("5.3", None, "amend", "The Borrower shall also deliver a copy of each tax return.")],
    ),
]

#: A third batch, written blind after the second ran: typewritten filings of the 1990s
#: (capitals, section numbers broken across lines), leases and notes with headings in
#: parentheses, and verbs other than "amend".
THIRD_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "capitals: 'SECTION 6.02 OF THE AGREEMENT IS HEREBY AMENDED TO READ'",
        (
            "1. SECTION 6.02 OF THE AGREEMENT IS HEREBY AMENDED TO READ IN ITS ENTIRETY AS "
            'FOLLOWS:\n\n"6.02 Indebtedness. The Borrower shall not incur any Indebtedness."'
        ),
        [
            (
                "6.02",
                None,
                "replace",
                "6.02 Indebtedness. The Borrower shall not incur any Indebtedness.",
            )
        ],
    ),
    (
        "a section number after a line break in a typewritten sentence",
        (
            "1.  Section\n6.9 of the Agreement is hereby amended by deleting the figure\n"
            '"$1,500,000" and inserting in lieu thereof the figure "$2,500,000".'
        ),
        [("6.9", None, "amend", "$2,500,000")],
    ),
    (
        "'is hereby modified by deleting ... and substituting'",
        (
            '1. Section 5.1(a) of the Agreement is hereby modified by deleting "ninety (90)" and '
            'substituting "one hundred twenty (120)".'
        ),
        [("5.1(a)", None, "amend", "one hundred twenty (120)")],
    ),
    (
        "'is revised to read as follows'",
        (
            '1. Section 3.2 of the Agreement is revised to read as follows:\n\n"3.2 Interest. '
            'Loans shall bear interest at the Prime Rate plus 1.00%."'
        ),
        [
            (
                "3.2",
                None,
                "replace",
                "3.2 Interest. Loans shall bear interest at the Prime Rate plus 1.00%.",
            )
        ],
    ),
    (
        "'Section 8(c) of the Agreement is amended and restated in full:'",
        (
            '1. Section 8(c) of the Agreement is amended and restated in full:\n\n"(c) The '
            'Borrower may prepay the Loans at any time without premium."'
        ),
        [
            (
                "8(c)",
                None,
                "replace",
                "(c) The Borrower may prepay the Loans at any time without premium.",
            )
        ],
    ),
    (
        "a section named with its heading in parentheses: 'Section 4 (Rent) of the Agreement'",
        (
            '1. Section 4 (Rent) of the Agreement is hereby amended by deleting "$8,000" and '
            'inserting "$8,400".'
        ),
        [("4", None, "amend", "$8,400")],
    ),
    (
        "'by adding thereto a new paragraph (g) which shall read as follows'",
        (
            "1. Section 7.5 of the Agreement is hereby amended by adding thereto a new paragraph "
            '(g) which shall read as follows:\n\n"(g) Investments in Joint Ventures not to '
            'exceed $500,000."'
        ),
        [("7.5(g)", None, "add", "(g) Investments in Joint Ventures not to exceed $500,000.")],
    ),
    (
        "'Article 5 of the Agreement is deleted and replaced with the following'",
        (
            "1. Article 5 of the Agreement is deleted and replaced with the following:\n\n"
            '"ARTICLE 5\nINSURANCE\n\nThe Borrower shall maintain insurance with reputable '
            'insurers."'
        ),
        [
            (
                "Article 5",
                None,
                "replace",
                "ARTICLE 5\nINSURANCE\n\nThe Borrower shall maintain insurance with reputable "
                "insurers.",
            )
        ],
    ),
    (
        "'The following Section 5.4 is added after Section 5.3'",
        (
            '1. The following Section 5.4 is added to the Agreement after Section 5.3:\n\n"5.4 '
            'Inspection. The Lender may inspect the Collateral on reasonable notice."'
        ),
        [
            (
                "5.4",
                None,
                "add",
                "5.4 Inspection. The Lender may inspect the Collateral on reasonable notice.",
            )
        ],
    ),
    (
        "'Section 6.4 ... shall be amended to read' in the future tense",
        (
            '1. Section 6.4 of the Agreement shall be amended to read as follows:\n\n"6.4 '
            'Dividends. The Borrower shall not declare any dividend."'
        ),
        [("6.4", None, "replace", "6.4 Dividends. The Borrower shall not declare any dividend.")],
    ),
    (
        "a definition in the possessive: 'Section 1.1 ... is amended by amending the "
        'definition of "X" to read\'',
        (
            '1. Section 1.1 of the Agreement is amended by amending the definition of "Eligible '
            'Inventory" to read as follows:\n\n"Eligible Inventory" means finished goods held for '
            "sale."
        ),
        [
            (
                None,
                "Eligible Inventory",
                "replace",
                '"Eligible Inventory" means finished goods held for sale.',
            )
        ],
    ),
    (
        "'Schedule A to the Agreement is hereby amended by adding the following'",
        (
            "1. Schedule A to the Agreement is hereby amended by adding the following at the end "
            'thereof:\n\n"Unit 12, 88 Harbor Way, Portsmouth, New Hampshire"'
        ),
        [("Schedule A", None, "amend", "Unit 12, 88 Harbor Way, Portsmouth, New Hampshire")],
    ),
    (
        "'In Section 2.6, clause (b) is amended to read'",
        (
            '1. In Section 2.6 of the Agreement, clause (b) is amended to read as follows:\n\n"(b) '
            'a commitment fee of 0.375% per annum;"'
        ),
        [("2.6(b)", None, "replace", "(b) a commitment fee of 0.375% per annum;")],
    ),
    (
        "the definition deleted with a lower-case 'definition of' after 'The'",
        '1. The definition of "Permitted Acquisition" in Section 1.1 of the Agreement is hereby '
        "deleted in its entirety.",
        [(None, "Permitted Acquisition", "delete", None)],
    ),
    (
        "two changes to one section in lettered clauses: '(i) deleting ... and (ii) inserting'",
        (
            '1. Section 2.3 of the Agreement is amended by (i) deleting "quarterly" and inserting '
            '"monthly" and (ii) deleting "March, June, September and December" and inserting '
            '"each calendar month".'
        ),
        [("2.3", None, "amend", "monthly")],
    ),
]


@pytest.mark.parametrize(
    ("shape", "body", "expected"), MORE_CLAUSES, ids=[c[0] for c in MORE_CLAUSES]
)
def test_more_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)


@pytest.mark.parametrize(
    ("shape", "body", "expected"), THIRD_CLAUSES, ids=[c[0] for c in THIRD_CLAUSES]
)
def test_third_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)
