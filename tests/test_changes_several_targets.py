"""Whole amendments written blind (the changes expected stated
before the extractor was run on them), on the structure around the operations rather than
their wording: one amendment changing two agreements of different dates, a loan
modification whose lead-in "The Note is hereby modified as follows:" lists changes to a note's
terms, and sections restated together with a sentence added. Names, amounts and dates are
made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import changes

#: section, term, action, new wording, the date of the agreement changed
Dated = tuple[str | None, str | None, str, str | None, str]

TWO_AGREEMENTS = (
    "AMENDMENT NO. 1 TO CREDIT AGREEMENT AND SECURITY AGREEMENT\n\n"
    'AMENDMENT NO. 1 TO CREDIT AGREEMENT AND SECURITY AGREEMENT (this "Amendment"), dated as '
    'of May 22, 2015, among HARBORVIEW MARINE SUPPLY, INC. (the "Borrower"), the Lenders party '
    'hereto and COASTAL FIRST BANK, as agent (the "Agent").\n\n'
    "The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of "
    'January 8, 2013 (the "Credit Agreement"), and the Borrower and the Agent are parties to a '
    'Security Agreement dated as of February 11, 2013 and amended on June 1, 2014 (the "Security '
    'Agreement"). The parties agree as follows:\n\n'
    "Section 1. Amendments to Credit Agreement.\n\n"
    '(a) Section 6.01(b) of the Credit Agreement is hereby amended by replacing "$5,000,000" '
    'with "$7,500,000".\n\n'
    "(b) Section 6.09 of the Credit Agreement is hereby deleted in its entirety.\n\n"
    "Section 2. Amendments to Security Agreement.\n\n"
    "(a) Section 4.3 of the Security Agreement is hereby amended and restated in its entirety "
    'to read as follows: "4.3 Inspection. The Agent may inspect the Collateral twice in each '
    'calendar year."\n\n'
    "(b) Schedule II to the Security Agreement is hereby replaced with Schedule II attached "
    "hereto.\n\n"
    "Section 3. Counterparts. This Amendment may be executed in counterparts.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nHARBORVIEW MARINE "
    "SUPPLY, INC.\n\nBy: /s/ Neil Grant\nName: Neil Grant\nTitle: President\n\nCOASTAL FIRST "
    "BANK, as Agent\n\nBy: /s/ Rosa Lim\nName: Rosa Lim\nTitle: Vice President\n\n\n"
    "SCHEDULE II\n\nCOLLATERAL LOCATIONS\n\n14 Pier Road, Portland, Maine\n"
)
TWO_AGREEMENTS_CHANGES: list[Dated] = [
    ("6.01(b)", None, "amend", "$7,500,000", "2013-01-08"),
    ("6.09", None, "delete", None, "2013-01-08"),
    (
        "4.3",
        None,
        "replace",
        "4.3 Inspection. The Agent may inspect the Collateral twice in each calendar year.",
        "2013-02-11",
    ),
    (
        "Schedule II",
        None,
        "replace",
        "SCHEDULE II\n\nCOLLATERAL LOCATIONS\n\n14 Pier Road, Portland, Maine",
        "2013-02-11",
    ),
]

LOAN_MODIFICATION = (
    "LOAN MODIFICATION AGREEMENT\n\n"
    'This Loan Modification Agreement (this "Modification") is made as of November 3, 2021 '
    'between PINE BLUFF HOSPITALITY LLC, an Arkansas limited liability company ("Borrower"), '
    'and OZARK VALLEY BANK ("Lender").\n\n'
    "Borrower executed a Promissory Note dated May 1, 2017 payable to Lender in the original "
    'principal amount of $3,200,000 (the "Note"). Borrower and Lender agree to modify the Note '
    "as set forth below.\n\n"
    "1. Modification of Note. The Note is hereby modified as follows:\n\n"
    "(a) The interest rate set forth in the Note is changed from 6.50% to 7.25% per annum.\n\n"
    "(b) The maturity date of the Note is extended from May 1, 2024 to May 1, 2026.\n\n"
    "(c) Paragraph 4 of the Note is amended by adding the following sentence at the end "
    'thereof: "Borrower shall pay a late charge of five percent (5%) of any installment more '
    'than ten days past due."\n\n'
    "2. Ratification. Borrower ratifies the Note as modified hereby.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Modification.\n\nPINE BLUFF "
    "HOSPITALITY LLC\n\nBy: /s/ Dean Moss\nName: Dean Moss\nTitle: Manager\n\nOZARK VALLEY BANK"
    "\n\nBy: /s/ Ruth Hale\nName: Ruth Hale\nTitle: Senior Loan Officer\n"
)
LOAN_MODIFICATION_CHANGES: list[Dated] = [
    (None, "Interest Rate", "amend", "7.25% per annum", "2017-05-01"),
    (None, "Maturity Date", "amend", "May 1, 2026", "2017-05-01"),
    (
        "4",
        None,
        "amend",
        "Borrower shall pay a late charge of five percent (5%) of any installment more than ten "
        "days past due.",
        "2017-05-01",
    ),
]

RESTATED_TOGETHER = (
    "SIXTH AMENDMENT TO CREDIT AGREEMENT\n\n"
    'This Sixth Amendment to Credit Agreement (this "Amendment") is dated as of September 9, '
    '2016, between ALDER CREEK FOODS, INC. (the "Borrower") and UNION PRAIRIE BANK (the '
    '"Bank").\n\nThe Borrower and the Bank are parties to a Credit Agreement dated as of '
    'March 3, 2011 (as amended, the "Credit Agreement"). The parties agree as follows:\n\n'
    "1. Section 7.12 of the Credit Agreement is hereby amended by adding the following "
    'sentence at the end thereof: "The Borrower shall deliver the report required by this '
    'Section 7.12 within 30 days after each fiscal quarter."\n\n'
    "2. Sections 9.1(f) and 9.1(g) of the Credit Agreement are hereby amended and restated as "
    "follows:\n\n"
    "(f) any judgment in excess of $750,000 shall remain undischarged for 60 days;\n\n"
    "(g) any Change of Control shall occur.\n\n"
    "3. Except as amended hereby, the Credit Agreement remains in effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nALDER CREEK FOODS, INC."
    "\n\nBy: /s/ Omar Reed\nName: Omar Reed\nTitle: Chief Financial Officer\n\nUNION PRAIRIE "
    "BANK\n\nBy: /s/ Ida Vance\nName: Ida Vance\nTitle: Vice President\n"
)
RESTATED_TOGETHER_CHANGES: list[Dated] = [
    (
        "7.12",
        None,
        "amend",
        "The Borrower shall deliver the report required by this Section 7.12 within 30 days "
        "after each fiscal quarter.",
        "2011-03-03",
    ),
    (
        "9.1(f)",
        None,
        "replace",
        "(f) any judgment in excess of $750,000 shall remain undischarged for 60 days;",
        "2011-03-03",
    ),
    ("9.1(g)", None, "replace", "(g) any Change of Control shall occur.", "2011-03-03"),
]

#: (name, document, the changes expected)
AMENDMENTS: list[tuple[str, str, list[Dated]]] = [
    ("two agreements amended", TWO_AGREEMENTS, TWO_AGREEMENTS_CHANGES),
    ("a loan modification of a note", LOAN_MODIFICATION, LOAN_MODIFICATION_CHANGES),
    ("sections restated together", RESTATED_TOGETHER, RESTATED_TOGETHER_CHANGES),
]


@pytest.mark.parametrize(("name", "text", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS])
def test_whole_amendment(name: str, text: str, expected: list[Dated]) -> None:
    got = sorted(((*g, d) for g, d in changes(text)), key=str)
    assert got == sorted(expected, key=str), name
