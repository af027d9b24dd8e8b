"""Credit amendments of round two that restate pricing grids and covenant tables or change
definitions (a clause of one, a definition restated whole, definitions added to a list or to a
guaranty)."""

from __future__ import annotations

from tests.changes_round2_credit.case import Case, amendment, case, cut

CASES: list[Case] = []


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
    CASES,
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
    CASES,
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
    CASES,
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
    CASES,
    "a clause of a definition changed",
    T,
    [(None, "Permitted Liens", "amend", "$4,000,000")],
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
    CASES,
    "several changes in one numbered paragraph",
    T,
    [
        (
            None,
            "Fourth Amendment Effective Date",
            "add",
            # (written blind without the list's "(i)", as the suite now has it: the label
            # numbers the amendment's list, the definition opens with its term)
            cut(T, '"Fourth Amendment Effective Date" means', "August 12, 2019."),
        ),
        (
            None,
            "Specified Acquisition",
            "add",
            cut(T, '"Specified Acquisition" means', "Tamarind Holdings LLC."),
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
    CASES,
    "a covenant restated with its table of periods",
    T,
    [("6.9", None, "replace", cut(T, "6.9 Fixed Charge Coverage Ratio. Permit", "| 1.25:1.00"))],
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
    CASES,
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
