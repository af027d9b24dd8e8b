"""Five more whole amendments, written blind for stop 27 (the changes expected were written
before the extractor was run on them) in shapes the earlier passages did not use: a lead-in
whose items (i), (ii), (iii) each operate on one section, a clause of a definition changed, a
covenant's table replaced, a schedule replaced by an exhibit of the amendment, a note's
sections restated, deleted and added, a notice address replaced, a sentence inserted after the
first sentence, definitions deleted, added and restated under one lead-in of a section, words
inserted "immediately after the words", and a typewritten security agreement with indented
roman items. Names, amounts and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import (
    FRAME_HEAD,
    FRAME_TAIL,
    Expected,
    assert_changes,
    assert_one_clause,
)

_SIGNATURES = (
    "\n\nIN WITNESS WHEREOF, the parties hereto have caused this Amendment to be executed by "
    "their duly authorized officers as of the date first above written.\n\n{a}\n\nBy: /s/ Nora "
    "Quill\nName: Nora Quill\nTitle: Treasurer\n\n{b}\n\nBy: /s/ Tom Reyes\nName: Tom Reyes\n"
    "Title: Managing Director\n"
)

TERM_LOAN = (
    "AMENDMENT NO. 3 TO REVOLVING CREDIT AND TERM LOAN AGREEMENT\n\n"
    "AMENDMENT NO. 3 TO REVOLVING CREDIT AND TERM LOAN AGREEMENT, dated as of October 14, 2022 "
    '(this "Amendment"), among CASCADE MILLWORKS, INC., a Washington corporation (the '
    '"Borrower"), and FIRST CAPITOL BANK, N.A. (the "Bank").\n\n'
    "PRELIMINARY STATEMENTS\n\n"
    "The Borrower and the Bank are parties to a Revolving Credit and Term Loan Agreement dated "
    'as of May 2, 2019 (as amended to the date hereof, the "Credit Agreement"). The Borrower '
    "has requested that the Bank agree to amend the Credit Agreement as provided herein.\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
    "Section 1. Amendments. Effective as of the date hereof, the Credit Agreement is hereby "
    "amended as follows:\n\n"
    "(i) Section 2.5 of the Credit Agreement is hereby amended by striking the words "
    '"one-half of one percent (0.50%)" and substituting therefor the words "three-eighths of '
    'one percent (0.375%)".\n\n'
    '(ii) Clause (c) of the definition of "Permitted Liens" in Section 1.1 of the Credit '
    'Agreement is hereby amended by replacing "$250,000" with "$500,000".\n\n'
    "(iii) Section 6.12 (Fixed Charge Coverage Ratio) of the Credit Agreement is hereby amended "
    "by replacing the table set forth therein with the following table:\n\n"
    "Fiscal Quarter Ending          Minimum Ratio\n"
    "December 31, 2022              1.10 to 1.00\n"
    "March 31, 2023 and thereafter  1.20 to 1.00\n\n"
    "(iv) Schedule 1.1(a) (Commitments) to the Credit Agreement is hereby replaced in its "
    "entirety with Schedule 1.1(a) attached hereto as Exhibit A.\n\n"
    "Section 2. Representations. The Borrower represents that no Default has occurred and is "
    "continuing.\n\n"
    "Section 3. Counterparts. This Amendment may be executed in any number of counterparts."
    + _SIGNATURES.format(a="CASCADE MILLWORKS, INC.", b="FIRST CAPITOL BANK, N.A.")
    + "\n\nEXHIBIT A\n\nSCHEDULE 1.1(a)\n\nCOMMITMENTS\n\nRevolving Commitment     $6,000,000\n"
    "Term Loan Commitment     $4,500,000\n"
)
TERM_LOAN_CHANGES: list[Expected] = [
    ("2.5", None, "amend", "three-eighths of one percent (0.375%)"),
    (None, "Permitted Liens", "amend", "$500,000"),
    (
        "6.12",
        None,
        "amend",
        "Fiscal Quarter Ending          Minimum Ratio\n"
        "December 31, 2022              1.10 to 1.00\n"
        "March 31, 2023 and thereafter  1.20 to 1.00",
    ),
    (
        "Schedule 1.1(a)",
        None,
        "replace",
        "SCHEDULE 1.1(a)\n\nCOMMITMENTS\n\nRevolving Commitment     $6,000,000\n"
        "Term Loan Commitment     $4,500,000",
    ),
]

CONVERTIBLE_NOTE = (
    "SECOND AMENDMENT TO CONVERTIBLE PROMISSORY NOTE\n\n"
    'This Second Amendment to Convertible Promissory Note (this "Second Amendment") is entered '
    "into as of April 1, 2024 by and between HELIX GENOMICS CORP., a Delaware corporation (the "
    '"Company"), and ORCHARD LANE PARTNERS LP (the "Holder").\n\n'
    "WHEREAS, the Company issued to the Holder a Convertible Promissory Note dated as of "
    'January 15, 2022 in the principal amount of $2,000,000 (as amended, the "Note"); and\n\n'
    "WHEREAS, the Company and the Holder desire to amend the Note as set forth below.\n\n"
    "NOW, THEREFORE, the Company and the Holder agree as follows:\n\n"
    "1. Interest. Section 1 (Payment of Interest) of the Note is amended and restated to read "
    "as follows:\n\n"
    '"1. Payment of Interest. Interest shall accrue on the unpaid principal amount of this '
    "Note at the rate of twelve percent (12%) per annum and shall be payable quarterly in "
    'arrears."\n\n'
    "2. Mandatory Prepayment. Section 4(b) of the Note is hereby deleted in its entirety and "
    "the remaining subsections of Section 4 are relettered accordingly.\n\n"
    "3. Conversion. The following is hereby added to the Note as a new Section 9:\n\n"
    '"9. Voluntary Conversion. The Holder may at any time convert all or any part of the '
    'outstanding principal of this Note into shares of Common Stock at the Conversion Price."\n\n'
    '4. Maturity. The term "Maturity Date", as defined in Section 1 of the Note, is hereby '
    "amended to mean June 30, 2025.\n\n"
    "5. Ratification. Except as amended hereby, the Note remains in full force and effect."
    "\n\nIN WITNESS WHEREOF, the parties have executed this Second Amendment as of the date "
    "first written above.\n\nHELIX GENOMICS CORP.\n\nBy: /s/ Iris Vogel\nName: Iris Vogel\n"
    "Title: Chief Executive Officer\n\nORCHARD LANE PARTNERS LP\n\nBy: /s/ Sam Okafor\nName: "
    "Sam Okafor\nTitle: General Partner\n"
)
CONVERTIBLE_NOTE_CHANGES: list[Expected] = [
    (
        "1",
        None,
        "replace",
        "1. Payment of Interest. Interest shall accrue on the unpaid principal amount of this "
        "Note at the rate of twelve percent (12%) per annum and shall be payable quarterly in "
        "arrears.",
    ),
    ("4(b)", None, "delete", None),
    (
        "9",
        None,
        "add",
        "9. Voluntary Conversion. The Holder may at any time convert all or any part of the "
        "outstanding principal of this Note into shares of Common Stock at the Conversion Price.",
    ),
    # written blind as "amend"; "amended to mean" restates what the term means, as "amended in
    # its entirety to mean" does (tests/test_extract_changes.py): "replace"
    (None, "Maturity Date", "replace", None),
]

SERVICES = (
    "AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT\n\n"
    'This Amendment No. 1 (the "Amendment") to the Master Services Agreement dated as of '
    'March 1, 2021 (the "Agreement") between BRIGHTLINE HEALTH PARTNERS, LLC ("Customer") and '
    'TALLGRASS DATA SYSTEMS, INC. ("Provider") is made effective as of September 1, 2023.\n\n'
    "The parties agree as follows:\n\n"
    "1. The parties hereby amend the Agreement by deleting Section 5.3 (Late Payments) in its "
    "entirety and substituting the following:\n\n"
    "5.3 Late Payments. Any amount not paid when due shall bear interest at one percent (1%) "
    "per month.\n\n"
    "2. Section 12.2 of the Agreement is amended by adding the following sentence immediately "
    'after the first sentence thereof: "Either party may terminate this Agreement for '
    "convenience upon ninety (90) days' prior written notice.\"\n\n"
    "3. Section 14.5 (Notices) of the Agreement is amended by deleting the address for notices "
    "to Customer and replacing it with the following:\n\n"
    "If to Customer:\nBrightline Health Partners, LLC\n200 Congress Avenue\nAustin, Texas "
    "78701\nAttention: General Counsel\n\n"
    "4. Except as expressly amended by this Amendment, the Agreement remains in full force and "
    "effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nBRIGHTLINE HEALTH "
    "PARTNERS, LLC\n\nBy: /s/ Carla Minh\nName: Carla Minh\nTitle: Chief Operating Officer\n\n"
    "TALLGRASS DATA SYSTEMS, INC.\n\nBy: /s/ Owen Pratt\nName: Owen Pratt\nTitle: President\n"
)
SERVICES_CHANGES: list[Expected] = [
    (
        "5.3",
        None,
        "replace",
        "5.3 Late Payments. Any amount not paid when due shall bear interest at one percent (1%) "
        "per month.",
    ),
    (
        "12.2",
        None,
        "amend",
        "Either party may terminate this Agreement for convenience upon ninety (90) days' prior "
        "written notice.",
    ),
    (
        "14.5",
        None,
        "amend",
        "If to Customer:\nBrightline Health Partners, LLC\n200 Congress Avenue\nAustin, Texas "
        "78701\nAttention: General Counsel",
    ),
]

DEFINITIONS_LEAD_IN = (
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    'FIRST AMENDMENT, dated as of November 30, 2023 (this "Amendment"), to the Credit Agreement '
    'dated as of June 9, 2021 (the "Credit Agreement"), among SABLE RIVER LOGISTICS HOLDINGS, '
    'INC. (the "Borrower"), the lenders party thereto (the "Lenders") and KEYSTONE AGENCY '
    'SERVICES LLC, as administrative agent (the "Administrative Agent").\n\n'
    "The parties hereto agree as follows:\n\n"
    "ARTICLE I\n\nAMENDMENTS\n\n"
    "SECTION 1.01. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby "
    "amended:\n\n"
    '(a) by deleting the definitions of "Excess Cash Flow" and "ECF Percentage" in their '
    "entirety;\n\n"
    "(b) by adding the following new definitions in proper alphabetical order:\n\n"
    '"Incremental Cap" means $25,000,000.\n\n'
    '"Sustainability Adjustment" has the meaning assigned to such term in Section 2.14(f).\n\n'
    '(c) by amending and restating the definition of "Applicable Rate" to read in its entirety '
    "as follows:\n\n"
    '"Applicable Rate" means, for any day, 2.25% per annum with respect to Term SOFR Loans and '
    "1.25% per annum with respect to ABR Loans; and\n\n"
    '(d) by amending the definition of "Interest Period" by replacing "one, three or six '
    'months" with "one, three or six months (or, if agreed by each Lender, twelve months)".\n\n'
    "SECTION 1.02. Amendment to Section 2.10. Section 2.10(b) of the Credit Agreement is hereby "
    'amended by inserting ", subject to Section 2.10(f)," immediately after the words "the '
    'Borrower shall".\n\n'
    "SECTION 1.03. New Section 2.14(f). Section 2.14 of the Credit Agreement is hereby amended "
    "by adding a new clause (f) at the end thereof as follows:\n\n"
    '"(f) Sustainability Adjustment. The Applicable Rate shall be reduced by 0.05% for any '
    'fiscal year in which the Borrower meets the KPI Targets."\n\n'
    "ARTICLE II\n\nMISCELLANEOUS\n\n"
    "SECTION 2.01. Effectiveness. This Amendment shall become effective on the date the "
    "Administrative Agent receives counterparts hereof signed by the Borrower and the Required "
    "Lenders."
    + _SIGNATURES.format(a="SABLE RIVER LOGISTICS HOLDINGS, INC.", b="KEYSTONE AGENCY SERVICES LLC")
)
DEFINITIONS_LEAD_IN_CHANGES: list[Expected] = [
    (None, "Excess Cash Flow", "delete", None),
    (None, "ECF Percentage", "delete", None),
    (None, "Incremental Cap", "add", '"Incremental Cap" means $25,000,000.'),
    (
        None,
        "Sustainability Adjustment",
        "add",
        '"Sustainability Adjustment" has the meaning assigned to such term in Section 2.14(f).',
    ),
    (
        None,
        "Applicable Rate",
        "replace",
        '"Applicable Rate" means, for any day, 2.25% per annum with respect to Term SOFR Loans '
        "and 1.25% per annum with respect to ABR Loans",
    ),
    (
        None,
        "Interest Period",
        "amend",
        "one, three or six months (or, if agreed by each Lender, twelve months)",
    ),
    ("2.10(b)", None, "amend", ", subject to Section 2.10(f),"),
    (
        "2.14(f)",
        None,
        "add",
        "(f) Sustainability Adjustment. The Applicable Rate shall be reduced by 0.05% for any "
        "fiscal year in which the Borrower meets the KPI Targets.",
    ),
]

SECURITY_AGREEMENT = (
    "<PAGE>\n\n                    FIRST AMENDMENT TO SECURITY AGREEMENT\n\n"
    '          THIS FIRST AMENDMENT TO SECURITY AGREEMENT (this "Amendment") is made\n'
    "and entered into as of July 22, 1997, by and between MOHAWK VALLEY PLASTICS,\n"
    'INC., a New York corporation (the "Debtor"), and CHEMUNG TRUST COMPANY (the\n'
    '"Secured Party").\n\n'
    "          WHEREAS, the Debtor and the Secured Party are parties to a Security\n"
    'Agreement dated as of March 3, 1995 (the "Security Agreement"); and\n\n'
    "          WHEREAS, the Debtor and the Secured Party wish to amend the Security\n"
    "Agreement as hereinafter provided;\n\n"
    "          NOW, THEREFORE, the parties agree as follows:\n\n"
    "          1.   Amendments.  The Security Agreement is hereby amended as follows:\n\n"
    "               (i)  Paragraph 4 of the Security Agreement is hereby amended by\n"
    '          adding at the end thereof the following: "; provided that the Debtor\n'
    "          shall not be required to deliver any certificate of title for a\n"
    '          motor vehicle having a value of less than $25,000".\n\n'
    "               (ii) Paragraph 7(c) of the Security Agreement is hereby amended by\n"
    "          deleting the last sentence thereof.\n\n"
    "               (iii) Paragraph 12 of the Security Agreement is amended to read in\n"
    "          full as follows:\n\n"
    "                    12.  Notices.  All notices hereunder shall be in writing\n"
    "               and shall be delivered by hand or by certified mail to the\n"
    "               addresses set forth on the signature page hereof.\n\n"
    "          2.   Full Force and Effect.  Except as amended hereby, the Security\n"
    "Agreement remains in full force and effect.\n\n"
    "          IN WITNESS WHEREOF, the parties have executed this Amendment as of the\n"
    "date first above written.\n\n"
    "                                   MOHAWK VALLEY PLASTICS, INC.\n\n"
    "                                   By: /s/ Walter Grieg\n"
    "                                   Title: President\n\n"
    "                                   CHEMUNG TRUST COMPANY\n\n"
    "                                   By: /s/ Ann Lutz\n"
    "                                   Title: Vice President\n"
)
SECURITY_AGREEMENT_CHANGES: list[Expected] = [
    (
        "4",
        None,
        "amend",
        "; provided that the Debtor\n          shall not be required to deliver any certificate "
        "of title for a\n          motor vehicle having a value of less than $25,000",
    ),
    ("7(c)", None, "amend", None),
    (
        "12",
        None,
        "replace",
        "12.  Notices.  All notices hereunder shall be in writing\n               and shall be "
        "delivered by hand or by certified mail to the\n               addresses set forth on "
        "the signature page hereof.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    ("items (i)-(iv) of a term loan amendment", TERM_LOAN, "2019-05-02", TERM_LOAN_CHANGES),
    ("a convertible note", CONVERTIBLE_NOTE, "2022-01-15", CONVERTIBLE_NOTE_CHANGES),
    ("a services agreement", SERVICES, "2021-03-01", SERVICES_CHANGES),
    (
        "definitions under one lead-in",
        DEFINITIONS_LEAD_IN,
        "2021-06-09",
        DEFINITIONS_LEAD_IN_CHANGES,
    ),
    (
        "a typewritten security agreement",
        SECURITY_AGREEMENT,
        "1995-03-03",
        SECURITY_AGREEMENT_CHANGES,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)


#: One clause in each shape the five amendments above showed the rules missing, set in the
#: frame of ``tests.amendment_changes`` (a credit agreement dated July 1, 2019).
SHAPES: list[tuple[str, str, list[Expected]]] = [
    (
        "a term 'as defined in Section 1.1 of the Agreement,' set off by commas",
        '1. The term "Commitment Termination Date", as defined in Section 1.1 of the Agreement, '
        'is hereby amended by deleting "May 1, 2024" and inserting "May 1, 2026" in lieu '
        "thereof.",
        [(None, "Commitment Termination Date", "amend", "May 1, 2026")],
    ),
    (
        "a section with its heading in parentheses 'deleted in its entirety and substituted'",
        "1. The Agreement is hereby amended by deleting Section 6.2 (Liens) in its entirety and "
        "substituting the following therefor:\n\n6.2 Liens. The Borrower shall not create any "
        "Lien on its Equipment.\n\n2. Effect. The Agreement remains in effect.",
        [
            (
                "6.2",
                None,
                "replace",
                "6.2 Liens. The Borrower shall not create any Lien on its Equipment.",
            )
        ],
    ),
    (
        "'the parties hereby amend the Agreement by adding a new Section 7.9'",
        "1. The Borrower and the Lender hereby amend the Agreement by adding a new Section 7.9 "
        'as follows:\n\n"7.9 Hedging. The Borrower shall maintain interest rate protection."',
        [
            (
                "7.9",
                None,
                "add",
                "7.9 Hedging. The Borrower shall maintain interest rate protection.",
            )
        ],
    ),
    (
        "a term in lower case 'set forth in the Agreement' changed from ... to ...",
        "1. The commitment fee set forth in the Agreement is hereby changed from 0.25% to 0.375% "
        "per annum.",
        [(None, "Commitment Fee", "amend", "0.375% per annum")],
    ),
    (
        "'the proviso at the end of Section 6.5 ... is hereby deleted': a part",
        "1. The proviso at the end of Section 6.5 of the Agreement is hereby deleted.",
        [("6.5", None, "amend", None)],
    ),
    (
        "'the proviso to Section 2.4(b)' restated: a part",
        "1. The proviso to Section 2.4(b) of the Agreement is hereby amended to read as follows: "
        '"provided that no Event of Default has occurred."',
        [("2.4(b)", None, "amend", "provided that no Event of Default has occurred.")],
    ),
    (
        "'The following is hereby added to the Agreement as new Paragraph 15:'",
        '1. The following is hereby added to the Agreement as new Paragraph 15:\n\n"15. Audit. '
        'The Lender may audit the Collateral annually."',
        [("15", None, "add", "15. Audit. The Lender may audit the Collateral annually.")],
    ),
    (
        "'In Section 5.4 of the Agreement, clause (c) is amended by ...'",
        '1. In Section 5.4 of the Agreement, clause (c) is amended by deleting "annual" and '
        'inserting "quarterly" in lieu thereof.',
        [("5.4(c)", None, "amend", "quarterly")],
    ),
    (
        "'Article VI ... by deleting Sections 6.3 and 6.4 and substituting the following therefor'",
        "1. Article VI of the Agreement is amended by deleting Sections 6.3 and 6.4 and "
        'substituting the following therefor:\n\n"6.3 Dividends. None.\n\n6.4 Mergers. None."',
        [
            ("6.3", None, "replace", "6.3 Dividends. None."),
            ("6.4", None, "replace", "6.4 Mergers. None."),
        ],
    ),
    (
        "'deleted in its entirety and \"[Intentionally Omitted]\" is substituted therefor'",
        '1. Section 7.8 of the Agreement is hereby deleted in its entirety and "[Intentionally '
        'Omitted]" shall be substituted in lieu thereof.',
        [("7.8", None, "replace", "[Intentionally Omitted]")],
    ),
    (
        "'deleted in its entirety and the following new Section 9 is inserted in lieu thereof'",
        "1. Section 9 of the Agreement is hereby deleted in its entirety and the following new "
        'Section 9 is inserted in lieu thereof:\n\n"9. Notices. Notices shall be in writing."',
        [("9", None, "replace", "9. Notices. Notices shall be in writing.")],
    ),
    (
        "'by inserting immediately after Section 4.6 a new Section 4.7 reading as follows:'",
        "1. The Agreement is amended by inserting immediately after Section 4.6 a new Section 4.7 "
        'reading as follows: "4.7 Sanctions. No Loan shall fund a Sanctioned Person."',
        [("4.7", None, "add", "4.7 Sanctions. No Loan shall fund a Sanctioned Person.")],
    ),
    (
        "'Section 1.1 is hereby amended:' over items, a definition ending on the list's '; and'",
        "1. Section 1.1 of the Agreement is hereby amended:\n\n(a) by amending and restating the "
        'definition of "Base Rate Margin" to read as follows:\n\n"Base Rate Margin" means 1.50% '
        'per annum; and\n\n(b) by deleting the definition of "Clean-Down Period" in its '
        "entirety.",
        [
            (None, "Base Rate Margin", "replace", '"Base Rate Margin" means 1.50% per annum'),
            (None, "Clean-Down Period", "delete", None),
        ],
    ),
]


@pytest.mark.parametrize(("shape", "body", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_one_clause(shape: str, body: str, expected: list[Expected]) -> None:
    assert_one_clause(shape, body, expected)


def test_schedule_with_a_lettered_part_replaced_by_the_one_attached() -> None:
    body = (
        "1. Schedule 2.1(b) to the Agreement is hereby replaced with Schedule 2.1(b) attached "
        "hereto.\n\n2. Effect. The Agreement remains in effect."
    )
    schedule = "SCHEDULE 2.1(b)\n\nLETTER OF CREDIT SUBLIMITS\n\nSummit Trust Bank     $2,000,000"
    assert_changes(
        "a schedule with a lettered part",
        FRAME_HEAD + body + FRAME_TAIL + "\n\n" + schedule + "\n",
        "2019-07-01",
        [("Schedule 2.1(b)", None, "replace", schedule)],
    )


def test_exhibit_added_in_the_form_attached_without_the_word_new() -> None:
    body = (
        "1. The Agreement is hereby amended by adding Exhibit F (Form of Borrowing Base "
        "Certificate) in the form attached to this Amendment as Exhibit F."
    )
    exhibit = "EXHIBIT F\n\nFORM OF BORROWING BASE CERTIFICATE\n\nEligible Accounts: $______"
    assert_changes(
        "an exhibit added in the form attached",
        FRAME_HEAD + body + FRAME_TAIL + "\n\n" + exhibit + "\n",
        "2019-07-01",
        [("Exhibit F", None, "add", exhibit)],
    )


def test_supplemental_indenture_changes_the_dated_indenture() -> None:
    text = (
        "SECOND SUPPLEMENTAL INDENTURE\n\nSECOND SUPPLEMENTAL INDENTURE, dated as of May 2, "
        '2021, between KESTREL MINING CORP. (the "Company") and ATLAS BANK, N.A., as trustee '
        '(the "Trustee").\n\nWHEREAS, the Company and the Trustee have entered into an Indenture '
        'dated as of June 1, 2016 (the "Indenture");\n\nNOW, THEREFORE, the parties agree as '
        "follows:\n\n1. Section 4.11 of the Indenture is hereby deleted in its entirety.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Second Supplemental Indenture.\n\n"
        "KESTREL MINING CORP.\n\nBy: /s/ Ava Lind\nName: Ava Lind\nTitle: Treasurer\n"
    )
    assert_changes("a supplemental indenture", text, "2016-06-01", [("4.11", None, "delete", None)])
