"""Round six, licence, supply, purchase and employment-style agreements: royalty and price
tables restated, a territory definition deleted, a purchase price changed inside a sentence,
an employment term and base salary changed, the recitals and the preamble corrected, and
quoted old and new wording."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round6.case import case

_ROYALTY_TABLE = """Annual Net Sales                          Royalty Rate
Up to $10,000,000                          4.0%
$10,000,001 to $25,000,000                 3.5%
Above $25,000,000                          3.0%"""

case(
    "licence_royalty_table_and_territory_definition_deleted",
    amendment(
        "Second Amendment to License Agreement",
        "Exclusive License Agreement",
        "License Agreement",
        f"""
1. The table in Section 4.2 of the License Agreement is hereby amended and restated as
follows:

{_ROYALTY_TABLE}

2. The definition of "Excluded Territory" in Section 1 of the License Agreement is hereby
deleted in its entirety.

3. Section 2.1 of the License Agreement is hereby amended by deleting the words "in the
Territory other than the Excluded Territory" and substituting the words "throughout the
world".
""",
        first="HALVORSEN PHARMACEUTICALS A/S",
        first_alias="Licensor",
        second="BRIGHTWATER THERAPEUTICS, INC.",
        second_alias="Licensee",
        date="October 1, 2010",
        base_date="July 22, 2006",
    ),
    ("4.2", "amend", _ROYALTY_TABLE),
    ("term:Excluded Territory", "delete", None),
    ("2.1", "amend", "throughout the\nworld"),
)

case(
    "supply_agreement_price_exhibit_and_minimum_quantity",
    amendment(
        "Amendment No. 3 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. Pricing. Exhibit B (Pricing) to the Supply Agreement is deleted and Exhibit B attached
to this Amendment is substituted therefor.

2. Minimum Purchase Commitment. The first sentence of Section 3.4 of the Supply Agreement is
hereby amended to read as follows: "Buyer shall purchase from Supplier not less than 180,000
units of Product in each Contract Year."

3. Term. Section 12.1 of the Supply Agreement is amended by replacing "five (5) years" with
"seven (7) years".
""",
        first="CORVALLIS POLYMER WORKS, INC.",
        first_alias="Supplier",
        second="MERIDEN HOME PRODUCTS CORPORATION",
        second_alias="Buyer",
        date="December 15, 2011",
        base_date="January 5, 2008",
    ),
    ("Exhibit B", "replace", None),
    (
        "3.4",
        "amend",
        "Buyer shall purchase from Supplier not less than 180,000\nunits of Product in each "
        "Contract Year.",
    ),
    ("12.1", "amend", "seven (7) years"),
)

case(
    "asset_purchase_price_and_closing_date_inside_sentences",
    amendment(
        "First Amendment to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        """
1. Purchase Price. Section 2.5 of the Purchase Agreement is hereby amended by changing the
amount "$14,250,000" appearing therein to "$13,600,000".

2. Outside Date. Section 9.1(b) of the Purchase Agreement is hereby amended by deleting the
date "June 30, 2007" and inserting in lieu thereof the date "August 15, 2007".

3. Schedules. Schedule 3.12 (Material Contracts) to the Purchase Agreement is hereby
amended and restated in the form attached hereto as Annex A.
""",
        first="LANGDON INDUSTRIAL SERVICES, LLC",
        first_alias="Seller",
        second="ORRIN VALLEY ACQUISITION CORP.",
        second_alias="Buyer",
        date="June 12, 2007",
        base_date="March 28, 2007",
    ),
    ("2.5", "amend", "$13,600,000"),
    ("9.1(b)", "amend", "August 15, 2007"),
    ("Schedule 3.12", "replace", None),
)

case(
    "employment_agreement_salary_term_and_new_section",
    amendment(
        "Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        """
1. Section 3(a) of the Employment Agreement is hereby amended by deleting "$275,000" and
substituting "$310,000" in its place.

2. Section 2 of the Employment Agreement is hereby amended by deleting the second sentence
thereof and substituting the following: "Unless sooner terminated, the Term shall
automatically renew for successive one-year periods."

3. The Employment Agreement is hereby amended by inserting the following new Section 7A
immediately after Section 7:

7A. Retention Bonus. If the Executive remains employed through December 31, 2009, the Company
shall pay the Executive a retention bonus of $100,000 within thirty days thereafter.
""",
        first="CALDERWOOD NETWORKS, INC.",
        first_alias="Company",
        second="PRIYA RAMASUBRAMANIAN",
        second_alias="Executive",
        date="February 2, 2008",
        base_date="April 1, 2005",
    ),
    ("3(a)", "amend", "$310,000"),
    (
        "2",
        "amend",
        "Unless sooner terminated, the Term shall\nautomatically renew for successive one-year "
        "periods.",
    ),
    (
        "7A",
        "add",
        "7A. Retention Bonus. If the Executive remains employed through December 31, 2009, the "
        "Company\nshall pay the Executive a retention bonus of $100,000 within thirty days "
        "thereafter.",
    ),
)

case(
    "consulting_agreement_recital_corrected_and_fee_changed",
    amendment(
        "Amendment No. 1 to Consulting Agreement",
        "Consulting Agreement",
        "Consulting Agreement",
        """
1. The second recital of the Consulting Agreement is hereby amended by deleting "Delaware"
and substituting "Maryland".

2. Paragraph 4 of the Consulting Agreement is amended to read in its entirety as follows:

4. Compensation. The Company shall pay the Consultant a monthly fee of $18,000, payable in
arrears on the last business day of each month.
""",
        first="ELDRIDGE BAY HOLDINGS, INC.",
        second="TOBIAS M. KRANTZ",
        second_alias="Consultant",
        date="September 9, 2012",
        base_date="January 3, 2011",
    ),
    (
        "4",
        "replace",
        "4. Compensation. The Company shall pay the Consultant a monthly fee of $18,000, payable "
        "in\narrears on the last business day of each month.",
    ),
    optional=("Recitals",),
)

case(
    "distribution_agreement_preamble_party_name_and_definition_added",
    amendment(
        "First Amendment to Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        """
1. The preamble of the Distribution Agreement is hereby amended by deleting "Yarrow
Instruments Ltd." and substituting "Yarrow Instruments plc".

2. Section 1.1 of the Distribution Agreement is hereby amended by adding the following
definition in the appropriate alphabetical order:

"Online Channel" means any website, marketplace or mobile application through which Products
are offered for sale to end users.

3. Section 6.3 of the Distribution Agreement is hereby amended by inserting ", other than
through an Online Channel," after the words "shall not sell Products".
""",
        first="YARROW INSTRUMENTS PLC",
        first_alias="Supplier",
        second="KOSTAS DISTRIBUTION S.A.",
        second_alias="Distributor",
        date="May 5, 2014",
        base_date="November 30, 2012",
    ),
    (
        "term:Online Channel",
        "add",
        '"Online Channel" means any website, marketplace or mobile application through which '
        "Products\nare offered for sale to end users.",
    ),
    ("6.3", "amend", ", other than\nthrough an Online Channel,"),
    optional=("Preamble",),
)

case(
    "stock_purchase_indemnity_cap_by_quoted_old_and_new_words",
    amendment(
        "Amendment No. 2 to Stock Purchase Agreement",
        "Stock Purchase Agreement",
        "Agreement",
        """
Section 1. Amendments. (a) Section 8.4(a) of the Agreement is hereby amended by deleting the
words "ten percent (10%) of the Purchase Price" and substituting the words "Two Million
Dollars ($2,000,000)".

(b) Section 8.6 of the Agreement is hereby amended by deleting the words "eighteen (18)
months" in the first line thereof and substituting the words "twenty-four (24) months".

Section 2. Effect. Except as set forth in Section 1, the Agreement is unchanged.
""",
        first="NORTHFIELD ANALYTICS GROUP, INC.",
        first_alias="Buyer",
        second="THE SHAREHOLDERS OF PRAIRIE CODEWORKS, INC.",
        second_alias="Sellers",
        date="January 14, 2013",
        base_date="August 6, 2012",
    ),
    ("8.4(a)", "amend", "Two Million\nDollars ($2,000,000)"),
    ("8.6", "amend", "twenty-four (24) months"),
)

case(
    "services_agreement_effective_date_apart_and_fee_schedule",
    amendment(
        "Second Amendment to Master Services Agreement",
        "Master Services Agreement",
        "MSA",
        """
1. Schedule C (Fees) to the MSA is hereby deleted in its entirety and replaced with the
Schedule C attached hereto.

2. Section 10.2 of the MSA is hereby amended by deleting "ninety (90) days" and inserting
"one hundred eighty (180) days".

3. Effective Date. The amendments set forth in this Amendment shall be effective as of
July 1, 2013.
""",
        first="SABLE RIDGE HEALTH SYSTEM",
        first_alias="Client",
        second="INTEGRAL CLAIMS SOLUTIONS, LLC",
        second_alias="Vendor",
        date="June 24, 2013",
        base_date="February 1, 2011",
    ),
    ("Schedule C", "replace", None),
    ("10.2", "amend", "one hundred eighty (180) days"),
    effective="2013-07-01",
)
