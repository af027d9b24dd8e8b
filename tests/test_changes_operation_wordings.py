"""One amendment operation in each of the wordings amendments use (what is changed: "Clause
12.3", "Sections 7.5 through 7.7", "§§ 4 and 5", a definition, a part of a section; how:
"shall hereafter read as follows", "by changing "X" to "Y"", "substituted therefor", "from ...
to ..."), each set in the same amendment of a credit agreement
(:data:`tests.amendment_changes.FRAME_HEAD`), with the changes expected. Written for the
tests; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_one_clause

ONE_CLAUSE: list[tuple[str, str, list[Expected]]] = [
    (
        "a run of sections: 'Sections 7.5 through 7.7'",
        "1. Sections 7.5 through 7.7 of the Agreement are hereby deleted in their entirety.",
        [
            ("7.5", None, "delete", None),
            ("7.6", None, "delete", None),
            ("7.7", None, "delete", None),
        ],
    ),
    (
        "'Clause 12.3', numbered the English way",
        (
            "1. Clause 12.3 of the Agreement shall be deleted and replaced with the following:\n\n"
            '"12.3 The Borrower shall deliver its accounts within 90 days."'
        ),
        [
            (
                "12.3",
                None,
                "replace",
                "12.3 The Borrower shall deliver its accounts within 90 days.",
            ),
        ],
    ),
    (
        "'the parties agree to amend Section 3.1'",
        (
            "1. The parties agree to amend Section 3.1 of the Agreement to read as follows:\n\n"
            '"3.1 Fees. The Borrower shall pay a fee of $5,000."'
        ),
        [
            ("3.1", None, "replace", "3.1 Fees. The Borrower shall pay a fee of $5,000."),
        ],
    ),
    (
        "'shall hereafter read as follows'",
        (
            '1. Section 6.1 of the Agreement shall hereafter read as follows:\n\n"6.1 Net Worth. '
            'The Borrower shall maintain a Tangible Net Worth of at least $8,000,000."'
        ),
        [
            (
                "6.1",
                None,
                "replace",
                (
                    "6.1 Net Worth. The Borrower shall maintain a Tangible Net Worth of at least "
                    "$8,000,000."
                ),
            ),
        ],
    ),
    (
        '\'by changing "X" to "Y"\'',
        '1. Section 2.3 of the Agreement is amended by changing "ten (10)" to "fifteen (15)".',
        [
            ("2.3", None, "amend", "fifteen (15)"),
        ],
    ),
    (
        "'by replacing it in its entirety with Exhibit D attached hereto'",
        (
            "1. Exhibit D to the Agreement is hereby amended by replacing it in its entirety with "
            "Exhibit D attached hereto."
        ),
        [
            ("Exhibit D", None, "replace", None),
        ],
    ),
    (
        '\'striking "X" and inserting in its place "Y"\'',
        (
            '1. Section 8.2 of the Agreement is hereby amended by striking "annual" and inserting '
            'in its place "quarterly".'
        ),
        [
            ("8.2", None, "amend", "quarterly"),
        ],
    ),
    (
        "'substituting therefor the text \"Y\"'",
        (
            '1. Section 4.2 of the Agreement is hereby amended by deleting the text "sixty days" '
            'appearing in the third line thereof and substituting therefor the text "thirty days".'
        ),
        [
            ("4.2", None, "amend", "thirty days"),
        ],
    ),
    (
        "a defined date extended 'from ... to ...'",
        (
            "1. The Termination Date (as defined in the Agreement) is hereby extended from June "
            "30, 2023 to June 30, 2024."
        ),
        [
            (None, "Termination Date", "amend", "June 30, 2024"),
        ],
    ),
    (
        "a commitment increased 'from ... to ...'",
        ("1. The Revolving Credit Commitment is hereby increased from $10,000,000 to $15,000,000."),
        [
            (None, "Revolving Credit Commitment", "amend", "$15,000,000"),
        ],
    ),
    (
        "'is deleted and the following is substituted therefor:'",
        (
            "1. Section 5.3 of the Agreement is deleted and the following is substituted "
            "therefor:\n\n5.3 Audits. The Lender may audit the Collateral twice a year."
        ),
        [
            (
                "5.3",
                None,
                "replace",
                "5.3 Audits. The Lender may audit the Collateral twice a year.",
            ),
        ],
    ),
    (
        "replaced by quoted words 'Intentionally Omitted.'",
        (
            '1. Section 9.4 of the Agreement is hereby deleted and replaced with "Intentionally '
            'Omitted."'
        ),
        [
            ("9.4", None, "replace", "Intentionally Omitted."),
        ],
    ),
    (
        "'the following new Sections 6.15 and 6.16'",
        (
            "1. Article VI of the Agreement is hereby amended by inserting the following new "
            "Sections 6.15 and 6.16 at the end thereof:\n\n6.15 Hedging. The Borrower shall hedge "
            "its fuel costs.\n\n6.16 Landlord Waivers. The Borrower shall obtain landlord waivers."
        ),
        [
            ("6.15", None, "add", "6.15 Hedging. The Borrower shall hedge its fuel costs."),
            (
                "6.16",
                None,
                "add",
                "6.16 Landlord Waivers. The Borrower shall obtain landlord waivers.",
            ),
        ],
    ),
    (
        "'by amending the following definitions to read in their entirety'",
        (
            "1. Section 1.1 of the Agreement is hereby amended by amending the following "
            'definitions to read in their entirety as follows:\n\n"Commitment" means '
            '$4,000,000.\n\n"Termination Date" means June 30, 2025.'
        ),
        [
            (None, "Commitment", "replace", '"Commitment" means $4,000,000.'),
            (None, "Termination Date", "replace", '"Termination Date" means June 30, 2025.'),
        ],
    ),
    (
        '\'the definitions of "A" and "B" ... are hereby deleted\'',
        (
            '1. The definitions of "Change of Control" and "Permitted Liens" in Section 1.1 of the '
            "Agreement are hereby deleted."
        ),
        [
            (None, "Change of Control", "delete", None),
            (None, "Permitted Liens", "delete", None),
        ],
    ),
    (
        "a sentence added after the second sentence",
        (
            "1. Section 7.1 of the Agreement is amended by adding the following sentence "
            'immediately after the second sentence thereof: "Such reports shall be certified by '
            'the chief financial officer."'
        ),
        [
            (
                "7.1",
                None,
                "amend",
                "Such reports shall be certified by the chief financial officer.",
            ),
        ],
    ),
    (
        "'Subsection (b) of Section 4.4' deleted",
        "1. Subsection (b) of Section 4.4 of the Agreement is hereby deleted in its entirety.",
        [
            ("4.4(b)", None, "delete", None),
        ],
    ),
    (
        "an annex replaced by the one attached",
        "1. Annex I to the Agreement is hereby replaced with Annex I attached hereto.",
        [
            ("Annex I", None, "replace", None),
        ],
    ),
    (
        "'the first sentence of Section 3.2' replaced: a part",
        (
            "1. The first sentence of Section 3.2 of the Agreement is hereby deleted and replaced "
            'with the following: "The Borrower shall pay interest monthly in arrears."'
        ),
        [
            ("3.2", None, "amend", "The Borrower shall pay interest monthly in arrears."),
        ],
    ),
    (
        "an article replaced under its heading",
        (
            "1. Article 7 of the Agreement is hereby deleted in its entirety and replaced with the "
            "following:\n\nARTICLE 7\n\nEVENTS OF DEFAULT\n\n7.1 Events. Each of the following is "
            "an Event of Default: nonpayment."
        ),
        [
            (
                "Article 7",
                None,
                "replace",
                (
                    "ARTICLE 7\n\nEVENTS OF DEFAULT\n\n7.1 Events. Each of the following is an "
                    "Event of Default: nonpayment."
                ),
            ),
        ],
    ),
    (
        "'the Agreement is amended by deleting Sections 4.3 and 4.4'",
        "1. The Agreement is hereby amended by deleting Sections 4.3 and 4.4 in their entirety.",
        [
            ("4.3", None, "delete", None),
            ("4.4", None, "delete", None),
        ],
    ),
    (
        "'inserting a new Section 2.19 immediately following Section 2.18'",
        (
            "1. The Agreement is hereby amended by inserting a new Section 2.19 immediately "
            "following Section 2.18 to read in its entirety as follows:\n\n2.19 Defaulting "
            "Lenders. No fee accrues for a Defaulting Lender."
        ),
        [
            (
                "2.19",
                None,
                "add",
                "2.19 Defaulting Lenders. No fee accrues for a Defaulting Lender.",
            ),
        ],
    ),
    (
        "'Paragraph (b) of Clause 14.1'",
        (
            '1. Paragraph (b) of Clause 14.1 of the Agreement is amended by deleting "5%" and '
            'inserting "7%" in lieu thereof.'
        ),
        [
            ("14.1(b)", None, "amend", "7%"),
        ],
    ),
    (
        "'§§ 4 and 5' deleted",
        "1. §§ 4 and 5 of the Agreement are hereby deleted.",
        [
            ("4", None, "delete", None),
            ("5", None, "delete", None),
        ],
    ),
    (
        "'the maturity date of the Note is hereby extended'",
        "1. The maturity date of the Note is hereby extended to June 30, 2026.",
        [
            (None, "Maturity Date", "amend", "June 30, 2026"),
        ],
    ),
    (
        "'In Section 5.2 ..., the words \"X\" are replaced with ...'",
        (
            '1. In Section 5.2 of the Agreement, the words "Chief Executive Officer" are replaced '
            'with the words "Chief Financial Officer".'
        ),
        [
            ("5.2", None, "amend", "Chief Financial Officer"),
        ],
    ),
    (
        "'by adding the following at the end thereof:'",
        (
            "1. Section 9.1 of the Agreement is amended by adding the following at the end "
            "thereof:\n\n(j) Any Guarantor shall repudiate its Guaranty."
        ),
        [
            ("9.1", None, "amend", "(j) Any Guarantor shall repudiate its Guaranty."),
        ],
    ),
    (
        "'by adding a new clause (k)'",
        (
            "1. Section 6.2 of the Agreement is amended by adding a new clause (k) as follows: "
            '"(k) Liens securing the Equipment Loan."'
        ),
        [
            ("6.2(k)", None, "add", "(k) Liens securing the Equipment Loan."),
        ],
    ),
    (
        "'is hereby modified to read:' and quoted words",
        (
            '1. Section 2.6 of the Agreement is hereby modified to read: "2.6 Late Charge. A late '
            'charge of 5% applies."'
        ),
        [
            ("2.6", None, "replace", "2.6 Late Charge. A late charge of 5% applies."),
        ],
    ),
    (
        "'shall be deleted in its entirety and the following inserted in lieu thereof:'",
        (
            "1. Section 11.2 of the Agreement shall be deleted in its entirety and the following "
            "inserted in lieu thereof:\n\n11.2 Notices. Notices shall be in writing."
        ),
        [
            ("11.2", None, "replace", "11.2 Notices. Notices shall be in writing."),
        ],
    ),
    (
        "a letter's list: 'Paragraph 3 is amended', with no agreement named",
        (
            'The Agreement is amended as follows:\n\n1. Paragraph 3 is amended by deleting "ninety '
            '(90)" and inserting "sixty (60)" in lieu thereof.\n\n2. Paragraph 7 is deleted in its '
            "entirety."
        ),
        [
            ("3", None, "amend", "sixty (60)"),
            ("7", None, "delete", None),
        ],
    ),
    (
        '\'deleting the reference to "12%" and replacing it with "10%"\'',
        (
            '1. Section 2(a) of the Agreement is hereby amended by deleting the reference to "12%" '
            'and replacing it with "10%".'
        ),
        [
            ("2(a)", None, "amend", "10%"),
        ],
    ),
    (
        "'the second paragraph of Section 4' deleted: a part",
        "1. The second paragraph of Section 4 of the Agreement is hereby deleted.",
        [
            ("4", None, "amend", None),
        ],
    ),
    (
        "'amended and restated in its entirety as set forth below:'",
        (
            "1. Section 3.4 of the Agreement is hereby amended and restated in its entirety as set "
            "forth below:\n\n3.4 Reports. The Borrower shall deliver monthly reports."
        ),
        [
            ("3.4", None, "replace", "3.4 Reports. The Borrower shall deliver monthly reports."),
        ],
    ),
    (
        '\'adding the words "X" after the words "Y"\'',
        (
            '1. Section 5.1(c) of the Agreement is hereby amended by adding the words "or any '
            'Subsidiary" after the words "the Borrower" in the second line thereof.'
        ),
        [
            ("5.1(c)", None, "amend", "or any Subsidiary"),
        ],
    ),
    (
        "'by adding a new Section 14 to read as follows:'",
        (
            "1. The Agreement is hereby amended by adding a new Section 14 to read as follows:\n\n"
            "14. Non-Solicitation. Neither party shall solicit the other's employees."
        ),
        [
            (
                "14",
                None,
                "add",
                "14. Non-Solicitation. Neither party shall solicit the other's employees.",
            ),
        ],
    ),
    (
        "'inserting at the end thereof the following new definition:'",
        (
            "1. Section 1 of the Agreement is amended by inserting at the end thereof the "
            'following new definition:\n\n"Affiliate" means any Person controlling the Borrower.'
        ),
        [
            (None, "Affiliate", "add", '"Affiliate" means any Person controlling the Borrower.'),
        ],
    ),
    (
        "a definition amended by items (i) and (ii)",
        (
            '1. The definition of "Permitted Investments" in Section 1.1 of the Agreement is '
            'hereby amended by (i) deleting the word "and" at the end of clause (f) thereof and '
            '(ii) adding the following new clause (h) at the end thereof: "(h) money market funds."'
        ),
        [
            (None, "Permitted Investments", "amend", "(h) money market funds."),
        ],
    ),
    (
        "'amended to provide that ...'",
        (
            "1. Section 2.2 of the Agreement is hereby amended to provide that the Commitment Fee "
            "shall be 0.25% per annum."
        ),
        [
            # (the value it provides, as stated: round nine's changes.value_stated)
            ("2.2", None, "amend", "0.25% per annum"),
        ],
    ),
    (
        "two operations in one sentence",
        (
            '1. Section 8.1(b) of the Agreement is amended by deleting the words "thirty (30)" and '
            'inserting the words "forty-five (45)" in lieu thereof, and Section 8.1(c) of the '
            'Agreement is amended by deleting "ten (10)" and inserting "fifteen (15)" in lieu '
            "thereof."
        ),
        [
            ("8.1(b)", None, "amend", "forty-five (45)"),
            ("8.1(c)", None, "amend", "fifteen (15)"),
        ],
    ),
    (
        '\'deleting "X" where it appears therein and substituting "Y" therefor\'',
        (
            '1. Section 4.1 of the Agreement is hereby amended by deleting "$1,000,000" where it '
            'appears therein and substituting "$2,000,000" therefor.'
        ),
        [
            ("4.1", None, "amend", "$2,000,000"),
        ],
    ),
    (
        "'by adding the following new paragraph at the end thereof:'",
        (
            "1. Section 9.12 of the Agreement is amended by adding the following new paragraph at "
            "the end thereof:\n\nNotwithstanding the foregoing, the Lender may assign to an "
            "Affiliate."
        ),
        [
            (
                "9.12",
                None,
                "amend",
                "Notwithstanding the foregoing, the Lender may assign to an Affiliate.",
            ),
        ],
    ),
    (
        "'the Borrower and the Lender hereby amend Section 6.1 ... by'",
        (
            "1. The Borrower and the Lender hereby amend Section 6.1 of the Agreement by deleting "
            '"2.0" and inserting "2.5" in lieu thereof.'
        ),
        [
            ("6.1", None, "amend", "2.5"),
        ],
    ),
    (
        "'SECTION 2.01. Amendment to Section 5.04. Section 5.04 ...'",
        (
            "SECTION 2.01. Amendment to Section 5.04. Section 5.04 of the Agreement is hereby "
            'amended by deleting the amount "$3,000,000" and substituting the amount "$4,000,000" '
            "therefor."
        ),
        [
            ("5.04", None, "amend", "$4,000,000"),
        ],
    ),
    (
        "'Each of Sections 6.5 and 6.6 ... is hereby amended'",
        (
            "1. Each of Sections 6.5 and 6.6 of the Agreement is hereby amended by deleting "
            '"annual" and inserting "quarterly" in lieu thereof.'
        ),
        [
            ("6.5", None, "amend", "quarterly"),
            ("6.6", None, "amend", "quarterly"),
        ],
    ),
    (
        "'Article IV ... deleted in its entirety and the following substituted therefor:'",
        (
            "1. Article IV of the Agreement is hereby deleted in its entirety and the following "
            "substituted therefor:\n\nARTICLE IV\n\nCOVENANTS\n\n4.1 Insurance. The Borrower shall "
            "insure its assets."
        ),
        [
            (
                "Article IV",
                None,
                "replace",
                "ARTICLE IV\n\nCOVENANTS\n\n4.1 Insurance. The Borrower shall insure its assets.",
            ),
        ],
    ),
    (
        "'amended to increase the Base Salary to ...'",
        "1. Section 3(b) of the Agreement is amended to increase the Base Salary to $300,000.",
        [
            ("3(b)", None, "amend", None),
        ],
    ),
]


@pytest.mark.parametrize(("shape", "body", "expected"), ONE_CLAUSE, ids=[c[0] for c in ONE_CLAUSE])
def test_one_clause(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)
