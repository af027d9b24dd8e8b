"""A second blind batch of round three, written after the first batch's fixes to measure them
on shapes not yet seen: an old indenture's four-digit sections, instructions listed on
hard-wrapped lines, a page footer "Page 2 of 5" over a list, definitions restated together,
a part of a definition changed, exhibits and schedules added or restated as attached, and
the "reference to and effect on" section that changes nothing."""

from __future__ import annotations

from tests.changes_round2_other.case import Case, sign

_SEC_717 = (
    "7.17  Anti-Corruption Laws.  The Borrower will maintain in effect\n"
    "     policies designed to ensure compliance with applicable\n"
    "     Anti-Corruption Laws."
)
_DEF_FCCR = (
    '"Fixed Charge Coverage Ratio" means, for any period, the ratio of EBITDA less Unfinanced '
    "Capital Expenditures to Fixed Charges for such period."
)
_DEF_FUNDED = (
    '"Funded Debt" means all Indebtedness for borrowed money and all Capital Lease Obligations.'
)
_EXHIBIT_B1 = (
    "EXHIBIT B-1\n\nEXPANSION SPACE\n\nSuite 410, Fourth Floor (3,250 rentable square feet)"
)
_SCHEDULE_I = (
    "SCHEDULE I\n\nPLEDGED INTERESTS\n\nIssuer                       Percentage\n\n"
    "Tallgrass Midstream LLC      100%"
)
_NOTICE = (
    "If to the Executive: at the most recent home address shown in the Company's payroll records."
)

SECOND_CASES: list[Case] = [
    Case(
        "old_indenture_four_digit_sections",
        "                 THIRD SUPPLEMENTAL INDENTURE\n\n"
        "     THIRD SUPPLEMENTAL INDENTURE, dated as of August 15, 1996 (the\n"
        '"Supplemental Indenture"), between CONTINENTAL FREIGHT LINES, INC.,\n'
        'a Delaware corporation (the "Company"), and MERCHANTS NATIONAL BANK\n'
        'OF ST. LOUIS, as trustee (the "Trustee").\n\n'
        "     WHEREAS, the Company and the Trustee are parties to an Indenture\n"
        'dated as of May 1, 1992 (the "Indenture");\n\n'
        "     NOW, THEREFORE, the Company and the Trustee agree as follows:\n\n"
        "     SECTION 1.  Sections 1008 and 1011 of the Indenture are hereby\n"
        "deleted in their entirety.\n\n"
        "     SECTION 2.  Section 801 of the Indenture is hereby amended by\n"
        'deleting the words "a corporation" and inserting the words "a\n'
        'corporation or limited liability company" in lieu thereof.\n\n'
        "     SECTION 3.  The Trustee accepts the trusts created by the\n"
        "Indenture, as supplemented, upon the terms of Article Six of the\n"
        "Indenture." + sign("CONTINENTAL FREIGHT LINES, INC."),
        "1992-05-01",
        (
            ("1008", None, "delete", None),
            ("1011", None, "delete", None),
            ("801", None, "amend", "a\ncorporation or limited liability company"),
        ),
    ),
    Case(
        "hard_wrapped_instructions_listed_in_one_sentence",
        "                  SECOND AMENDMENT TO CREDIT AGREEMENT\n\n"
        '     THIS SECOND AMENDMENT (this "Amendment") is dated as of\n'
        "December 20, 2001, between GRANDVIEW AGGREGATES CORPORATION (the\n"
        '"Borrower") and MISSOURI VALLEY BANK (the "Bank"), parties to a\n'
        'Credit Agreement dated as of July 2, 1999 (the "Credit Agreement").\n\n'
        "     1.  Section 1.1 of the Credit Agreement is hereby amended (a)\n"
        'by deleting the definitions of "Year 2000 Problem" and "Year 2000\n'
        'Plan" in their entirety, (b) by amending the definition of\n'
        '"Revolving Termination Date" by deleting "December 31, 2001" and\n'
        'inserting "December 31, 2003" in lieu thereof and (c) by amending\n'
        'the definition of "Applicable Rate" by deleting "0.50%" and\n'
        'inserting "0.75%" in lieu thereof.\n\n'
        "     2.  Section 5.9 of the Credit Agreement is hereby deleted in\n"
        "its entirety.\n\n"
        '     3.  Each reference in the Credit Agreement to "this Agreement"\n'
        "shall mean the Credit Agreement as amended hereby."
        + sign("GRANDVIEW AGGREGATES CORPORATION"),
        "1999-07-02",
        (
            (None, "Year 2000 Problem", "delete", None),
            (None, "Year 2000 Plan", "delete", None),
            (None, "Revolving Termination Date", "amend", "December 31, 2003"),
            (None, "Applicable Rate", "amend", "0.75%"),
            ("5.9", None, "delete", None),
        ),
    ),
    Case(
        "page_of_footer_over_list_new_section_unquoted",
        "FIFTH AMENDMENT TO CREDIT AGREEMENT\n\n"
        'This Fifth Amendment to Credit Agreement (this "Amendment") is made as of June 1, 2018 '
        'between TRILLIUM HOME HEALTH, INC. (the "Borrower") and LAKESHORE COMMERCIAL BANK (the '
        '"Lender").\n\nRECITALS\n\nA. The Borrower and the Lender are parties to a Credit '
        'Agreement dated as of September 30, 2013 (as amended, the "Credit Agreement").\n\n'
        "AGREEMENT\n\n"
        "1. Amendments. The Credit Agreement is hereby amended as follows:\n\n"
        "Fifth Amendment to Credit Agreement \u2013 Page 2 of 5\n\n"
        "(a) Article VII of the Credit Agreement is amended by adding the following new "
        f"Section 7.17 at the end thereof:\n\n     {_SEC_717}\n\n"
        '(b) Clause (b) of the definition of "Permitted Investments" in Section 1.1 of the '
        'Credit Agreement is amended by deleting "$1,000,000" and inserting "$2,500,000".\n\n'
        "2. Reference to and Effect on the Credit Agreement. On and after the date hereof, each "
        'reference in the Credit Agreement to "this Agreement", "hereunder" or "hereof" shall '
        "mean the Credit Agreement as amended hereby, and Section 9.3 of the Credit Agreement "
        "shall apply to this Amendment.\n\n"
        "3. Counterparts. This Amendment may be executed in counterparts."
        + sign("TRILLIUM HOME HEALTH, INC."),
        "2013-09-30",
        (
            ("7.17", None, "add", _SEC_717),
            (None, "Permitted Investments", "amend", "$2,500,000"),
        ),
    ),
    Case(
        "definitions_restated_together",
        "AMENDMENT NO. 2 TO LOAN AGREEMENT\n\n"
        'This Amendment No. 2 (this "Amendment") is dated as of March 28, 2024 between OSPREY '
        'COLD STORAGE, LLC (the "Borrower") and FARMERS & DROVERS BANK (the "Bank"), parties to '
        'a Loan Agreement dated as of April 12, 2021 (the "Loan Agreement").\n\n'
        "Section 1. Amendments to Definitions. The following definitions in Section 1.01 of the "
        "Loan Agreement are hereby amended and restated in their entirety as follows:\n\n"
        f"{_DEF_FCCR}\n\n{_DEF_FUNDED}\n\n"
        "Section 2. Conditions. This Amendment shall be effective upon the Bank's receipt of the "
        "fee described in Section 2.6 of the Loan Agreement.\n\n"
        "Section 3. Counterparts. This Amendment may be executed in counterparts."
        + sign("OSPREY COLD STORAGE, LLC"),
        "2021-04-12",
        (
            (None, "Fixed Charge Coverage Ratio", "replace", _DEF_FCCR),
            (None, "Funded Debt", "replace", _DEF_FUNDED),
        ),
    ),
    Case(
        "lease_exhibit_added_paragraph_changed_to_read",
        "FOURTH AMENDMENT TO LEASE\n\n"
        'This Fourth Amendment to Lease (this "Amendment") is made as of November 1, 2019 between '
        'ASHFORD TOWER OWNER LLC ("Landlord") and BRIGHTLINE ADVISORS, INC. ("Tenant").\n\n'
        "Landlord and Tenant are parties to a Lease dated as of February 1, 2012 (as amended, "
        'the "Lease"). Landlord and Tenant agree:\n\n'
        "1. Exhibit B-1 attached hereto is hereby added to the Lease as Exhibit B-1.\n\n"
        '2. Paragraph 4(a) of the Lease is hereby changed to read: "(a) Tenant shall pay Base '
        'Rent of $18,900 per month."\n\n'
        "3. Tenant shall accept the Expansion Space in its as-is condition, subject to "
        "Paragraph 9 of the Lease." + sign("BRIGHTLINE ADVISORS, INC.") + f"\n\n\n{_EXHIBIT_B1}\n",
        "2012-02-01",
        (
            ("Exhibit B-1", None, "add", _EXHIBIT_B1),
            ("4(a)", None, "replace", "(a) Tenant shall pay Base Rent of $18,900 per month."),
        ),
    ),
    Case(
        "employment_striking_inserting_in_its_place",
        "AMENDMENT TO EMPLOYMENT AGREEMENT\n\n"
        'This Amendment (this "Amendment") to the Employment Agreement dated as of January 3, '
        '2020 (the "Employment Agreement") between VERITAS LABS, INC. (the "Company") and '
        'JORDAN M. PIERCE (the "Executive") is made as of January 2, 2023.\n\n'
        "1. Section 3.1 of the Employment Agreement is hereby amended by striking the figure "
        '"$275,000" and inserting in its place "$310,000".\n\n'
        "2. Section 12 of the Employment Agreement is amended by replacing the second paragraph "
        f'thereof with the following: "{_NOTICE}"\n\n'
        "3. The Executive acknowledges that the restrictive covenants in Section 8 of the "
        "Employment Agreement remain in effect." + sign("VERITAS LABS, INC."),
        "2020-01-03",
        (
            ("3.1", None, "amend", "$310,000"),
            ("12", None, "amend", _NOTICE),
        ),
    ),
    Case(
        "pledge_schedule_restated_as_set_forth",
        "AMENDMENT NO. 1 TO PLEDGE AGREEMENT\n\n"
        'This Amendment No. 1 (this "Amendment") dated as of October 6, 2022 is between '
        'TALLGRASS ENERGY HOLDINGS, INC. (the "Pledgor") and CENTRAL PLAINS BANK, as collateral '
        'agent (the "Collateral Agent"), parties to a Pledge Agreement dated as of May 19, 2020 '
        '(the "Pledge Agreement").\n\n'
        "1. Schedule I to the Pledge Agreement is hereby amended and restated in its entirety as "
        "set forth on Schedule I hereto.\n\n"
        "2. The Pledgor represents that the Pledged Interests listed on Schedule I are subject "
        "to no Lien other than the Lien of the Pledge Agreement."
        + sign("TALLGRASS ENERGY HOLDINGS, INC.")
        + f"\n\n\n{_SCHEDULE_I}\n",
        "2020-05-19",
        (("Schedule I", None, "replace", _SCHEDULE_I),),
    ),
    Case(
        "guarantor_joins_indenture_changes_nothing",
        "SUPPLEMENTAL INDENTURE\n\n"
        'SUPPLEMENTAL INDENTURE (this "Supplemental Indenture"), dated as of February 8, 2021, '
        'among REDROCK PIPELINE LLC (the "Guaranteeing Subsidiary"), ALPINE MIDSTREAM '
        'PARTNERS, L.P. (the "Issuer") and CITIZENS TRUST COMPANY, as trustee (the "Trustee").'
        "\n\nWHEREAS, the Issuer and the Trustee are parties to an Indenture dated as of "
        'September 14, 2017 (the "Indenture");\n\n'
        "WHEREAS, Section 4.15 of the Indenture provides that under certain circumstances the "
        "Issuer shall cause each new Restricted Subsidiary to execute a supplemental indenture;"
        "\n\nNOW, THEREFORE, the parties agree as follows:\n\n"
        "1. Agreement to Guarantee. The Guaranteeing Subsidiary hereby agrees to guarantee the "
        "Notes on the terms set forth in Article 10 of the Indenture and to be bound by all "
        "other applicable provisions of the Indenture.\n\n"
        "2. Ratification. Except as expressly supplemented hereby, the Indenture is in all "
        "respects ratified and confirmed." + sign("REDROCK PIPELINE LLC"),
        "2017-09-14",
        (),
    ),
    Case(
        "html_nbsp_deleted_and_substituted_with_section",
        "SIXTH AMENDMENT TO LOAN AND SECURITY AGREEMENT\n\n"
        "This SIXTH AMENDMENT TO LOAN AND SECURITY AGREEMENT (this \u201cAmendment\u201d) is "
        "entered into as of July\u00a022,\u00a02015, by and between CASCADIA ROBOTICS, INC. "
        "(\u201cBorrower\u201d) and PACIFIC CREST BANK (\u201cBank\u201d).\n\n"
        "Borrower and Bank are parties to a Loan and Security Agreement dated as of "
        "March\u00a019,\u00a02010 (as amended, the \u201cLoan Agreement\u201d).\n\n"
        "2.\u00a0\u00a0\u00a0\u00a0Amendments to Loan Agreement.\n\n"
        "2.1\u00a0\u00a0\u00a0\u00a0Section\u00a06.7 (Financial Covenants) of the Loan "
        "Agreement is hereby deleted in its entirety and the following is substituted "
        "therefor:\n\n"
        "\u201c6.7\u00a0\u00a0Financial Covenant. Borrower shall maintain at all times "
        "unrestricted cash at Bank of at least $5,000,000.\u201d\n\n"
        "2.2\u00a0\u00a0\u00a0\u00a0Exhibit\u00a0D (Compliance Certificate) to the Loan Agreement "
        "is hereby replaced with Exhibit\u00a0D attached hereto.\n\n"
        "3.\u00a0\u00a0\u00a0\u00a0Conditions. Bank shall have received the fee described in "
        "Section\u00a02.5(d) of the Loan Agreement." + sign("CASCADIA ROBOTICS, INC."),
        "2010-03-19",
        (
            (
                "6.7",
                None,
                "replace",
                "6.7\u00a0\u00a0Financial Covenant. Borrower shall maintain at all times "
                "unrestricted cash at Bank of at least $5,000,000.",
            ),
            ("Exhibit D", None, "replace", None),
        ),
    ),
    Case(
        "sections_renumbered_and_cross_reference_fixed",
        "AMENDMENT NO. 4 TO CREDIT AGREEMENT\n\n"
        'This Amendment No. 4 (this "Amendment") is dated as of May 31, 2019 between SUMMIT '
        'PEAK BOTTLING CO. (the "Borrower") and HIGH DESERT BANK (the "Lender"), parties to a '
        'Credit Agreement dated as of August 8, 2014 (the "Agreement").\n\n'
        '1. Section 8.1(d) of the Agreement is amended by deleting the reference to "Section '
        '6.11" and inserting a reference to "Section 6.12" in lieu thereof.\n\n'
        "2. Section 2.3(b) of the Agreement is amended by adding the following sentence at the "
        'end thereof: "No more than five Eurodollar Loans may be outstanding at any time."\n\n'
        "3. The Borrower shall deliver the certificate required by Section 5.2(c) of the "
        "Agreement within ten days after the date hereof." + sign("SUMMIT PEAK BOTTLING CO."),
        "2014-08-08",
        (
            ("8.1(d)", None, "amend", "Section 6.12"),
            (
                "2.3(b)",
                None,
                "amend",
                "No more than five Eurodollar Loans may be outstanding at any time.",
            ),
        ),
    ),
]
