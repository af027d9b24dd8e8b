"""Round six, second batch, written blind after the first batch's fixes: a section reserved with
bracketed words, a schedule added to at its end, an exhibit added in the form attached, a
definition inserted in its alphabetical place, deleted, amended and added under one lead-in, a
note's paragraph deleted and replaced, a warrant's new subsection, changes "in the following
respects" numbered 1.1 and 1.2, a schedule that replaces its namesake, a word of one sentence,
a sentence at the end of a section of an article, a clause of a section replaced, an
amortization table, a definition running over a page break."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round6.case import case, loan_amendment

case(
    "section_reserved_and_schedule_added_to_at_its_end",
    loan_amendment(
        """
1. The Credit Agreement is hereby amended by deleting Section 6.9 in its entirety and
inserting "[Intentionally Omitted]" in lieu thereof.

2. Schedule 4.12 to the Credit Agreement is hereby amended by adding the following at the end
thereof:

Tallgrass Foundry de Mexico, S. de R.L. de C.V. (100% owned by the Borrower)
""",
        ordinal="Tenth",
    ),
    ("6.9", "replace", "[Intentionally Omitted]"),
    (
        "Schedule 4.12",
        "amend",
        "Tallgrass Foundry de Mexico, S. de R.L. de C.V. (100% owned by the Borrower)",
    ),
)

case(
    "exhibit_added_in_the_form_attached_and_definition_inserted_alphabetically",
    amendment(
        "Amendment No. 1 to Services Agreement",
        "Services Agreement",
        "Agreement",
        """
1. Exhibit E (Service Levels) in the form attached to this Amendment is hereby added to the
Agreement.

2. The following definition is hereby inserted in Section 1.1 of the Agreement in its proper
alphabetical position:

"Service Credit" means the credit against the monthly fee described in Exhibit E.
""",
        first="BLACKWATER LOGISTICS CORP.",
        first_alias="Customer",
        second="AXIOMATIC DATA SERVICES, INC.",
        second_alias="Provider",
        date="April 22, 2012",
        base_date="December 1, 2010",
    ),
    ("Exhibit E", "add", None),
    (
        "term:Service Credit",
        "add",
        '"Service Credit" means the credit against the monthly fee described in Exhibit E.',
    ),
)

case(
    "definitions_deleted_amended_and_added_under_one_lead_in",
    loan_amendment(
        """
SECTION 1. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby amended
as follows:

(a) by deleting the definition of "Acquisition Facility" in its entirety;

(b) by amending the definition of "Excess Cash Flow" by replacing "fifty percent (50%)" with
"seventy-five percent (75%)"; and

(c) by adding the following new definition in the appropriate alphabetical order:

"Second Amendment Effective Date" means June 3, 2009.
""",
    ),
    ("term:Acquisition Facility", "delete", None),
    ("term:Excess Cash Flow", "amend", "seventy-five percent (75%)"),
    (
        "term:Second Amendment Effective Date",
        "add",
        '"Second Amendment Effective Date" means June 3, 2009.',
    ),
)

case(
    "note_paragraph_deleted_and_replaced_and_warrant_subsection_added",
    amendment(
        "Amendment to Note and Warrant",
        "Note and Warrant Purchase Agreement",
        "Purchase Agreement",
        """
1. The Note. Paragraph 3 of the Note is hereby deleted and replaced with the following:

3. Payments. Interest shall be payable quarterly in arrears on the first day of each January,
April, July and October.

2. The Warrant. Section 10 of the Warrant is amended by adding a new subsection (d) to read as
follows:

(d) Cashless Exercise. The Holder may exercise this Warrant by surrender of Warrant Shares
having a value equal to the Exercise Price.
""",
        first="PERIDOT WIRELESS, INC.",
        second="SUMMIT LEDGE CAPITAL FUND, L.P.",
        date="October 29, 2004",
        base_date="February 17, 2004",
    ),
    (
        "3",
        "replace",
        "3. Payments. Interest shall be payable quarterly in arrears on the first day of each "
        "January,\nApril, July and October.",
    ),
    (
        "10(d)",
        "add",
        "(d) Cashless Exercise. The Holder may exercise this Warrant by surrender of Warrant "
        "Shares\nhaving a value equal to the Exercise Price.",
    ),
)

case(
    "in_the_following_respects_numbered_decimally",
    amendment(
        "First Amendment to Purchase and Sale Agreement",
        "Purchase and Sale Agreement",
        "Agreement",
        """
1. Amendments. The Agreement is hereby amended in the following respects:

1.1 Section 2.2 of the Agreement is amended by deleting "$6,800,000" and substituting
"$6,450,000".

1.2 Section 4.1 of the Agreement is amended by deleting "forty-five (45) days" and
substituting "sixty (60) days".

2. Ratification. As amended hereby, the Agreement is ratified and confirmed.
""",
        first="COPPERLEAF VENTURES LLC",
        first_alias="Seller",
        second="MIDLAND PLAINS REIT, L.P.",
        second_alias="Purchaser",
        date="August 2, 2013",
        base_date="June 14, 2013",
    ),
    ("2.2", "amend", "$6,450,000"),
    ("4.1", "amend", "sixty (60) days"),
)

case(
    "schedule_that_replaces_its_namesake_and_a_word_of_one_sentence",
    loan_amendment(
        """
1. Commitments. The Revolving Commitment of each Lender is set forth on Schedule 1.1A
attached hereto, which Schedule 1.1A shall replace Schedule 1.1A to the Credit Agreement in
its entirety.

2. Officers. The first sentence of Section 5.2(a) of the Credit Agreement is hereby amended by
deleting "Chief Financial Officer" and substituting "Chief Financial Officer or Treasurer".
""",
        ordinal="Eleventh",
    ),
    ("Schedule 1.1A", "replace", None),
    ("5.2(a)", "amend", "Chief Financial Officer or Treasurer"),
)

case(
    "sentence_at_end_of_a_section_of_an_article_and_clause_replaced",
    amendment(
        "Fifth Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Article III of the Lease is amended by adding the following sentence at the end of Section
3.2: "Tenant's obligation to pay Additional Rent shall survive the expiration of the Term."

2. Section 7.1(c) of the Lease is hereby amended by replacing clause (ii) thereof with the
following: "(ii) the installation of signage on the exterior of the Building;".
""",
        first="ELMSFORD GATEWAY ASSOCIATES",
        first_alias="Landlord",
        second="HEARTWOOD PEDIATRICS, P.A.",
        second_alias="Tenant",
        date="November 7, 2013",
        base_date="January 4, 2001",
    ),
    (
        "3.2",
        "amend",
        "Tenant's obligation to pay Additional Rent shall survive the expiration of the Term.",
    ),
    ("7.1(c)(ii)", "replace", "(ii) the installation of signage on the exterior of the Building;"),
)

_AMORTIZATION = """Payment Date                  Installment Amount
March 31, 2010                $1,250,000
June 30, 2010                 $1,250,000
September 30, 2010            $1,750,000
December 31, 2010             $1,750,000"""

case(
    "amortization_table_amended_to_read",
    loan_amendment(
        f"""
1. The table of installment payments set forth in Section 2.3(b) of the Credit Agreement is
hereby amended to read as follows:

{_AMORTIZATION}
""",
        ordinal="Twelfth",
    ),
    ("2.3(b)", "amend", _AMORTIZATION),
)

case(
    "restated_definition_running_over_a_page_break",
    loan_amendment(
        """
1. The definition of "Consolidated Net Worth" in Section 1.1 of the Credit Agreement is hereby
amended and restated in its entirety as follows:

"Consolidated Net Worth" means, at any date, the consolidated stockholders' equity of the
Borrower and its Subsidiaries determined in accordance with GAAP, excluding the effect of any

                                     - 4 -
<PAGE>

non-cash impairment of goodwill recorded after June 3, 2009.

2. Governing Law. This Amendment shall be governed by the laws of the State of New York.
""",
        ordinal="Thirteenth",
    ),
    (
        "term:Consolidated Net Worth",
        "replace",
        '"Consolidated Net Worth" means, at any date, the consolidated stockholders\' equity of '
        "the\nBorrower and its Subsidiaries determined in accordance with GAAP, excluding the "
        "effect of any\n\n                                     - 4 -\n<PAGE>\n\nnon-cash "
        "impairment of goodwill recorded after June 3, 2009.",
    ),
)
