"""Round five, second batch: leases, licence, supply, purchase and employment agreements
changed by numbered paragraphs, "Article" rather than "Section", sentences replaced or added,
exhibits and schedules replaced or added, definitions added to an article, recitals amended
beside the operative changes."""

from __future__ import annotations

from tests.changes_round5.case import amendment, case

# --- leases ------------------------------------------------------------------------------

_FIRST_OFFER = """ARTICLE 28
RIGHT OF FIRST OFFER

Provided Tenant is not then in default, Landlord shall offer to Tenant any space on the
fourth floor of the Building before offering such space to any third party."""


def _lease(body: str, title: str = "First Amendment to Lease") -> str:
    return amendment(
        title,
        "Office Lease for premises at 400 Calloway Street, Suite 300",
        "Lease",
        body,
        first="CALLOWAY STREET ASSOCIATES, LLC",
        first_alias="Landlord",
        second="BRIGHTFIELD SOFTWARE, INC.",
        second_alias="Tenant",
        date="February 1, 2008",
        base_date="October 15, 2004",
    )


case(
    "lease_articles_under_one_lead_in",
    _lease(
        f"""
1. Amendments. The Lease is hereby amended as follows:

(a) Article 3 of the Lease is hereby amended by deleting the words "sixty (60) months" and
substituting "eighty-four (84) months".

(b) Exhibit B to the Lease is deleted in its entirety and replaced with Exhibit B attached to
this Amendment.

(c) A new Article 28 is added to the Lease immediately after Article 27, reading as follows:

{_FIRST_OFFER}

2. Brokers. Each party represents that it has dealt with no broker in connection with this
Amendment.
"""
    ),
    ("Article 3", "amend", "eighty-four (84) months"),
    ("Exhibit B", "replace", None),
    ("Article 28", "add", _FIRST_OFFER),
    targets={"Article 3": "Lease", "Exhibit B": "Lease", "Article 28": "Lease"},
)

case(
    "lease_paragraph_sentence_added_and_recital",
    _lease(
        """
1. Recital B of the Lease is hereby amended by deleting "1,850 rentable square feet" and
inserting "2,400 rentable square feet".

2. Paragraph 3 of the Lease (Base Rent) is amended by adding the following at the end
thereof: "Commencing on July 1, 2008, monthly Base Rent shall be $14,250.00."

3. Article 5 of the Lease is hereby amended by adding the following sentence at the end
thereof: "Tenant shall have the right to use up to twelve (12) parking spaces in the Building
garage at no additional charge."
""",
        title="Second Amendment to Lease",
    ),
    ("3", "amend", "Commencing on July 1, 2008, monthly Base Rent shall be $14,250.00."),
    (
        "Article 5",
        "amend",
        "Tenant shall have the right to use up to twelve (12) parking spaces in the Building\n"
        "garage at no additional charge.",
    ),
    optional=("Recital B",),
)

_TERM = (
    "2. Term. The Term of this Lease shall expire at midnight on April 30, 2013, unless sooner "
    "terminated as provided herein."
)

case(
    "lease_paragraph_read_as_follows_quoted",
    _lease(
        f"""
1. Extension. Paragraph 2 of the Lease is hereby amended to read in its entirety as follows:

"{_TERM}"

2. Security Deposit. Paragraph 6 of the Lease is amended by changing the amount of the
Security Deposit from "$22,000.00" to "$30,000.00".
""",
        title="Third Amendment to Lease",
    ),
    ("2", "replace", _TERM),
    ("6", "amend", "$30,000.00"),
)

# --- licence and supply agreements ------------------------------------------------------

_ROYALTY = (
    "4.1 Royalties. Licensee shall pay Licensor a royalty of four percent (4%) of Net Sales of "
    "Licensed Products sold in the Territory."
)


def _licence(body: str, title: str = "Amendment No. 1 to License Agreement") -> str:
    return amendment(
        title,
        "Exclusive License Agreement",
        "License Agreement",
        body,
        first="HALVORSEN BIOLOGICS AB",
        first_alias="Licensor",
        second="CEDAR POINT THERAPEUTICS, INC.",
        second_alias="Licensee",
        date="January 12, 2011",
        base_date="March 30, 2009",
    )


case(
    "licence_section_read_in_full",
    _licence(
        f"""
1. Section 4.1 of the License Agreement is hereby amended to read in full as follows:

"{_ROYALTY}"

2. The second sentence of Section 4.3 of the License Agreement is deleted and replaced with
the following: "Such payments shall be made within forty-five (45) days after the end of each
calendar quarter."

3. Exhibit A (Licensed Territory) to the License Agreement is amended by adding "Mexico" at
the end of the list of countries set forth therein.
"""
    ),
    ("4.1", "replace", _ROYALTY),
    (
        "4.3",
        "amend",
        "Such payments shall be made within forty-five (45) days after the end of each\n"
        "calendar quarter.",
    ),
    ("Exhibit A", "amend", "Mexico"),
    targets={"4.1": "License", "4.3": "License", "Exhibit A": "License"},
)

_FORECASTS = (
    "5.2 Forecasts. Buyer shall deliver to Supplier, on or before the tenth day of each month, "
    "a rolling twelve-month forecast of its requirements for the Products."
)


def _supply(body: str, title: str = "Amendment No. 2 to Supply Agreement") -> str:
    return amendment(
        title,
        "Supply Agreement",
        "Supply Agreement",
        body,
        first="TORRANCE POLYMER WORKS, INC.",
        first_alias="Supplier",
        second="GREYSTONE HOME PRODUCTS CORP.",
        second_alias="Buyer",
        date="June 3, 2010",
        base_date="September 1, 2007",
    )


case(
    "supply_definition_deleted_section_substituted",
    _supply(
        f"""
(a) The definition of "Minimum Purchase Quantity" in Section 1 of the Supply Agreement is
hereby deleted in its entirety.

(b) Section 5.2 of the Supply Agreement is hereby deleted and the following is substituted in
lieu thereof:

"{_FORECASTS}"

(c) Section 12.1 of the Supply Agreement is amended by deleting the phrase "three (3) years"
in the first sentence thereof and replacing it with "five (5) years".
"""
    ),
    ("term:Minimum Purchase Quantity", "delete", None),
    ("5.2", "replace", _FORECASTS),
    ("12.1", "amend", "five (5) years"),
)

case(
    "supply_pricing_schedule_restated_by_exhibit",
    _supply(
        """
1. Pricing. Schedule 2 (Pricing) to the Supply Agreement is hereby amended and restated to
read as set forth on Exhibit 1 hereto.

2. Products. Schedule 1 (Products) to the Supply Agreement is hereby supplemented by adding
the products listed on Exhibit 2 hereto.
""",
        title="Third Amendment to Supply Agreement",
    ),
    ("Schedule 2", "replace", None),
    ("Schedule 1", "amend", None),
)

# --- purchase agreements --------------------------------------------------------------------


def _purchase(body: str, title: str = "Amendment No. 1 to Asset Purchase Agreement") -> str:
    return amendment(
        title,
        "Asset Purchase Agreement",
        "Purchase Agreement",
        body,
        first="WINSLOW CONTROLS CORPORATION",
        first_alias="Seller",
        second="ARDEN INDUSTRIAL HOLDINGS, INC.",
        second_alias="Buyer",
        date="March 15, 2005",
        base_date="January 20, 2005",
    )


case(
    "purchase_outside_date_and_definition_added",
    _purchase(
        """
1. Outside Date. The reference to "June 30, 2005" in Section 8.1(b) of the Purchase
Agreement is hereby changed to "September 30, 2005".

2. Escrow. Article I of the Purchase Agreement is amended by adding the following definition
in proper alphabetical order:

"Escrow Amount" means $750,000.

3. Schedules. Schedules 4.5 and 4.12 to the Purchase Agreement are hereby deleted and
replaced by Schedules 4.5 and 4.12 attached hereto, respectively.
"""
    ),
    ("8.1(b)", "amend", "September 30, 2005"),
    ("term:Escrow Amount", "add", '"Escrow Amount" means $750,000.'),
    ("Schedule 4.5", "replace", None),
    ("Schedule 4.12", "replace", None),
)

case(
    "merger_date_replaced_and_exhibit_added",
    amendment(
        "Amendment No. 1 to Agreement and Plan of Merger",
        "Agreement and Plan of Merger",
        "Merger Agreement",
        """
Section 1. Amendment of Termination Date. The date "March 31, 2007" appearing in Section
9.1(b)(i) of the Merger Agreement is hereby replaced with "May 15, 2007".

Section 2. Additional Exhibit. A new Exhibit E, in the form attached hereto as Annex A, is
hereby added to the Merger Agreement.

Section 3. Full Force and Effect. Except as amended hereby, the Merger Agreement remains in
full force and effect.
""",
        first="QUILLFIELD MEDIA, INC.",
        first_alias="Parent",
        second="SABLE RIVER BROADCASTING CO.",
        second_alias="Target",
    ),
    ("9.1(b)(i)", "amend", "May 15, 2007"),
    ("Exhibit E", "add", None),
)

# --- employment agreements ------------------------------------------------------------------

_BONUS = (
    "(b) Annual Bonus. For each fiscal year during the Term, Executive shall be eligible to "
    "receive an annual bonus of up to fifty percent (50%) of Base Salary, as determined by the "
    "Compensation Committee."
)

_EMPLOYMENT_TERM = (
    "2. Term. The term of Executive's employment hereunder shall continue until December 31, "
    "2012, unless sooner terminated as provided herein."
)


def _employment(body: str, title: str = "Amendment to Employment Agreement") -> str:
    return amendment(
        title,
        "Employment Agreement",
        "Employment Agreement",
        body,
        first="MARLOWE ANALYTICS, INC.",
        first_alias="Company",
        second="DANIEL R. FITZGERALD",
        second_alias="Executive",
        date="December 1, 2009",
        base_date="July 1, 2006",
    )


case(
    "employment_salary_and_term",
    _employment(
        f"""
1. Section 3(a) of the Employment Agreement is hereby amended by deleting "$225,000" and
inserting "$260,000" in its place.

2. Section 2 of the Employment Agreement is amended to read as follows:

"{_EMPLOYMENT_TERM}"

3. Section 4(b) of the Employment Agreement is hereby deleted in its entirety and the
following new Section 4(b) is substituted in its place:

"{_BONUS}"
"""
    ),
    ("3(a)", "amend", "$260,000"),
    ("2", "replace", _EMPLOYMENT_TERM),
    ("4(b)", "replace", _BONUS),
)

case(
    "employment_subparagraph_substituting_for",
    _employment(
        """
1. Severance. Subparagraph 5(c) of the Employment Agreement is hereby amended by
substituting "eighteen (18) months" for "twelve (12) months" each place it appears.

2. Non-Competition. Paragraph 8 of the Employment Agreement is hereby deleted in its
entirety.

3. Entire Agreement. The Employment Agreement, as amended hereby, constitutes the entire
agreement of the parties.
""",
        title="Second Amendment to Employment Agreement",
    ),
    ("5(c)", "amend", "eighteen (18) months"),
    ("8", "delete", None),
)

case(
    "lease_subparagraph_added_and_exhibit_deleted",
    _lease(
        """
1. Paragraph 14 of the Lease is amended by adding the following new subparagraph (d):

(d) Tenant may assign this Lease to an Affiliate of Tenant without Landlord's consent upon
thirty (30) days' prior written notice to Landlord.

2. Exhibit C (Rules and Regulations) to the Lease is hereby deleted.
""",
        title="Fourth Amendment to Lease",
    ),
    (
        "14(d)",
        "add",
        "(d) Tenant may assign this Lease to an Affiliate of Tenant without Landlord's consent "
        "upon\nthirty (30) days' prior written notice to Landlord.",
    ),
    ("Exhibit C", "delete", None),
    optional=("14",),
)
