"""Round seven, second batch: seventeen passages written after the first batch's fixes and
before the reader ran on them (headed lettered items, sections renumbered around a new one, a
clause of a definition struck, letter amendments, an exhibit deleted and a schedule added, a
sentence of a numbered paragraph deleted, a warrant section restated unquoted, an article
replaced by "[Intentionally Omitted]", an effective date given by a definition, clauses of an
indenture section edited in one sentence, a fee schedule's rate, near misses)."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round7.case import bank_amendment, case, letter_amendment

case(
    "headed_lettered_items_sentence_deleted_period_changed_section_added",
    bank_amendment(
        """
SECTION 2. Amendments. Subject to the satisfaction of the conditions set forth in Section 3:

(a) Amendment to Section 2.1. Section 2.1 of the Credit Agreement is hereby amended by
deleting the last sentence thereof.

(b) Amendment to Section 5.2. Section 5.2(d) of the Credit Agreement is hereby amended by
replacing the words "thirty (30) days" with the words "forty-five (45) days".

(c) New Section 5.15. The Credit Agreement is hereby amended by inserting the following new
Section 5.15 immediately after Section 5.14 thereof:

"5.15 Hedging Agreements. Within ninety (90) days after the Fourth Amendment Effective Date,
the Borrower shall enter into Hedging Agreements covering at least fifty percent (50%) of the
principal amount of the Term Loans."

SECTION 3. Conditions. This Amendment shall become effective on the date on which the Agent
has received counterparts hereof executed by the Required Lenders.
""",
    ),
    ("2.1", "amend", None),
    ("5.2(d)", "amend", "forty-five (45) days"),
    (
        "5.15",
        "add",
        "5.15 Hedging Agreements. Within ninety (90) days after the Fourth Amendment Effective "
        "Date,\nthe Borrower shall enter into Hedging Agreements covering at least fifty percent "
        "(50%) of the\nprincipal amount of the Term Loans.",
    ),
)

case(
    "sections_renumbered_and_a_new_one_added_as_follows",
    amendment(
        "Amendment No. 2 to Manufacturing and Supply Agreement",
        "Manufacturing and Supply Agreement",
        "Agreement",
        """
1. Insurance. Sections 7.4 through 7.6 of the Agreement are hereby renumbered as Sections 7.5
through 7.7, respectively, and a new Section 7.4 is hereby added to the Agreement as follows:

"7.4 Insurance. Manufacturer shall maintain product liability insurance with limits of not
less than $5,000,000 per occurrence."

2. Effect of Amendment. Except as amended hereby, the Agreement remains in full force and
effect.
""",
        first="PENROSE NUTRACEUTICALS, INC.",
        first_alias="Company",
        second="LAKESHORE CONTRACT PACKAGING, LLC",
        second_alias="Manufacturer",
        date="March 28, 2014",
        base_date="September 12, 2011",
    ),
    (
        "7.4",
        "add",
        "7.4 Insurance. Manufacturer shall maintain product liability insurance with limits of "
        "not\nless than $5,000,000 per occurrence.",
    ),
    optional=("7.5", "7.6", "7.7"),
)

case(
    "clause_of_a_definition_struck_and_the_rest_relettered",
    bank_amendment(
        """
1. Permitted Liens. The definition of "Permitted Liens" in Section 1.01 of the Credit
Agreement is hereby amended by deleting clause (f) thereof in its entirety and relettering
clauses (g) and (h) thereof as clauses (f) and (g), respectively.

2. Fees. The Borrower shall pay all reasonable fees of counsel to the Agent.
""",
        ordinal="Fifth",
        date="October 14, 2010",
    ),
    ("term:Permitted Liens", "amend", None),
)

case(
    "letter_confirming_a_numbered_paragraph_amended",
    letter_amendment(
        """
This letter confirms our agreement that Paragraph 4 of the Employment Agreement is hereby
amended to increase your target annual bonus from forty percent (40%) to fifty percent (50%)
of your Base Salary, beginning with the 2013 fiscal year.
""",
        "Employment Agreement",
        "February 1, 2010",
        "January 3, 2013",
    ),
    ("4", "amend", None),
)

case(
    "letter_extending_a_consulting_term_set_forth_in_a_section",
    letter_amendment(
        """
We hereby agree that the Expiration Date set forth in Section 1.3 of the Consulting Agreement
shall be extended to June 30, 2016, and that Section 2.1 of the Consulting Agreement shall be
amended by deleting "$12,500 per month" and inserting "$14,000 per month" in lieu thereof.
""",
        "Consulting Agreement",
        "July 1, 2013",
        "May 29, 2015",
    ),
    ("1.3", "amend", None),
    ("2.1", "amend", "$14,000 per month"),
)

case(
    "exhibit_deleted_and_a_schedule_added_by_one_sentence",
    amendment(
        "First Amendment to Stock Purchase Agreement",
        "Stock Purchase Agreement",
        "Purchase Agreement",
        """
1. Exhibit C to the Purchase Agreement is hereby deleted, and a new Schedule 2.4 in the form
attached hereto as Annex 1 is hereby added to the Purchase Agreement.

2. All other provisions of the Purchase Agreement remain in full force and effect.
""",
        first="HOLLOWAY INDUSTRIAL GROUP, INC.",
        first_alias="Purchaser",
        second="THE MARGARET E. VANCE REVOCABLE TRUST",
        second_alias="Seller",
        date="November 19, 2007",
        base_date="October 30, 2007",
    ),
    ("Exhibit C", "delete", None),
    ("Schedule 2.4", "add", None),
)

case(
    "sentence_of_a_note_paragraph_deleted",
    amendment(
        "Second Amendment to Secured Promissory Note",
        "Secured Promissory Note",
        "Note",
        """
1. Prepayment. The second sentence of paragraph 3 of the Note is hereby deleted in its
entirety.

2. Reaffirmation. The Borrower confirms that the Note, as amended hereby, is secured by the
Collateral.
""",
        first="BRACKENRIDGE FARMS, INC.",
        first_alias="Borrower",
        second="PRAIRIE VALLEY CAPITAL, LLC",
        second_alias="Lender",
        date="August 8, 2012",
        base_date="March 15, 2011",
    ),
    ("3", "amend", None),
)

case(
    "warrant_section_restated_unquoted",
    amendment(
        "Amendment No. 1 to Warrants to Purchase Common Stock",
        "Warrants to Purchase Common Stock",
        "Warrants",
        """
1. Section 3.1 of each of the Warrants is hereby amended and restated to read in its entirety
as follows:

3.1 Exercise Price. The exercise price per share of Common Stock under this Warrant shall be
$1.15, subject to adjustment as provided herein.

2. Except as amended hereby, the Warrants remain unchanged.
""",
        first="VANTAGE POINT BIOSCIENCES, INC.",
        second="COBALT HILL MASTER FUND LTD.",
        date="December 2, 2014",
        base_date="June 6, 2012",
    ),
    (
        "3.1",
        "replace",
        "3.1 Exercise Price. The exercise price per share of Common Stock under this Warrant "
        "shall be\n$1.15, subject to adjustment as provided herein.",
    ),
)

case(
    "licence_article_replaced_by_intentionally_omitted",
    amendment(
        "Second Amendment to Patent License Agreement",
        "Patent License Agreement",
        "License Agreement",
        """
1. Article 7 of the License Agreement is hereby deleted in its entirety and replaced with the
words "[Intentionally Omitted]".

2. Section 3.2 of the License Agreement is hereby amended by deleting the percentage "4.5%"
and substituting the percentage "3.75%" therefor.
""",
        first="NORTHFIELD POLYMER SCIENCES, INC.",
        first_alias="Licensor",
        second="CASTILLO MEDICAL PRODUCTS, S.L.",
        second_alias="Licensee",
        date="June 11, 2013",
        base_date="April 23, 2008",
    ),
    ("Article 7", "replace", "[Intentionally Omitted]"),
    ("3.2", "amend", "3.75%"),
)

case(
    "lease_change_effective_on_a_date_a_definition_gives",
    amendment(
        "First Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Definitions. For purposes of this Amendment, "Effective Date" means March 1, 2010.

2. Base Rent. From and after the Effective Date, Section 4(a) of the Lease is hereby amended
by deleting "$9,750.00" and inserting "$10,400.00" in lieu thereof.
""",
        first="STONEBRIDGE COMMONS LIMITED PARTNERSHIP",
        first_alias="Landlord",
        second="ELM STREET PEDIATRICS, P.C.",
        second_alias="Tenant",
        date="February 17, 2010",
        base_date="January 5, 2005",
    ),
    ("4(a)", "amend", "$10,400.00"),
    effective="2010-03-01",
)

case(
    "indenture_clauses_edited_by_one_romanette_sentence",
    amendment(
        "Second Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
Section 2.01. Amendment to Section 4.10. Section 4.10 of the Indenture is hereby amended by
(i) deleting the word "and" at the end of clause (c) thereof, (ii) replacing the period at
the end of clause (d) thereof with "; and" and (iii) adding the following new clause (e)
immediately after clause (d) thereof:

"(e) Permitted Refinancing Indebtedness."

Section 2.02. Ratification. The Indenture, as supplemented hereby, is ratified and confirmed.
""",
        first="SUMMIT RIDGE MIDSTREAM, INC.",
        first_alias="Issuer",
        second="KEYSTONE NATIONAL TRUST COMPANY, as trustee",
        second_alias="Trustee",
        date="September 25, 2013",
        base_date="March 18, 2010",
    ),
    ("4.10(e)", "add", None),
    # the tuned gold's convention: punctuation struck or put at a clause's end before a new
    # clause is optional, on the clauses or on the section (1058444's 6.1, 6.1(m), 6.1(n)),
    # and the section amended by the words before the new clause (1121484's 9.04(b))
    optional=("4.10", "4.10(c)", "4.10(d)"),
)

case(
    "premises_expanded_among_a_no_amendment_clause_and_a_prior_amendment",
    amendment(
        "Second Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Expansion. The Premises described in Section 1.1 of the Lease are hereby expanded to
include Suite 220 of the Building, containing approximately 2,400 rentable square feet.

2. Prior Amendment. The parties acknowledge that Section 8.2 of the Lease was previously
amended by the First Amendment to Lease dated as of June 1, 2009, and that the Lease, as
amended by such First Amendment, is in full force and effect.

3. Entire Agreement. This Amendment may not be amended, modified or supplemented except by a
written instrument executed by both Landlord and Tenant.
""",
        first="HARBORVIEW OFFICE PARTNERS, LLC",
        first_alias="Landlord",
        second="LUMEN LEGAL STAFFING, INC.",
        second_alias="Tenant",
        date="April 14, 2011",
        base_date="March 1, 2008",
    ),
    ("1.1", "amend", None),
)

case(
    "covenant_table_replaced_in_a_section",
    bank_amendment(
        """
1. Fixed Charge Coverage Ratio. Section 7.11 of the Credit Agreement is hereby amended by
deleting the table therein and replacing it with the following table:

Fiscal Quarter Ending              Minimum Fixed Charge Coverage Ratio
March 31, 2011                     1.10 to 1.00
June 30, 2011 and thereafter       1.25 to 1.00

2. Representations. The Borrower represents that no Event of Default exists.
""",
        ordinal="Eighth",
        date="February 25, 2011",
    ),
    ("7.11", "amend", None),
)

case(
    "distribution_sentence_struck_and_one_added_at_the_end",
    amendment(
        "Amendment No. 4 to Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        """
1. Section 2.2 of the Distribution Agreement is hereby amended by striking the last sentence
thereof and adding the following at the end thereof: "Distributor shall not sell Products
outside the Territory without Supplier's prior written consent."
""",
        first="GLENMORE OUTDOOR EQUIPMENT CO.",
        first_alias="Supplier",
        second="NORDKAPP FRILUFT AS",
        second_alias="Distributor",
        date="July 30, 2009",
        base_date="August 4, 2006",
    ),
    (
        "2.2",
        "amend",
        "Distributor shall not sell Products\noutside the Territory without Supplier's prior "
        "written consent.",
    ),
)

case(
    "employment_subsection_added_as_a_new_lettered_part",
    amendment(
        "First Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. Section 4 of the Employment Agreement is hereby amended by inserting the following as a
new subsection (d) thereof:

"(d) Automobile Allowance. The Company shall pay the Executive an automobile allowance of
$1,200 per month."

2. Section 6(b) of the Employment Agreement is hereby amended by deleting the words "six (6)
months" and inserting the words "twelve (12) months" in their place.
""",
        first="CARROWAY REGIONAL BANCORP",
        second="PATRICIA N. ABERNATHY",
        second_alias="Executive",
        date="January 31, 2008",
        base_date="January 1, 2006",
    ),
    ("4(d)", "add", None),
    ("6(b)", "amend", "twelve (12) months"),
)

case(
    "rate_in_a_fee_schedule_and_a_date_in_a_subsection",
    amendment(
        "Third Amendment to Professional Services Agreement",
        "Professional Services Agreement",
        "Services Agreement",
        """
1. Fees. Schedule A (Fees) to the Services Agreement is hereby amended by replacing the
hourly rate of "$185" for Senior Consultants with "$210".

2. Term. Subsection 9(c) of the Services Agreement is hereby amended by deleting the phrase
"upon thirty (30) days' notice" and inserting in its place the phrase "upon sixty (60) days'
notice".
""",
        first="WESTLAKE COUNTY HEALTH SYSTEM",
        first_alias="Client",
        second="ARDENT REVENUE CYCLE PARTNERS, LLC",
        second_alias="Consultant",
        date="October 1, 2015",
        base_date="November 15, 2012",
    ),
    ("Schedule A", "amend", "$210"),
    ("9(c)", "amend", "upon sixty (60) days'\nnotice"),
)

case(
    "clause_of_a_subsection_and_a_closing_date_of_a_purchase_agreement",
    amendment(
        "Amendment No. 1 to Membership Interest Purchase Agreement",
        "Membership Interest Purchase Agreement",
        "Purchase Agreement",
        """
1. Clause (ii) of Section 7.1(b) of the Purchase Agreement is hereby amended by replacing
"$750,000" with "$1,000,000".

2. Section 2.3(a) of the Purchase Agreement is hereby amended by changing the date "March 31,
2007" to "April 30, 2007".
""",
        first="REDSTONE WASTE SERVICES, INC.",
        first_alias="Buyer",
        second="CLEARWATER HAULING HOLDINGS, LLC",
        second_alias="Seller",
        date="March 20, 2007",
        base_date="January 22, 2007",
    ),
    ("7.1(b)(ii)", "amend", "$1,000,000"),
    ("2.3(a)", "amend", "April 30, 2007"),
)
