"""Round ten, first batch: passages written before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round10.case import case, deed, side_letter

case(
    "clause_deleted_and_replaced_with_effect_from_a_date",
    deed(
        """
1. AMENDMENT

1.1 With effect from 1 March 2016, Clause 21.4 (Financial Covenants) of the Agreement shall be
deleted and replaced with the following:

"The Company shall ensure that Leverage in respect of any Relevant Period does not exceed
3.25:1."

1.2 Save as amended by this Deed, the Agreement remains in full force and effect.
""",
        "Facility Agreement",
        "14 June 2013",
        "19 February 2016",
    ),
    (
        "21.4",
        "replace",
        "The Company shall ensure that Leverage in respect of any Relevant Period does not "
        "exceed\n3.25:1.",
    ),
    effective="2016-03-01",
)

case(
    "word_deleted_from_a_clause_of_a_section",
    credit_amendment(
        """
1. Amendment to Section 6.3. Section 6.3(b) of the Loan Agreement is hereby amended by
deleting the word "not" appearing in the second line thereof.

2. Representations. The Borrower represents that no Default exists on the date hereof.
""",
        borrower="CORMORANT VALLEY MILLS, INC.",
        lender="THE PEOPLES TRUST BANK OF ASHTABULA",
    ),
    ("6.3(b)", "amend", None),
)

case(
    "figure_replaced_inside_a_definition_and_a_section",
    credit_amendment(
        """
1. Amendments. The Loan Agreement is hereby amended as follows:

(a) The definition of "Applicable Margin" in Section 1.1 is amended by replacing "2.50%" with
"2.75%".

(b) Section 7.2 is amended by replacing the figure "$1,500,000" where it appears therein with
the figure "$2,250,000".
""",
        ordinal="Fourth",
    ),
    ("term:Applicable Margin", "amend", "2.75%"),
    ("7.2", "amend", "$2,250,000"),
)

case(
    "new_section_added_at_the_end_of_an_article",
    amendment(
        "First Amendment to Stock Purchase Agreement",
        "Stock Purchase Agreement",
        "Purchase Agreement",
        """
1. A new Section 7.12 is added at the end of Article VII of the Purchase Agreement, to read in
its entirety as follows:

"Sanctions. Neither the Company nor any of its Subsidiaries is a Person that is the target of
any Sanctions."

2. Except as set forth herein, the Purchase Agreement remains unmodified.
""",
        second="LINDENHALL GROWTH EQUITY FUND III, L.P.",
        second_alias="Purchaser",
    ),
    (
        "7.12",
        "add",
        "Sanctions. Neither the Company nor any of its Subsidiaries is a Person that is the "
        "target of\nany Sanctions.",
    ),
)

case(
    "sentence_added_at_the_end_of_a_section",
    amendment(
        "Amendment No. 2 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. The following sentence is added at the end of Section 4.2 of the Supply Agreement:

"Purchaser may place Orders by electronic data interchange in the format reasonably specified
by Supplier."

2. This Amendment shall be governed by the laws of the State of Ohio.
""",
        first="TRAVERSE BEARING COMPANY",
        first_alias="Supplier",
        second="WOLCOTT AGRICULTURAL EQUIPMENT, INC.",
        second_alias="Purchaser",
    ),
    (
        "4.2",
        "amend",
        "Purchaser may place Orders by electronic data interchange in the format reasonably "
        "specified\nby Supplier.",
    ),
)

case(
    "exhibit_of_prices_amended_by_adding_products",
    amendment(
        "Second Amendment to Manufacturing and Supply Agreement",
        "Manufacturing and Supply Agreement",
        "Agreement",
        """
1. Exhibit B (Pricing) to the Agreement is amended by adding the following products:

Product Code    Description                     Unit Price
HX-410          Hydraulic coupler, 3/4 inch     $14.20
HX-415          Hydraulic coupler, 1 inch       $17.85

2. All other terms of the Agreement remain unchanged.
""",
        first="PENROSE FLUID CONTROLS, INC.",
        first_alias="Manufacturer",
        second="GRANITE STATE TRACTOR CORPORATION",
        second_alias="Customer",
    ),
    ("Exhibit B", "amend", None),
)

case(
    "territory_in_a_schedule_shall_now_include",
    deed(
        """
1. VARIATION

With effect from 1 July 2015, the Territory set out in Schedule 1 to the Agreement shall now
include Canada.

2. GOVERNING LAW

This Deed is governed by English law.
""",
        "Distribution Agreement",
        "2 September 2011",
        "24 June 2015",
        title="Deed of Variation",
    ),
    ("Schedule 1", "amend", None),
    optional=("term:Territory",),
    effective="2015-07-01",
)

case(
    "side_letter_modifies_a_notice_period",
    side_letter(
        """
With effect from the date of this letter, Section 9.1 of the Master Services Agreement is
modified by replacing "ninety (90) days" with "sixty (60) days".
""",
        "Master Services Agreement",
        "January 8, 2012",
        "October 2, 2014",
    ),
    ("9.1", "amend", "sixty (60) days"),
)

case(
    "dashes_for_the_changes_of_a_lease",
    amendment(
        "Third Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Amendments. The Lease is amended as follows:

- Section 3.1 is amended by replacing "$12,500.00" with "$13,750.00";

- Section 5.4 is deleted in its entirety; and

- the following new Section 18.9 is inserted immediately after Section 18.8:

"Signage. Tenant may install one sign at the entrance to the Premises, subject to Landlord's
approval of its design."

2. Ratification. Landlord and Tenant ratify the Lease as amended hereby.
""",
        first="FALLOWFIELD PROPERTIES LLC",
        first_alias="Landlord",
        second="BRIGHTWATER DENTAL GROUP, P.C.",
        second_alias="Tenant",
    ),
    ("3.1", "amend", "$13,750.00"),
    ("5.4", "delete", None),
    (
        "18.9",
        "add",
        "Signage. Tenant may install one sign at the entrance to the Premises, subject to "
        "Landlord's\napproval of its design.",
    ),
)

case(
    "two_column_table_of_sections_and_amended_text",
    amendment(
        "Amendment No. 1 to License Agreement",
        "License Agreement",
        "License Agreement",
        """
1. The provisions of the License Agreement listed in the left column below are amended to read
as set out opposite them in the right column:

Section    Amended text

2.3        "Royalty Rate" means six percent (6%) of Net Sales.

9.1        This Agreement shall continue in force until December 31, 2020.

2. Each party confirms that the License Agreement, as so amended, is binding on it.
""",
        first="ORRERY BIOSCIENCES, INC.",
        first_alias="Licensee",
        second="THE REGENTS OF WESTMARCH UNIVERSITY",
        second_alias="Licensor",
    ),
    ("2.3", "replace", '"Royalty Rate" means six percent (6%) of Net Sales.'),
    ("9.1", "replace", "This Agreement shall continue in force until December 31, 2020."),
)

case(
    "term_of_employment_extended_for_an_additional_period",
    amendment(
        "Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. Extension. The term of employment set forth in Section 2 of the Employment Agreement is
hereby extended for an additional period of two (2) years, ending on March 31, 2014.

2. No Other Changes. Except as set forth above, the Employment Agreement is unchanged.
""",
        first="HALVERSON MEDICAL DEVICES, INC.",
        second="Jonathan P. Treadwell",
        second_alias="Executive",
    ),
    ("2", "amend", None),
)

case(
    "schedule_changed_by_a_marked_copy_in_an_annex",
    amendment(
        "Fifth Amendment to Lease Agreement",
        "Lease Agreement",
        "Lease",
        """
1. Schedule 2 (Rules and Regulations) to the Lease is hereby amended to delete the stricken
text and to add the underlined text as shown in the marked copy of Schedule 2 attached as
Annex A to this Amendment.

2. This Amendment may be executed in counterparts.
""",
        first="CALLOWAY COMMONS ASSOCIATES, L.P.",
        first_alias="Landlord",
        second="MARBLEHEAD OPTICAL, INC.",
        second_alias="Tenant",
    ),
    ("Schedule 2", "amend", None),
)

case(
    "modified_revised_and_supplemented_sections_of_an_indenture",
    amendment(
        "First Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
1. Section 4.06 of the Indenture is hereby modified by deleting the words "or any Restricted
Subsidiary" in the first sentence thereof.

2. Section 4.07 of the Indenture is hereby revised to read in its entirety as follows:

"The Issuer shall deliver to the Trustee, within 120 days after the end of each fiscal year,
an Officers' Certificate stating whether a Default has occurred."

3. Section 6.01 of the Indenture is hereby supplemented by adding the following clause (k)
after clause (j) thereof:

"(k) the Issuer fails to comply with Section 4.15 for 60 days after notice."
""",
        first="ABERNATHY ENERGY PARTNERS, INC.",
        first_alias="Issuer",
        second="COPLEY NATIONAL TRUST COMPANY, as trustee",
        second_alias="Trustee",
    ),
    ("4.06", "amend", None),
    (
        "4.07",
        "replace",
        "The Issuer shall deliver to the Trustee, within 120 days after the end of each fiscal "
        "year,\nan Officers' Certificate stating whether a Default has occurred.",
    ),
    ("6.01(k)", "add", None),
    optional=("6.01",),
)

case(
    "section_of_a_warrant_superseded_by_new_wording",
    amendment(
        "Amendment to Common Stock Purchase Warrant",
        "Common Stock Purchase Warrant",
        "Warrant",
        """
1. Section 2(b) of the Warrant is hereby superseded in its entirety by the following:

"Exercise Price. The exercise price per Warrant Share shall be $1.15, subject to adjustment
as provided in Section 3."

2. The Holder shall surrender the Warrant for endorsement of this Amendment.
""",
        first="SILVERTHORNE GENOMICS CORP.",
        second="PELICAN BAY OPPORTUNITY FUND, LTD.",
    ),
    (
        "2(b)",
        "replace",
        "Exercise Price. The exercise price per Warrant Share shall be $1.15, subject to "
        "adjustment\nas provided in Section 3.",
    ),
)

case(
    "recital_and_a_part_of_a_schedule_replaced_by_deed",
    deed(
        """
2. AMENDMENTS

2.1 Recital (C) of the Agreement shall be deleted and replaced with the following:

"(C) The Bank has agreed to make available to the Company a revolving facility of
GBP 7,500,000."

2.2 Part B of Schedule 3 (Conditions Subsequent) to the Agreement shall be deleted in its
entirety.
""",
        "Revolving Facility Agreement",
        "30 November 2012",
        "8 April 2014",
    ),
    (
        "Recital (C)",
        "replace",
        "(C) The Bank has agreed to make available to the Company a revolving facility of\n"
        "GBP 7,500,000.",
    ),
    ("Schedule 3", "amend", None),
)

case(
    "paragraph_of_a_schedule_amended_by_replacing_a_figure",
    deed(
        """
1. With effect from the date of this Deed, paragraph 4 of Schedule 2 (Service Levels) to the
Agreement shall be amended by replacing "99.5 per cent." with "99.9 per cent.".

2. Clause 15 (Governing Law) of the Agreement applies to this Deed.
""",
        "Managed Services Agreement",
        "17 January 2014",
        "3 May 2017",
    ),
    ("Schedule 2", "amend", "99.9 per cent."),
)

case(
    "near_misses_a_waiver_a_request_and_a_condition_of_amendment",
    credit_amendment(
        """
1. Waiver. The Borrower has requested that the Bank amend Section 6.1 of the Loan Agreement
to permit the acquisition of the Delmont Facility. The Bank is not willing to amend Section 6.1
but hereby waives any Event of Default arising under Section 6.1 solely as a result of that
acquisition. This waiver shall not be construed as an amendment of Section 6.1 or of any other
provision of the Loan Agreement.

2. Amendments. No amendment of Section 6 of the Loan Agreement shall be effective unless in
writing and signed by the Bank.

3. Reaffirmation. The Loan Agreement, as amended by the First Amendment and the Second
Amendment, remains in full force and effect.
""",
        borrower="NORTHFIELD ORCHARD SUPPLY, INC.",
    ),
)
