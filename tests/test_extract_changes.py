"""Amendment operations in their general drafting shapes (passages written for the tests in
each shape), and on the seed that the issue names: target, action and new wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.amendment_regions import appended_amendments
from ingest.changes.operations import find_operations
from ingest.extract import extract
from ingest.records import SourceDocument
from tests.paths import CORPUS, SEEDS

HEAD = (
    "AMENDMENT NO. 3 TO LOAN AGREEMENT\n\n"
    'This Amendment No. 3 to Loan Agreement (this "Amendment") is made and entered into as of '
    "March 1, 2010, by and among ACME HOLDINGS, INC., a Delaware corporation (the "
    '"Borrower"), and FIRST NATIONAL BANK (the "Lender").\n\n'
    "WHEREAS, the Borrower and the Lender are parties to that certain Loan Agreement dated as "
    'of June 1, 2008 (as amended, the "Loan Agreement");\n\n'
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
)
TAIL = (
    "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "ACME HOLDINGS, INC.\n\nBy: /s/ Jane Roe\n"
)

#: (shape, body, expected [(section, term, action, new wording or None)])
SHAPES: list[tuple[str, str, list[tuple[str | None, str | None, str, str | None]]]] = [
    (
        "amended and restated in its entirety to read as follows",
        "1. Section 2.05 of the Loan Agreement is hereby amended and restated in its entirety "
        "to read as follows:\n\n2.05 Prepayments. The Borrower may prepay the Loans at any time "
        "without premium.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "2.05",
                None,
                "replace",
                "2.05 Prepayments. The Borrower may prepay the Loans at any time without premium.",
            )
        ],
    ),
    (
        "deleted in its entirety and replaced by, in a lettered list",
        "1. Amendments.\n\n(a) Section 7.1(c) of the Loan Agreement is hereby deleted in its "
        "entirety and replaced by the following:\n\n(c) Indebtedness not exceeding $1,000,000.\n\n"
        "(b) Section 7.4 of the Loan Agreement is hereby deleted in its entirety.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("7.1(c)", None, "replace", "(c) Indebtedness not exceeding $1,000,000."),
            ("7.4", None, "delete", None),
        ],
    ),
    (
        "amended by deleting ... and inserting ...",
        "1. Section 6.2 of the Loan Agreement is hereby amended by deleting the number "
        '"2.50" appearing therein and inserting "3.00" in lieu thereof.',
        [("6.2", None, "amend", "3.00")],
    ),
    (
        "amended by adding the following new Section",
        "1. Article VI of the Loan Agreement is hereby amended by adding the following new "
        "Section 6.12 at the end thereof:\n\n6.12 Hedging. The Borrower shall maintain interest "
        "rate protection.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "6.12",
                None,
                "add",
                "6.12 Hedging. The Borrower shall maintain interest rate protection.",
            )
        ],
    ),
    (
        "the definition of a term in Section 1.1 is amended to read",
        '1. The definition of "Maturity Date" in Section 1.1 of the Loan Agreement is hereby '
        'amended to read as follows:\n\n"Maturity Date" means June 1, 2012.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [(None, "Maturity Date", "replace", '"Maturity Date" means June 1, 2012.')],
    ),
    (
        "the following definitions are added in the appropriate alphabetical order",
        "1. Section 1.1 of the Loan Agreement is hereby amended by adding the following "
        "definitions in the appropriate alphabetical order:\n\n"
        '"Cash Reserve" means $250,000.\n\n"Third Amendment Date" means March 1, 2010.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Cash Reserve", "add", '"Cash Reserve" means $250,000.'),
            (None, "Third Amendment Date", "add", '"Third Amendment Date" means March 1, 2010.'),
        ],
    ),
    (
        "a schedule replaced by an annex attached hereto",
        "1. Schedule 2.1 to the Loan Agreement is hereby replaced by Annex A attached hereto.",
        [("Schedule 2.1", None, "replace", None)],
    ),
    (
        "words added at the end of a section, quoted inline",
        "1. Section 2.7(b) of the Loan Agreement is hereby amended to add the following at the "
        'end thereof: "; provided that no fee shall be payable before June 1, 2010."',
        [("2.7(b)", None, "amend", "; provided that no fee shall be payable before June 1, 2010.")],
    ),
    (
        "a term of the note amended and extended",
        "1. Extension of Maturity Date. The Maturity Date of the Loan Agreement is amended and "
        "extended to December 31, 2011.",
        [(None, "Maturity Date", "amend", None)],
    ),
    (
        "the lenders hereby amend the provisions of a section",
        "1. The Lender hereby amends the provisions of Section 4.16 of the Loan Agreement to "
        "permit the Borrower to use the proceeds to settle the litigation.",
        [("4.16", None, "amend", None)],
    ),
    (
        "a new schedule added to the agreement itself",
        "1. The Loan Agreement is amended to add a new Schedule 6.01 thereto as set forth in "
        "Annex II attached hereto.",
        [("Schedule 6.01", None, "add", None)],
    ),
    (
        "a definition appearing in an article, amended to add a phrase",
        '1. The definition of "Indebtedness" appearing in Article I of the Loan Agreement is '
        'amended to add the phrase "or any Hedging Obligation" immediately following the word '
        '"Guarantee" therein.',
        [(None, "Indebtedness", "amend", "or any Hedging Obligation")],
    ),
    (
        "a section mentioned on the way is not the target",
        "1. Subject to the conditions set forth in Section 3 below, the Loan Agreement is "
        "hereby amended as follows:\n\n(a) Section 5.2(C) of the Loan Agreement is hereby "
        'amended by deleting the amount "$5,000,000" and substituting the amount "$10,000,000".',
        [("5.2(C)", None, "amend", "$10,000,000")],
    ),
    (
        "each of a list of definitions restated",
        "1. The definition of each of the following terms in Section 1.1 of the Loan Agreement "
        "is amended to read in its entirety as follows:\n\n"
        '"Applicable Rate" means 2.50% per annum.\n\n"Maturity Date" means June 1, 2013.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Applicable Rate", "replace", '"Applicable Rate" means 2.50% per annum.'),
            (None, "Maturity Date", "replace", '"Maturity Date" means June 1, 2013.'),
        ],
    ),
    (
        "amended by amending and restating the section in its entirety, lettered a. b.",
        "2. Amendments. The Loan Agreement is hereby amended as follows:\n\n"
        "a. Section 2.2 of the Loan Agreement is hereby amended by amending and restating "
        "Section 2.2 in its entirety with the following:\n\n2.2 Term Loan. The Lender shall "
        "make a term loan of $2,000,000.\n\nb. Section 6.15 of the Loan Agreement is hereby "
        "deleted in its entirety.",
        [
            (
                "2.2",
                None,
                "replace",
                "2.2 Term Loan. The Lender shall make a term loan of $2,000,000.",
            ),
            ("6.15", None, "delete", None),
        ],
    ),
    (
        "a list lettered (h), (i), (j): (i) is a letter here",
        "1. The Loan Agreement is hereby amended as follows:\n\n"
        "(h) Section 7.2 of the Loan Agreement is hereby amended to read as follows:\n\n"
        "7.2 Liens. The Borrower shall not create any Lien.\n\n"
        "(i) Section 7.3 of the Loan Agreement is hereby deleted in its entirety.",
        [
            ("7.2", None, "replace", "7.2 Liens. The Borrower shall not create any Lien."),
            ("7.3", None, "delete", None),
        ],
    ),
    (
        "definitions deleted and replaced inside a definitions section",
        "1. Section 1.1 of the Loan Agreement is hereby amended by deleting the definitions "
        '"Commitment" and "Revolving Termination Date" in their entirety and replacing them '
        "with the following:\n\n"
        '"Commitment" means $5,000,000.\n\n"Revolving Termination Date" means May 1, 2011.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Commitment", "replace", None),
            (None, "Revolving Termination Date", "replace", None),
        ],
    ),
    (
        "a lead-in names the section, its items change parts of it 'thereof'",
        "1. Amendments. The Loan Agreement is hereby amended as follows:\n\n"
        "(a) Section 6.04 of the Loan Agreement is hereby amended as follows:\n\n"
        '(i) Subsection (j) thereof is amended by replacing "10%" with "15%"; and\n\n'
        '(ii) Clause (k) thereof is amended by replacing "$5,000" with "$7,500";\n\n'
        '(b) Section 6.05(b) of the Loan Agreement is amended by replacing "5%" with "8%".\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("6.04(j)", None, "amend", "15%"),
            ("6.04(k)", None, "amend", "$7,500"),
            ("6.05(b)", None, "amend", "8%"),
        ],
    ),
    (
        "a section amended by a run of lettered instructions in one sentence",
        "1. Section 1.1 of the Loan Agreement is hereby amended (a) by amending the definition "
        'of "Borrowing Base" by deleting "80%" and inserting "85%" in lieu thereof; (b) by '
        'amending the definition of "Loan Documents" by inserting the words "the Pledge '
        'Agreement," after the words "the Note,"; and (c) by deleting the definition of '
        '"Excess Availability" in its entirety.',
        [
            (None, "Borrowing Base", "amend", "85%"),
            (None, "Loan Documents", "amend", "the Pledge Agreement,"),
            (None, "Excess Availability", "delete", None),
        ],
    ),
    (
        "a lead-in on the agreement, each item naming its own section after 'by'",
        "1. The Loan Agreement is hereby amended as follows:\n\n"
        "(a) by deleting Section 7.4 in its entirety;\n\n"
        "(b) by inserting a new Section 7.5 immediately following Section 7.4 to read as "
        'follows: "7.5 Hedging. The Borrower shall hedge half of the Loans."\n\n'
        "(c) by deleting clause (c) of Section 8.1 in its entirety and inserting in lieu thereof "
        'the following: "(c) any Lien securing Indebtedness under Section 7.1(d)."\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("7.4", None, "delete", None),
            ("7.5", None, "add", "7.5 Hedging. The Borrower shall hedge half of the Loans."),
            ("8.1(c)", None, "replace", "(c) any Lien securing Indebtedness under Section 7.1(d)."),
        ],
    ),
    (
        "replaced with 'the following.' ending in a period, the wording below",
        "1. Section 9.3 of the Loan Agreement is amended by deleting it in its entirety and "
        "replacing it with the following.\n\n9.3 Notices. All notices shall be in writing."
        "\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [("9.3", None, "replace", "9.3 Notices. All notices shall be in writing.")],
    ),
    (
        "definitions deleted as a list of quoted terms",
        "1. Section 1.1 of the Loan Agreement is amended by deleting the following definitions "
        'in their entirety:\n\n"Euro Loan"\n"Euro Commitment," and "Sterling"\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Euro Loan", "delete", None),
            (None, "Euro Commitment", "delete", None),
            (None, "Sterling", "delete", None),
        ],
    ),
    (
        "a new subsection whose number opens the wording, and a section restated by number",
        "1. Section 6 of the Loan Agreement is amended by adding the following subsection at "
        "the end thereof:\n\n6.9 Cash. The Borrower shall keep $1,000,000 in cash.\n\n"
        "2. Section 2.2 of the Loan Agreement is amended as follows:\n\n2.2 Term Loan. "
        "The Lender shall make one term loan.\n\n(a) Amount. The term loan is $5,000.\n\n"
        "3. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("6.9", None, "add", "6.9 Cash. The Borrower shall keep $1,000,000 in cash."),
            (
                "2.2",
                None,
                "replace",
                "2.2 Term Loan. The Lender shall make one term loan.\n\n"
                "(a) Amount. The term loan is $5,000.",
            ),
        ],
    ),
    (
        "'Clause (a) of Section' broken across lines, and a schedule replaced in its entirety",
        "1. Clause\n(a) of Section 9.3 of the Loan Agreement is amended by replacing "
        '"ten" with "five".\n\n2. Schedule 4.1 to the Loan Agreement is replaced in its '
        "entirety with Annex A attached hereto.",
        [("9.3(a)", None, "amend", "five"), ("Schedule 4.1", None, "replace", None)],
    ),
    (
        "a long roman list past (xii) under one lead-in keeps its section",
        "1. Section 1.1 of the Loan Agreement is hereby amended as follows:\n\n"
        + "".join(
            f'({r}) the definition of "Term {r.upper()}" is amended by replacing "1" with "2";\n\n'
            for r in ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
        )
        + '(xiii) the definition of "U.S. Rate" is amended by replacing "1" with "2".\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, f"Term {r.upper()}", "amend", "2")
            for r in ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
        ]
        + [(None, "U.S. Rate", "amend", "2")],
    ),
    (
        "a section named only as the reference being replaced is no change",
        "1. Section 5.1 of the Loan Agreement is amended by replacing the reference to "
        '"Section 6.12(b)(iii)" with "Section 6.12(b)(iv)".\n\n2. Section 10.1 of the Loan '
        "Agreement is amended and restated to read as follows:\n\n10.1 Amendments. No "
        "provision of this Agreement shall be amended except in a writing signed by the "
        "Lender.\n\n3. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("5.1", None, "amend", "Section 6.12(b)(iv)"),
            (
                "10.1",
                None,
                "replace",
                "10.1 Amendments. No provision of this Agreement shall be amended except in a "
                "writing signed by the Lender.",
            ),
        ],
    ),
    (
        "'shall be, and hereby is, amended', a parenthetical heading, colon-style definitions",
        "1. Amendments. The Loan Agreement is hereby amended as follows:\n\n"
        '(a) Subsection 7.1(a) ("Maximum Leverage") of the Loan Agreement shall be, and hereby '
        "is, amended by deleting such subsection in its entirety and substituting in lieu "
        "thereof the following:\n\n(a) Maximum Leverage. Permit the Leverage Ratio to exceed "
        "3.0 to 1.\n\n"
        '(b) The following definitions of "Senior Debt" and "Senior Ratio" shall be, and '
        "hereby are, added to Section 1.1 of the Loan Agreement:\n\n"
        '"Senior Debt": all Debt that is not subordinated.\n\n'
        '"Senior Ratio": the ratio of Senior Debt to EBITDA.\n\n'
        "(c) The Loan Agreement shall be, and hereby is, amended by adding the following "
        'Subsection 7.1(e) ("Capital Expenditures"):\n\n(e) Capital Expenditures. Make no '
        "Capital Expenditures above $100.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "7.1(a)",
                None,
                "replace",
                "(a) Maximum Leverage. Permit the Leverage Ratio to exceed 3.0 to 1.",
            ),
            (None, "Senior Debt", "add", '"Senior Debt": all Debt that is not subordinated.'),
            (None, "Senior Ratio", "add", '"Senior Ratio": the ratio of Senior Debt to EBITDA.'),
            (
                "7.1(e)",
                None,
                "add",
                "(e) Capital Expenditures. Make no Capital Expenditures above $100.",
            ),
        ],
    ),
    (
        "the reference to one section inside another is changed: the other changes",
        "1. The reference to Section 4.04(d) in Section 3.02(e) of the Loan Agreement is changed "
        "to Section 4.04(c).\n\n2. Schedule 2.01 to the Loan Agreement is amended in full to be "
        "in the form attached hereto.",
        [("3.02(e)", None, "amend", None), ("Schedule 2.01", None, "replace", None)],
    ),
    (
        "amended by deleting the words ... and substituting the words ...",
        '1. Section 2.1 of the Loan Agreement is hereby amended by deleting the words "thirty '
        '(30) days" and substituting therefor the words "sixty (60) days".',
        [("2.1", None, "amend", "sixty (60) days")],
    ),
    (
        "a clause of a section named first, in a lettered list under one lead-in",
        "1. The Loan Agreement is hereby amended as follows:\n\n(a) clause (iii) of Section 7.1 "
        'of the Loan Agreement is amended by replacing "$500,000" with "$750,000";\n\n'
        "(b) paragraph (b) of Section 7.2 of the Loan Agreement is deleted in its entirety.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [("7.1(iii)", None, "amend", "$750,000"), ("7.2(b)", None, "delete", None)],
    ),
    (
        "the following new section is added",
        "1. The following new Section 6.12 is hereby added to the Loan Agreement immediately "
        "following Section 6.11:\n\n6.12 Hedging. The Borrower shall hedge its floating rate "
        "debt.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [("6.12", None, "add", "6.12 Hedging. The Borrower shall hedge its floating rate debt.")],
    ),
    (
        "an article amended by adding numbered sections at the end",
        "1. Article V of the Loan Agreement is hereby amended by adding the following at the "
        "end thereof:\n\n5.14 Hedging. The Borrower shall hedge.\n\n5.15 Reports. The Borrower "
        "shall report monthly.\n\n2. Counterparts. This Amendment may be signed in "
        "counterparts.",
        [
            ("5.14", None, "add", "5.14 Hedging. The Borrower shall hedge."),
            ("5.15", None, "add", "5.15 Reports. The Borrower shall report monthly."),
        ],
    ),
    (
        "definitions in single quotes inside an insertion's double quotes",
        "1. Section 1.1 of the Loan Agreement is amended by inserting the following "
        "definitions in appropriate alphabetical order:\n\n"
        "\u201c \u2018Cash Reserve\u2019 means $250,000.\u201d\n\n"
        "\u201c \u2018Hedge\nBank\u2019 means any Lender party to a Hedge.\u201d\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Cash Reserve", "add", "\u2018Cash Reserve\u2019 means $250,000."),
            (
                None,
                "Hedge Bank",
                "add",
                "\u2018Hedge\nBank\u2019 means any Lender party to a Hedge.",
            ),
        ],
    ),
    (
        "a definition restated inside an insertion's own quotes",
        "1. The definition of \u201cBorrower\u201d in Section 1.1 of the Loan Agreement is "
        "hereby amended by deleting it in its entirety and inserting, in lieu thereof, the "
        "following:\n\n\u201c\u201cBorrower\u201d: collectively, Acme Holdings, Inc. and its "
        "Subsidiaries.\u201d\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                None,
                "Borrower",
                "replace",
                "\u201cBorrower\u201d: collectively, Acme Holdings, Inc. and its Subsidiaries.",
            )
        ],
    ),
    (
        "a new definition inserted after a named one, quoted whole in the term-and-stop style",
        "1. Section 1.1 of the Loan Agreement is amended by inserting, immediately following "
        'the definition of "Closing Date" contained therein, the following new definition:\n\n'
        '"Consolidated Assets.  At any date, all assets of the Borrower on a consolidated '
        'basis."\n\n2. The definition of "Maturity Date" in Section 1.1 of the Loan Agreement '
        'is amended to read in its entirety as follows:\n\n"Maturity Date: June 30, 2012".\n\n'
        "3. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                None,
                "Consolidated Assets",
                "add",
                "Consolidated Assets.  At any date, all assets of the Borrower on a consolidated "
                "basis.",
            ),
            (None, "Maturity Date", "replace", "Maturity Date: June 30, 2012"),
        ],
    ),
    (
        "several definitions each quoted on its own inside an insertion's quotes",
        "1. Section 1.1 of the Loan Agreement is hereby amended by inserting the following "
        "definitions:\n\n\u201c\u201cRefinancing\u201d means the new facility.\u201d\n\n"
        "\u201c\u201cRefinancing Date\u201d means March 31, 2011.\u201d\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Refinancing", "add", "\u201cRefinancing\u201d means the new facility."),
            (
                None,
                "Refinancing Date",
                "add",
                "\u201cRefinancing Date\u201d means March 31, 2011.",
            ),
        ],
    ),
    (
        "a section replaced by quoted words, and a term amended in its entirety to mean",
        "1. Section 5.4(c) of the Loan Agreement is deleted in its entirety and replaced with "
        '"[Intentionally omitted]";\n\n2. The definition of "Maturity Date" in Section 1.1 of '
        'the Loan Agreement is amended in its entirety to mean "June 30, 2013".',
        [
            ("5.4(c)", None, "replace", "[Intentionally omitted]"),
            (None, "Maturity Date", "replace", "June 30, 2013"),
        ],
    ),
    (
        "a run of lettered clauses of one section restated, each its own piece",
        "1. Clauses (a) through (c) of Section 7.2.4 of the Loan Agreement are hereby amended "
        "and restated in their entirety to read as follows:\n\n(a) the Leverage Ratio to exceed "
        "4.00:1;\n\n(b) the Senior Ratio to exceed 2.50:1;\n\n(c) EBITDA to be less than "
        "$5,000,000.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("7.2.4(a)", None, "replace", "(a) the Leverage Ratio to exceed 4.00:1;"),
            ("7.2.4(b)", None, "replace", "(b) the Senior Ratio to exceed 2.50:1;"),
            ("7.2.4(c)", None, "replace", "(c) EBITDA to be less than $5,000,000."),
        ],
    ),
    (
        "definitions restated by 'amending and restating the following definitions'",
        "1. Section 1.1 of the Loan Agreement is hereby amended by amending and restating the "
        "following definitions in such Section so that they read in their entirety as follows:"
        '\n\n"Debt Service" means all interest paid.\n\n"EBITDA" means net income plus '
        "interest.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Debt Service", "replace", '"Debt Service" means all interest paid.'),
            (None, "EBITDA", "replace", '"EBITDA" means net income plus interest.'),
        ],
    ),
    (
        "several numbered sections restated together, each its own piece",
        "1. Sections 2.1.1 and 2.1.2 of the Loan Agreement are hereby amended in their entirety "
        "to read as follows:\n\nSECTION 2.1.1 Commitment. The Lender shall lend up to "
        "$1,000,000.\n\nSECTION 2.1.2. Term. The commitment ends on June 1, 2012.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "2.1.1",
                None,
                "replace",
                "SECTION 2.1.1 Commitment. The Lender shall lend up to $1,000,000.",
            ),
            ("2.1.2", None, "replace", "SECTION 2.1.2. Term. The commitment ends on June 1, 2012."),
        ],
    ),
    (
        "new definitions opening with an insertion's own plain quote",
        "1. Section 1.2 of the Loan Agreement is amended by inserting the following new "
        'definitions in proper alphabetical order:\n\n""CD Rate Loan" means a Loan at the CD '
        'Rate."\n\n""Spot Rate" means the rate quoted by the Lender."\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "CD Rate Loan", "add", '"CD Rate Loan" means a Loan at the CD Rate.'),
            (None, "Spot Rate", "add", '"Spot Rate" means the rate quoted by the Lender.'),
        ],
    ),
    (
        "a restated definition holding its own roman list, inside a lettered list of items",
        "1. Amendments. The Loan Agreement is hereby amended as follows:\n\n(a) The definition "
        'of "Interest Payment Date" in Section 1.1 of the Loan Agreement is hereby amended in '
        'its entirety as follows:\n\n"Interest Payment Date" means:\n\n(i) for a Prime Loan, '
        "the last day of each month; and\n\n(ii) for a LIBOR Loan, the last day of its Interest "
        "Period.\n\n(b) Section 7.4 of the Loan Agreement is hereby deleted in its entirety.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                None,
                "Interest Payment Date",
                "replace",
                '"Interest Payment Date" means:\n\n(i) for a Prime Loan, the last day of each '
                "month; and\n\n(ii) for a LIBOR Loan, the last day of its Interest Period.",
            ),
            ("7.4", None, "delete", None),
        ],
    ),
    (
        "'amended, as follows:' with items adding new definitions one by one",
        "1. Section 1 of the Loan Agreement is hereby amended, as follows:\n\n(a) New "
        'definition "EBITDA" is hereby added to the Loan Agreement as follows:\n\n"EBITDA" '
        'of any Person shall mean its net income.\n\n(b) New definition of "Hedge" is added, as '
        'follows:\n\n"Hedge" shall mean any swap.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "EBITDA", "add", '"EBITDA" of any Person shall mean its net income.'),
            (None, "Hedge", "add", '"Hedge" shall mean any swap.'),
        ],
    ),
    (
        "a section named with its heading, one of its clauses restated",
        "1. Section 9.2 (Liens) of the Loan Agreement is amended by amending and restating in "
        'its entirety Section 9.2(d) as follows:\n\n"(d) Liens in favor of the Lender."\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [("9.2(d)", None, "replace", "(d) Liens in favor of the Lender.")],
    ),
    (
        "a whole part amended by amending the opening paragraph of one section it holds",
        "1. Section 1 of the Loan Agreement is amended, effective as of the date hereof, by "
        "amending the introductory paragraph of Section 1.4 to read in its entirety as "
        'follows:\n\n1.4. "Applicable Margin" means the rate in the following table:\n\n'
        "2. Section 1.1 of the Loan Agreement is amended by the addition of each of the "
        'following new definitions:\n\n"Hedge" means any swap.\n\n'
        "3. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "1.4",
                None,
                "amend",
                '1.4. "Applicable Margin" means the rate in the following table:',
            ),
            (None, "Hedge", "add", '"Hedge" means any swap.'),
        ],
    ),
    (
        "definitions named in single or typewriter quotes, amended and deleted",
        "1. The definition of `Applicable Margin' in Section 1.1 of the Loan Agreement is "
        'amended by replacing "2.00%" with "2.25%".\n\n2. The definition of \u2018Excess '
        "Availability\u2019 in Section 1.1 of the Loan Agreement is deleted in its entirety.",
        [
            (None, "Applicable Margin", "amend", "2.25%"),
            (None, "Excess Availability", "delete", None),
        ],
    ),
    (
        "the agreement is the subject, the section the object of 'by amending and restating'",
        "1. The Loan Agreement is hereby amended by amending and restating Section 2.1 in its "
        "entirety to read as follows:\n\n2.1 Revolving Loans. The Lender shall lend up to "
        "$3,000,000.\n\n2. The Loan Agreement is amended by deleting clause (b) of Section "
        "7.1 in its entirety.\n\n3. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "2.1",
                None,
                "replace",
                "2.1 Revolving Loans. The Lender shall lend up to $3,000,000.",
            ),
            ("7.1(b)", None, "delete", None),
        ],
    ),
    (
        "subsections listed after one section, a long appositive, a quoted term",
        "1. Sections 8.2(b) and (c) of the Loan Agreement are amended and restated in their "
        "entirety as follows:\n\n(b) liens for taxes not yet due;\n\n(c) liens of carriers.\n\n"
        "2. Exhibit H to the Loan Agreement, referred to in the definition of \u201cBorrowing "
        "Base Certificate\u201d in Section 1.1 of the Loan Agreement, is hereby amended by "
        "deleting it in its entirety and inserting in lieu thereof Exhibit H attached hereto.\n\n"
        '3. The term "Revolving Period" is hereby amended to replace the date "May 1, 2010" '
        'with "May 1, 2012".',
        [
            ("8.2(b)", None, "replace", "(b) liens for taxes not yet due;"),
            ("8.2(c)", None, "replace", "(c) liens of carriers."),
            ("Exhibit H", None, "replace", None),
            (None, "Revolving Period", "amend", "May 1, 2012"),
        ],
    ),
    (
        "new definitions in a lettered list",
        "1. Section 1.1 of the Loan Agreement is amended by adding the following definitions "
        'in alphabetical order:\n\n(a) "Hedge" means any swap.\n\n(b) "Hedge Bank" means '
        "any Lender party to a Hedge.\n\n2. Counterparts. This Amendment may be signed in "
        "counterparts.",
        [
            # (the label numbers the amendment's list: the definition opens with its term)
            (None, "Hedge", "add", '"Hedge" means any swap.'),
            (None, "Hedge Bank", "add", '"Hedge Bank" means any Lender party to a Hedge.'),
        ],
    ),
    (
        "several numbered sections inserted after an existing one",
        "1. Section 7.1 of the Loan Agreement is hereby amended by inserting after Section "
        "7.1.12 the following covenants:\n\n\u201cSection 7.1.13 Appraisals. The Borrower shall "
        "deliver appraisals.\n\nSection 7.1.14 Collateral. The Borrower shall pledge its "
        "stock.\u201d\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "7.1.13",
                None,
                "add",
                "Section 7.1.13 Appraisals. The Borrower shall deliver appraisals.",
            ),
            (
                "7.1.14",
                None,
                "add",
                "Section 7.1.14 Collateral. The Borrower shall pledge its stock.",
            ),
        ],
    ),
    (
        "an article amended by deleting or replacing a section it holds",
        "1. Article X of the Loan Agreement is hereby amended by deleting in its entirety "
        'Section 10.5 contained therein and substituting in lieu thereof "Section 10.5 '
        '[Reserved]".\n\n2. Article IX of the Loan Agreement is amended by deleting Section '
        "9.7 in its entirety.",
        [("10.5", None, "replace", None), ("9.7", None, "delete", None)],
    ),
    (
        "the reference to a figure in a section is changed to a new figure",
        '1. The reference to "$2,000,000" in Section 6.1 of the Loan Agreement is hereby '
        'changed to "$3,250,000".',
        [("6.1", None, "amend", "$3,250,000")],
    ),
    (
        "words inserted after a quoted place: the wording is the new words",
        "1. Section 7.3 of the Loan Agreement is hereby amended by inserting immediately after "
        'the words "Permitted Liens" in the second line thereof the phrase "or Liens securing '
        'the Hedge".',
        [("7.3", None, "amend", "or Liens securing the Hedge")],
    ),
    (
        "a definition amended to restate one clause of it",
        '1. The definition of "Fiscal Quarter" in Section 1.1 of the Loan Agreement is hereby '
        "amended to amend clause (ii) to read as follows:\n\n(ii) each period of three months "
        "ending on the last day of March, June, September or December.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                None,
                "Fiscal Quarter",
                "amend",
                "(ii) each period of three months ending on the last day of March, June, "
                "September or December.",
            )
        ],
    ),
    (
        "two clauses of a section restated together",
        "1. Clauses (c) and (d) of Section 8.4 of the Loan Agreement are hereby amended in "
        'their entirety to read as follows:\n\n"(c) sales of obsolete equipment; or\n\n'
        '(d) sales approved by the Lender in writing."\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("8.4(c)", None, "replace", "(c) sales of obsolete equipment; or"),
            ("8.4(d)", None, "replace", "(d) sales approved by the Lender in writing."),
        ],
    ),
    (
        "a paragraph of the agreement numbered alone, restated",
        "1. Paragraph 4 of the Loan Agreement is hereby amended and restated in its entirety "
        'to read as follows:\n\n"4. Interest. Interest shall accrue at nine percent per '
        'annum."\n\n2. Counterparts. This Amendment may be signed in counterparts.',
        [("4", None, "replace", "4. Interest. Interest shall accrue at nine percent per annum.")],
    ),
    (
        "'amended as follows:' and the clause restated whole after a page number",
        "1. Section 6.9(b) of the Loan Agreement is hereby amended as follows:\n\n12\n\n"
        "(b) the Current Ratio at any time to be less than 1.10 to 1.00.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "6.9(b)",
                None,
                "replace",
                "(b) the Current Ratio at any time to be less than 1.10 to 1.00.",
            )
        ],
    ),
    (
        "a new section whose items (i), (ii) follow a list (a)-(c) of an earlier item",
        "1. Amendments.\n\n1.1 Definitions.\n\n(a) Section 1.1 of the Loan Agreement is amended "
        'by deleting the definition of "Swing Loan" in its entirety.\n\n'
        "(b) Section 1.1 of the Loan Agreement is amended by deleting the definition of "
        '"Swing Lender" in its entirety.\n\n'
        "(c) Section 1.1 of the Loan Agreement is amended by deleting the definition of "
        '"Swing Note" in its entirety.\n\n'
        "1.2 Rates. Section 2.4(a) of the Loan Agreement is hereby amended as follows:\n\n"
        "(a) Rate Options.\n\n(i) Revolving Loans bear interest at the Base Rate.\n\n"
        "(ii) Term Loans bear interest at LIBOR.\n\n"
        "1.3 Fees. Section 2.9 of the Loan Agreement is hereby deleted in its entirety.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Swing Loan", "delete", None),
            (None, "Swing Lender", "delete", None),
            (None, "Swing Note", "delete", None),
            (
                "2.4(a)",
                None,
                "replace",
                "(a) Rate Options.\n\n(i) Revolving Loans bear interest at the Base Rate.\n\n"
                "(ii) Term Loans bear interest at LIBOR.",
            ),
            ("2.9", None, "delete", None),
        ],
    ),
    (
        "an amendment outlined I., II., III.: the wording ends at the next heading",
        "I. Defined Terms.\n\nTerms used herein have the meanings the Loan Agreement gives "
        "them.\n\nII. Amendment.\n\nSection 7.7 of the Loan Agreement is hereby amended in "
        "its entirety to read as follows:\n\n7.7. Dividends. The Borrower shall pay no "
        "dividends.\n\nIII. Representations.\n\nThe Borrower represents that no Default "
        "exists.",
        [("7.7", None, "replace", "7.7. Dividends. The Borrower shall pay no dividends.")],
    ),
    (
        "new definitions: a plural one, one with (x) and (y), one after a page number",
        "1. The following definitions are hereby added to Section 1.1 of the Loan Agreement:"
        '\n\n"Excess Cash" means the excess, if any, of\n\n(x) cash on hand, over\n\n'
        '(y) $500,000.\n\n"Hedge Rates" mean the rates fixed under each Hedge.\n\n'
        '7\n<PAGE>   8\n"Hedge" means any interest rate swap with the Lender.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                None,
                "Excess Cash",
                "add",
                '"Excess Cash" means the excess, if any, of\n\n(x) cash on hand, over\n\n'
                "(y) $500,000.",
            ),
            (None, "Hedge Rates", "add", '"Hedge Rates" mean the rates fixed under each Hedge.'),
            (None, "Hedge", "add", '"Hedge" means any interest rate swap with the Lender.'),
        ],
    ),
    (
        "a page break inside the sentence that states the change",
        '1. Section 2.8 of the Loan Agreement is hereby amended by deleting "two percent" and'
        '\n\n<PAGE>   4\n\nreplacing it with "one and one-half percent".',
        [("2.8", None, "amend", "one and one-half percent")],
    ),
    (
        "the agreement amended to provide that a term is a stated date",
        "1. The Loan Agreement is hereby amended to provide that the Termination Date shall be "
        "June 30, 2012.\n\n2. The Loan Agreement is further amended so that the Commitment Fee "
        "is 0.25% per annum.",
        [(None, "Termination Date", "amend", None), (None, "Commitment Fee", "amend", None)],
    ),
    (
        "a quoted term as the subject, defined in the agreement",
        '1. The "Commitment Fee" as defined in the Loan Agreement is hereby amended by '
        'replacing "0.50%" with "0.375%".\n\n2. The term "Borrowing Base" (as defined in the '
        'Loan Agreement) is hereby amended to replace "80%" with "85%".',
        [(None, "Commitment Fee", "amend", "0.375%"), (None, "Borrowing Base", "amend", "85%")],
    ),
    (
        "a schedule whose parenthetical title holds a semicolon",
        '1. Schedule B ("Lenders; Notices") to the Loan Agreement shall be, and hereby is, '
        'amended by deleting the address of the Lender and substituting "1 Main Street".',
        [("Schedule B", None, "amend", "1 Main Street")],
    ),
    (
        "definitions listed without a blank line between them, one opening mid-paragraph",
        "1. Section 1.1 of the Loan Agreement is hereby amended by inserting the following "
        "definitions in the appropriate alphabetical order:\n\n"
        '"Dock Facility" means the loading dock at 12 Harbor Road.\n'
        '"Dock Loans" means the loans made to build the Dock Facility.\n'
        '"Dock Lender" means First National Bank. "Dock\n\nClosing Date" means May 3, 2010.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                None,
                "Dock Facility",
                "add",
                '"Dock Facility" means the loading dock at 12 Harbor Road.',
            ),
            (
                None,
                "Dock Loans",
                "add",
                '"Dock Loans" means the loans made to build the Dock Facility.',
            ),
            (None, "Dock Lender", "add", '"Dock Lender" means First National Bank.'),
            (None, "Dock Closing Date", "add", '"Dock\n\nClosing Date" means May 3, 2010.'),
        ],
    ),
    (
        "an operation under its own heading ends the definitions before it",
        "1. Definitions. Section 1.1 of the Loan Agreement is hereby amended by adding the "
        "following definitions:\n\n"
        '"Pier Lease" means the lease of Pier 4.\n\n'
        "AMENDMENT TO SECTION 6.3. Section 6.3 of the Loan Agreement is hereby amended by "
        'deleting the amount "$250,000" and replacing in lieu thereof the amount "$400,000."',
        [
            (None, "Pier Lease", "add", '"Pier Lease" means the lease of Pier 4.'),
            ("6.3", None, "amend", "$400,000"),
        ],
    ),
    (
        "replacing it with the following text",
        "1. Section 9.2(b) of the Loan Agreement is hereby amended by deleting the word "
        '"Each" at the beginning thereof and replacing it with the following text "Subject '
        'to Section 9.3, each".',
        [("9.2(b)", None, "amend", "Subject to Section 9.3, each")],
    ),
    (
        "a schedule restated in the form attached hereto as the schedule",
        "1. Schedule 3.1 to the Loan Agreement is hereby amended in full to be in the form "
        "attached hereto as Schedule 3.1.\n\n2. Counterparts. This Amendment may be signed "
        "in counterparts.",
        [("Schedule 3.1", None, "replace", None)],
    ),
    (
        "the reference a section holds is changed",
        '1. The reference in Section 8.4 of the Loan Agreement to "March 1, 2011" is hereby '
        'changed to "March 1, 2012".\n\n2. Section 2.6\'s reference to a commitment fee is '
        'hereby amended to replace "0.25%" with "0.375%".',
        [("8.4", None, "amend", "March 1, 2012"), ("2.6", None, "amend", "0.375%")],
    ),
    (
        "several new sections inserted immediately following another",
        "1. The Loan Agreement is hereby amended by inserting the following new Sections 5.9 "
        "and 5.10 immediately following Section 5.8 thereof:\n\n"
        '"5.9 Flood Insurance. The Borrower shall keep flood insurance.\n\n'
        '5.10 Beneficial Ownership. The Borrower shall deliver a certification."\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("5.9", None, "add", "5.9 Flood Insurance. The Borrower shall keep flood insurance."),
            (
                "5.10",
                None,
                "add",
                "5.10 Beneficial Ownership. The Borrower shall deliver a certification.",
            ),
        ],
    ),
    (
        "a section named without its 'of'",
        '1. Section 4.2(c) the Loan Agreement is amended by deleting "ten" and inserting '
        '"fifteen" in lieu thereof.',
        [("4.2(c)", None, "amend", "fifteen")],
    ),
    (
        "the table of a section restated",
        "1. The table in Section 7.5 of the Loan Agreement is hereby amended and restated as "
        "follows:\n\nFiscal Quarter Ending      Minimum Ratio\nJune 30, 2010             "
        "1.10:1.00\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "7.5",
                None,
                "amend",
                "Fiscal Quarter Ending      Minimum Ratio\nJune 30, 2010             1.10:1.00",
            )
        ],
    ),
    (
        "two operations joined by 'and' in one sentence",
        "1. Schedule 4.1 to the Loan Agreement is hereby replaced in its entirety by Annex A "
        "hereto and Schedule 4.7 to the Loan Agreement is hereby replaced in its entirety by "
        "Annex B hereto.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [("Schedule 4.1", None, "replace", None), ("Schedule 4.7", None, "replace", None)],
    ),
    (
        "a clause deleted and a new one inserted by one sentence",
        "1. Section 7.2 of the Loan Agreement is hereby amended by (a) deleting clause (d) "
        "thereof in its entirety and (b) inserting the following new clause (g) at the end "
        'thereof:\n\n"(g) Liens on the Pier Facility."\n\n2. Counterparts. This Amendment '
        "may be signed in counterparts.",
        [("7.2(g)", None, "add", "(g) Liens on the Pier Facility.")],
    ),
    (
        "a restated subsection whose sentence goes on after 'this Section' and a line break",
        "1. Section 11.3(d) of the Loan Agreement is amended and restated in its entirety as "
        "follows:\n\n(d) The Lender shall be paid under this Section\n"
        "11. The obligation survives the repayment of the Loans.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "11.3(d)",
                None,
                "replace",
                "(d) The Lender shall be paid under this Section\n"
                "11. The obligation survives the repayment of the Loans.",
            )
        ],
    ),
]


def _changes(body: str) -> tuple[str, list[tuple[str | None, str | None, str, str | None]]]:
    text = HEAD + body + TAIL
    x = extract(SourceDocument(text=text, path="shape.txt"))
    ents = {e.ref: e for e in x.entities}
    out = []
    for r in x.relations:
        if r.type == "CHANGES":
            p = ents[r.target].props
            assert ents[str(p["agreement"])].props["date"] == "2008-06-01"
            for ev in r.evidence:
                assert text[ev.start : ev.end] == ev.text
            new = r.props.get("new_text")
            assert new is None or any(ev.text == new for ev in r.evidence)
            out.append((p.get("section"), p.get("term"), str(r.props["action"]), new))
    return text, out


@pytest.mark.parametrize(("shape", "body", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_drafting_shape(
    shape: str, body: str, expected: list[tuple[str | None, str | None, str, str | None]]
) -> None:
    _, got = _changes(body)
    got_keys = sorted(((s, t, a) for s, t, a, _ in got), key=str)
    assert got_keys == sorted(((s, t, a) for s, t, a, _ in expected), key=str), shape
    for s, t, a, new in expected:
        if new is not None:
            (found,) = [g for g in got if g[:3] == (s, t, a)]
            assert found[3] == new, shape


def test_no_operation_in_an_agreement_that_changes_nothing() -> None:
    text = HEAD + "1. Counterparts. This Amendment may be signed in counterparts." + TAIL
    assert find_operations(text) == []


def test_a_reference_to_a_section_is_no_change() -> None:
    body = (
        "1. The Borrower shall deliver the reports required by Section 5.1 of the Loan "
        "Agreement, as amended hereby, within 30 days."
    )
    assert _changes(body)[1] == []


def test_the_second_amendment_seed() -> None:
    path = Path(SEEDS) / "002_b203cef46917a992.txt"
    text = path.read_text(encoding="utf-8")
    ops = find_operations(text)
    got = [(t.section, op.action) for op in ops for t in op.targets]
    assert got == [("3.02", "replace"), ("3.03(a)", "replace")]
    first, second = (text[op.new_text[0] : op.new_text[1]] for op in ops if op.new_text)
    assert first.startswith("3.02 TERM OF REVOLVING CREDIT FACILITY.")
    assert first.endswith("termination of this Agreement.")
    assert second.startswith("(a) Principal payable") and second.endswith("excess;")


def test_a_recital_asking_for_a_change_is_not_the_change() -> None:
    body = (
        "WHEREAS, the Borrower has requested that Section 6.1 of the Loan Agreement be amended "
        "as set forth herein;\n\n"
        "1. Section 6.1 of the Loan Agreement is hereby amended and restated in its entirety to "
        "read as follows:\n\n6.1 Leverage. The Leverage Ratio shall not exceed 3.0 to 1.0.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts."
    )
    got = _changes(body)[1]
    assert [(s, a) for s, _, a, _ in got] == [("6.1", "replace")]


def test_an_amendment_dated_after_the_agreement_its_preamble_names_first() -> None:
    """ "AMENDMENT NO. 2 TO THE LOAN AGREEMENT dated as of <base date> ... is entered into as
    of <own date>": the changes are the amendment's of its own date, to the earlier agreement."""
    text = (
        "AMENDMENT NO. 2 TO THE LOAN AGREEMENT\n\n"
        'THIS AMENDMENT NO. 2 (this "Amendment") TO THE LOAN AGREEMENT dated as of June 1, 2008 '
        '(as amended from time to time, the "Agreement") is entered into as of April 15, 2011, '
        'among BLUE RIVER FOODS, INC., a Delaware corporation (the "Borrower"), and SECOND '
        'CITY BANK (the "Lender").\n\n'
        "WHEREAS, the Borrower and the Lender are parties to the Loan Agreement dated as of "
        "June 1, 2008;\n\n"
        "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
        "1. Section 7.3 of the Agreement is hereby deleted in its entirety and replaced with the "
        "following:\n\n7.3 Capital Expenditures. The Borrower shall not make Capital "
        "Expenditures exceeding $2,000,000 in any fiscal year.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts." + TAIL
    )
    x = extract(SourceDocument(text=text, path="preamble.txt"))
    ents = {e.ref: e for e in x.entities}
    changes = [r for r in x.relations if r.type == "CHANGES"]
    assert changes
    for r in changes:
        assert ents[r.source].props["date"] == "2011-04-15"
        assert ents[str(ents[r.target].props["agreement"])].props["date"] == "2008-06-01"
        assert ents[r.target].props["section"] == "7.3"
        assert r.props["action"] == "replace"


@pytest.mark.parametrize(
    ("clause", "effective"),
    [
        (
            "1. Amendments. Effective as of February 15, 2010 (the \u201cAmendment Effective "
            "Date\u201d), Section 6.2 of the Loan Agreement is hereby amended and restated in its "
            "entirety to read as follows:\n\n6.2 Liens. The Borrower shall permit no Liens.",
            "2010-02-15",
        ),
        (
            '1. Definitions. "Amendment Effective Date" means January 20, 2010.\n\n'
            "2. Section 6.2 of the Loan Agreement is hereby amended and restated in its "
            "entirety to read as follows:\n\n6.2 Liens. The Borrower shall permit no Liens.",
            "2010-01-20",
        ),
        (  # an effective date that waits on conditions names no date: the amendment's own
            "1. Effective as of the date on which the conditions in Section 3 are satisfied (the "
            '"Amendment Effective Date"), Section 6.2 of the Loan Agreement is hereby amended '
            "and restated in its entirety to read as follows:\n\n6.2 Liens. The Borrower shall "
            "permit no Liens.",
            "2010-03-01",
        ),
    ],
)
def test_changes_take_effect_on_the_date_the_amendment_states(clause: str, effective: str) -> None:
    text = (
        HEAD + clause + "\n\n3. Counterparts. This Amendment may be signed in counterparts." + TAIL
    )
    x = extract(SourceDocument(text=text, path="effective.txt"))
    changes = [r for r in x.relations if r.type == "CHANGES"]
    assert changes
    assert {r.props["effective_date"] for r in changes} == {effective}


#: A base agreement filed "as amended": its text and signatures, then each amendment after it.
BASE = (
    "LOAN AGREEMENT\n\n"
    'This Loan Agreement (the "Agreement") is made as of June 1, 2008, by and between RIVER '
    'MILLS, INC., a Delaware corporation (the "Borrower"), and HARBOR BANK (the "Bank").\n\n'
    "1. Loans. The Bank shall lend up to $1,000,000.\n\n"
    "5.2 Net Worth. The Borrower shall maintain a Tangible Net Worth of $2,000,000.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above "
    "written.\n\nRIVER MILLS, INC.\n\nBy: /s/ Ann Lee\nTitle: President\n\n"
)
APPENDED_FIRST = (
    "<PAGE>\n\nFirst Amendment to the Loan Agreement.\n\n"
    'This First Amendment ("First Amendment") amends that certain Loan Agreement '
    '("Agreement") dated June 1, 2008 by and between Harbor Bank ("Bank") and River Mills, '
    'Inc. ("Borrower") as follows:\n\n'
    "1. Section 5.2 of the Agreement is hereby amended in full to read as follows:\n\n"
    '"5.2 Net Worth. The Borrower shall maintain a Tangible Net Worth of $3,000,000."\n\n'
    "2. This First Amendment is effective as of March 1, 2009.\n\n"
    "RIVER MILLS, INC.\n\nBy: /s/ Ann Lee\n\n"
)
APPENDED_LETTER = (
    "<PAGE>\n\nRIVER MILLS, INC.\n\nDated as of: October 5, 2010\n\nHarbor Bank\n"
    "1 Main Street\n\nRe:  Amendment No. 2 to Loan Agreement\n\nLadies and Gentlemen:\n\n"
    'We refer to the Loan Agreement dated as of June 1, 2008 (as amended, the "Agreement") '
    "between us. We hereby agree with you as follows:\n\n"
    '(a) Section 1 of the Agreement is amended by deleting "$1,000,000" and substituting '
    '"$1,500,000" therefor.\n\n'
    '(b) The definition of "Maturity Date" in Section 1.1 of the Agreement is deleted in its '
    "entirety.\n\nVery truly yours,\n\nRIVER MILLS, INC.\n\nBy: /s/ Ann Lee\n"
)


def test_amendments_appended_after_a_base_agreement_are_each_credited() -> None:
    text = BASE + APPENDED_FIRST + APPENDED_LETTER
    x = extract(SourceDocument(text=text, path="as-amended.txt"))
    ents = {e.ref: e for e in x.entities}
    got = set()
    for r in x.relations:
        if r.type != "CHANGES":
            continue
        source, provision = ents[r.source], ents[r.target].props
        assert ents[str(provision["agreement"])].props["date"] == "2008-06-01"
        assert r.source != "agreement:self"
        got.add(
            (
                str(source.props["title"]),
                str(source.props["date"]),
                provision.get("section") if not provision.get("term") else provision["term"],
                str(r.props["action"]),
                r.props.get("new_text"),
            )
        )
    assert got == {
        (
            "First Amendment to the Loan Agreement",
            "2009-03-01",
            "5.2",
            "replace",
            "5.2 Net Worth. The Borrower shall maintain a Tangible Net Worth of $3,000,000.",
        ),
        ("Amendment No. 2 to Loan Agreement", "2010-10-05", "1", "amend", "$1,500,000"),
        ("Amendment No. 2 to Loan Agreement", "2010-10-05", "Maturity Date", "delete", None),
    }
    amends = {(r.source, r.target) for r in x.relations if r.type == "AMENDS"}
    assert {s for s, t in amends if t == "agreement:self"} >= {
        r.source for r in x.relations if r.type == "CHANGES"
    }


def test_a_consent_or_an_undated_form_after_the_signatures_is_no_amendment() -> None:
    consent = (
        "<PAGE>\n\nCONSENT OF GUARANTOR\n\n"
        "The undersigned hereby consents to the foregoing Amendment dated as of March 1, 2009 "
        "and agrees that Section 5.2 of the Guaranty is hereby amended to read as follows: "
        '"5.2 Reports."\n\nACME PARENT, INC.\n\nBy: /s/ Bo Chan\n\n'
    )
    form = (
        "<PAGE>\n\nEXHIBIT C\n\nFORM OF AMENDMENT TO LOAN AGREEMENT\n\n"
        'This Amendment (the "Amendment") is made as of ____________, 20__ and amends the '
        "Loan Agreement as follows:\n\n1. Section 5.2 of the Agreement is hereby amended in "
        'full to read as follows: "5.2 [Net Worth]."\n\nBy: ______________\n'
    )
    x = extract(SourceDocument(text=BASE + consent + form, path="not-amendments.txt"))
    assert [r for r in x.relations if r.type == "CHANGES"] == []


def test_a_schedule_replaced_by_the_one_attached_states_it_as_the_new_wording() -> None:
    body = (
        "1. Schedule 2.1 to the Loan Agreement is hereby replaced by the Schedule 2.1 attached "
        "hereto.\n\n2. Exhibit C to the Loan Agreement is amended in its entirety with Exhibit "
        "C attached to this Amendment.\n\n3. Each request shall be made in the form of\n"
        "Exhibit C.\n\n4. Counterparts. This Amendment may be signed in counterparts."
    )
    attached = (
        "\n\n<PAGE>\n\nSCHEDULE 2.1\n\nCOMMITMENTS\n\n<TABLE>\nFirst National Bank     "
        "$5,000,000\n</TABLE>\n\n<PAGE>\n\nEXHIBIT C\n\nFORM OF BORROWING REQUEST\n\n"
        "The Borrower requests a Loan of $________.\n"
    )
    text = HEAD + body + TAIL + attached
    x = extract(SourceDocument(text=text, path="attached.txt"))
    ents = {e.ref: e for e in x.entities}
    got = {
        (ents[r.target].props.get("section"), r.props["action"], r.props.get("new_text"))
        for r in x.relations
        if r.type == "CHANGES"
    }
    assert got == {
        (
            "Schedule 2.1",
            "replace",
            "SCHEDULE 2.1\n\nCOMMITMENTS\n\n<TABLE>\nFirst National Bank     $5,000,000",
        ),
        (
            "Exhibit C",
            "replace",
            "EXHIBIT C\n\nFORM OF BORROWING REQUEST\n\nThe Borrower requests a Loan of $________.",
        ),
    }


def test_an_amendment_of_a_note_changes_the_note() -> None:
    text = (
        "AMENDMENT NO. 1 TO PROMISSORY NOTE\n\n"
        'This Amendment No. 1 to Promissory Note (this "Amendment") is made as of March 1, '
        '2010, by ACME HOLDINGS, INC. (the "Maker") in favor of FIRST NATIONAL BANK (the '
        '"Holder").\n\nWHEREAS, the Maker issued to the Holder its Promissory Note dated June '
        '1, 2008 in the principal amount of $1,000,000 (the "Note");\n\n'
        "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
        '1. Section 2 of the Note is hereby amended by deleting "June 30, 2010" and inserting '
        '"June 30, 2011" in lieu thereof.\n\n'
        "2. The Maturity Date of the Note is hereby extended to June 30, 2011." + TAIL
    )
    x = extract(SourceDocument(text=text, path="note.txt"))
    ents = {e.ref: e for e in x.entities}
    got = set()
    for r in x.relations:
        if r.type == "CHANGES":
            p = ents[r.target].props
            amended = ents[str(p["agreement"])].props
            assert (amended["date"], amended["kind"]) == ("2008-06-01", "note")
            got.add((p.get("section"), p.get("term"), r.props["action"], r.props.get("new_text")))
    assert got == {
        ("2", None, "amend", "June 30, 2011"),
        (None, "Maturity Date", "amend", "June 30, 2011"),  # the unquoted new date
    }


def test_an_appended_amendment_under_a_signature_page_footer_and_one_left_undated() -> None:
    """The footer of the page before ("Signature page of First Amendment ...") is no title; an
    amendment whose own date was left blank ("dated as of November , 2010") takes no other."""
    second = (
        "<PAGE>\n\nSignature page of First Amendment\nto Loan Agreement dated as of\n"
        "March 1, 2009\n<PAGE>\n\n"
        'THIS SECOND AMENDMENT TO LOAN AGREEMENT (the "Amendment") dated as of April 2, 2010, '
        "is by and between River Mills, Inc. and Harbor Bank.\n\n1. Section 5.2 of the "
        "Agreement is hereby deleted in its entirety.\n\nRIVER MILLS, INC.\n\nBy: /s/ Ann Lee\n\n"
    )
    third = (
        "<PAGE>\n\nTHIRD AMENDMENT TO LOAN AGREEMENT\n\n"
        'THIS THIRD AMENDMENT TO LOAN AGREEMENT (the "Amendment") dated as of\nNovember , '
        "2010, is by and between River Mills, Inc. and Harbor Bank. This Amendment is effective "
        "as of May 5, 2009.\n\n1. Section 1 of the Agreement is hereby deleted in its entirety."
        "\n\nRIVER MILLS, INC.\n\nBy: /s/ Ann Lee\n"
    )
    x = extract(SourceDocument(text=BASE + second + third, path="footer.txt"))
    ents = {e.ref: e for e in x.entities}
    got = {
        (
            ents[r.source].props["title"],
            ents[r.source].props["date"],
            ents[r.target].props["section"],
            r.props["action"],
        )
        for r in x.relations
        if r.type == "CHANGES"
    }
    assert got == {("Second Amendment to Loan Agreement", "2010-04-02", "5.2", "delete")}


def _note_changes(body: str) -> set[tuple[str | None, str | None, str, str | None]]:
    """The changes an amendment of a convertible note states, each checked to change the note
    (not the amendment, not another agreement)."""
    text = (
        "AMENDMENT NO. 2 TO CONVERTIBLE PROMISSORY NOTE\n\n"
        'This Amendment No. 2 to Convertible Promissory Note (this "Amendment") is entered into '
        'as of September 15, 2022, by and between NORTHWIND LABS, INC. (the "Company") and '
        'HARBOR FUND LP (the "Holder").\n\nWHEREAS, the Company issued to the Holder a '
        "Convertible Promissory Note dated as of March 1, 2021 in the principal amount of "
        '$250,000 (the "Note");\n\nNOW, THEREFORE, the parties agree as follows:\n\n'
        + body
        + "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
        "NORTHWIND LABS, INC.\n\nBy: /s/ Ann Lee\n"
    )
    x = extract(SourceDocument(text=text, path="note-amendment.txt"))
    ents = {e.ref: e for e in x.entities}
    got = set()
    for r in x.relations:
        if r.type == "CHANGES":
            p = ents[r.target].props
            assert ents[str(p["agreement"])].props["date"] == "2021-03-01"
            got.add(
                (p.get("section"), p.get("term"), str(r.props["action"]), r.props.get("new_text"))
            )
    return got


def test_terms_of_a_note_changed_in_a_sentence() -> None:
    """A small company's note amendment states its changes as sentences about the note's
    terms, not as sections restated."""
    got = _note_changes(
        "1. Extension. The Maturity Date (as defined in the Note) is hereby extended to March "
        "31, 2023.\n\n2. Conversion Price. The Conversion Price is hereby reduced to $0.04 per "
        "share.\n\n3. Interest. The interest rate of the Note is hereby increased to twelve "
        "percent (12%) per annum.\n\n4. Paragraph 6 of the Note is hereby amended and restated "
        'in its entirety to read as follows: "6. Prepayment. The Company may prepay this Note '
        'at any time."\n\n5. Ratification. Except as amended hereby, the Note remains in full '
        "force and effect."
    )
    assert got == {
        (None, "Maturity Date", "amend", "March 31, 2023"),
        (None, "Conversion Price", "amend", "$0.04 per share"),
        (None, "Interest Rate", "amend", None),  # (a rate in words states no value read)
        ("6", None, "replace", "6. Prepayment. The Company may prepay this Note at any time."),
    }


def test_terms_of_a_note_set_to_a_stated_value_under_a_lead_in() -> None:
    """Items of a lead-in that set a term to a new date or figure ("(a) The Maturity Date is
    extended to ..."), and "the parties agree that ... shall be extended to <date>"."""
    got = _note_changes(
        "1. Amendments. The Note is hereby amended as follows:\n\n(a) The Maturity Date is "
        "extended to December 31, 2023.\n\n(b) Section 3 of the Note is amended by deleting "
        '"10%" and inserting "12%" in lieu thereof.\n\n2. Extension Fee. The parties agree that '
        "the Extension Date shall be extended to June 30, 2023.\n\n3. Principal. The principal "
        "amount of the Note is hereby increased to $275,000."
    )
    assert got == {
        (None, "Maturity Date", "amend", "December 31, 2023"),
        ("3", None, "amend", "12%"),
        (None, "Extension Date", "amend", "June 30, 2023"),
        (None, "Principal Amount", "amend", "$275,000"),
    }


def test_a_price_the_note_adjusts_by_its_own_terms_is_no_change() -> None:
    """An adjustment clause of a note ("the Conversion Price shall be reduced to an amount
    equal to ...") states no amendment; nor does a maturity date mentioned on the way."""
    text = (
        "CONVERTIBLE PROMISSORY NOTE\n\n$250,000                                  March 1, 2021\n\n"
        "1. Adjustment. If the Company issues shares below the Conversion Price, the Conversion "
        "Price shall be reduced to an amount equal to the price of such issuance.\n\n"
        "2. Maturity. All principal is due on the Maturity Date of this Note, which may be "
        "extended from time to time by the Holder in writing. If the Maturity Date is not a "
        "Business Day, the Maturity Date shall be extended to the next Business Day.\n\n"
        "NORTHWIND LABS, INC.\n\nBy: /s/ Ann Lee\n"
    )
    assert find_operations(text) == []


def test_modifications_of_an_agreement_only_referenced() -> None:
    """A credit agreement that, in one of its own sections, modifies the bank's letter of
    credit agreement: the changes belong to that referenced agreement, "Section 2 thereto"."""
    text = (
        "CREDIT AGREEMENT\n\n"
        'THIS CREDIT AGREEMENT, dated as of May 2, 2001, is between DELTA TOOLS, INC. ("Borrower") '
        'and PRAIRIE BANK, N.A. ("Lender").\n\n'
        "Section 1.1 Loans. The Lender will make loans to the Borrower.\n\n"
        "Section 9.4 Modification of Letter of Credit Applications. The following modifications "
        "are hereby made to the Continuing Letter of Credit Agreement signed by the Borrower in "
        "favor of the Lender:\n\n"
        '(a) Section 3 thereto is deleted in its entirety and replaced by the following:\n\n"The '
        'Applicant shall pay the fees set forth in the Credit Agreement";\n\n'
        "(b) Section 7 thereto is deleted in its entirety.\n\n"
        "Section 9.5 Counterparts. This Agreement may be signed in counterparts.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "DELTA TOOLS, INC.\n\nBy: /s/ Sam Poe\n"
    )
    x = extract(SourceDocument(text=text, path="referenced.txt"))
    ents = {e.ref: e for e in x.entities}
    got = set()
    for r in x.relations:
        if r.type == "CHANGES":
            p = ents[r.target].props
            assert r.source == "agreement:self"
            assert ents[str(p["agreement"])].props["title"] == (
                "Continuing Letter of Credit Agreement"
            )
            got.add((p.get("section"), str(r.props["action"]), r.props.get("new_text")))
    assert got == {
        ("3", "replace", "The Applicant shall pay the fees set forth in the Credit Agreement"),
        ("7", "delete", None),
    }


def test_a_letter_amendment_appended_under_its_heading() -> None:
    """A letter amendment of note agreements appended after another agreement's signatures:
    a heading naming the amendment, a "Re:" line naming the agreements, "Dated as of" in a
    column of the heading, then "Ladies and Gentlemen:"."""
    letter = (
        "<PAGE>\n\nEXHIBIT F\n\nBLUE RIVER FOODS, INC.\nLIMITED WAIVER AND\n"
        "FIRST AMENDMENT TO NOTE AGREEMENTS\nRe:   Note Agreements dated as of May 1, 2005\n\n"
        "To the Noteholders named below          Dated as of\n"
        "                                        October 1, 2009\n\n"
        "Ladies and Gentlemen:\n\n"
        "Reference is made to the Note Agreements dated as of May 1, 2005 between the Company "
        "and you.\n\n"
        "Section 1. Section 6.2 of the Note Agreements is amended and restated to read in its "
        'entirety as follows:\n\n"Section 6.2. Net Worth. The Company will keep Net Worth above '
        '$9,000,000."\n\n'
        "Section 2. Effectiveness. This letter becomes effective when signed.\n\n"
        "BLUE RIVER FOODS, INC.\n\nBy /s/ Jo Park\n"
    )
    x = extract(SourceDocument(text=BASE + letter, path="with-letter.txt"))
    ents = {e.ref: e for e in x.entities}
    got = set()
    for r in x.relations:
        if r.type == "CHANGES":
            source, p = ents[r.source].props, ents[r.target].props
            got.add(
                (str(source["title"]), str(source["date"]), p.get("section"), r.props["action"])
            )
            assert r.props.get("new_text") == (
                "Section 6.2. Net Worth. The Company will keep Net Worth above $9,000,000."
            )
    assert got == {
        (
            "Limited Waiver and First Amendment to Note Agreements",
            "2009-10-01",
            "6.2",
            "replace",
        )
    }


def _corpus_text(name: str) -> str:
    return (CORPUS / "credit-dev" / name).read_text(encoding="utf-8")


def test_tuned_amendments_of_the_corpus() -> None:
    """The shapes above as filed: a Second Amendment adding 25 definitions across page breaks
    (one of them "(x) ... over (y) ..."), an Amendment Number Five whose "Section 2.4(a) ... as
    follows:" runs past its "(i)" though an earlier item held "(a)"-"(c)", a credit agreement
    modifying the bank's letter of credit master agreements, and a letter amendment of note
    agreements among the exhibits of a credit agreement."""
    text = _corpus_text("lexpredict-355143-1996-05-14.txt")
    added = [t.term for op in find_operations(text) if op.action == "add" for t in op.targets]
    assert len([t for t in added if t]) == 25
    assert "Borrower's Excess Cash Flow from Operations" in added and "Texas Mortgage" in added

    text = _corpus_text("lexpredict-110536-2005-09-14.txt")
    (op,) = [op for op in find_operations(text) if op.targets[0].section == "2.4(a)"]
    assert op.new_text is not None
    wording = text[op.new_text[0] : op.new_text[1]]
    assert wording.startswith("(a)") and " ".join(wording.split()).endswith(
        "may not be converted back to Prime Lending Rate Portions."
    )

    path = "lexpredict-1044979-2000-03-30.txt"
    x = extract(SourceDocument(text=_corpus_text(path), path=path))
    ents = {e.ref: e for e in x.entities}
    changed = {
        (ents[r.target].props["section"], r.props["action"])
        for r in x.relations
        if r.type == "CHANGES"
        and ents[str(ents[r.target].props["agreement"])].props["title"]
        == "Letter of Credit Master Agreements"
    }
    assert changed == {
        ("2", "replace"),
        ("4(i)", "replace"),
        ("4(iii)", "amend"),
        ("4(v)", "delete"),
        ("5", "delete"),
        ("10", "amend"),
        ("11(c)", "amend"),
        ("13", "delete"),
        ("14", "amend"),
        ("16", "delete"),
    }

    letters = appended_amendments(_corpus_text("lexpredict-40643-1996-12-04.txt"))
    assert [(a.title, a.date) for a in letters] == [
        ("THIRD LIMITED WAIVER AND SECOND AMENDMENT TO NOTE AGREEMENTS", "1996-11-15")
    ]


def test_more_tuned_amendments_of_the_corpus() -> None:
    """The later shapes as filed: a Third Amendment whose numbered operations under their own
    headings follow a block of definitions, with "replacing in lieu thereof the amount" and two
    schedules replaced in one sentence; definitions listed without blank lines; two new
    sections inserted by one clause; and a schedule of the agreement a term was defined for
    where only that term's parenthesis names it."""
    text = _corpus_text("lexpredict-812076-1999-05-27.txt")
    ops = {(t.section, t.term): op for op in find_operations(text) for t in op.targets}
    assert {("2.05", None), ("6.04", None), ("9.01", None)} <= set(ops)
    assert {("Schedule 2.01", None), ("Schedule 3.06", None)} <= set(ops)
    wording = ops[("6.04", None)].new_text
    assert wording is not None and text[wording[0] : wording[1]] == "$17,000,000"
    guaranty = ops[(None, "Topps Enterprises Guaranty")].new_text
    assert guaranty is not None and text[guaranty[0] : guaranty[1]].endswith(
        "otherwise modified from time to time."
    )

    text = _corpus_text("lexpredict-1058444-2010-08-05.txt")
    added = {t.term for op in find_operations(text) if op.action == "add" for t in op.targets}
    assert {"Sixth Amendment Effective Date", "Slough Data Center"} <= added

    text = _corpus_text("lexpredict-1178818-2008-04-22.txt")
    new = {
        t.section: text[op.new_text[0] : op.new_text[0] + 4]
        for op in find_operations(text)
        if op.action == "add" and op.new_text
        for t in op.targets
        if t.section in ("2.15", "2.16")
    }
    assert new == {"2.15": "2.15", "2.16": "2.16"}

    path = "lexpredict-1386355-2012-08-29.txt"
    x = extract(SourceDocument(text=_corpus_text(path), path=path))
    ents = {e.ref: e for e in x.entities}
    (changed,) = [ents[r.target] for r in x.relations if r.type == "CHANGES"]
    owner = ents[str(changed.props["agreement"])].props
    assert changed.props["section"] == "Schedule 2.01"
    assert (owner["title"], owner["date"]) == (
        "Fourth Amended and Restated Credit Agreement",
        "2006-08-23",
    )


#: Shapes of issue #14's second round: numbered items run together in one paragraph, words a
#: section holds replaced, a part inserted after a lettered clause, a new section "set forth
#: below", an agreement named with its date.
MORE_SHAPES: list[tuple[str, str, list[tuple[str | None, str | None, str, str | None]]]] = [
    (
        "numbered items run together after one lead-in, the wording ending at the next number",
        "NOW, THEREFORE, the parties agree to amend the Loan Agreement as set forth below: 1. "
        "Section 3.2 of the Loan Agreement is hereby replaced in its entirety with the "
        "following: 3.2 Term. The term is five years. 2. Section 3.4 of the Loan Agreement is "
        "hereby deleted in its entirety. 3. Except as amended herein, the Loan Agreement "
        "remains in full force and effect.",
        [
            ("3.2", None, "replace", "3.2 Term. The term is five years."),
            ("3.4", None, "delete", None),
        ],
    ),
    (
        "a lettered list under one lead-in, in one paragraph",
        "1. The Loan Agreement is hereby amended as follows: (a) Section 2.1 is amended by "
        'striking "$5,000,000" and substituting "$7,500,000". (b) Section 7.4 is deleted in '
        "its entirety.",
        [("2.1", None, "amend", "$7,500,000"), ("7.4", None, "delete", None)],
    ),
    (
        "all references to a figure in a section replaced: the section changes in part",
        '1. All references to "$10,000,000" in Section 2.1 of the Loan Agreement are replaced '
        'with "$15,000,000".',
        [("2.1", None, "amend", "$15,000,000")],
    ),
    (
        "a clause inserted immediately after a lettered one: the new clause is added",
        "1. Section 7.2 of the Loan Agreement is amended by inserting immediately after clause "
        "(c) the following:\n\n(d) Liens securing purchase money debt not exceeding $500,000."
        "\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [("7.2(d)", None, "add", "(d) Liens securing purchase money debt not exceeding $500,000.")],
    ),
    (
        "a new section 'set forth below' added after another",
        "1. Section 4.15 set forth below is hereby added to the Loan Agreement following "
        "Section 4.14: 4.15 Reports. The Borrower shall deliver monthly reports. 2. Section "
        "4.16 set forth below is hereby added to the Loan Agreement following Section 4.15: "
        "4.16 Audits. The Lender may audit the books once a year.",
        [
            ("4.15", None, "add", "4.15 Reports. The Borrower shall deliver monthly reports."),
            ("4.16", None, "add", "4.16 Audits. The Lender may audit the books once a year."),
        ],
    ),
    (
        "an article restated under its heading",
        "1. Article VI of the Loan Agreement is hereby amended and restated in its entirety to "
        "read as follows:\n\nARTICLE VI\nNEGATIVE COVENANTS\n\nThe Borrower shall not incur "
        "Indebtedness.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "Article VI",
                None,
                "replace",
                "ARTICLE VI\nNEGATIVE COVENANTS\n\nThe Borrower shall not incur Indebtedness.",
            )
        ],
    ),
    (
        "a schedule replaced by an annex, an exhibit restated in the form attached",
        "1. Schedule 2.1 to the Loan Agreement is hereby replaced by Annex A hereto.\n\n2. "
        "Exhibit C to the Loan Agreement is hereby amended and restated in its entirety in the "
        "form of Exhibit C attached hereto.",
        [("Schedule 2.1", None, "replace", None), ("Exhibit C", None, "replace", None)],
    ),
    (
        "the redaction legend a page ends on is no part of the wording",
        "1. Section 7.5 of the Loan Agreement is hereby replaced in its entirety with the "
        "following:\n\n7.5 Payment. Payment terms are [*] from the invoice. *Confidential "
        "Treatment Requested\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [("7.5", None, "replace", "7.5 Payment. Payment terms are [*] from the invoice.")],
    ),
]


MORE_SHAPES += [
    (
        "a table of changes: each row amends its section, the new words in the amended column",
        "1. The following provisions of the Loan Agreement are amended as set forth in the "
        "table below:\n\nSection        Existing Text        Amended Text\n6.1(a)         3.00 "
        "to 1.00         3.50 to 1.00\n6.1(b)         $2,000,000           $3,000,000\n\n2. "
        "Counterparts. This Amendment may be signed in counterparts.",
        [("6.1(a)", None, "amend", "3.50 to 1.00"), ("6.1(b)", None, "amend", "$3,000,000")],
    ),
    (
        "a table of changes set with rules",
        "1. The Loan Agreement is modified as shown in the following table:\n\n| Provision | "
        "New Text | Current |\n| Section 7.2 | $2,000,000 | $1,000,000 |\n\n2. Counterparts. "
        "This Amendment may be signed in counterparts.",
        [("7.2", None, "amend", "$2,000,000")],
    ),
    (
        "punctuation quoted as the new words ends no clause: the new subsection after it",
        '1. Section 8.1 of the Loan Agreement is amended by deleting "and" at the end of '
        'subsection (f), deleting the period at the end of subsection (g) and inserting "; '
        'and" in lieu thereof, and inserting a new subsection (h) as follows:\n\n"(h) the '
        'Subordinated Notes."\n\n2. Counterparts. This Amendment may be signed in counterparts.',
        # (the words struck before the new subsection amend the section too)
        [
            ("8.1(h)", None, "add", "(h) the Subordinated Notes."),
            ("8.1", None, "amend", "(h) the Subordinated Notes."),
        ],
    ),
    (
        "words inserted after a quoted place that ends in a colon: the wording past its quote",
        "1. Section 9.2 of the Loan Agreement is amended by inserting the following after "
        '"become due and payable, forthwith:"\n\n"and the Borrower shall pay cash collateral,"'
        "\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [("9.2", None, "amend", "and the Borrower shall pay cash collateral,")],
    ),
]


@pytest.mark.parametrize(
    ("shape", "body", "expected"), MORE_SHAPES, ids=[s[0] for s in MORE_SHAPES]
)
def test_more_drafting_shapes(
    shape: str, body: str, expected: list[tuple[str | None, str | None, str, str | None]]
) -> None:
    test_drafting_shape(shape, body, expected)


@pytest.mark.parametrize(
    "body",
    [
        "1. Amendments. No provision of the Loan Agreement may be amended except in writing, "
        "and Section 9.1 of the Loan Agreement may be amended only by a writing signed by the "
        "Lender.",
        "1. The Borrower shall comply with Section 5.1 of the Loan Agreement, as amended from "
        "time to time.",
        "WHEREAS, the parties wish to amend Section 2.1 of the Loan Agreement as set forth "
        "herein;\n\n1. Counterparts. This Amendment may be signed in counterparts.",
        "1. Representations. The Borrower represents that the representations in Section 4 of "
        "the Loan Agreement are true and that Section 6.1 is amended only as stated herein.",
        "1. Conditions. This Amendment shall become effective when the Lender has received a "
        "copy of the Security Agreement, duly amended, and Section 4.1 of the Loan Agreement "
        "shall have been complied with.",
        "1. Section 9.2 of the Loan Agreement shall not be amended by this Amendment.",
        '1. All references in the Loan Documents to "$10,000,000" are replaced with '
        '"$15,000,000".',  # no provision named: no change to attach
    ],
)
def test_statements_about_amending_change_nothing(body: str) -> None:
    assert _changes(body)[1] == []


def test_changes_to_two_agreements_in_one_amendment() -> None:
    """Each change goes to the agreement it names, one named with its date."""
    head = HEAD.replace(
        '(as amended, the "Loan Agreement");',
        '(as amended, the "Loan Agreement"), and the Security Agreement dated as of June 1, '
        '2008 (the "Security Agreement");',
    )
    body = (
        '1. Section 6.1 of the Loan Agreement is hereby amended by deleting "3.00" and '
        'inserting "3.50" in lieu thereof.\n\n2. Section 4.2 of the Security Agreement dated '
        "as of June 1, 2008 is hereby deleted in its entirety."
    )
    x = extract(SourceDocument(text=head + body + TAIL, path="two.txt"))
    ents = {e.ref: e for e in x.entities}
    got = {
        (
            ents[r.target].props["section"],
            r.props["action"],
            ents[str(ents[r.target].props["agreement"])].props["title"],
        )
        for r in x.relations
        if r.type == "CHANGES"
    }
    assert got == {("6.1", "amend", "Loan Agreement"), ("4.2", "delete", "Security Agreement")}


def test_amendments_appended_under_a_heading_and_a_date_line() -> None:
    """An amendment that never names itself in its own voice: its heading, a date alone on
    its line, then its recitals; its attachment ends where the next amendment begins."""
    base = (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 1, 2012 between Acme Inc. "
        '("Acme") and Roe Ltd. ("Roe").\n\n1. Term. The term is one year.\n\nIN WITNESS '
        "WHEREOF, the parties have signed this Agreement.\n\nACME INC.\n\nBy: /s/ Jane Roe\n\n"
    )
    first = (
        "ACME INC.\n\nAMENDMENT TO SUPPLY AGREEMENT\n\nJune 1, 2013\n\nWHEREAS, Acme and Roe "
        'have entered into a Supply Agreement dated May 1, 2012 (the "Agreement"); and\n\n'
        "NOW, THEREFORE, the parties agree to amend the Agreement as set forth below: 1. "
        "Exhibit B of the Agreement is hereby replaced in its entirety with Exhibit B attached "
        "hereto. 2. Except as amended herein, the Agreement remains in effect.\n\nIN WITNESS "
        "WHEREOF, the parties have executed this Amendment.\n\nACME INC.\n\nBy: /s/ Jane Roe\n\n"
        "Exhibit B\n\nPrices\n\nB.1 Each unit costs $5.\n\n"
    )
    second = (
        "ACME INC.\n\nAMENDMENT TO SUPPLY AGREEMENT\n\nJuly 1, 2014\n\nWHEREAS, Acme and Roe "
        'have entered into a Supply Agreement dated May 1, 2012, as amended (the "Agreement")'
        ".\n\nNOW, THEREFORE, the parties agree as follows: 1. Section 1 of the Agreement is "
        "hereby deleted in its entirety.\n\nIN WITNESS WHEREOF, the parties have executed this "
        "Amendment.\n\nACME INC.\n\nBy: /s/ Jane Roe\n"
    )
    text = base + first + second
    found = appended_amendments(text)
    assert [(a.title, a.date) for a in found] == [
        ("AMENDMENT TO SUPPLY AGREEMENT", "2013-06-01"),
        ("AMENDMENT TO SUPPLY AGREEMENT", "2014-07-01"),
    ]
    x = extract(SourceDocument(text=text, path="supply.txt"))
    ents = {e.ref: e for e in x.entities}
    got = {
        (
            ents[r.source].props["date"],
            ents[r.target].props["section"],
            r.props["action"],
            r.props.get("new_text"),
        )
        for r in x.relations
        if r.type == "CHANGES"
    }
    assert got == {
        ("2013-06-01", "Exhibit B", "replace", "Exhibit B\n\nPrices\n\nB.1 Each unit costs $5."),
        ("2014-07-01", "1", "delete", None),
    }


def test_a_manufacturing_agreement_with_its_amendments_appended() -> None:
    """A CUAD contract filed with three amendments after it, each under its heading and date
    line, their items numbered inline: sections replaced and added, an exhibit replaced by the
    one attached (up to the next amendment), each credited to its amendment."""
    path = CORPUS / "cuad-dev" / "contracts" / "Sonos_Inc._-_Manufacturing_Agreement.txt"
    x = extract(SourceDocument(text=path.read_text(encoding="utf-8"), path=str(path)))
    ents = {e.ref: e for e in x.entities}
    got = {
        (ents[r.source].props["date"], ents[r.target].props["section"], r.props["action"])
        for r in x.relations
        if r.type == "CHANGES"
    }
    assert got == {
        ("2014-09-24", "6.5", "replace"),
        ("2014-09-24", "Exhibit D", "replace"),
        ("2015-11-01", "4.15", "add"),
        ("2015-11-01", "4.16", "add"),
        ("2017-10-01", "1.12", "replace"),
        ("2017-10-01", "6.5", "replace"),
        ("2017-10-01", "7.5", "replace"),
    }


def test_an_amendment_title_in_the_chain_is_no_agreement_changed() -> None:
    """ "... as amended by a Second Amendment to Loan Agreement dated as of May 1, 2009 (as so
    amended, the "Agreement")": "Section 2.1 of the Agreement" is a section of the Loan
    Agreement of 2008, not of a Loan Agreement dated with the Second Amendment's date."""
    head = (
        "THIRD AMENDMENT TO LOAN AGREEMENT\n\n"
        'This THIRD AMENDMENT TO LOAN AGREEMENT ("Third Amendment") is entered into as of '
        'March 1, 2010 by and between ACME HOLDINGS, INC. (the "Borrower") and FIRST '
        'NATIONAL BANK (the "Bank") and amends that certain Loan Agreement dated as of June 1, '
        "2008 between Borrower and the Bank, as amended by a First Amendment to Loan Agreement "
        "dated as of January 5, 2009 and a Second Amendment to Loan Agreement dated as of May "
        '1, 2009 (as so amended, the "Agreement").\n\n'
    )
    body = (
        "1. Section 2.1 of the Agreement is amended and restated in its entirety as follows:"
        "\n\n2.1 Loans. The Bank shall make Loans.\n\n2. Counterparts. This Amendment may be "
        "signed in counterparts."
    )
    x = extract(SourceDocument(text=head + body + TAIL, path="chain.txt"))
    ents = {e.ref: e for e in x.entities}
    (change,) = [r for r in x.relations if r.type == "CHANGES"]
    owner = ents[str(ents[change.target].props["agreement"])].props
    assert (owner["title"], owner["date"]) == ("Loan Agreement", "2008-06-01")
