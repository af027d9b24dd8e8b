"""Round ten, third batch: passages written after the second batch's fixes, before the reader
ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round10.case import case, deed, side_letter

case(
    "english_sub_clause_deleted_and_later_ones_relettered",
    deed(
        """
2. AMENDMENTS

2.1 Paragraph (c) of Clause 19.3 (Negative Pledge) of the Agreement shall be deleted.

2.2 Clause 24.1 (Events of Default) of the Agreement shall be amended by adding the words
"or any Material Subsidiary" after the words "the Company".
""",
        "Multicurrency Facility Agreement",
        "1 October 2015",
        "12 December 2017",
    ),
    ("19.3(c)", "delete", None),
    ("24.1", "amend", "or any Material Subsidiary"),
)

case(
    "note_interest_rate_figure_replaced_in_a_paragraph",
    amendment(
        "Amendment No. 2 to Convertible Promissory Note",
        "Convertible Promissory Note",
        "Note",
        """
1. Paragraph 2 of the Note is hereby amended by replacing "eight percent (8%)" with "ten
percent (10%)".

2. Paragraph 5(b) of the Note is hereby amended to read in its entirety as follows:

"(b) The Conversion Price shall be $0.40 per share."
""",
        first="TAMARACK SOLAR SYSTEMS, INC.",
        second="GREYSTONE BRIDGE LENDERS, LLC",
    ),
    ("2", "amend", "ten\npercent (10%)"),
    ("5(b)", "replace", "(b) The Conversion Price shall be $0.40 per share."),
)

case(
    "licensed_patents_schedule_supplemented",
    amendment(
        "Second Amendment to Patent License Agreement",
        "Patent License Agreement",
        "License Agreement",
        """
1. Schedule A (Licensed Patents) of the License Agreement is hereby supplemented by adding the
following patent applications: U.S. Application No. 14/551,208 and U.S. Application No.
14/602,377.

2. Section 5.1 of the License Agreement is hereby modified so that the Minimum Annual Royalty
is $150,000.
""",
        first="CEDARBROOK INSTRUMENTS, INC.",
        first_alias="Licensee",
        second="THE FOUNDATION FOR APPLIED OPTICS",
        second_alias="Licensor",
    ),
    ("Schedule A", "amend", None),
    ("5.1", "amend", None),
)

case(
    "renewal_term_stated_as_a_change_of_a_section",
    amendment(
        "Renewal Amendment to Services Agreement",
        "Services Agreement",
        "Agreement",
        """
1. Renewal. Pursuant to Section 12.1 of the Agreement, the parties hereby renew the Agreement
for a further term of three (3) years commencing on July 1, 2016, and Section 12.1 is amended
by replacing "June 30, 2016" with "June 30, 2019".

2. Fees. The fees for the renewal term are set out in Schedule B.
""",
        first="LOCKHAVEN HOSPITAL SYSTEM, INC.",
        first_alias="Client",
        second="PRAIRIE SKY DIAGNOSTICS, LLC",
        second_alias="Contractor",
    ),
    ("12.1", "amend", "June 30, 2019"),
)

case(
    "new_article_inserted_after_an_article",
    amendment(
        "First Amendment to Limited Liability Company Agreement",
        "Limited Liability Company Agreement",
        "LLC Agreement",
        """
1. The LLC Agreement is hereby amended by inserting the following new Article XIV immediately
after Article XIII:

"ARTICLE XIV
TRANSFER RESTRICTIONS

No Member may transfer any Units without the prior written consent of the Manager."

2. Capitalized terms used herein have the meanings given in the LLC Agreement.
""",
        first="SAWTOOTH RIDGE ENERGY HOLDINGS, LLC",
        second="ALPINE MERIDIAN INVESTORS, L.P.",
        second_alias="Member",
    ),
    ("Article XIV", "add", None),
)

case(
    "definition_modified_by_adding_words_at_its_end",
    credit_amendment(
        """
1. Amendment to Definitions. The definition of "Consolidated EBITDA" set forth in Section
1.01 of the Credit Agreement is hereby modified by adding the following at the end thereof:
", plus (h) non-recurring integration costs not to exceed $2,500,000 in any fiscal year".

2. Amendment to Section 7.11. Section 7.11 of the Credit Agreement is hereby modified by
replacing "4.00 to 1.00" with "4.25 to 1.00".
""",
        ordinal="Seventh",
        base="Credit Agreement",
        borrower="WESTBROOK SPECIALTY FOODS, INC.",
        lender="CONTINENTAL PRAIRIE BANK, N.A., as administrative agent",
        lender_alias="Administrative Agent",
    ),
    (
        "term:Consolidated EBITDA",
        "amend",
        ", plus (h) non-recurring integration costs not to exceed $2,500,000 in any fiscal year",
    ),
    ("7.11", "amend", "4.25 to 1.00"),
)

case(
    "employment_bonus_percentage_changed_from_one_figure_to_another",
    amendment(
        "Third Amendment to Executive Employment Agreement",
        "Executive Employment Agreement",
        "Employment Agreement",
        """
1. Annual Bonus. The target bonus percentage in Section 4(b) of the Employment Agreement is
changed from 50% to 65% of Base Salary, effective for fiscal years beginning on or after
January 1, 2018.

2. Severance. Section 7(c)(ii) of the Employment Agreement is deleted in its entirety.
""",
        first="BLUE HERON LOGISTICS, INC.",
        second="Theodore R. Vance",
        second_alias="Executive",
    ),
    ("4(b)", "amend", None),
    ("7(c)(ii)", "delete", None),
)

case(
    "side_letter_adds_a_product_to_an_exhibit_and_a_fee",
    side_letter(
        """
1. With effect from November 1, 2014, Exhibit A (Covered Systems) to the Master Services
Agreement shall include the Customer's warehouse management system.

2. In consideration of the additional services, the Monthly Fee set out in Section 5.1 of the
Master Services Agreement is increased to $48,500.
""",
        "Master Services Agreement",
        "March 3, 2012",
        "October 20, 2014",
    ),
    ("5.1", "amend", "$48,500"),
    optional=("Exhibit A", "term:Monthly Fee"),
)

case(
    "indenture_section_restated_and_definitions_added_in_order",
    amendment(
        "Third Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
Section 1.01. Amendments to Definitions. Section 1.01 of the Indenture is amended by adding the
following definitions in the appropriate alphabetical order:

"Permitted Receivables Financing" means any financing of receivables of the Company in an
aggregate principal amount not to exceed $75,000,000.

"Receivables Subsidiary" means a Subsidiary formed solely to engage in a Permitted
Receivables Financing.

Section 1.02. Amendment to Section 4.09. Section 4.09(b)(iv) of the Indenture is restated in
full as follows:

"(iv) Indebtedness under any Permitted Receivables Financing;"
""",
        first="IRONGATE PACKAGING CORPORATION",
        second="MONUMENT STREET TRUST COMPANY, as trustee",
        second_alias="Trustee",
    ),
    ("term:Permitted Receivables Financing", "add", None),
    ("term:Receivables Subsidiary", "add", None),
    ("4.09(b)(iv)", "replace", "(iv) Indebtedness under any Permitted Receivables Financing;"),
)

case(
    "australian_deed_clause_replaced_and_item_of_schedule_amended",
    deed(
        """
1. AMENDMENT

On and from the Effective Date:

(a) clause 11.2 of the Agreement is deleted and replaced with:

"11.2 The Company must deliver its audited accounts within 120 days after each Financial Year."

(b) item 3 of Schedule 1 of the Agreement is amended by replacing "AUD 2,000,000" with "AUD
3,500,000".
""",
        "Facility Agreement",
        "4 August 2014",
        "30 September 2016",
        title="Amending Deed",
    ),
    ("11.2", "replace", None),
    ("Schedule 1", "amend", None),
)

case(
    "lease_rent_table_replaced_under_a_section",
    amendment(
        "Second Amendment to Industrial Lease",
        "Industrial Lease",
        "Lease",
        """
1. Base Rent. The rent schedule in Section 3.1 of the Lease is deleted and replaced with the
following:

Period                          Monthly Base Rent
July 1, 2017 - June 30, 2018    $21,400.00
July 1, 2018 - June 30, 2019    $22,042.00

2. Brokers. Each party represents that it dealt with no broker.
""",
        first="TRI-COUNTY LOGISTICS PARK, LLC",
        first_alias="Landlord",
        second="FENWICK AUTO PARTS DISTRIBUTORS, INC.",
        second_alias="Tenant",
    ),
    ("3.1", "amend", None),
)

case(
    "near_miss_amendment_described_not_made",
    amendment(
        "Amendment to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. Background. Section 4.2 of the Supply Agreement was amended by the First Amendment dated
June 1, 2010 to provide for quarterly pricing reviews, and the parties have since discussed
whether Section 4.2 should be further amended.

2. Price Review. The parties shall meet before March 31, 2013 to review the prices set forth in
Exhibit B. Any change to Exhibit B must be agreed in writing.

3. Section 9.1 of the Supply Agreement is hereby amended by deleting the words "by courier".
""",
        first="GLENDALE FASTENER CORP.",
        first_alias="Supplier",
        second="REDWING TRAILER MANUFACTURING, INC.",
        second_alias="Buyer",
    ),
    ("9.1", "amend", None),
)

case(
    "near_miss_waiver_letter_with_reservations",
    credit_amendment(
        """
1. Limited Waiver. The Bank waives compliance with Section 6.12 of the Loan Agreement for the
fiscal quarter ended March 31, 2011 only. Nothing herein shall be construed as an amendment or
modification of Section 6.12, which remains in full force and effect.

2. Reservation of Rights. The Bank reserves all of its other rights under the Loan Agreement.
""",
        ordinal="Second",
        borrower="LAUREL HOLLOW CABINETRY, INC.",
    ),
)

case(
    "distribution_territory_revised_and_quota_superseded",
    amendment(
        "Amendment No. 1 to Distributorship Agreement",
        "Distributorship Agreement",
        "Agreement",
        """
1. Territory. Schedule 1 (Territory) to the Agreement is revised to read as follows:
"The States of Oregon, Washington and Idaho."

2. Quotas. The minimum purchase quotas in Section 6.1 of the Agreement are superseded by those
set out in Schedule 2 to this Amendment.
""",
        first="TIMBERLINE SAW & TOOL CO.",
        first_alias="Company",
        second="CASCADE EQUIPMENT SALES, INC.",
        second_alias="Distributor",
    ),
    ("Schedule 1", "replace", "The States of Oregon, Washington and Idaho."),
    ("6.1", "amend", None),
)

case(
    "purchase_agreement_date_outside_date_amended",
    amendment(
        "Amendment No. 2 to Agreement and Plan of Merger",
        "Agreement and Plan of Merger",
        "Merger Agreement",
        """
1. Outside Date. Section 8.1(b)(i) of the Merger Agreement is hereby amended by deleting the
date "September 30, 2019" and substituting therefor the date "December 31, 2019".

2. Disclosure Schedule. Section 3.7 of the Company Disclosure Schedule is hereby amended by
adding the contracts listed on Annex I hereto.
""",
        first="KEYSTONE ORTHOPEDIC PARTNERS, INC.",
        second="RIVERBEND HEALTH ACQUISITION CORP.",
        second_alias="Parent",
    ),
    ("8.1(b)(i)", "amend", "December 31, 2019"),
    optional=("3.7", "Disclosure Schedule"),
)

case(
    "credit_commitment_schedule_replaced_and_section_dashes",
    credit_amendment(
        """
2. Amendments to Credit Agreement. The Credit Agreement is amended as follows:

— Schedule 2.01 (Commitments) is deleted and replaced by Schedule 2.01 attached hereto;

— Section 6.08 is amended by deleting "and" at the end of clause (e) thereof; and

— Section 9.04(b) is deleted in its entirety.
""",
        ordinal="Third",
        base="Credit Agreement",
        borrower="SUMMIT HOLLOW PAPER CO.",
        lender="THE BANK OF ELMHURST, as administrative agent",
        lender_alias="Administrative Agent",
    ),
    ("Schedule 2.01", "replace", None),
    ("6.08", "amend", None),
    ("9.04(b)", "delete", None),
)
