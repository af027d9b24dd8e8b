"""One amendment operation in each of the layouts filings give it (typewritten items wrapped
mid-sentence, labels alone on their lines or before a tab, "Section" and its number on two
lines, tables, curly quotes) and each way of adding a section, with the near misses that
state no change (a recital's wish to amend, an earlier amendment recounted), each set in the
same amendment of a credit agreement (:data:`tests.amendment_changes.FRAME_HEAD`). Written
for the tests; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import (
    FRAME_HEAD,
    FRAME_TAIL,
    Expected,
    assert_changes,
    assert_one_clause,
)

ONE_CLAUSE: list[tuple[str, str, list[Expected]]] = [
    (
        "references to a name changed: no provision, no change",
        (
            '1. All references in the Agreement to "Acme Corp." are hereby amended to refer to '
            '"Acme Holdings, Inc."'
        ),
        [],
    ),
    (
        "a recital's wish to amend: no change",
        (
            "WHEREAS, the parties desire to amend Section 4.2 of the Agreement as provided "
            "herein;\n\n1. Counterparts. Fine."
        ),
        [],
    ),
    (
        "'was amended by the First Amendment': no change",
        (
            "1. The Borrower acknowledges that Section 7.1 of the Agreement was amended by the "
            "First Amendment."
        ),
        [],
    ),
    (
        "', as amended by the First Amendment, is hereby further amended'",
        (
            "1. Section 2.4 of the Agreement, as amended by the First Amendment, is hereby further "
            'amended by deleting "5" and inserting "6" in lieu thereof.'
        ),
        [
            ("2.4", None, "amend", "6"),
        ],
    ),
    (
        "'shall be replaced by Schedule I attached to this Amendment'",
        (
            "1. Effective as of the Effective Date, Schedule I to the Agreement shall be replaced "
            "by Schedule I attached to this Amendment."
        ),
        [
            ("Schedule I", None, "replace", None),
        ],
    ),
    (
        "'amended so that it reads in its entirety as follows:'",
        (
            "1. Section 7.2 of the Agreement is hereby amended so that it reads in its entirety as "
            "follows:\n\n7.2 Liens. The Borrower shall not create Liens."
        ),
        [
            ("7.2", None, "replace", "7.2 Liens. The Borrower shall not create Liens."),
        ],
    ),
    (
        "'Subsection 2.5(b)' restated in quotes",
        (
            "1. Subsection 2.5(b) of the Agreement is amended to read in its entirety as "
            'follows:\n\n"(b) The Borrower may prepay the Loans."'
        ),
        [
            ("2.5(b)", None, "replace", "(b) The Borrower may prepay the Loans."),
        ],
    ),
    (
        "a definition 'amended in its entirety to read:' in quotes",
        (
            '1. The definition of "Expiry Date" in Section 1.1 of the Agreement is amended in its '
            'entirety to read: ""Expiry Date" means May 31, 2027."'
        ),
        [
            (None, "Expiry Date", "replace", '"Expiry Date" means May 31, 2027.'),
        ],
    ),
    (
        "'The term \"X\" as used in the Agreement is hereby amended to include'",
        (
            '1. The term "Loan Documents" as used in the Agreement is hereby amended to include '
            "this Amendment."
        ),
        [
            (None, "Loan Documents", "amend", None),
        ],
    ),
    (
        "a typewritten filing: indented items, lines wrapped mid-sentence",
        (
            "     1.   Section 6.3 of the Agreement is hereby amended by\ndeleting the figure "
            '"$750,000" and inserting "$1,250,000" in lieu\nthereof.\n\n     2.   Section 7.4 of '
            "the Agreement is hereby deleted in its\nentirety."
        ),
        [
            ("6.3", None, "amend", "$1,250,000"),
            ("7.4", None, "delete", None),
        ],
    ),
    (
        "non-breaking spaces and curly quotes",
        (
            "1.\xa0\xa0Section\xa02.1 of the Agreement is hereby amended by deleting "
            "“$5,000,000” and inserting “$6,000,000” in lieu thereof."
        ),
        [
            ("2.1", None, "amend", "$6,000,000"),
        ],
    ),
    (
        "a new section of several paragraphs in curly quotes",
        (
            "1. The Agreement is hereby amended by adding the following new Section 7.14 "
            "immediately after Section 7.13:\n\n“7.14 Sanctions. The Borrower shall comply with "
            "Sanctions.\n\n(a) No proceeds shall fund a Sanctioned Person.\n\n(b) The Borrower "
            "shall notify the Lender of any violation.”\n\n2. Section 8.1 of the Agreement is "
            "hereby deleted in its entirety."
        ),
        [
            (
                "7.14",
                None,
                "add",
                (
                    "7.14 Sanctions. The Borrower shall comply with Sanctions.\n\n(a) No proceeds "
                    "shall fund a Sanctioned Person.\n\n(b) The Borrower shall notify the Lender "
                    "of any violation."
                ),
            ),
            ("8.1", None, "delete", None),
        ],
    ),
    (
        "item labels alone on their lines",
        (
            '(a)\n\nSection 2.1 of the Agreement is hereby amended by deleting "May 1" and '
            'inserting "June 1" in lieu thereof.\n\n(b)\n\nSection 2.2 of the Agreement is '
            "hereby deleted in its entirety."
        ),
        [
            ("2.1", None, "amend", "June 1"),
            ("2.2", None, "delete", None),
        ],
    ),
    (
        "item labels followed by a tab",
        (
            '(a)\tSection 2.1 of the Agreement is hereby amended by deleting "May 1" and '
            'inserting "June 1" in lieu thereof.\n\n(b)\tSection 2.2 of the Agreement is hereby '
            "deleted in its entirety."
        ),
        [
            ("2.1", None, "amend", "June 1"),
            ("2.2", None, "delete", None),
        ],
    ),
    (
        "'Section' and its number on two lines",
        (
            "1. Effective as of the date hereof, Section\n2.1 of the Agreement is hereby amended "
            'by deleting "May 1" and inserting "June 1" in lieu thereof.'
        ),
        [
            ("2.1", None, "amend", "June 1"),
        ],
    ),
    (
        "an item heading underlined with dashes",
        (
            "1.  Amendment to Section 2.1.\n    ------------------------\n\n    Section 2.1 of "
            "the Agreement is hereby amended and restated in its entirety to read as "
            'follows:\n\n    "2.1 Loans. The Lender shall make Loans up to $2,000,000."\n\n2.  '
            "Counterparts."
        ),
        [
            ("2.1", None, "replace", "2.1 Loans. The Lender shall make Loans up to $2,000,000."),
        ],
    ),
    (
        "items numbered 'Section 2.1 Amendment to Section 5.1.' under 'ARTICLE II'",
        (
            "ARTICLE II\n\nAMENDMENTS\n\nSection 2.1 Amendment to Section 5.1. Section 5.1 of "
            'the Agreement is hereby amended by deleting "annual" and inserting "quarterly" in '
            "lieu thereof.\n\nSection 2.2 Amendment to Section 5.2. Section 5.2 of the Agreement "
            "is hereby deleted in its entirety."
        ),
        [
            ("5.1", None, "amend", "quarterly"),
            ("5.2", None, "delete", None),
        ],
    ),
    (
        "a restated definition holding its own lettered items",
        (
            '1. The definition of "Eligible Receivable" in Section 1.1 of the Agreement is '
            'hereby amended and restated in its entirety to read as follows:\n\n"Eligible '
            'Receivable" means a receivable that:\n\n(a) is owing by an account debtor in the '
            "United States;\n\n(b) is not more than 90 days past due.\n\n2. Section 6.1 of the "
            "Agreement is hereby deleted in its entirety."
        ),
        [
            (
                None,
                "Eligible Receivable",
                "replace",
                (
                    '"Eligible Receivable" means a receivable that:\n\n(a) is owing by an account '
                    "debtor in the United States;\n\n(b) is not more than 90 days past due."
                ),
            ),
            ("6.1", None, "delete", None),
        ],
    ),
    (
        "a restated section whose items (a), (b) repeat the list's labels",
        (
            "(a) Section 6.1 of the Agreement is hereby amended and restated in its entirety to "
            "read as follows:\n\n6.1 Indebtedness. The Borrower shall not incur Indebtedness, "
            "except:\n\n(a) the Obligations; and\n\n(b) Capital Leases not exceeding "
            "$500,000.\n\n(b) Section 6.2 of the Agreement is hereby deleted in its entirety."
        ),
        [
            (
                "6.1",
                None,
                "replace",
                (
                    "6.1 Indebtedness. The Borrower shall not incur Indebtedness, except:\n\n"
                    "(a) the Obligations; and\n\n(b) Capital Leases not exceeding $500,000."
                ),
            ),
            ("6.2", None, "delete", None),
        ],
    ),
    (
        "'amended as follows:' then items opening 'By deleting', 'By adding', 'By amending'",
        (
            "The Agreement is hereby amended as follows:\n\n(a) By deleting Section 6.3 in its "
            'entirety and substituting the following therefor:\n\n"6.3 Dividends. The Borrower '
            'shall not pay dividends."\n\n(b) By adding the following new definitions to Section '
            '1.1 in the appropriate alphabetical order:\n\n"Fee Letter" means the letter dated '
            'March 3, 2022.\n\n(c) By amending the definition of "Tangible Net Worth" in Section '
            '1.1 to read as follows:\n\n"Tangible Net Worth" means net worth less '
            "intangibles.\n\n(d) By deleting Section 7.9 in its entirety."
        ),
        [
            ("6.3", None, "replace", "6.3 Dividends. The Borrower shall not pay dividends."),
            (None, "Fee Letter", "add", '"Fee Letter" means the letter dated March 3, 2022.'),
            (
                None,
                "Tangible Net Worth",
                "replace",
                '"Tangible Net Worth" means net worth less intangibles.',
            ),
            ("7.9", None, "delete", None),
        ],
    ),
    (
        "a table deleted and a new one substituted",
        (
            "1. Subsection 7.1(a) of the Agreement is hereby amended by deleting the table set "
            "forth therein and substituting in lieu thereof the following table:\n\nFiscal "
            "Quarter Ending        Ratio\nMarch 31, 2022               3.00 to 1.00\nJune 30, "
            "2022                2.75 to 1.00\n\n2. Counterparts."
        ),
        [
            (
                "7.1(a)",
                None,
                "amend",
                (
                    "Fiscal Quarter Ending        Ratio\n"
                    "March 31, 2022               3.00 to 1.00\n"
                    "June 30, 2022                2.75 to 1.00"
                ),
            ),
        ],
    ),
    (
        "definitions deleted and the following substituted in lieu thereof",
        (
            "1. Section 1.1 of the Agreement is hereby amended by deleting the definitions of "
            '"Borrowing Base" and "Eligible Accounts" in their entirety and substituting in lieu '
            'thereof the following:\n\n"Borrowing Base" means 80% of Eligible Accounts.\n\n'
            '"Eligible Accounts" means accounts not more than 90 days old.\n\n2. Counterparts.'
        ),
        [
            (None, "Borrowing Base", "replace", '"Borrowing Base" means 80% of Eligible Accounts.'),
            (
                None,
                "Eligible Accounts",
                "replace",
                '"Eligible Accounts" means accounts not more than 90 days old.',
            ),
        ],
    ),
    (
        "'deleting the amount \"X\" in the fourth line thereof'",
        (
            'Section 2.1 of the Agreement is hereby amended by deleting the amount "$10,000,000" '
            'in the fourth line thereof and substituting the amount "$12,000,000" in lieu '
            "thereof."
        ),
        [
            ("2.1", None, "amend", "$12,000,000"),
        ],
    ),
    (
        "'adding thereto, in appropriate alphabetical order, the following definitions:'",
        (
            "1. Section 1.01 of the Agreement is amended by adding thereto, in appropriate "
            'alphabetical order, the following definitions:\n\n"Capital Lease" means a lease '
            'that is capitalized.\n\n"Net Income" means net income under GAAP.\n\n2. '
            "Counterparts."
        ),
        [
            (None, "Capital Lease", "add", '"Capital Lease" means a lease that is capitalized.'),
            (None, "Net Income", "add", '"Net Income" means net income under GAAP.'),
        ],
    ),
    (
        "'Subsection (c) of Section 8.1' restated in quotes",
        (
            "Subsection (c) of Section 8.1 of the Agreement is hereby amended to read in its "
            'entirety as follows:\n\n"(c) The Borrower fails to pay any fee within five days."'
        ),
        [
            ("8.1(c)", None, "replace", "(c) The Borrower fails to pay any fee within five days."),
        ],
    ),
    (
        "a period struck and a new clause (f) added: the new clause is added",
        (
            "Section 6.2 of the Agreement is amended by striking the period at the end of clause "
            '(e) and inserting "; and" in lieu thereof and by adding the following new clause '
            '(f):\n\n"(f) Liens on the Equipment."'
        ),
        [
            ("6.2(f)", None, "add", "(f) Liens on the Equipment."),
        ],
    ),
    (
        "two sections replaced together, each its own piece",
        (
            "Sections 5.1 and 5.2 of the Agreement are hereby deleted in their entirety and "
            'replaced with the following:\n\n"5.1 Reports. Monthly reports.\n\n5.2 Notices. '
            'Prompt notices."'
        ),
        [
            ("5.1", None, "replace", "5.1 Reports. Monthly reports."),
            ("5.2", None, "replace", "5.2 Notices. Prompt notices."),
        ],
    ),
    (
        "an exhibit with its heading in parentheses replaced by the one attached",
        (
            "Exhibit B (Form of Compliance Certificate) to the Agreement is hereby deleted in "
            "its entirety and replaced with Exhibit B attached hereto."
        ),
        [
            ("Exhibit B", None, "replace", None),
        ],
    ),
    (
        "the reference to one section in another changed",
        (
            'The reference to "Section 7.2" in Section 9.1(c) of the Agreement is hereby changed '
            'to "Section 7.3".'
        ),
        [
            ("9.1(c)", None, "amend", "Section 7.3"),
        ],
    ),
    (
        "'shall be increased from $X to $Y'",
        "The Maximum Revolving Amount shall be increased from $5,000,000 to $7,500,000.",
        [
            (None, "Maximum Revolving Amount", "amend", "$7,500,000"),
        ],
    ),
    (
        "'The Maturity Date set forth in the Note is hereby extended'",
        (
            "The Maturity Date set forth in the Note is hereby extended from March 31, 2022 to "
            "March 31, 2023."
        ),
        [
            (None, "Maturity Date", "amend", "March 31, 2023"),
        ],
    ),
    (
        "'There is hereby added to the Agreement a new Section 5.9 as follows:'",
        (
            "1. There is hereby added to the Agreement a new Section 5.9 as follows:\n\n5.9 "
            "Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'A new Section 5.9 is hereby added to the Agreement as follows:'",
        (
            "1. A new Section 5.9 is hereby added to the Agreement as follows:\n\n5.9 Insurance. "
            "The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'Section 5.9 is hereby added to the Agreement to read as follows:'",
        (
            "1. Section 5.9 is hereby added to the Agreement to read as follows:\n\n5.9 "
            "Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'by inserting the following as a new Section 5.9:'",
        (
            "1. The Agreement is hereby amended by inserting the following as a new Section "
            "5.9:\n\n5.9 Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'by adding a new Schedule 5.15 in the form of Schedule 5.15 attached hereto'",
        (
            "1. The Agreement is amended by adding a new Schedule 5.15 in the form of Schedule "
            "5.15 attached hereto."
        ),
        [
            ("Schedule 5.15", None, "add", None),
        ],
    ),
    (
        "'The following new Section 5.9 is inserted ... immediately after Section 5.8:'",
        (
            "1. The following new Section 5.9 is inserted in the Agreement immediately after "
            "Section 5.8:\n\n5.9 Insurance. The Borrower shall insure its inventory."
        ),
        [
            ("5.9", None, "add", "5.9 Insurance. The Borrower shall insure its inventory."),
        ],
    ),
    (
        "'amended to include the following definition in its appropriate alphabetical order'",
        (
            "1. Section 1.1 of the Agreement is amended to include the following definition in "
            'its appropriate alphabetical order:\n\n"Permitted Liens" shall mean the liens '
            "permitted by Section 7.3."
        ),
        [
            (
                None,
                "Permitted Liens",
                "add",
                '"Permitted Liens" shall mean the liens permitted by Section 7.3.',
            ),
        ],
    ),
    (
        "'new clauses (k), (l) and (m) thereof': each clause added",
        (
            "1. Section 9.1 of the Agreement is amended to add the following as new clauses "
            "(k), (l) and (m) thereof:\n\n(k) the Borrower ceases to own the Plant;\n\n(l) "
            "any Guarantor dissolves; or\n\n(m) the Lender's lien lapses."
        ),
        [
            ("9.1(k)", None, "add", "(k) the Borrower ceases to own the Plant;"),
            ("9.1(l)", None, "add", "(l) any Guarantor dissolves; or"),
            ("9.1(m)", None, "add", "(m) the Lender's lien lapses."),
        ],
    ),
    (
        "'inserting a new clause (f) and (b) reading ...': '(b)' labels the next instruction",
        (
            "1. Section 7.1 of the Agreement is amended by (a) inserting a new clause (f) and "
            "(b) reading each reference to clause (e) as one to clauses (e) and (f)."
        ),
        [
            ("7.1(f)", None, "add", None),
        ],
    ),
    (
        "items lettered past (z): '(zz)' then '(aaa)' ends the wording before it",
        (
            "1. The Agreement is amended as follows:\n\n(zz) Article VIII of the Agreement is "
            "amended to add the following as a new Section 8.5 thereto:\n\n8.5 Audits. The "
            "Lender may audit the Borrower once a year.\n\n(aaa) The Agreement is amended to "
            "add a new Schedule 8.5 thereto as set forth in Annex B attached hereto."
        ),
        [
            ("8.5", None, "add", "8.5 Audits. The Lender may audit the Borrower once a year."),
            ("Schedule 8.5", None, "add", None),
        ],
    ),
    (
        "a clause renumbered, then a new clause under its old number: the new clause is added",
        (
            "1. Section 7.2(e) of the Agreement is changed to a new Section 7.2(f).\n\n2. "
            "Section 7.2 of the Agreement is amended to add the following as a new clause (e) "
            "thereof:\n\n(e) Liens securing the Equipment Loan; and"
        ),
        [
            ("7.2(e)", None, "add", "(e) Liens securing the Equipment Loan; and"),
        ],
    ),
    (
        "a page break left as blank lines inside the sentence, between 'of the' and 'Agreement'",
        (
            "1. The definition of “Net Worth” in Section 1.1 of the\n\n\n\n\n\nAgreement is "
            "amended to delete the amount “$5,000,000” appearing therein and to replace such "
            "amount with the amount “$7,500,000”."
        ),
        [
            (None, "Net Worth", "amend", "$7,500,000"),
        ],
    ),
    (
        "a heading, blank lines, then the operation: the heading is no part of it",
        (
            "1. Amendment of the net worth covenant\n\n\n\n\n\nSection 6.2 of the Agreement "
            "is amended by deleting “2.0” and inserting “2.5” in lieu thereof."
        ),
        [
            ("6.2", None, "amend", "2.5"),
        ],
    ),
    (
        "'Schedule 4.1 shall be deemed amended' upon a later event: no change",
        (
            "1. Upon the formation of any Subsidiary, Schedule 4.1 to the Agreement shall be "
            "deemed amended to list such Subsidiary."
        ),
        [],
    ),
    (
        "references 'shall be deemed amended to refer to' the amended agreement: no change",
        (
            "1. Each reference to the Agreement in the other Loan Documents shall be deemed "
            "amended to refer to the Agreement as amended hereby."
        ),
        [],
    ),
]


def test_article_restated_as_an_annex_whose_label_stands_over_the_article() -> None:
    """ "Article VI ... restated ... as set forth in Annex A attached hereto", the annex's label
    on two lines over the article's own heading: the article's wording starts at its heading."""
    text = (
        FRAME_HEAD
        + "1. Article VI of the Agreement is amended and restated in its entirety as set forth "
        "in Annex A attached hereto."
        + FRAME_TAIL
        + "\n\nANNEX\nA\n\n\nARTICLE VI\n\nCOVENANTS\n\nThe Borrower shall keep true books.\n"
    )
    assert_changes(
        "annex",
        text,
        "2019-07-01",
        [
            (
                "Article VI",
                None,
                "replace",
                "ARTICLE VI\n\nCOVENANTS\n\nThe Borrower shall keep true books.",
            )
        ],
    )


@pytest.mark.parametrize(("shape", "body", "expected"), ONE_CLAUSE, ids=[c[0] for c in ONE_CLAUSE])
def test_one_clause(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)
