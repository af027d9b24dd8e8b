"""Round two of the change reader's blind stress test, a second batch of credit amendments
(see :mod:`tests.test_changes_round2_credit`), written blind after the first ran: a proviso or
a first sentence changed, tables named as the subject, attachments replaced by the agreement's
own verb, words inserted after other words, nested lists under a condition, a note's rate
changed from one figure to another, sections deleted and replaced by "[Reserved]". Every change
expected was written before the extractor ran on it; names, amounts and dates are made up.
"""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected
from tests.changes_round2_credit.case import Case, amendment, check_case, cut

MORE: list[Case] = []


def case(name: str, text: str, expected: list[Expected]) -> None:
    MORE.append((name, text, expected))


# B1. A proviso struck from a section: changed in part, no wording.
T = amendment(
    "2. Proviso Deleted. Section 2.01 of the Credit Agreement is hereby amended by deleting the "
    "proviso at the end thereof."
)
case("a proviso struck", T, [("2.01", None, "amend", None)])

# B2. The first sentence of a subsection restated.
T = amendment(
    "3. Borrowing Notices. The first sentence of Section 2.5(a) of the Credit Agreement is "
    'hereby amended and restated to read as follows: "Each Borrowing shall be made upon the '
    "Borrower's irrevocable notice to the Agent, which may be given by telephone, not later "
    'than 11:00 a.m. on the requested date of such Borrowing."\n\n'
    "4. Costs. The Borrower shall pay all costs of the Agent."
)
case(
    "the first sentence of a subsection restated",
    T,
    [("2.5(a)", None, "amend", cut(T, "Each Borrowing shall be made", "of such Borrowing."))],
)

# B3. A subsection's table replaced.
T = amendment(
    "(b) Section 6.1(a) of the Credit Agreement is amended by replacing the table therein with "
    "the following:\n\n"
    "Four Fiscal Quarters Ending            Maximum Total Leverage Ratio\n"
    "June 30, 2019                          4.50:1.00\n"
    "September 30, 2019                     4.25:1.00\n"
    "December 31, 2019 and thereafter       4.00:1.00\n\n"
    '(c) Section 6.1(b) of the Credit Agreement is amended by deleting "1.20:1.00" and '
    'inserting "1.15:1.00" in lieu thereof.'
)
case(
    "a subsection's table replaced, then a ratio swapped",
    T,
    [
        (
            "6.1(a)",
            None,
            "amend",
            cut(T, "Four Fiscal Quarters Ending", "thereafter       4.00:1.00"),
        ),
        ("6.1(b)", None, "amend", "1.15:1.00"),
    ],
)

# B4. The table named as the subject: "The table set forth in Section 7.2".
T = amendment(
    "5. Minimum EBITDA. The table set forth in Section 7.2 of the Credit Agreement is hereby "
    "amended and restated in its entirety as follows:\n\n"
    "     Period Ending                 Minimum Consolidated EBITDA\n"
    "     March 31, 2019                $12,000,000\n"
    "     June 30, 2019                 $13,500,000\n"
    "     September 30, 2019            $15,000,000\n\n"
    "6. Release. The Borrower releases the Agent from all claims."
)
case(
    "the table of a section as the subject",
    T,
    [("7.2", None, "amend", cut(T, "Period Ending", "$15,000,000"))],
)

# B5. A schedule restated in the form of one attached as an exhibit.
T = amendment(
    "4. Commitments. Schedule 2.01 (Commitments) to the Credit Agreement is hereby amended and "
    "restated in its entirety in the form of Schedule 2.01 attached hereto as Exhibit A."
)
case("a schedule restated as an attached exhibit", T, [("Schedule 2.01", None, "replace", None)])

# B6. The agreement amended by replacing an exhibit.
T = amendment(
    "5. Form of Notice. The Credit Agreement is hereby amended by replacing Exhibit D thereto "
    "with Exhibit D attached hereto."
)
case("the agreement amended by replacing an exhibit", T, [("Exhibit D", None, "replace", None)])

# B7. Words inserted after other words.
T = amendment(
    '6. Events of Default. Section 8.01(b) of the Credit Agreement is amended by inserting "or '
    '6.14" immediately after "Section 6.12" appearing therein.'
)
case("words inserted after other words", T, [("8.01(b)", None, "amend", "or 6.14")])

# B8. A new section added at the end of an article, block wording.
T = amendment(
    "7. New Section. Article X of the Credit Agreement is hereby amended by adding a new "
    "Section 10.19 to the end thereof to read as follows:\n\n"
    "10.19 Acknowledgement Regarding Any Supported QFCs. To the extent that the Loan Documents "
    "provide support for any Swap Contract, the parties acknowledge the special resolution "
    "regimes.\n\n"
    "8. Governing Law. This Amendment is governed by the laws of the State of New York."
)
case(
    "a new section at the end of an article",
    T,
    [("10.19", None, "add", cut(T, "10.19 Acknowledgement", "special resolution regimes."))],
)

# B9. Recitals that wish to amend change nothing.
T = amendment(
    "1. Consent. The Lenders consent to the sale of the Marysville facility.\n\n"
    "2. Ratification. The Credit Agreement remains in full force and effect."
).replace(
    "B. The Borrower has requested that the Lenders amend the Credit Agreement as set forth "
    "herein,",
    "B. The parties wish to amend Section 5.2 of the Credit Agreement to provide for the sale of "
    "the Marysville facility, and the Borrower has requested a consent,",
)
case("recitals that wish to amend", T, [])

# B10. A condition before the lead-in, and a list nested in one of its items.
T = amendment(
    "2. Amendments. Subject to the satisfaction of the conditions precedent set forth in "
    "Section 4 below, the Credit Agreement is hereby amended as follows:\n\n"
    '(a) Section 1.01 is amended (i) by deleting the definition of "LIBOR" in its entirety and '
    "(ii) by adding the following definition in the appropriate alphabetical order:\n\n"
    '"Term SOFR" means the forward-looking term rate based on SOFR published by the Term SOFR '
    "Administrator.\n\n"
    '(b) Section 2.9 is amended by deleting "LIBOR" each place it appears and inserting "Term '
    'SOFR" in lieu thereof.\n\n'
    "3. Representations. The Borrower represents that no Default exists."
)
case(
    "a condition before the lead-in, a list nested in an item",
    T,
    [
        (None, "LIBOR", "delete", None),
        (None, "Term SOFR", "add", cut(T, '"Term SOFR" means', "Term SOFR Administrator.")),
        ("2.9", None, "amend", "Term SOFR"),
    ],
)

# B11. 1990s hard-wrapped, a figure struck in a subsection numbered in three levels.
T = amendment(
    "         (c)  Subsection 7.1.3 of the Credit Agreement is amended\n"
    'by striking the figure "$500,000" and inserting the figure\n'
    '"$750,000" in lieu thereof.\n\n'
    "         (d)  Subsection 7.2.1 of the Credit Agreement is amended\n"
    "to read in its entirety as follows:\n\n"
    '              "7.2.1  Minimum Net Worth.  The Borrower will at all\n'
    '         times maintain Net Worth of not less than $40,000,000."\n'
)
case(
    "hard-wrapped, subsections in three levels",
    T,
    [
        ("7.1.3", None, "amend", "$750,000"),
        (
            "7.2.1",
            None,
            "replace",
            cut(T, "7.2.1  Minimum Net Worth.", "not less than $40,000,000."),
        ),
    ],
)

# B12. A page marker between the lead-in and its first item.
T = amendment(
    "SECTION 2.  Amendments to Credit Agreement.  The Credit Agreement is hereby amended as\n"
    "follows:\n\n\n"
    "                                       3\n"
    "<PAGE>\n\n"
    "          (a)  Section 4.2 of the Credit Agreement is hereby amended by deleting\n"
    "clause (c) thereof and substituting the following therefor:\n\n"
    '               "(c) the Borrower shall have delivered a Borrowing Base Certificate\n'
    '          dated not more than thirty days before such Borrowing;"\n\n'
    "          (b)  Section 4.3 of the Credit Agreement is hereby deleted in its entirety.\n\n"
    "SECTION 3.  Effectiveness.  This Amendment is effective on the date hereof."
)
case(
    "a page marker between the lead-in and its first item",
    T,
    [
        (
            "4.2(c)",
            None,
            "replace",
            cut(T, "(c) the Borrower shall have delivered", "such Borrowing;"),
        ),
        ("4.3", None, "delete", None),
    ],
)

# B13. A note's rate changed from one figure to another.
T = amendment(
    "3. Amendment to Revolving Note. The rate of interest set forth in Section 2 of the "
    "Revolving Note is hereby changed from one and one-half percent (1.50%) above the Prime Rate "
    "to one and three-quarters percent (1.75%) above the Prime Rate."
)
case("a note's rate changed from one figure to another", T, [("2", None, "amend", None)])

# B14. A clause of a subsection restated on the same line, unquoted.
T = amendment(
    "(e) Section 6.04(b)(ii) of the Credit Agreement is hereby amended and restated in its "
    "entirety as follows: (ii) Investments in Subsidiaries not to exceed $3,000,000 at any "
    "time outstanding;\n\n"
    "(f) Annex I to the Credit Agreement is hereby deleted in its entirety."
)
case(
    "a clause restated on its line, and an annex deleted",
    T,
    [
        (
            "6.04(b)(ii)",
            None,
            "replace",
            cut(T, "(ii) Investments in Subsidiaries", "time outstanding;"),
        ),
        ("Annex I", None, "delete", None),
    ],
)

# B15. Words replaced in a section named first.
T = amendment(
    '4. Notice Period. In Section 9.1 of the Credit Agreement, the words "sixty (60) days" are '
    'hereby replaced with "ninety (90) days".'
)
case("words replaced in a section named first", T, [("9.1", None, "amend", "ninety (90) days")])

# B16. The security agreement and the credit agreement changed together.
T = amendment(
    "SECTION 5. Amendment to Security Agreement. Section 5.3 of the Security Agreement is "
    "hereby amended by deleting clause (d) thereof in its entirety.\n\n"
    'SECTION 6. Amendment to Credit Agreement. The definition of "Loan Documents" in Section '
    '1.01 of the Credit Agreement is hereby amended by inserting the words ", the Fee Letter" '
    'immediately after the words "the Notes".',
    title="SECOND AMENDMENT TO CREDIT AGREEMENT AND FIRST AMENDMENT TO SECURITY AGREEMENT",
)
case(
    "security agreement and credit agreement changed together",
    T,
    [("5.3(d)", None, "delete", None), (None, "Loan Documents", "amend", ", the Fee Letter")],
)

# B17. HTML-converted, the section number broken from its word.
T = amendment(
    "3.\xa0\xa0\xa0\xa0Restricted Payments.\xa0\xa0Section\n6.12 of the Credit Agreement is "
    "hereby\namended by deleting \u201c$2,000,000\u201d and substituting \u201c$3,000,000\u201d "
    "therefor."
)
case("section number broken from its word", T, [("6.12", None, "amend", "$3,000,000")])

# B18. Two sections deleted and each replaced by "[Reserved]".
T = amendment(
    "4. Reserved Sections. Sections 6.14 and 6.15 of the Credit Agreement are hereby deleted in "
    'their entirety and replaced with "[Reserved]".'
)
case(
    "two sections replaced by [Reserved]",
    T,
    [("6.14", None, "replace", "[Reserved]"), ("6.15", None, "replace", "[Reserved]")],
)

# B19. A definition amended by adding words at its end.
T = amendment(
    '(g) The definition of "Excluded Taxes" in Section 1.1 of the Credit Agreement is amended by '
    'adding the following at the end thereof: "and (e) any withholding Taxes imposed under '
    'FATCA".'
)
case(
    "words added at the end of a definition",
    T,
    [(None, "Excluded Taxes", "amend", "and (e) any withholding Taxes imposed under FATCA")],
)

# B20. An effective-date clause naming a section of the amendment changes nothing.
T = amendment(
    "5. Effectiveness. The amendments set forth in Section 2 of this Amendment shall become "
    "effective on the date on which the Agent has received the fees described in Section 3.\n\n"
    '6. Maturity. Section 2.7 of the Credit Agreement is hereby amended by deleting "June 2, '
    '2021" and inserting "June 2, 2024" in lieu thereof.'
)
case(
    "an effective-date clause, then a change",
    T,
    [("2.7", None, "amend", "June 2, 2024")],
)


@pytest.mark.parametrize(("name", "text", "expected"), MORE, ids=[c[0] for c in MORE])
def test_round2_credit_more(name: str, text: str, expected: list[Expected]) -> None:
    check_case(name, text, expected)
