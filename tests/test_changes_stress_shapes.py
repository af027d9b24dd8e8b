"""A stress test of the change reader, written blind: passages in the shapes US amendments of
every era use to state their changes (lettered lists under one lead-in, words struck and
substituted, figures deleted and inserted, new clauses inserted after others, definitions
restated or added in alphabetical order, schedules and exhibits replaced or deleted, a note's
paragraphs, a new section added to an article, a letter that agrees to amend, the first
sentence of a section, run-in and capitalised headings, non-breaking spaces, several sections
in one sentence, leases, licences, employment and purchase agreements), each with the changes
expected written down before the extractor ran on it. Names, sections, amounts and dates are
made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_one_clause

ONE_CLAUSE: list[tuple[str, str, list[Expected]]] = [
    (
        "a lettered list of whole sentences under 'amended as follows:'",
        (
            "1. Amendments. The Agreement is hereby amended as follows:\n\n(a) Section 2.5 of the "
            'Agreement is amended by deleting "$10,000,000" and inserting "$15,000,000" in lieu '
            "thereof.\n\n(b) Section 6.12 of the Agreement is deleted in its entirety.\n\n(c) "
            'Section 9.4 of the Agreement is amended by striking "thirty (30)" and substituting '
            '"sixty (60)".'
        ),
        [
            ("2.5", None, "amend", "$15,000,000"),
            ("6.12", None, "delete", None),
            ("9.4", None, "amend", "sixty (60)"),
        ],
    ),
    (
        '\'striking the words "X" and substituting therefor the words "Y"\'',
        (
            '1. Section 2.1(b) of the Agreement is amended by striking the words "Revolving '
            'Loans" and substituting therefor the words "Revolving Loans and Swingline Loans".'
        ),
        [("2.1(b)", None, "amend", "Revolving Loans and Swingline Loans")],
    ),
    (
        "'deleting the figure ... and inserting the figure ... in place thereof'",
        (
            '1. Section 7.1(a) of the Agreement is amended by deleting the figure "3.50 to 1.00" '
            'appearing therein and inserting the figure "3.75 to 1.00" in place thereof.'
        ),
        [("7.1(a)", None, "amend", "3.75 to 1.00")],
    ),
    (
        "'inserting the following new clause (e) immediately after clause (d)'",
        (
            "1. Section 6.2 of the Agreement is amended by inserting the following new clause (e) "
            'immediately after clause (d) thereof:\n\n"(e) Liens securing Hedge Obligations;"'
        ),
        [("6.2(e)", None, "add", "(e) Liens securing Hedge Obligations;")],
    ),
    (
        "'The definition of \"X\" ... is hereby amended and restated in its entirety'",
        (
            '1. The definition of "Applicable Margin" set forth in Section 1.1 of the Agreement '
            "is hereby amended and restated in its entirety as follows:\n\n"
            '"Applicable Margin" means 2.25% per annum.'
        ),
        [(None, "Applicable Margin", "replace", '"Applicable Margin" means 2.25% per annum.')],
    ),
    (
        "'adding the following definitions in the correct alphabetical order'",
        (
            "1. Section 1.1 of the Agreement is amended by adding the following definitions in "
            'the correct alphabetical order:\n\n"Hedge Agreement" means any interest rate swap.'
            '\n\n"Sanctions" means economic sanctions administered by OFAC.'
        ),
        [
            (None, "Hedge Agreement", "add", '"Hedge Agreement" means any interest rate swap.'),
            (
                None,
                "Sanctions",
                "add",
                '"Sanctions" means economic sanctions administered by OFAC.',
            ),
        ],
    ),
    (
        "'Schedule 1 ... is replaced by Schedule 1 attached hereto'",
        "1. Schedule 1 to the Agreement is replaced by Schedule 1 attached hereto.",
        [("Schedule 1", None, "replace", None)],
    ),
    (
        "'Exhibit B ... is hereby deleted'",
        "1. Exhibit B to the Agreement is hereby deleted.",
        [("Exhibit B", None, "delete", None)],
    ),
    (
        "'Article VII ... is amended by adding a new Section 7.12 to read as follows'",
        (
            "1. Article VII of the Agreement is amended by adding a new Section 7.12 to read as "
            'follows:\n\n"7.12 Anti-Corruption. The Borrower shall comply with all '
            'anti-corruption laws."'
        ),
        [
            (
                "7.12",
                None,
                "add",
                "7.12 Anti-Corruption. The Borrower shall comply with all anti-corruption laws.",
            )
        ],
    ),
    (
        "'The first sentence of Section 5.2 ... is amended to read as follows'",
        (
            "1. The first sentence of Section 5.2 of the Agreement is amended to read as follows:"
            '\n\n"The Borrower shall deliver quarterly financial statements within 45 days after '
            'each fiscal quarter."'
        ),
        [
            (
                "5.2",
                None,
                "amend",
                "The Borrower shall deliver quarterly financial statements within 45 days after "
                "each fiscal quarter.",
            )
        ],
    ),
    (
        "a run-in title: '1. Amendment to Section 7.1. Section 7.1 ... is hereby amended'",
        (
            "1. Amendment to Section 7.1. Section 7.1 of the Agreement is hereby amended and "
            'restated in its entirety as follows:\n\n"7.1 Leverage Ratio. The Borrower shall not '
            'permit the Leverage Ratio to exceed 3.00 to 1.00."'
        ),
        [
            (
                "7.1",
                None,
                "replace",
                "7.1 Leverage Ratio. The Borrower shall not permit the Leverage Ratio to exceed "
                "3.00 to 1.00.",
            )
        ],
    ),
    (
        "'Sections 6.1 and 6.2 ... are each deleted'",
        "1. Sections 6.1 and 6.2 of the Agreement are each deleted in their entirety.",
        [("6.1", None, "delete", None), ("6.2", None, "delete", None)],
    ),
    (
        '\'All references ... to "X" are hereby changed to "Y"\': no provision named',
        '1. All references in the Agreement to "Fleet Bank" are hereby changed to "Summit '
        'Trust Bank".',
        [],
    ),
    (
        "a clause struck, a period replaced and a new clause (l) added in one sentence",
        (
            '1. Section 8.1 of the Agreement is hereby amended by (i) deleting the word "or" at '
            'the end of clause (j), (ii) replacing the period at the end of clause (k) with "; '
            'or" and (iii) adding the following new clause (l) at the end thereof:\n\n"(l) a '
            'Change of Control shall occur."'
        ),
        # (words struck before the new clause amend the section, as the tuned gold has it)
        [
            ("8.1(l)", None, "add", "(l) a Change of Control shall occur."),
            ("8.1", None, "amend", "(l) a Change of Control shall occur."),
        ],
    ),
    (
        "'deleted in its entirety and the following is substituted in lieu thereof'",
        (
            "1. Section 2.7 of the Agreement is hereby deleted in its entirety and the following "
            'is substituted in lieu thereof:\n\n"2.7 Unused Fee. The Borrower shall pay an unused '
            'fee of 0.25% per annum."'
        ),
        [
            (
                "2.7",
                None,
                "replace",
                "2.7 Unused Fee. The Borrower shall pay an unused fee of 0.25% per annum.",
            )
        ],
    ),
    (
        "'The amount set forth in Section 2.1(a) ... is hereby increased from $X to $Y'",
        (
            "1. The amount set forth in Section 2.1(a) of the Agreement is hereby increased from "
            "$5,000,000 to $7,500,000."
        ),
        # (written blind with "$7,500,000", the unquoted value the reader now takes)
        [("2.1(a)", None, "amend", "$7,500,000")],
    ),
    (
        '\'§ 4.3 ... by deleting "X" and inserting "Y" in its place\'',
        (
            '1. § 4.3 of the Agreement is amended by deleting "December 31, 2022" and inserting '
            '"June 30, 2024" in its place.'
        ),
        [("4.3", None, "amend", "June 30, 2024")],
    ),
    (
        "'Subsection 2.3(c) ... by deleting the last sentence thereof'",
        "1. Subsection 2.3(c) of the Agreement is hereby amended by deleting the last sentence "
        "thereof.",
        [("2.3(c)", None, "amend", None)],
    ),
    (
        "'Clause (iii) of Section 6.4(b) ... is amended to read in full as follows'",
        (
            "1. Clause (iii) of Section 6.4(b) of the Agreement is amended to read in full as "
            'follows:\n\n"(iii) Investments not exceeding $1,000,000 in the aggregate;"'
        ),
        [
            (
                "6.4(b)(iii)",
                None,
                "replace",
                "(iii) Investments not exceeding $1,000,000 in the aggregate;",
            )
        ],
    ),
    (
        '\'by deleting the definitions of "X" and "Y" in their entirety\'',
        (
            '1. Section 1.1 of the Agreement is amended by deleting the definitions of "LIBOR '
            'Rate" and "LIBOR Loan" in their entirety.'
        ),
        [(None, "LIBOR Rate", "delete", None), (None, "LIBOR Loan", "delete", None)],
    ),
    (
        "a definition changed by deleting a date and substituting another therefor",
        (
            '1. The definition of "Maturity Date" in Section 1.1 of the Agreement is amended by '
            'deleting "June 30, 2023" and substituting "June 30, 2025" therefor.'
        ),
        [(None, "Maturity Date", "amend", "June 30, 2025")],
    ),
    (
        "an old colon-style definition restated in Article I",
        (
            '1. The definition of "Termination Date" contained in Article I of the Agreement is '
            'amended to read as follows:\n\n"Termination Date": June 30, 2026.'
        ),
        [(None, "Termination Date", "replace", '"Termination Date": June 30, 2026.')],
    ),
    (
        "'Schedule 2.01 ... amended and restated in the form of Schedule 2.01 attached hereto'",
        (
            "1. Schedule 2.01 to the Agreement is hereby amended and restated in its entirety in "
            "the form of Schedule 2.01 attached hereto."
        ),
        [("Schedule 2.01", None, "replace", None)],
    ),
    (
        "an exhibit with its title in parentheses replaced with the one attached",
        (
            "1. Exhibit C to the Agreement (Form of Compliance Certificate) is replaced with "
            "Exhibit C attached to this Amendment."
        ),
        [("Exhibit C", None, "replace", None)],
    ),
    (
        "HTML-converted text: non-breaking spaces in a run-in title and a section number",
        (
            "1.\u00a0\u00a0Amendment to Section\u00a04.2.\u00a0 Section\u00a04.2 of the "
            'Agreement is hereby amended by replacing "$250,000" with "$500,000".'
        ),
        [("4.2", None, "amend", "$500,000")],
    ),
    (
        "1990s plain text: a capitalised heading and the new section unquoted and indented",
        (
            "1.  AMENDMENT OF SECTION 5.10.  Section 5.10 of the Agreement is amended to read in "
            "its entirety as follows:\n\n     5.10  CAPITAL EXPENDITURES.  The Borrower shall "
            "not make Capital Expenditures in excess of $2,000,000 in any fiscal year."
        ),
        [
            (
                "5.10",
                None,
                "replace",
                "5.10  CAPITAL EXPENDITURES.  The Borrower shall not make Capital Expenditures "
                "in excess of $2,000,000 in any fiscal year.",
            )
        ],
    ),
    (
        "two sections changed in one sentence, each by words deleted and inserted",
        (
            '1. Section 9.2 of the Agreement is amended by deleting "Fleet" and inserting '
            '"Summit", and Section 9.3 of the Agreement is amended by deleting "ten" and '
            'inserting "five".'
        ),
        [("9.2", None, "amend", "Summit"), ("9.3", None, "amend", "five")],
    ),
    (
        "'by adding the following sentence at the end thereof'",
        (
            "1. Section 3.4 of the Agreement is amended by adding the following sentence at the "
            'end thereof: "Any prepayment shall be accompanied by accrued interest."'
        ),
        [("3.4", None, "amend", "Any prepayment shall be accompanied by accrued interest.")],
    ),
    (
        "'by inserting the following new subsection (d) at the end thereof'",
        (
            "1. Section 10.1 of the Agreement is amended by inserting the following new "
            'subsection (d) at the end thereof:\n\n"(d) All notices to the Lender shall be sent '
            'by email."'
        ),
        [("10.1(d)", None, "add", "(d) All notices to the Lender shall be sent by email.")],
    ),
    (
        "'by deleting the second sentence thereof ... and substituting the following'",
        (
            "1. Section 2.8 of the Agreement is hereby amended by deleting the second sentence "
            'thereof in its entirety and substituting the following: "Interest shall be payable '
            'monthly in arrears."'
        ),
        [("2.8", None, "amend", "Interest shall be payable monthly in arrears.")],
    ),
    (
        "'ARTICLE VI ... adding at the end thereof the following new Sections 6.15 and 6.16'",
        (
            "1. ARTICLE VI of the Agreement is amended by adding at the end thereof the following "
            'new Sections 6.15 and 6.16:\n\n"6.15 Beneficial Ownership. The Borrower shall '
            "deliver a Beneficial Ownership Certification.\n\n6.16 Post-Closing. The Borrower "
            'shall deliver a control agreement within 30 days."'
        ),
        [
            (
                "6.15",
                None,
                "add",
                "6.15 Beneficial Ownership. The Borrower shall deliver a Beneficial Ownership "
                "Certification.",
            ),
            (
                "6.16",
                None,
                "add",
                "6.16 Post-Closing. The Borrower shall deliver a control agreement within 30 days.",
            ),
        ],
    ),
    (
        "a lower-case clause restated unquoted after 'amended and restated to read as follows:'",
        (
            "1. Section 5.1(c) of the Agreement is amended and restated to read as follows:\n\n"
            "(c) within 30 days after the end of each month, a Borrowing Base Certificate."
        ),
        [
            (
                "5.1(c)",
                None,
                "replace",
                "(c) within 30 days after the end of each month, a Borrowing Base Certificate.",
            )
        ],
    ),
    (
        "'by amending and restating the following definitions in their entirety:'",
        (
            "1. Section 1.01 of the Agreement is hereby amended by amending and restating the "
            'following definitions in their entirety:\n\n"Revolving Commitment" means '
            '$20,000,000.\n\n"Letter of Credit Sublimit" means $2,000,000.'
        ),
        [
            (None, "Revolving Commitment", "replace", '"Revolving Commitment" means $20,000,000.'),
            (
                None,
                "Letter of Credit Sublimit",
                "replace",
                '"Letter of Credit Sublimit" means $2,000,000.',
            ),
        ],
    ),
    (
        '\'by inserting the words "X" immediately after the words "Y"\'',
        (
            '1. Section 2.4 of the Agreement is hereby amended by inserting the words "or any '
            'Incremental Term Loan" immediately after the words "Term Loan" in the first line '
            "thereof."
        ),
        [("2.4", None, "amend", "or any Incremental Term Loan")],
    ),
    (
        "'deleted in its entirety and replaced with \"[Reserved]\"'",
        "1. Section 7.11 of the Agreement is hereby deleted in its entirety and replaced with "
        '"[Reserved]".',
        [("7.11", None, "replace", "[Reserved]")],
    ),
]


@pytest.mark.parametrize(("shape", "body", "expected"), ONE_CLAUSE, ids=[c[0] for c in ONE_CLAUSE])
def test_one_clause(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)
