"""Round two of the change reader's blind stress test, a third small batch of credit
amendments (see :mod:`tests.test_changes_round2_credit`), written blind after the second ran:
a clause replaced by naming it after the verb, a grid replaced by an annex, a fee letter's
section, run-in definitions restated in a lettered list without blank lines, a section
"modified by" adding words, a hyphenated section's clause deleted. Every change expected was
written before the extractor ran on it; names, amounts and dates are made up.
"""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected
from tests.changes_round2_credit.case import Case, amendment, check_case, cut

THIRD: list[Case] = []


def case(name: str, text: str, expected: list[Expected]) -> None:
    THIRD.append((name, text, expected))


# C1. A clause replaced by naming it after the verb.
T = amendment(
    "2. Asset Sales. Section 6.5 of the Credit Agreement is hereby amended by replacing clause "
    "(d) thereof with the following:\n\n"
    "(d) sales of obsolete or worn out equipment in the ordinary course of business;\n\n"
    "3. Fees. The Borrower shall pay the Agent's fees."
)
case(
    "a clause replaced by naming it after the verb",
    T,
    [("6.5(d)", None, "replace", cut(T, "(d) sales of obsolete", "course of business;"))],
)

# C2. A pricing grid replaced by an annex of the amendment.
T = amendment(
    '4. Pricing. The pricing grid set forth in the definition of "Applicable Margin" in Section '
    "1.1 of the Credit Agreement is hereby deleted and replaced with the pricing grid set forth "
    "on Annex B to this Amendment."
)
case("a pricing grid replaced by an annex", T, [(None, "Applicable Margin", "amend", None)])

# C3. Definitions restated in a lettered list, one paragraph each, no blank lines.
T = amendment(
    "1. Definitions. Section 1.01 of the Credit Agreement is hereby amended as follows:\n"
    '(a) The definition of "Maturity Date" is amended and restated to read as follows:\n'
    '"Maturity Date" means May 14, 2024.\n'
    '(b) The definition of "Aggregate Commitments" is amended by deleting "$40,000,000" and '
    'substituting "$55,000,000" therefor.\n'
    "2. Conditions. This Amendment is effective upon execution."
)
case(
    "definitions restated in a lettered list without blank lines",
    T,
    [
        (None, "Maturity Date", "replace", cut(T, '"Maturity Date" means', "May 14, 2024.")),
        (None, "Aggregate Commitments", "amend", "$55,000,000"),
    ],
)

# C4. A section "modified by adding" words at its end.
T = amendment(
    "5. Financial Reporting. Section 5.1(d) of the Credit Agreement is hereby modified by adding "
    'the following at the end thereof: ", together with a certificate of the chief financial '
    'officer of the Borrower".'
)
case(
    "a subsection modified by adding words at its end",
    T,
    [
        (
            "5.1(d)",
            None,
            "amend",
            ", together with a certificate of the chief financial officer of the Borrower",
        )
    ],
)

# C5. A hyphenated section's clause deleted, then one restated, hard-wrapped.
T = amendment(
    "     3.  Clause (f) of Section 8-1 of the Loan Agreement is hereby\n"
    "deleted in its entirety.\n\n"
    "     4.  Section 8-4 of the Loan Agreement is hereby amended and\n"
    "restated in its entirety to read as follows:\n\n"
    "          8-4.  Dividends.  Borrower shall not pay any dividend.\n\n"
    "     5.  Borrower shall pay Lender's costs.",
    base="Loan Agreement",
    short="Loan Agreement",
    title="THIRD AMENDMENT TO LOAN AGREEMENT",
)
case(
    "a hyphenated section's clause deleted and another restated",
    T,
    [
        ("8-1(f)", None, "delete", None),
        ("8-4", None, "replace", cut(T, "8-4.  Dividends.", "pay any dividend.")),
    ],
)

# C6. Covenant levels replaced by stating the table's new rows only.
T = amendment(
    "6. Leverage. The table in Section 7.11 of the Credit Agreement is hereby amended by "
    "deleting the row for the fiscal quarter ending June 30, 2019 and inserting the following "
    "row in lieu thereof:\n\n"
    "     June 30, 2019                 4.75 to 1.00\n\n"
    "7. Miscellaneous. This Amendment is a Loan Document."
)
case(
    "a row of a covenant table replaced",
    T,
    [("7.11", None, "amend", cut(T, "June 30, 2019                 4.75 to 1.00"))],
)

# C7. A guaranty's section and the notes' maturity in one sentence each, run in.
T = amendment(
    "SECTION 7. Guaranty. Section 9 of the Guaranty is hereby deleted in its entirety. "
    'SECTION 8. Notes. Section 3 of each Note is hereby amended by deleting "May 14, 2021" '
    'and substituting "May 14, 2024" therefor.',
    title="THIRD AMENDMENT TO CREDIT AGREEMENT AND AMENDMENT TO GUARANTY",
)
case(
    "a guaranty's section and the notes' maturity run in",
    T,
    [("9", None, "delete", None), ("3", None, "amend", "May 14, 2024")],
)


@pytest.mark.parametrize(("name", "text", "expected"), THIRD, ids=[c[0] for c in THIRD])
def test_round2_credit_third(name: str, text: str, expected: list[Expected]) -> None:
    check_case(name, text, expected)
