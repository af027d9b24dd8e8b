"""Credit amendments of round two that change sections, subsections and clauses in their many
numberings and wordings, or replace schedules, annexes, exhibits, notes and the guaranty."""

from __future__ import annotations

from tests.changes_round2_credit.case import Case, amendment, case, cut

CASES: list[Case] = []


# 5. An amount swapped where it appears in a section.
T = amendment(
    'Section 3. Investments. Section 6.12 is amended by deleting "$5,000,000" where it appears '
    'therein and substituting "$7,500,000" therefor.'
)
case(CASES, "amount swapped where it appears", T, [("6.12", None, "amend", "$7,500,000")])


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
    CASES,
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
    CASES,
    "joiners moved and a new clause added",
    T,
    # (written blind as an amendment of Section 6.2; the suite's rule, kept: a new clause of a
    # section is added, "6.2(e)", while a new clause of a definition amends the definition;
    # the joiners struck before it amend the section too, as the tuned gold has it)
    [
        ("6.2(e)", None, "add", cut(T, "(e) Liens securing", "Section 6.1(g).")),
        ("6.2", None, "amend", cut(T, "(e) Liens securing", "Section 6.1(g).")),
    ],
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
    CASES,
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
    CASES,
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
    CASES,
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
case(CASES, "an annex restated as set forth on", T, [("Annex A", None, "replace", None)])


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
    CASES,
    "the notes and the guaranty changed",
    T,
    [
        ("1", None, "amend", "June 30, 2022"),
        ("4(b)", None, "replace", cut(T, "(b) The Guarantor shall", "at all times.")),
    ],
)


# 18. Active voice under a run-in heading, a clause deleted.
T = amendment(
    "Amendment to Section 9.3. The Borrower, the Agent and the Required Lenders hereby amend "
    "Section 9.3 of the Credit Agreement by deleting clause (b) thereof in its entirety.\n\n"
    "Effectiveness. This Amendment shall become effective on the date hereof."
)
case(CASES, "active voice, a clause deleted", T, [("9.3(b)", None, "delete", None)])


# 19. A new section added at the end of an article.
T = amendment(
    "1. New Covenant. Article VII of the Credit Agreement is hereby amended by adding the "
    "following new Section 7.17 at the end thereof:\n\n"
    '"7.17 Anti-Terrorism Laws. No Loan Party shall be in violation of any law relating to '
    'terrorism or money laundering."\n\n'
    "2. Ratification. The Credit Agreement, as amended hereby, is ratified."
)
case(
    CASES,
    "a new section added at the end of an article",
    T,
    [("7.17", None, "add", cut(T, "7.17 Anti-Terrorism Laws.", "money laundering."))],
)


# 21. HTML-converted text with doubled spaces, a ratio replaced in a subsection.
T = amendment(
    "(d)  Section  6.01(a)  of  the  Credit  Agreement  is  hereby  amended  by  replacing  the  "
    'reference  to  "3.50  to  1.00"  contained  therein  with  "3.75  to  1.00".\n\n'
    "(e)  Except  as  amended  hereby,  the  Credit  Agreement  remains  unchanged."
)
case(
    CASES,
    "doubled spaces, a ratio replaced in a subsection",
    T,
    [("6.01(a)", None, "amend", "3.75  to  1.00")],
)


# 22. A reference in a named section changed.
T = amendment(
    '3. Terminology. The reference in Section 2.5(b) of the Credit Agreement to "Revolving '
    'Credit Commitment" is hereby changed to "Revolving Commitment".'
)
case(
    CASES,
    "a reference in a section changed",
    T,
    [("2.5(b)", None, "amend", "Revolving Commitment")],
)


# 23. "Subsection ... amended in its entirety to read as follows", unquoted wording.
T = amendment(
    "(c) Subsection 6.1(k) of the Credit Agreement is hereby amended in its entirety to read as "
    "follows:\n\n"
    "(k) unsecured Indebtedness of the Borrower not to exceed $2,000,000 in the aggregate at any "
    "time outstanding;\n\n"
    "(d) No other amendment. Except as provided herein, the Credit Agreement is unchanged."
)
case(
    CASES,
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
    CASES,
    "a paragraph of a section, words struck",
    T,
    [("2.04(c)", None, "amend", "seventy-five percent (75%)")],
)


# 26. An exhibit replaced "with Exhibit B hereto", its title in brackets.
T = amendment(
    "4. Compliance Certificate. Exhibit B (Form of Compliance Certificate) to the Credit "
    "Agreement is hereby replaced with Exhibit B hereto."
)
case(CASES, "an exhibit named with its title replaced", T, [("Exhibit B", None, "replace", None)])


# 27. A sub-subsection restated with quoted new wording on the same line.
T = amendment(
    'Section 4. Notices. Section 11.2(a)(iii) of the Credit Agreement is amended to read: "(iii) '
    'if to any Lender, to its address set forth in its Administrative Questionnaire."'
)
case(
    CASES,
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
    CASES,
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
    CASES,
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
