"""Round two of the change reader's blind stress test: credit and loan agreement amendments in
shapes our other tests seldom hold (pricing grids and covenant tables restated, a clause of a
definition changed, amounts swapped "where it appears therein", "each reference to" a term,
"hereby modified to", joiners moved and a new clause added, sections numbered 7.1.3 and 10-2,
schedules, annexes and exhibits replaced in several wordings, notes and guaranty changed in one
amendment, the recitals of an amended and restated agreement, changes effective later or on
conditions, several changes inside one numbered paragraph). Every passage and every change
expected was written before the extractor ran on it; names, amounts and dates are made up.

Each case is (name, text, expected), an expected change (section, term, action, new wording)
with its wording cut from the text by its first and last words (``cut``).
"""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, changes
from tests.evaluation.changes import provision_id

_HEAD = (
    "{title}\n\n"
    'THIS {title} (this "Amendment") is entered into as of {date}, among {borrower}, a '
    'Delaware corporation (the "Borrower"), the financial institutions party hereto (the '
    '"Lenders") and {agent}, as administrative agent (in such capacity, the "Agent").\n\n'
    "RECITALS\n\n"
    "A. The Borrower, the Lenders and the Agent are parties to a {base} dated as of "
    '{base_date} (as amended prior to the date hereof, the "{short}").\n\n'
    "B. The Borrower has requested that the Lenders amend the {short} as set forth herein, "
    "and the Lenders are willing to do so on the terms and conditions hereof.\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
)
_TAIL = (
    "\n\n9. Counterparts. This Amendment may be executed in any number of counterparts.\n\n"
    "IN WITNESS WHEREOF, the parties have caused this Amendment to be executed as of the date "
    "first written above.\n\n{borrower}\n\nBy: /s/ Martin Quell\nName: Martin Quell\n"
    "Title: Treasurer\n\n{agent}, as Agent and a Lender\n\nBy: /s/ Dana Ortiz\n"
    "Name: Dana Ortiz\nTitle: Managing Director\n"
)


def amendment(
    body: str,
    *,
    title: str = "THIRD AMENDMENT TO CREDIT AGREEMENT",
    base: str = "Credit Agreement",
    short: str = "Credit Agreement",
    borrower: str = "HOLLOWAY PACKAGING CORP.",
    agent: str = "FIRST CASCADE BANK, N.A.",
) -> str:
    """One short amendment of a credit agreement dated June 2, 2016 with ``body`` as its
    operative sections."""
    head = _HEAD.format(
        title=title,
        date="May 14, 2019",
        borrower=borrower,
        agent=agent,
        base=base,
        base_date="June 2, 2016",
        short=short,
    )
    return head + body + _TAIL.format(borrower=borrower, agent=agent)


def cut(text: str, first: str, last: str | None = None) -> str:
    """The slice of ``text`` from ``first`` (which occurs once) through the end of the first
    ``last`` after it (``first`` itself when no ``last``)."""
    assert text.count(first) == 1, first
    start = text.index(first)
    end = start + len(first) if last is None else text.index(last, start) + len(last)
    return text[start:end]


Case = tuple[str, str, list[Expected]]
CASES: list[Case] = []


def case(name: str, text: str, expected: list[Expected]) -> None:
    CASES.append((name, text, expected))


# 1. A pricing grid restated inside a definition, HTML-converted spacing.
T = amendment(
    "1.\xa0\xa0Amendment to Definition of Applicable Rate.\xa0\xa0The table in the definition of "
    '"Applicable Rate" in Section 1.01 of the Credit Agreement is hereby amended and restated '
    "as follows:\n\n"
    "Pricing Level     Consolidated Leverage Ratio          Eurodollar Rate Loans     "
    "Base Rate Loans     Commitment Fee\n\n"
    "I                 < 1.50:1.00                          1.250%                    "
    "0.250%              0.200%\n\n"
    "II                >= 1.50:1.00 but < 2.25:1.00         1.500%                    "
    "0.500%              0.250%\n\n"
    "III               >= 2.25:1.00                         1.875%                    "
    "0.875%              0.300%\n\n"
    "2.\xa0\xa0Representations and Warranties.\xa0\xa0The Borrower represents and warrants that no "
    "Default exists."
)
case(
    "pricing grid in a definition restated",
    T,
    [(None, "Applicable Rate", "amend", cut(T, "Pricing Level", "0.300%"))],
)

# 2. A definition restated whole, its grid inside; then a fee percentage swapped.
T = amendment(
    "1. Amendments.\n\n"
    '(a) The definition of "Applicable Margin" set forth in Section 1.1 of the Loan Agreement '
    "is hereby amended and restated in its entirety to read as follows:\n\n"
    '"Applicable Margin" means, for any day, the rate per annum set forth below opposite the '
    "Leverage Ratio as of the most recent Calculation Date:\n\n"
    "    Leverage Ratio                    LIBOR Loans     Prime Rate Loans\n"
    "    Greater than 3.00 to 1.00         2.50%           1.00%\n"
    "    Less than or equal to 3.00        2.00%           0.50%\n"
    "      to 1.00\n\n"
    '(b) Section 2.6 of the Loan Agreement is hereby amended by deleting "0.375%" and '
    'substituting "0.50%" therefor.',
    title="SECOND AMENDMENT TO LOAN AGREEMENT",
    base="Loan Agreement",
    short="Loan Agreement",
)
case(
    "definition with its grid restated, and a fee swapped",
    T,
    [
        (
            None,
            "Applicable Margin",
            "replace",
            cut(T, '"Applicable Margin" means', "      to 1.00"),
        ),
        ("2.6", None, "amend", "0.50%"),
    ],
)

# 3. Covenant levels by a table of quarters, 1990s hard-wrapped; a covenant restated.
T = amendment(
    "     2.3  Leverage Ratio.  Section 7.11 of the Credit Agreement\n"
    "is hereby amended by deleting the table appearing therein and\n"
    "substituting the following table therefor:\n\n"
    "          Fiscal Quarter Ending          Maximum Leverage Ratio\n"
    "          ---------------------          ----------------------\n"
    "          March 31, 1998                     4.25 to 1.00\n"
    "          June 30, 1998                      4.00 to 1.00\n"
    "          September 30, 1998 and             3.75 to 1.00\n"
    "          thereafter\n\n"
    "     2.4  Interest Coverage.  Section 7.12 of the Credit Agreement\n"
    "is hereby amended to read in its entirety as follows:\n\n"
    '          "7.12  Interest Coverage Ratio.  The Borrower will not\n'
    "     permit the Interest Coverage Ratio, as of the last day of any\n"
    '     fiscal quarter, to be less than 2.50 to 1.00."\n\n'
    "     2.5  No Other Changes.  Except as set forth herein, the Credit\n"
    "Agreement remains in full force and effect."
)
case(
    "covenant table of quarters and a covenant restated, hard-wrapped",
    T,
    [
        ("7.11", None, "amend", cut(T, "Fiscal Quarter Ending", "          thereafter")),
        ("7.12", None, "replace", cut(T, "7.12  Interest Coverage Ratio.", "2.50 to 1.00.")),
    ],
)

# 4. A clause of a definition changed by swapping an amount.
T = amendment(
    '2. Amendment to Permitted Liens. Clause (iii) of the definition of "Permitted Liens" in '
    'Section 1.1 of the Credit Agreement is hereby amended by deleting "$2,500,000" and '
    'substituting "$4,000,000" therefor.'
)
case(
    "a clause of a definition changed",
    T,
    [(None, "Permitted Liens", "amend", "$4,000,000")],
)

# 5. An amount swapped where it appears in a section.
T = amendment(
    'Section 3. Investments. Section 6.12 is amended by deleting "$5,000,000" where it appears '
    'therein and substituting "$7,500,000" therefor.'
)
case("amount swapped where it appears", T, [("6.12", None, "amend", "$7,500,000")])

# 6. A name changed throughout (no provision) and a subsection "hereby modified".
T = amendment(
    "1. Amendments to Credit Agreement.\n\n"
    '(a) Each reference to "Revolving Credit Commitment" in the Credit Agreement is changed to '
    '"Revolving Commitment".\n\n'
    "(b) Section 2.1(a) of the Credit Agreement is hereby modified to read as follows:\n\n"
    "(a) Revolving Loans. Subject to the terms and conditions set forth herein, each Lender "
    "severally agrees to make Revolving Loans to the Borrower from time to time during the "
    "Availability Period in an aggregate amount not exceeding its Revolving Commitment.\n\n"
    "2. Conditions. This Amendment shall be effective upon its execution by the Required "
    "Lenders."
)
case(
    "a name changed throughout, and a subsection modified",
    T,
    [
        (
            "2.1(a)",
            None,
            "replace",
            cut(T, "(a) Revolving Loans.", "not exceeding its Revolving Commitment."),
        )
    ],
)

# 7. Joiners moved and a new clause added at the end.
T = amendment(
    '4. Liens. Section 6.2 of the Credit Agreement is hereby amended by inserting ", and" at '
    "the end of clause (c), deleting the period at the end of clause (d) and substituting "
    '"; and" therefor and adding a new clause (e) to read as follows:\n\n'
    '"(e) Liens securing Indebtedness permitted by Section 6.1(g)."\n\n'
    "5. Reaffirmation. The Borrower reaffirms its obligations under the Loan Documents."
)
case(
    "joiners moved and a new clause added",
    T,
    # (written blind as an amendment of Section 6.2; the suite's rule, kept: a new clause of a
    # section is added, "6.2(e)", while a new clause of a definition amends the definition)
    [("6.2(e)", None, "add", cut(T, "(e) Liens securing", "Section 6.1(g)."))],
)

# 8. A section numbered in three levels deleted and replaced.
T = amendment(
    "SECTION 2. Capital Expenditures. Section 7.1.3 of the Loan Agreement is hereby deleted in "
    "its entirety and replaced with the following:\n\n"
    "7.1.3 Capital Expenditures. The Borrower shall not make Capital Expenditures in any fiscal "
    "year in excess of $1,800,000 in the aggregate.\n\n"
    "SECTION 3. Fees. The Borrower shall pay the Agent an amendment fee of $15,000.",
    base="Loan Agreement",
    short="Loan Agreement",
    title="FIRST AMENDMENT TO LOAN AGREEMENT",
)
case(
    "a section numbered 7.1.3 replaced",
    T,
    [("7.1.3", None, "replace", cut(T, "7.1.3 Capital Expenditures.", "in the aggregate."))],
)

# 9. A hyphenated section named with its heading in brackets, amended in part.
T = amendment(
    "3. Notices. Section 10-2 (Notices) of the Agreement is amended by deleting the address of "
    "the Agent set forth therein and substituting the following:\n\n"
    "If to the Agent:\n"
    "First Cascade Bank, N.A.\n"
    "1200 Fifth Avenue, Suite 400\n"
    "Seattle, Washington 98101\n"
    "Attention: Loan Administration\n\n"
    "4. Governing Law. This Amendment shall be governed by the laws of the State of Washington.",
    short="Agreement",
)
case(
    "a section numbered 10-2 amended in part",
    T,
    [("10-2", None, "amend", cut(T, "If to the Agent:", "Attention: Loan Administration"))],
)

# 10. Schedules and an exhibit replaced, in three wordings, run together in one paragraph.
T = amendment(
    "3. Schedules and Exhibits. (a) Schedule 1.1 to the Credit Agreement is hereby deleted and "
    "replaced with Schedule 1.1 attached hereto. (b) Schedule 5.8 to the Credit Agreement is "
    "hereby amended and restated in the form of Annex I hereto. (c) Exhibit C to the Credit "
    "Agreement is hereby replaced in its entirety by Exhibit C attached to this Amendment."
)
case(
    "schedules and an exhibit replaced in three wordings",
    T,
    [
        ("Schedule 1.1", None, "replace", None),
        ("Schedule 5.8", None, "replace", None),
        ("Exhibit C", None, "replace", None),
    ],
)

# 11. An annex restated "as set forth on" the amendment's annex.
T = amendment(
    "2. Commitments. Annex A (Commitments) to the Credit Agreement is amended and restated in "
    "its entirety as set forth on Annex A to this Amendment."
)
case("an annex restated as set forth on", T, [("Annex A", None, "replace", None)])

# 12. The notes and the guaranty changed in one amendment.
T = amendment(
    "SECTION 2. Amendment to the Term Notes. Section 1 of each Term Note is hereby amended by "
    'deleting "December 31, 2020" and substituting "June 30, 2022" therefor.\n\n'
    "SECTION 3. Amendment to the Guaranty. Section 4(b) of the Guaranty is hereby amended and "
    "restated in its entirety as follows:\n\n"
    '"(b) The Guarantor shall maintain a Tangible Net Worth of not less than $25,000,000 at all '
    'times."\n\n'
    "SECTION 4. Expenses. The Borrower shall pay all expenses of the Agent.",
    title="AMENDMENT TO CREDIT AGREEMENT, TERM NOTES AND GUARANTY",
)
case(
    "the notes and the guaranty changed",
    T,
    [
        ("1", None, "amend", "June 30, 2022"),
        ("4(b)", None, "replace", cut(T, "(b) The Guarantor shall", "at all times.")),
    ],
)

# 13. An amended and restated agreement: its recitals change nothing.
T = (
    "AMENDED AND RESTATED CREDIT AGREEMENT\n\n"
    'This AMENDED AND RESTATED CREDIT AGREEMENT (this "Agreement") is entered into as of '
    'October 1, 2018, among WESTLAKE MILLING COMPANY, an Iowa corporation (the "Borrower"), '
    "the Lenders party hereto and PRAIRIE NATIONAL BANK, as Agent.\n\n"
    "W I T N E S S E T H:\n\n"
    "WHEREAS, the Borrower, certain lenders and the Agent are parties to a Credit Agreement "
    'dated as of March 3, 2014 (the "Existing Credit Agreement");\n\n'
    "WHEREAS, the Borrower has requested that the Existing Credit Agreement be amended and "
    "restated in its entirety, and that Section 2.5 thereof be amended to increase the "
    "Aggregate Commitments to $60,000,000;\n\n"
    "WHEREAS, the parties hereto desire to amend and restate the Existing Credit Agreement in "
    "its entirety as set forth herein, and the Existing Credit Agreement is hereby amended and "
    "restated by this Agreement;\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "ARTICLE I\nDEFINITIONS\n\n"
    "Section 1.1 Defined Terms. As used in this Agreement, the following terms have the "
    'meanings specified below:\n\n"Aggregate Commitments" means $60,000,000.\n\n'
    "ARTICLE II\nTHE LOANS\n\n"
    "Section 2.1 Loans. Each Lender agrees to make Loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nWESTLAKE MILLING COMPANY"
    "\n\nBy: /s/ Ann Reyes\nName: Ann Reyes\nTitle: President\n"
)
case("an amended and restated agreement's recitals", T, [])

# 14. Changes effective on conditions, two in one sentence.
T = amendment(
    "4. Amendments Effective on the Second Amendment Effective Date. Effective on the date on "
    "which each condition set forth in Section 6 hereof is satisfied, (a) Section 2.8 of the "
    'Credit Agreement is hereby amended by deleting "0.25%" and inserting "0.375%" in lieu '
    "thereof; and (b) Section 8.1(f) of the Credit Agreement is hereby amended by deleting "
    '"$10,000,000" and inserting "$15,000,000" in lieu thereof.'
)
case(
    "two changes effective on conditions",
    T,
    [("2.8", None, "amend", "0.375%"), ("8.1(f)", None, "amend", "$15,000,000")],
)

# 15. A change effective on a later date.
T = amendment(
    "2. Amendment Effective January 1, 2020. Effective as of January 1, 2020, Section 7.9 of "
    "the Credit Agreement is amended and restated in its entirety as follows:\n\n"
    '"7.9 Minimum Liquidity. The Borrower shall maintain Liquidity of not less than '
    '$8,000,000 at all times."\n\n'
    "3. Representations. The Borrower represents that no Event of Default has occurred."
)
case(
    "a section restated effective on a later date",
    T,
    [("7.9", None, "replace", cut(T, "7.9 Minimum Liquidity.", "$8,000,000 at all times."))],
)

# 16. Several changes in one numbered paragraph with (a), (b), (c) and (i), (ii).
T = amendment(
    "2. Amendments to Article I. Section 1.1 of the Credit Agreement is hereby amended as "
    "follows:\n\n"
    "(a) The following definitions are hereby added in the appropriate alphabetical order:\n\n"
    '(i) "Fourth Amendment Effective Date" means August 12, 2019.\n\n'
    '(ii) "Specified Acquisition" means the acquisition by the Borrower of all of the Equity '
    "Interests of Tamarind Holdings LLC.\n\n"
    '(b) The definition of "Consolidated EBITDA" is hereby amended by (i) deleting the word '
    '"and" at the end of clause (f) thereof, (ii) inserting "and" at the end of clause (g) '
    'thereof and (iii) adding a new clause (h) as follows: "(h) non-recurring transaction costs '
    "incurred in connection with the Specified Acquisition in an amount not to exceed "
    '$3,000,000".\n\n'
    '(c) The definition of "Change of Control" is hereby deleted in its entirety.\n\n'
    "3. Conditions. This Amendment is effective upon execution."
)
case(
    "several changes in one numbered paragraph",
    T,
    [
        (
            None,
            "Fourth Amendment Effective Date",
            "add",
            # (written blind without the list's "(i)"; the suite's rule, kept: a lettered list
            # of new definitions keeps each one's label, as tests/test_extract_changes.py has it)
            cut(T, '(i) "Fourth Amendment Effective Date" means', "August 12, 2019."),
        ),
        (
            None,
            "Specified Acquisition",
            "add",
            cut(T, '(ii) "Specified Acquisition" means', "Tamarind Holdings LLC."),
        ),
        (
            None,
            "Consolidated EBITDA",
            "amend",
            cut(T, "(h) non-recurring", "not to exceed $3,000,000"),
        ),
        (None, "Change of Control", "delete", None),
    ],
)

# 17. A page footer between the lead-in and its list.
T = amendment(
    "SECTION 2. Amendments. The Credit Agreement is hereby amended as follows:\n\n"
    "                                   -2-\n\f\n"
    '     (a) Section 5.1(c) is amended by deleting "forty-five (45) days" and substituting '
    '"sixty (60) days" therefor.\n\n'
    "     (b) Section 5.14 is hereby deleted in its entirety.\n\n"
    "SECTION 3. Miscellaneous. This Amendment is a Loan Document."
)
case(
    "page footer between the lead-in and its list",
    T,
    [("5.1(c)", None, "amend", "sixty (60) days"), ("5.14", None, "delete", None)],
)

# 18. Active voice under a run-in heading, a clause deleted.
T = amendment(
    "Amendment to Section 9.3. The Borrower, the Agent and the Required Lenders hereby amend "
    "Section 9.3 of the Credit Agreement by deleting clause (b) thereof in its entirety.\n\n"
    "Effectiveness. This Amendment shall become effective on the date hereof."
)
case("active voice, a clause deleted", T, [("9.3(b)", None, "delete", None)])

# 19. A new section added at the end of an article.
T = amendment(
    "1. New Covenant. Article VII of the Credit Agreement is hereby amended by adding the "
    "following new Section 7.17 at the end thereof:\n\n"
    '"7.17 Anti-Terrorism Laws. No Loan Party shall be in violation of any law relating to '
    'terrorism or money laundering."\n\n'
    "2. Ratification. The Credit Agreement, as amended hereby, is ratified."
)
case(
    "a new section added at the end of an article",
    T,
    [("7.17", None, "add", cut(T, "7.17 Anti-Terrorism Laws.", "money laundering."))],
)

# 20. A covenant restated with its table of periods, rule-separated cells.
T = amendment(
    "2. Fixed Charge Coverage. Section 6.9 (Fixed Charge Coverage Ratio) of the Credit "
    "Agreement is amended and restated in its entirety as follows:\n\n"
    "6.9 Fixed Charge Coverage Ratio. Permit the Fixed Charge Coverage Ratio as of the last day "
    "of any fiscal quarter set forth below to be less than the ratio set forth opposite such "
    "quarter:\n\n"
    "  Period                                                          | Ratio\n"
    "  Fiscal quarters ending March 31, 2019 through December 31, 2019 | 1.10:1.00\n"
    "  Each fiscal quarter thereafter                                  | 1.25:1.00\n\n"
    "3. Fees. The Borrower shall pay the fees set forth in the Fee Letter."
)
case(
    "a covenant restated with its table of periods",
    T,
    [("6.9", None, "replace", cut(T, "6.9 Fixed Charge Coverage Ratio. Permit", "| 1.25:1.00"))],
)

# 21. HTML-converted text with doubled spaces, a ratio replaced in a subsection.
T = amendment(
    "(d)  Section  6.01(a)  of  the  Credit  Agreement  is  hereby  amended  by  replacing  the  "
    'reference  to  "3.50  to  1.00"  contained  therein  with  "3.75  to  1.00".\n\n'
    "(e)  Except  as  amended  hereby,  the  Credit  Agreement  remains  unchanged."
)
case(
    "doubled spaces, a ratio replaced in a subsection",
    T,
    [("6.01(a)", None, "amend", "3.75  to  1.00")],
)

# 22. A reference in a named section changed.
T = amendment(
    '3. Terminology. The reference in Section 2.5(b) of the Credit Agreement to "Revolving '
    'Credit Commitment" is hereby changed to "Revolving Commitment".'
)
case("a reference in a section changed", T, [("2.5(b)", None, "amend", "Revolving Commitment")])

# 23. "Subsection ... amended in its entirety to read as follows", unquoted wording.
T = amendment(
    "(c) Subsection 6.1(k) of the Credit Agreement is hereby amended in its entirety to read as "
    "follows:\n\n"
    "(k) unsecured Indebtedness of the Borrower not to exceed $2,000,000 in the aggregate at any "
    "time outstanding;\n\n"
    "(d) No other amendment. Except as provided herein, the Credit Agreement is unchanged."
)
case(
    "a subsection amended in its entirety",
    T,
    [("6.1(k)", None, "replace", cut(T, "(k) unsecured Indebtedness", "at any time outstanding;"))],
)

# 24. A paragraph of a section, words struck and inserted.
T = amendment(
    "2. Mandatory Prepayments. Paragraph (c) of Section 2.04 of the Credit Agreement is amended "
    'by striking "fifty percent (50%)" and inserting in its place "seventy-five percent '
    '(75%)".'
)
case(
    "a paragraph of a section, words struck",
    T,
    [("2.04(c)", None, "amend", "seventy-five percent (75%)")],
)

# 25. A definition added to the guaranty.
T = amendment(
    "5. Amendment to Guaranty. Section 1 of the Guaranty is amended by adding the following "
    "definition in proper alphabetical order:\n\n"
    '"Excluded Swap Obligation" means any Swap Obligation if the guarantee thereof by such '
    "Guarantor is illegal under the Commodity Exchange Act.\n\n"
    "6. Reaffirmation of Guaranty. Each Guarantor consents to this Amendment.",
    title="FOURTH AMENDMENT TO CREDIT AGREEMENT AND FIRST AMENDMENT TO GUARANTY",
)
case(
    "a definition added to the guaranty",
    T,
    [
        (
            None,
            "Excluded Swap Obligation",
            "add",
            cut(T, '"Excluded Swap Obligation" means', "Commodity Exchange Act."),
        )
    ],
)

# 26. An exhibit replaced "with Exhibit B hereto", its title in brackets.
T = amendment(
    "4. Compliance Certificate. Exhibit B (Form of Compliance Certificate) to the Credit "
    "Agreement is hereby replaced with Exhibit B hereto."
)
case("an exhibit named with its title replaced", T, [("Exhibit B", None, "replace", None)])

# 27. A sub-subsection restated with quoted new wording on the same line.
T = amendment(
    'Section 4. Notices. Section 11.2(a)(iii) of the Credit Agreement is amended to read: "(iii) '
    'if to any Lender, to its address set forth in its Administrative Questionnaire."'
)
case(
    "a sub-subsection restated on one line",
    T,
    [
        (
            "11.2(a)(iii)",
            None,
            "replace",
            cut(T, "(iii) if to any Lender", "Administrative Questionnaire."),
        )
    ],
)

# 28. A request in the recitals is no change; the operative section is.
T = amendment(
    "1. Restricted Payments. Section 6.12 of the Credit Agreement is hereby amended by deleting "
    'the figure "$1,000,000" in clause (b) thereof and substituting "$2,500,000" therefor.',
    title="WAIVER AND FIRST AMENDMENT TO CREDIT AGREEMENT",
).replace(
    "has requested that the Lenders amend the Credit Agreement",
    "has requested that Section 6.12 of the Credit Agreement be amended",
)
case("a request in the recitals, then the change", T, [("6.12", None, "amend", "$2,500,000")])

# 29. Two sections in hyphenated numbering, one deleted and one added, hard-wrapped.
T = amendment(
    "     2.  Section 5-3(b) of the Loan Agreement is hereby\n"
    "deleted in its entirety and the following is substituted\n"
    "therefor:\n\n"
    "          (b) Borrower shall deliver to Lender, within ninety (90)\n"
    "     days after the end of each fiscal year, audited financial\n"
    "     statements of Borrower.\n\n"
    "     3.  The Loan Agreement is hereby amended by adding a new\n"
    "Section 5-9 immediately following Section 5-8 to read as follows:\n\n"
    "          5-9.  Deposit Accounts.  Borrower shall maintain its\n"
    "     primary operating accounts with Lender.\n\n"
    "     4.  Borrower shall pay Lender's attorneys' fees.",
    base="Loan Agreement",
    short="Loan Agreement",
    title="SECOND AMENDMENT TO LOAN AGREEMENT",
)
case(
    "hyphenated sections replaced and added, hard-wrapped",
    T,
    [
        (
            "5-3(b)",
            None,
            "replace",
            cut(T, "(b) Borrower shall deliver", "statements of Borrower."),
        ),
        ("5-9", None, "add", cut(T, "5-9.  Deposit Accounts.", "operating accounts with Lender.")),
    ],
)

# 30. A maturity date in the notes and in the agreement, "amended to read".
T = amendment(
    '1. Maturity. (a) The definition of "Revolving Termination Date" in Section 1.1 of the '
    'Credit Agreement is hereby amended to read as follows: ""Revolving Termination Date" means '
    'March 31, 2023." (b) Section 2 of each Revolving Note is hereby amended by deleting "March '
    '31, 2021" and substituting "March 31, 2023" therefor.'
)
case(
    "a termination date in the agreement and the notes",
    T,
    [
        (
            None,
            "Revolving Termination Date",
            "replace",
            cut(T, '"Revolving Termination Date" means', "March 31, 2023."),
        ),
        ("2", None, "amend", "March 31, 2023"),
    ],
)


def check_case(name: str, text: str, expected: list[Expected]) -> None:
    """Every change expected is found with its exact new wording (where one is expected), and
    no other change is."""
    got = [g for g, _ in changes(text)]
    got_keys = sorted({(provision_id(s, t), a) for s, t, a, _ in got})
    assert got_keys == sorted({(provision_id(s, t), a) for s, t, a, _ in expected}), name
    for s, t, a, new in expected:
        if new is None:
            continue
        found = {
            n for gs, gt, ga, n in got if (provision_id(gs, gt), ga) == (provision_id(s, t), a)
        }
        assert found == {new}, (name, s, t)


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round2_credit(name: str, text: str, expected: list[Expected]) -> None:
    check_case(name, text, expected)
