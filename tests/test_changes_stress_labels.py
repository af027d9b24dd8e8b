"""The change reader's stress test, batches seven to ten (see
:mod:`tests.test_changes_stress_shapes`), written blind: HTML-converted labels, clauses relettered,
commercial contracts' amendments (attachments, sections added "as Section 14.12"), an amendment's
own numbered sections, definitions changed in lettered steps, tab-separated labels."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_one_clause

#: A seventh batch, written blind after the sixth ran: HTML-converted labels alone on their
#: lines, parts of a definition or a section named in words, clauses relettered, and phrases
#: inserted "in each instance".
SEVENTH_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "HTML-converted: each item's label alone on its line",
        (
            "1.\n\nAmendments to Agreement.\n\n(a)\n\nSection 2.4 of the Agreement is hereby "
            'amended by deleting "$300,000" and inserting "$400,000".\n\n(b)\n\nSection 6.9 of '
            "the Agreement is hereby deleted in its entirety."
        ),
        [("2.4", None, "amend", "$400,000"), ("6.9", None, "delete", None)],
    ),
    (
        "'The definition of \"X\" is amended by deleting the pricing grid and replacing it'",
        (
            '1. The definition of "Applicable Margin" in Section 1.1 of the Agreement is amended '
            "by deleting the pricing grid set forth therein and replacing it with the following:"
            "\n\nLevel   Leverage Ratio     Margin\nI       < 2.00 to 1.00     1.75%\nII      "
            ">= 2.00 to 1.00    2.25%"
        ),
        [
            (
                None,
                "Applicable Margin",
                "amend",
                "Level   Leverage Ratio     Margin\nI       < 2.00 to 1.00     1.75%\nII      >= "
                "2.00 to 1.00    2.25%",
            )
        ],
    ),
    (
        "'by relettering clause (g) as clause (h) and inserting the following new clause (g)'",
        (
            "1. Section 7.2 of the Agreement is amended by relettering clause (g) as clause (h) "
            'and inserting the following new clause (g):\n\n"(g) Liens on cash collateral for '
            'Letters of Credit;"'
        ),
        [("7.2(g)", None, "add", "(g) Liens on cash collateral for Letters of Credit;")],
    ),
    (
        "'Article 4 (Rent) ... is hereby deleted in its entirety and replaced with'",
        (
            "1. Article 4 (Rent) of the Agreement is hereby deleted in its entirety and replaced "
            'with the following:\n\n"ARTICLE 4. RENT. Tenant shall pay monthly rent of '
            '$9,000."'
        ),
        [
            (
                "Article 4",
                None,
                "replace",
                "ARTICLE 4. RENT. Tenant shall pay monthly rent of $9,000.",
            )
        ],
    ),
    (
        '\'by changing the reference to "X" to "Y"\'',
        (
            "1. Section 4(b) of the Agreement is hereby amended by changing the reference to "
            '"twelve (12) months" to "eighteen (18) months".'
        ),
        [("4(b)", None, "amend", "eighteen (18) months")],
    ),
    (
        "an item that opens with its own effective date",
        (
            "1. Effective as of January 1, 2020, Section 3.1 of the Agreement is amended by "
            'deleting "2.50%" and inserting "3.00%".'
        ),
        [("3.1", None, "amend", "3.00%")],
    ),
    (
        '\'by deleting the reference to "Section 7.1" therein and substituting "Section 7.1 or '
        "7.2\"'",
        (
            "1. Section 8.1(k) of the Agreement is hereby amended by deleting the reference to "
            '"Section 7.1" therein and substituting "Section 7.1 or 7.2".'
        ),
        [("8.1(k)", None, "amend", "Section 7.1 or 7.2")],
    ),
    (
        "a deep section number: 'Section 2.01(b)(ii)(A)'",
        (
            '1. Section 2.01(b)(ii)(A) of the Agreement is amended to read as follows:\n\n"(A) '
            'the Term Loan shall be repaid in equal quarterly installments;"'
        ),
        [
            (
                "2.01(b)(ii)(A)",
                None,
                "replace",
                "(A) the Term Loan shall be repaid in equal quarterly installments;",
            )
        ],
    ),
    (
        "'is hereby amended to delete the word \"and\" at the end of clause (c)'",
        '1. Section 6.3 of the Agreement is hereby amended to delete the word "and" at the end of '
        "clause (c) thereof.",
        [("6.3", None, "amend", None)],
    ),
    (
        "'The proviso at the end of Section 2.5 ... is hereby deleted'",
        "1. The proviso at the end of Section 2.5 of the Agreement is hereby deleted.",
        [("2.5", None, "amend", None)],
    ),
    (
        '\'by inserting the phrase "X" after the phrase "Y" in each instance\'',
        (
            "1. Section 5.01(c) of the Agreement is hereby amended by inserting the phrase "
            '"(other than the Excluded Subsidiaries)" after the phrase "each Subsidiary" in each '
            "instance in which it appears therein."
        ),
        [("5.01(c)", None, "amend", "(other than the Excluded Subsidiaries)")],
    ),
    (
        "'In the definition of \"X\" ..., clause (b) is deleted'",
        '1. In the definition of "Eligible Accounts" in Section 1.1 of the Agreement, clause (b) '
        "is hereby deleted in its entirety.",
        [(None, "Eligible Accounts", "amend", None)],
    ),
]

#: An eighth batch, written blind after the seventh ran: the amendments of commercial contracts
#: (supply, services, distribution, consulting): attachments, new sections added "as Section
#: 14.12", sections declared of no further force, items numbered "1.1" and "1.2".
EIGHTH_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "'Attachment 1 ... is hereby replaced in its entirety by Attachment 1 to this Amendment'",
        "1. Attachment 1 to the Agreement is hereby replaced in its entirety by Attachment 1 to "
        "this Amendment.",
        [("Attachment 1", None, "replace", None)],
    ),
    (
        "'The following shall be added as Section 14.12 of the Agreement:'",
        (
            '1. The following shall be added as Section 14.12 of the Agreement:\n\n"14.12 '
            'Data Security. Supplier shall maintain a written information security program."'
        ),
        [
            (
                "14.12",
                None,
                "add",
                "14.12 Data Security. Supplier shall maintain a written information security "
                "program.",
            )
        ],
    ),
    (
        "'Section 5 (Compensation) is hereby amended by adding the following as a new Section "
        "5.4:'",
        (
            "1. Section 5 (Compensation) of the Agreement is hereby amended by adding the "
            'following as a new Section 5.4:\n\n"5.4 Expenses. The Company shall reimburse '
            'approved travel expenses."'
        ),
        [
            (
                "5.4",
                None,
                "add",
                "5.4 Expenses. The Company shall reimburse approved travel expenses.",
            )
        ],
    ),
    (
        "'The first paragraph of Section 2 ... is deleted and replaced with the following:'",
        (
            "1. The first paragraph of Section 2 of the Agreement is deleted and replaced with "
            'the following:\n\n"Distributor shall purchase the Products only from Supplier."'
        ),
        [("2", None, "amend", "Distributor shall purchase the Products only from Supplier.")],
    ),
    (
        "'Exhibit B (Pricing) ... is deleted and replaced by the Exhibit B attached to this "
        "Amendment'",
        "1. Exhibit B (Pricing) of the Agreement is deleted and replaced by the Exhibit B "
        "attached to this Amendment.",
        [("Exhibit B", None, "replace", None)],
    ),
    (
        "'shall be deleted in its entirety and the following shall be substituted therefor:'",
        (
            "1. Section 2.1 of the Agreement shall be deleted in its entirety and the following "
            'shall be substituted therefor:\n\n"2.1 Term. The term of this Agreement shall end '
            'on December 31, 2027."'
        ),
        [
            (
                "2.1",
                None,
                "replace",
                "2.1 Term. The term of this Agreement shall end on December 31, 2027.",
            )
        ],
    ),
    (
        "'Paragraph 7 ... by deleting the last sentence and replacing it with the following:'",
        (
            "1. Paragraph 7 of the Agreement is hereby amended by deleting the last sentence and "
            "replacing it with the following: \"Either party may terminate on ninety days' "
            'notice."'
        ),
        [("7", None, "amend", "Either party may terminate on ninety days' notice.")],
    ),
    (
        "items numbered 1.1 and 1.2 under a heading",
        (
            '1. Amendments.\n\n1.1 Section 4 of the Agreement is amended by deleting "thirty '
            '(30) days" and inserting "forty-five (45) days".\n\n1.2 Section 11 of the '
            "Agreement is deleted in its entirety."
        ),
        [("4", None, "amend", "forty-five (45) days"), ("11", None, "delete", None)],
    ),
    (
        "'Section 6 ... is hereby deleted and of no further force or effect'",
        "1. The parties agree that Section 6 of the Agreement is hereby deleted and of no further "
        "force or effect.",
        [("6", None, "delete", None)],
    ),
    (
        "'Appendix C ... is amended by adding the following products:'",
        (
            "1. Appendix C to the Agreement is amended by adding the following products:\n\n"
            "Model X-200 Pump\nModel X-300 Pump"
        ),
        [("Appendix C", None, "amend", "Model X-200 Pump\nModel X-300 Pump")],
    ),
]

#: A ninth batch, written blind after the eighth ran: the amendment's own numbered sections
#: ("SECTION 2.01 Amendment to Section 5.03."), recitals and savings clauses that name sections
#: and change nothing, a section "as amended by the First Amendment", and a definition
#: changed in three lettered steps.
NINTH_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "the amendment's own 'SECTION 2.01' heading before the section it changes",
        (
            "SECTION 2.01 Amendment to Section 5.03. Section 5.03 of the Agreement is hereby "
            'amended by deleting "annual" and inserting "quarterly".\n\nSECTION 2.02 Amendments '
            "to Article VI. Article VI of the Agreement is hereby amended by adding the following "
            'new Section 6.14 at the end thereof:\n\n"6.14 Hedging. The Borrower shall maintain '
            'interest rate protection."'
        ),
        [
            ("5.03", None, "amend", "quarterly"),
            (
                "6.14",
                None,
                "add",
                "6.14 Hedging. The Borrower shall maintain interest rate protection.",
            ),
        ],
    ),
    (
        "a recital without 'WHEREAS' asking that a section be amended: no change",
        "B. The Borrower has requested that Section 6.1 of the Agreement be amended to increase "
        "the permitted amount of Capital Expenditures.",
        [],
    ),
    (
        "a savings clause naming a section: no change",
        "1. Except as amended hereby, Section 4 of the Agreement remains in full force and "
        "effect, and the Agreement shall not otherwise be amended.",
        [],
    ),
    (
        "'Section 2.1 ..., as amended by the First Amendment, is hereby further amended'",
        (
            "1. Section 2.1 of the Agreement, as amended by the First Amendment, is hereby further "
            'amended by deleting "$6,000,000" and inserting "$8,000,000".'
        ),
        [("2.1", None, "amend", "$8,000,000")],
    ),
    (
        "'by adding the following new paragraph at the end thereof:'",
        (
            "1. Section 5.2 of the Agreement is hereby amended by adding the following new "
            'paragraph at the end thereof:\n\n"The Borrower shall deliver its annual budget '
            'within 30 days after the start of each fiscal year."'
        ),
        [
            (
                "5.2",
                None,
                "amend",
                "The Borrower shall deliver its annual budget within 30 days after the start of "
                "each fiscal year.",
            )
        ],
    ),
    (
        '\'by inserting "X" immediately following "the Holder" in the third line\'',
        (
            '1. Section 7 of the Agreement is hereby amended by inserting "or any Affiliate of '
            'the Lender" immediately following "the Lender" in the third line thereof.'
        ),
        [("7", None, "amend", "or any Affiliate of the Lender")],
    ),
    (
        "a definition changed in three lettered steps, the last adding a clause",
        (
            '1. The definition of "Consolidated EBITDA" in Section 1.1 of the Agreement is '
            'amended (i) by deleting "and" at the end of clause (f), (ii) by adding "and" at the '
            'end of clause (g) and (iii) by adding a new clause (h) as follows: "(h) '
            'restructuring charges not exceeding $2,000,000".'
        ),
        [
            (
                None,
                "Consolidated EBITDA",
                "amend",
                "(h) restructuring charges not exceeding $2,000,000",
            )
        ],
    ),
    (
        "'Section 3.3 ... (as previously amended) is hereby amended and restated'",
        (
            "1. Section 3.3 of the Agreement (as previously amended) is hereby amended and "
            'restated to read as follows:\n\n"3.3 Prepayments. The Borrower may prepay the Loans '
            'without premium."'
        ),
        [
            (
                "3.3",
                None,
                "replace",
                "3.3 Prepayments. The Borrower may prepay the Loans without premium.",
            )
        ],
    ),
]

#: A tenth batch, written blind after the ninth ran: tab-separated labels, a lease's new
#: paragraph added "as Paragraph 42", a section named within its article, roman-numbered items,
#: a period replaced by a joiner, a definition added after a named one.
TENTH_CLAUSES: list[tuple[str, str, list[Expected]]] = [
    (
        "tab-separated labels under a lead-in, roman-numbered",
        (
            "1.\tAmendments. The Agreement is hereby amended as follows:\n\n(i)\tSection 3.2 of "
            'the Agreement is amended by deleting "Prime Rate" and inserting "Base Rate".\n\n'
            "(ii)\tSection 3.5 of the Agreement is hereby deleted."
        ),
        [("3.2", None, "amend", "Base Rate"), ("3.5", None, "delete", None)],
    ),
    (
        "'The Agreement is hereby amended by adding the following as Paragraph 42:'",
        (
            "1. The Agreement is hereby amended by adding the following as Paragraph 42:\n\n"
            '"42. Option to Extend. Tenant may extend the Term for one period of five years."'
        ),
        [
            (
                "42",
                None,
                "add",
                "42. Option to Extend. Tenant may extend the Term for one period of five years.",
            )
        ],
    ),
    (
        "'Article 7, Section 7.3 of the Agreement is amended'",
        (
            '1. Article 7, Section 7.3 of the Agreement is amended by deleting "sixty (60) days" '
            'and inserting "ninety (90) days".'
        ),
        [("7.3", None, "amend", "ninety (90) days")],
    ),
    (
        '\'by replacing "." at the end thereof with "; and"\'',
        "1. Section 9.1(a)(iv) of the Agreement is hereby amended by replacing the period at the "
        'end thereof with "; and".',
        [("9.1(a)(iv)", None, "amend", "; and")],
    ),
    (
        "'by adding the following new definition immediately following the definition of \"X\"'",
        (
            "1. Section 1.1 of the Agreement is hereby amended by adding the following new "
            'definition immediately following the definition of "Affiliate":\n\n"Anti-Terrorism '
            'Laws" means the laws relating to terrorism or money laundering.'
        ),
        [
            (
                None,
                "Anti-Terrorism Laws",
                "add",
                '"Anti-Terrorism Laws" means the laws relating to terrorism or money laundering.',
            )
        ],
    ),
    (
        "'by deleting the words \"X\" where they appear in the first sentence'",
        '1. Section 8.2 of the Agreement is hereby amended by deleting the words "without the '
        'prior written consent of the Lender" where they appear in the first sentence.',
        [("8.2", None, "amend", None)],
    ),
    (
        "'Exhibit A-1 ... is hereby amended and restated in the form of Exhibit A-1 hereto'",
        "1. Exhibit A-1 to the Agreement is hereby amended and restated in the form of Exhibit "
        "A-1 hereto.",
        [("Exhibit A-1", None, "replace", None)],
    ),
    (
        "a definition restated in a lettered item, the definition unquoted on its line",
        (
            "1. Section 1.1 of the Agreement is amended as follows:\n\n(a) The definition of "
            '"Maturity Date" is amended and restated to read as follows:\n\n"Maturity Date" '
            "means June 30, 2027."
        ),
        [(None, "Maturity Date", "replace", '"Maturity Date" means June 30, 2027.')],
    ),
]


@pytest.mark.parametrize(
    ("shape", "body", "expected"), SEVENTH_CLAUSES, ids=[c[0] for c in SEVENTH_CLAUSES]
)
def test_seventh_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)


@pytest.mark.parametrize(
    ("shape", "body", "expected"), EIGHTH_CLAUSES, ids=[c[0] for c in EIGHTH_CLAUSES]
)
def test_eighth_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)


@pytest.mark.parametrize(
    ("shape", "body", "expected"), NINTH_CLAUSES, ids=[c[0] for c in NINTH_CLAUSES]
)
def test_ninth_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)


@pytest.mark.parametrize(
    ("shape", "body", "expected"), TENTH_CLAUSES, ids=[c[0] for c in TENTH_CLAUSES]
)
def test_tenth_clauses(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)
