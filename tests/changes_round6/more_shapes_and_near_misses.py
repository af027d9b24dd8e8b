"""Round six, more shapes and near misses: a guaranty, a supplemental indenture, a pledge,
a change of rate with its own effective date, a definition's clause deleted, an annex of
commitments replaced, a section of an article substituted; and passages whose waivers, prior
amendments told in the recitals and general references change nothing."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round6.case import case, loan_amendment

case(
    "waiver_letter_changes_nothing",
    loan_amendment(
        """
1. Waiver. The Lenders hereby waive any Event of Default arising from the Borrower's failure
to comply with Section 6.11 of the Credit Agreement for the fiscal quarter ended March 31,
2009; provided that such waiver shall not apply to any other fiscal quarter.

2. Consent. The Lenders consent to the sale of the Borrower's Tulsa facility notwithstanding
Section 7.5 of the Credit Agreement.

3. No Other Changes. Except as expressly set forth herein, the Credit Agreement shall remain
unchanged and in full force and effect.
""",
        ordinal="Waiver and First",
    ),
)

case(
    "prior_amendment_told_in_recitals_is_not_this_one",
    """THIRD AMENDMENT TO LEASE

This Third Amendment to Lease (this "Amendment") is made as of October 3, 2011 between
LINDENHURST PLAZA ASSOCIATES, L.P. ("Landlord") and BEACON HILL DENTAL GROUP, P.C.
("Tenant").

RECITALS

A. Landlord and Tenant are parties to a Lease dated as of June 1, 2004, as amended by a
First Amendment to Lease dated as of May 2, 2006, which amended Section 2.1 of the Lease to
extend the Term, and a Second Amendment to Lease dated as of July 7, 2008, which deleted
Section 14.3 of the Lease (as so amended, the "Lease").

B. Landlord and Tenant desire to amend the Lease further as set forth below.

AGREEMENT

1. Section 4.1 of the Lease is hereby amended by deleting "$24.50" and substituting
"$26.00".

2. All references in the Lease to "this Lease" shall mean the Lease as amended hereby.
Nothing in this Amendment amends Section 11.2 of the Lease.

LANDLORD: LINDENHURST PLAZA ASSOCIATES, L.P.

By: /s/ Harriet Moss-Delacroix
Name: Harriet Moss-Delacroix
Title: General Partner

TENANT: BEACON HILL DENTAL GROUP, P.C.

By: /s/ Samuel Oduya
Name: Samuel Oduya
Title: President
""",
    ("4.1", "amend", "$26.00"),
)

case(
    "guaranty_cap_replaced_in_a_sentence",
    amendment(
        "First Amendment to Limited Guaranty",
        "Limited Guaranty",
        "Guaranty",
        """
1. Section 4(b) of the Guaranty is hereby amended by deleting the text "$1,000,000"
therefrom and replacing it with the text "$2,500,000".

2. Section 9 of the Guaranty is hereby amended and restated in its entirety as follows:

9. Termination. This Guaranty shall terminate on the date on which the Obligations have been
paid in full in cash.
""",
        first="RUTHERFORD H. PALISADES",
        first_alias="Guarantor",
        second="SEVEN RIVERS COMMERCIAL BANK",
        second_alias="Lender",
        date="March 18, 2010",
        base_date="March 18, 2008",
    ),
    ("4(b)", "amend", "$2,500,000"),
    (
        "9",
        "replace",
        "9. Termination. This Guaranty shall terminate on the date on which the Obligations have "
        "been\npaid in full in cash.",
    ),
)

case(
    "supplemental_indenture_amount_increased_and_section_added_to_article",
    amendment(
        "First Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
Section 1.01. Amendment to Section 4.09. Section 4.09(b)(3) of the Indenture is hereby
amended to increase the amount set forth therein from "$25.0 million" to "$50.0 million".

Section 1.02. New Covenant. Article Four of the Indenture is hereby amended by adding the
following new Section 4.21 at the end thereof:

"Section 4.21. Limitation on Sale-Leaseback Transactions. The Company shall not enter into
any Sale-Leaseback Transaction with respect to its Fresno distribution center."
""",
        first="DUNMORE FOOD BRANDS, INC.",
        first_alias="Company",
        second="MERCHANTS UNION TRUST COMPANY, as Trustee",
        second_alias="Trustee",
        date="November 12, 2007",
        base_date="June 8, 2005",
    ),
    ("4.09(b)(3)", "amend", "$50.0 million"),
    (
        "4.21",
        "add",
        "Section 4.21. Limitation on Sale-Leaseback Transactions. The Company shall not enter "
        "into\nany Sale-Leaseback Transaction with respect to its Fresno distribution center.",
    ),
)

case(
    "note_rate_reduced_with_effective_date_in_the_same_sentence",
    """AMENDMENT TO PROMISSORY NOTE

This Amendment to Promissory Note is entered into as of December 20, 2002 by CRESTLINE
AVIONICS CORPORATION ("Maker") and JUNIPER HOLLOW PARTNERS ("Holder").

Maker delivered to Holder a Promissory Note dated as of August 1, 2000 (the "Note"). Maker
and Holder agree that the interest rate set forth in Section 2 of the Note is hereby reduced
from 9.5% to 8.0% per annum, effective as of January 1, 2003.

CRESTLINE AVIONICS CORPORATION

By: /s/ Norbert Elling
Name: Norbert Elling
Title: President

JUNIPER HOLLOW PARTNERS

By: /s/ Adaeze Morrow
Name: Adaeze Morrow
Title: Managing Partner
""",
    ("2", "amend", "8.0% per annum"),
    effective="2003-01-01",
)

case(
    "definition_clause_deleted_and_annex_of_commitments_replaced",
    loan_amendment(
        """
1. Clause (g) of the definition of "Eligible Receivables" in Section 1.1 of the Credit
Agreement is hereby deleted in its entirety.

2. Section 2.01(a) of the Credit Agreement is hereby amended by striking the figure
"$50,000,000" where it appears therein and inserting the figure "$65,000,000" in lieu
thereof.

3. Annex I (Commitments) to the Credit Agreement is hereby replaced in its entirety with
Annex I hereto.
""",
        ordinal="Eighth",
    ),
    ("term:Eligible Receivables", "amend", None),
    ("2.01(a)", "amend", "$65,000,000"),
    ("Annex I", "replace", None),
)

case(
    "lease_section_of_article_substituted_and_paragraph_added",
    amendment(
        "Second Amendment to Lease Agreement",
        "Lease Agreement",
        "Lease",
        """
1. Article 4 of the Lease is hereby amended by deleting Section 4.3 in its entirety and
substituting the following:

4.3 Operating Expenses. Tenant shall pay its Proportionate Share of Operating Expenses in
excess of Operating Expenses for the calendar year 2009.

2. Section 22 of the Lease is hereby amended by adding at the end thereof the following new
paragraph:

Tenant may install a generator on the roof of the Building at Tenant's sole cost, subject to
Landlord's reasonable approval of the plans therefor.
""",
        first="HARBORVIEW COMMERCE CENTER LLC",
        first_alias="Landlord",
        second="NIMBUS GENOMICS, INC.",
        second_alias="Tenant",
        date="August 19, 2009",
        base_date="November 14, 2006",
    ),
    (
        "4.3",
        "replace",
        "4.3 Operating Expenses. Tenant shall pay its Proportionate Share of Operating Expenses "
        "in\nexcess of Operating Expenses for the calendar year 2009.",
    ),
    (
        "22",
        "amend",
        "Tenant may install a generator on the roof of the Building at Tenant's sole cost, "
        "subject to\nLandlord's reasonable approval of the plans therefor.",
    ),
)

case(
    "employment_exhibit_restated_and_section_shall_be_and_hereby_is",
    amendment(
        "Second Amendment to Executive Employment Agreement",
        "Executive Employment Agreement",
        "Agreement",
        """
1. Exhibit A (Bonus Plan) to the Agreement is hereby amended and restated in its entirety as
set forth in Exhibit A hereto.

2. Section 5.2 of the Agreement shall be, and hereby is, amended to read in full as follows:

5.2 Severance. Upon a termination without Cause, the Company shall continue the Executive's
Base Salary for eighteen (18) months.
""",
        first="OSPREY LANE HOSPITALITY, INC.",
        first_alias="Company",
        second="MATTHIAS VON ECKARDT",
        second_alias="Executive",
        date="January 30, 2006",
        base_date="January 1, 2004",
    ),
    ("Exhibit A", "replace", None),
    (
        "5.2",
        "replace",
        "5.2 Severance. Upon a termination without Cause, the Company shall continue the "
        "Executive's\nBase Salary for eighteen (18) months.",
    ),
)

case(
    "pledge_agreement_schedule_and_section_under_one_lead_in",
    amendment(
        "Amendment No. 1 to Pledge Agreement",
        "Pledge and Security Agreement",
        "Pledge Agreement",
        """
1. Amendments. The Pledge Agreement is hereby amended as follows:

(a) by deleting Schedule 1 thereto and substituting therefor Schedule 1 attached hereto;

(b) by deleting Section 6(d) thereof in its entirety; and

(c) by amending Section 11 thereof by deleting the words "thirty (30) days" and substituting
therefor the words "ten (10) Business Days".
""",
        first="MARLOWE CREEK HOLDINGS LLC",
        first_alias="Pledgor",
        second="ATLANTIC FIDELITY BANK, as collateral agent",
        second_alias="Secured Party",
        date="October 6, 2008",
        base_date="April 30, 2007",
    ),
    ("Schedule 1", "replace", None),
    ("6(d)", "delete", None),
    ("11", "amend", "ten (10) Business Days"),
)

case(
    "licence_new_paragraph_numbered_and_date_changed_from_to",
    amendment(
        "Amendment No. 2 to Technology License Agreement",
        "Technology License Agreement",
        "License Agreement",
        """
A. Paragraph 6 of the License Agreement is amended by changing "June 30, 2005" to
"December 31, 2005" in the second sentence thereof.

B. The License Agreement is amended by adding a new Paragraph 6.1 after Paragraph 6 which
shall read as follows:

6.1 Extension Fee. In consideration of the extension in Paragraph 6, Licensee shall pay
Licensor an extension fee of $75,000 on or before July 15, 2005.
""",
        first="ORBITAL SIGNAL LABS, INC.",
        first_alias="Licensor",
        second="KANAZAWA ELECTRONICS CO., LTD.",
        second_alias="Licensee",
        date="June 27, 2005",
        base_date="September 15, 2003",
    ),
    ("6", "amend", "December 31, 2005"),
    (
        "6.1",
        "add",
        "6.1 Extension Fee. In consideration of the extension in Paragraph 6, Licensee shall pay"
        "\nLicensor an extension fee of $75,000 on or before July 15, 2005.",
    ),
)

case(
    "supply_agreement_article_and_sections_by_striking_with_effective_date_apart",
    amendment(
        "Amendment to Manufacturing and Supply Agreement",
        "Manufacturing and Supply Agreement",
        "Supply Agreement",
        """
1. Article 8 of the Supply Agreement is hereby amended by striking Section 8.2 and
substituting in lieu thereof the following:

"8.2 Forecasts. Purchaser shall deliver a rolling twelve-month forecast on or before the
tenth day of each calendar month."

2. Section 14.1 of the Supply Agreement is amended by striking "December 31, 2008" and
inserting "December 31, 2011".

3. Effectiveness. This Amendment shall be deemed effective as of January 1, 2009 (the
"Amendment Effective Date").
""",
        first="VELLACOTT CHEMICAL COMPANY",
        first_alias="Manufacturer",
        second="PINEHAVEN NUTRITION, INC.",
        second_alias="Purchaser",
        date="February 9, 2009",
        base_date="March 1, 2006",
    ),
    (
        "8.2",
        "replace",
        "8.2 Forecasts. Purchaser shall deliver a rolling twelve-month forecast on or before the"
        "\ntenth day of each calendar month.",
    ),
    ("14.1", "amend", "December 31, 2011"),
    effective="2009-01-01",
)

case(
    "credit_agreement_interest_period_sentence_and_covenant_level_replaced",
    loan_amendment(
        """
SECTION 2. Amendments to the Credit Agreement.

2.1 Section 2.7(b). The last sentence of Section 2.7(b) of the Credit Agreement is hereby
deleted and the following is substituted therefor: "Each Interest Period shall be one, two,
three or six months."

2.2 Section 6.1. Section 6.1 of the Credit Agreement is hereby amended by replacing "1.25 to
1.00" with "1.10 to 1.00".

2.3 Section 6.4. Section 6.4 of the Credit Agreement is hereby deleted and replaced with
"[Reserved]".
""",
        ordinal="Ninth",
    ),
    ("2.7(b)", "amend", "Each Interest Period shall be one, two,\nthree or six months."),
    ("6.1", "amend", "1.10 to 1.00"),
    ("6.4", "replace", "[Reserved]"),
)
