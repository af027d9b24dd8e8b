"""Round four, cases 21-45 (the rest of the first batch, then the second, written blind after
the first ran): serial lists, inserted phrases, passive voice, clauses of definitions, traps."""

from __future__ import annotations

from tests.changes_round4.case import amendment, case

# 21. Three definitions deleted, listed with a serial comma.
case(
    "delete_three_serial",
    amendment(
        "1. Section 1.1 of the Credit Agreement is amended by deleting the definitions of "
        '"Acquisition Sublimit", "Bridge Loan" and "Bridge Loan Maturity Date" therefrom.\n'
    ),
    ("term:acquisition sublimit", "delete", None),
    ("term:bridge loan", "delete", None),
    ("term:bridge loan maturity date", "delete", None),
)

# 22. A sentence added at the end of a definition.
case(
    "sentence_added_at_end",
    amendment(
        '1. The definition of "Indebtedness" in Section 1.01 of the Credit Agreement is '
        'amended by adding the following sentence at the end thereof: "Notwithstanding the '
        "foregoing, Indebtedness shall not include obligations under the Deferred "
        'Compensation Plan."\n'
    ),
    (
        "term:indebtedness",
        "amend",
        "Notwithstanding the foregoing, Indebtedness shall not include obligations under the "
        "Deferred Compensation Plan.",
    ),
)

# 23. A phrase inserted before the closing period of a definition.
case(
    "phrase_before_period",
    amendment(
        "SECTION 2.  Amendment.  The definition of \u201cExcluded Taxes\u201d in Section 1.01 "
        "of the Credit Agreement is hereby amended by inserting the phrase \u201c, and any "
        "withholding Taxes imposed under FATCA\u201d immediately before the period at the end "
        "thereof.\n"
    ),
    ("term:excluded taxes", "amend", ", and any withholding Taxes imposed under FATCA"),
)

# 24. One lead-in restating two definitions.
case(
    "two_restated_one_leadin",
    amendment(
        "1. Amended Definitions. The following definitions in Section 1.01 of the Credit "
        "Agreement are hereby amended and restated in their entirety to read as follows:\n\n"
        '"Aggregate Commitment" means $125,000,000, as such amount may be reduced pursuant '
        "to Section 2.6.\n\n"
        '"Letter of Credit Sublimit" means $15,000,000.\n\n'
        "2. Reaffirmation. The Borrower reaffirms its obligations under the Loan Documents.\n"
    ),
    (
        "term:aggregate commitment",
        "replace",
        '"Aggregate Commitment" means $125,000,000, as such amount may be reduced pursuant to '
        "Section 2.6.",
    ),
    ("term:letter of credit sublimit", "replace", '"Letter of Credit Sublimit" means $15,000,000.'),
)

# 25. "striking ... and inserting in lieu thereof".
case(
    "striking_in_lieu",
    amendment(
        "(a) Section 1.1 of the Credit Agreement is amended by striking the definition of "
        '"Net Worth" and inserting in lieu thereof the following:\n\n'
        '     "Net Worth" means, at any time, the consolidated shareholders\' equity of the '
        "Borrower and its Subsidiaries at such time.\n",
        date="June 18, 1999",
        base_date="March 1, 1998",
    ),
    (
        "term:net worth",
        "replace",
        '"Net Worth" means, at any time, the consolidated shareholders\' equity of the '
        "Borrower and its Subsidiaries at such time.",
    ),
)

# 26. A second lease amendment: a date replaced in a section.
_LEASE2 = """SECOND AMENDMENT TO LEASE

This Second Amendment to Lease (the "Amendment") is dated as of March 1, 2012 between
LAKEVIEW INDUSTRIAL PARK LLC ("Landlord") and TRIDENT PACKAGING CO. ("Tenant").

Landlord and Tenant are parties to a Lease dated as of April 1, 2007 (as amended by a First
Amendment to Lease dated as of May 15, 2009, the "Lease"). Landlord and Tenant agree:

1. Term. Section 1.1(f) of the Lease is amended by deleting "December 31, 2012" and
inserting "December 31, 2015" in lieu thereof.

2. Brokers. Each party represents that it dealt with no broker in connection with this
Amendment.

LANDLORD: LAKEVIEW INDUSTRIAL PARK LLC

By: /s/ Carl Beaumont
Its: Manager

TENANT: TRIDENT PACKAGING CO.

By: /s/ Rita Moravec
Its: Treasurer
"""
case("lease_date_in_section", _LEASE2, ("section:1.1(f)", "amend", "December 31, 2015"))

# 27. A waiver and amendment to a note purchase agreement: one definition added.
_WAIVER = """WAIVER AND SECOND AMENDMENT TO NOTE PURCHASE AGREEMENT

THIS WAIVER AND SECOND AMENDMENT TO NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of
February 8, 2010 among ORCHARD VALLEY PRODUCE, INC. (the "Company") and the holders of Notes
named on the signature pages hereto (the "Holders").

The Company and the Holders are parties to a Note Purchase Agreement dated as of December 1,
2006 (the "Note Agreement").

Section 1. Waiver. The Holders hereby waive the Event of Default under Section 10.1(c) of the
Note Agreement arising from the Company's failure to comply with Section 10.4 (Fixed Charge
Coverage Ratio) for the fiscal quarter ended December 31, 2009.

Section 2. Amendment. Effective as of the date hereof, Section 1.1 of the Note Agreement is
amended by adding thereto, in alphabetical order, the following definition:

     "Restricted Payment Basket" means $2,500,000.

Section 3. Effectiveness. This Agreement shall become effective upon its execution by the
Company and the Required Holders.

ORCHARD VALLEY PRODUCE, INC.

By: /s/ Samuel Ortega
Title: Vice President

MIDLANDS MUTUAL LIFE INSURANCE COMPANY

By: /s/ Grace Whitfield
Title: Managing Director
"""
case(
    "waiver_adds_definition",
    _WAIVER,
    ("term:restricted payment basket", "add", '"Restricted Payment Basket" means $2,500,000.'),
)

# 28. Two deletions in one sentence, each its own numbered item.
case(
    "inline_roman_deletions",
    amendment(
        "1. Section 1.01 of the Credit Agreement is amended as follows: (i) the definition of "
        '"Alternate Currency" is deleted in its entirety; (ii) the definition of "Alternate '
        'Currency Loan" is deleted in its entirety; and (iii) the definition of "Revolving '
        'Loan" is amended by deleting the words "or an Alternate Currency Loan" therefrom.\n'
    ),
    ("term:alternate currency", "delete", None),
    ("term:alternate currency loan", "delete", None),
    ("term:revolving loan", "amend", None),
)

# 29. Decimal numbering: one definition deleted, one restated.
case(
    "decimal_items",
    amendment(
        "1.1 Section 1.1 of the Credit Agreement is amended by deleting the definition of "
        '"Seasonal Overadvance" in its entirety.\n\n'
        "1.2 Section 1.1 of the Credit Agreement is amended by amending and restating the "
        'definition of "Overadvance Limit" in its entirety as follows:\n\n'
        '"Overadvance Limit" means $3,000,000.\n\n'
        "1.3 Section 9.14 of the Credit Agreement is amended by adding the following new "
        'sentence at the end thereof: "The Agent may release any Guarantor sold in a '
        'transaction permitted hereunder."\n'
    ),
    ("term:seasonal overadvance", "delete", None),
    ("term:overadvance limit", "replace", '"Overadvance Limit" means $3,000,000.'),
    (
        "section:9.14",
        "amend",
        "The Agent may release any Guarantor sold in a transaction permitted hereunder.",
    ),
)

# 30. A replaced reference inside a definition, "the reference to ... is changed to".
case(
    "reference_changed",
    amendment(
        '(g) In the definition of "Eligible Accounts" in Section 1.1 of the Credit '
        'Agreement, the reference to "90 days" is changed to "120 days".\n'
    ),
    ("term:eligible accounts", "amend", "120 days"),
)


# Second batch, written blind after the first ran (it scored 47 of 48): harder shapes.

# 31. The term unquoted in the lead-in (quotes lost in conversion) and in the new text.
case(
    "unquoted_term_leadin",
    amendment(
        "2. The definition of Applicable Commitment Fee Rate in Section 1.01 of the Credit "
        "Agreement is hereby amended and restated in its entirety to read as follows:\n\n"
        "Applicable Commitment Fee Rate means 0.375% per annum.\n\n"
        "3. This Amendment is a Loan Document.\n"
    ),
    (
        "term:applicable commitment fee rate",
        "replace",
        "Applicable Commitment Fee Rate means 0.375% per annum.",
    ),
)

# 32. "defined terms" added, passive voice, definitions as a lettered list.
case(
    "passive_lettered_new_terms",
    amendment(
        "Section 2. Amendments to Article I. The following defined terms are hereby added to "
        "Section 1.1 of the Credit Agreement in the appropriate alphabetical order:\n\n"
        '(a) "Designated Jurisdiction" means any country or territory to the extent that '
        "such country or territory itself is the subject of any Sanction.\n\n"
        '(b) "Incremental Term Loan" has the meaning specified in Section 2.15.\n\n'
        "Section 3. Conditions Precedent. This Amendment shall be effective upon the "
        "Agent's receipt of counterparts hereof.\n"
    ),
    (
        "term:designated jurisdiction",
        "add",
        '"Designated Jurisdiction" means any country or territory to the extent that such '
        "country or territory itself is the subject of any Sanction.",
    ),
    (
        "term:incremental term loan",
        "add",
        '"Incremental Term Loan" has the meaning specified in Section 2.15.',
    ),
)

# 33. A new definition placed after a cited one (the cited one is not changed).
case(
    "inserted_after_cited_definition",
    amendment(
        "1. Section 1.01 of the Credit Agreement is hereby amended by inserting the following "
        'new definition immediately after the definition of "Applicable Margin":\n\n'
        '"Approved Fund" means any Fund that is administered or managed by a Lender or an '
        "Affiliate of a Lender.\n\n"
        "2. Miscellaneous. Section 10.9 of the Credit Agreement applies to this Amendment.\n"
    ),
    (
        "term:approved fund",
        "add",
        '"Approved Fund" means any Fund that is administered or managed by a Lender or an '
        "Affiliate of a Lender.",
    ),
)

# 34. One sentence: definitions deleted, restated and added, the new wording following.
case(
    "one_sentence_three_actions",
    amendment(
        "(a) Section 1.1 of the Credit Agreement is hereby amended by (i) deleting the "
        'definition of "Term Loan Commitment" therefrom, (ii) amending and restating the '
        'definition of "Revolving Credit Commitment" in its entirety and (iii) adding the '
        'definition of "Liquidity" thereto in the appropriate alphabetical order, in each case '
        "as follows:\n\n"
        '"Revolving Credit Commitment" means $40,000,000, as reduced from time to time.\n\n'
        '"Liquidity" means unrestricted cash of the Borrower plus Availability.\n'
    ),
    ("term:term loan commitment", "delete", None),
    (
        "term:revolving credit commitment",
        "replace",
        '"Revolving Credit Commitment" means $40,000,000, as reduced from time to time.',
    ),
    (
        "term:liquidity",
        "add",
        '"Liquidity" means unrestricted cash of the Borrower plus Availability.',
    ),
)

# 35. "The definitions of X and Y are amended and restated": two definitions follow.
case(
    "definitions_of_two_restated",
    amendment(
        "SECTION 1.  AMENDMENTS.\n\n"
        '1.1  The definitions of "Fixed Charge Coverage Ratio" and "Funded Debt" set forth in '
        "Section 1.1 of the Credit Agreement are hereby amended and restated in their "
        "entirety as follows:\n\n"
        '          "Fixed Charge Coverage Ratio" means the ratio of EBITDAR to Fixed Charges.\n\n'
        '          "Funded Debt" means all Indebtedness for borrowed money.\n\n'
        "SECTION 2.  REPRESENTATIONS.  The Borrower represents that no Default exists.\n"
    ),
    (
        "term:fixed charge coverage ratio",
        "replace",
        '"Fixed Charge Coverage Ratio" means the ratio of EBITDAR to Fixed Charges.',
    ),
    ("term:funded debt", "replace", '"Funded Debt" means all Indebtedness for borrowed money.'),
)

# 36. A clause of a definition restated: "Clause (b) of the definition of".
case(
    "clause_of_definition_restated",
    amendment(
        '3. Clause (b) of the definition of "Consolidated Net Income" in Section 1.01 of the '
        "Credit Agreement is hereby amended and restated in its entirety to read as follows:\n"
        '"(b) any extraordinary gains or losses and any gains or losses from the sale of '
        'assets outside the ordinary course of business,".\n\n'
        "4. The Borrower shall pay all fees due hereunder.\n"
    ),
    (
        "term:consolidated net income",
        "amend",
        "(b) any extraordinary gains or losses and any gains or losses from the sale of assets "
        "outside the ordinary course of business,",
    ),
)

# 37. One replacement in two definitions at once.
case(
    "same_replacement_two_definitions",
    amendment(
        '5. In each of the definitions of "Eurodollar Rate" and "Base Rate" in Section 1.1 '
        'of the Credit Agreement, the words "Telerate Page 3750" are replaced with the words '
        '"Reuters Screen LIBOR01 Page".\n'
    ),
    ("term:eurodollar rate", "amend", "Reuters Screen LIBOR01 Page"),
    ("term:base rate", "amend", "Reuters Screen LIBOR01 Page"),
)

# 38. "The defined term" and a clause deleted; run-in headings naming the terms.
case(
    "run_in_term_headings",
    amendment(
        "SECTION 1. Amendments to Section 1.01.\n\n"
        '(a) Loan Documents. The defined term "Loan Documents" is amended by inserting '
        '"the Fee Letter," immediately after "the Notes,".\n\n'
        '(b) Material Subsidiary. The defined term "Material Subsidiary" is amended by '
        "deleting the last sentence thereof.\n\n"
        "SECTION 2. Effect. Except as expressly set forth herein, the Credit Agreement is "
        "unchanged.\n"
    ),
    ("term:loan documents", "amend", "the Fee Letter,"),
    ("term:material subsidiary", "amend", None),
)

# 39. The amount wording: "deleting the amount ... and substituting therefor the amount".
case(
    "substituting_amount_therefor",
    amendment(
        '     (b)  The definition of "Permitted Investments" in Section 1.01 of the\n'
        'Credit Agreement is amended by deleting the amount "$5,000,000" appearing in\n'
        'clause (e) thereof and substituting therefor the amount "$7,500,000".\n',
        date="September 9, 1998",
        base_date="January 15, 1997",
    ),
    ("term:permitted investments", "amend", "$7,500,000"),
)

# 40. Definitions deleted by the passive "are hereby deleted".
case(
    "passive_definitions_deleted",
    amendment(
        '2. Deleted Definitions. The definitions of "Canadian Borrower", "Canadian '
        'Commitment" and "Canadian Loans" in Section 1.01 of the Credit Agreement are hereby '
        "deleted in their entirety.\n"
    ),
    ("term:canadian borrower", "delete", None),
    ("term:canadian commitment", "delete", None),
    ("term:canadian loans", "delete", None),
)

# 41. A page footer with the amendment's name between two new definitions.
case(
    "footer_between_two_definitions",
    amendment(
        "1.  Section 1.1 of the Credit Agreement is amended by adding the following new "
        "definitions in their proper alphabetical order:\n\n"
        '"Hedge Agreement" means any interest rate swap, cap or collar agreement entered into '
        "by the Borrower with a Lender.\n\n"
        "                                    -2-\n"
        "\f\n"
        '"Hedge Obligations" means all obligations of the Borrower under any Hedge '
        "Agreement.\n\n"
        "2.  The Borrower shall pay the Agent's fees.\n"
    ),
    (
        "term:hedge agreement",
        "add",
        '"Hedge Agreement" means any interest rate swap, cap or collar agreement entered into '
        "by the Borrower with a Lender.",
    ),
    (
        "term:hedge obligations",
        "add",
        '"Hedge Obligations" means all obligations of the Borrower under any Hedge Agreement.',
    ),
)

# 42. Colon-form definitions in a restated definition and a new one.
case(
    "colon_form_definitions",
    amendment(
        "     (a)  Subsection 1.1 of the Credit Agreement is hereby amended by deleting the\n"
        'definition of "Applicable Margin" in its entirety and substituting in lieu thereof\n'
        "the following:\n\n"
        '          "Applicable Margin": 1.50% for Eurodollar Loans and 0.50% for ABR Loans.\n\n'
        "     (b)  Subsection 1.1 of the Credit Agreement is hereby further amended by adding\n"
        "the following new definition in its proper alphabetical order:\n\n"
        '          "Second Amendment": the Second Amendment to this Agreement, dated as of\n'
        "     April 7, 2000.\n",
        ordinal="SECOND",
        date="April 7, 2000",
        base_date="October 1, 1998",
    ),
    (
        "term:applicable margin",
        "replace",
        '"Applicable Margin": 1.50% for Eurodollar Loans and 0.50% for ABR Loans.',
    ),
    (
        "term:second amendment",
        "add",
        '"Second Amendment": the Second Amendment to this Agreement, dated as of\n'
        "     April 7, 2000.",
    ),
)

# 43. A licence amendment: a definition in a numbered Article 1 section restated.
_LICENSE2 = """FIRST AMENDMENT TO PATENT LICENSE AGREEMENT

This First Amendment (the "First Amendment") is made effective as of August 1, 2015 by and
between Halvorsen Biotech AS ("Halvorsen") and Crestline Therapeutics, Inc. ("Crestline").

Halvorsen and Crestline entered into a Patent License Agreement dated as of March 12, 2013
(the "License Agreement"). The parties now wish to amend the License Agreement as follows:

1. The definition of "Field" in Article 1 of the License Agreement is deleted and replaced
with the following:

"Field" means the treatment, prevention and diagnosis of any disease or condition in humans.

2. The term "Net Sales" as used in the License Agreement shall not include sales to
Crestline's Affiliates for resale.

3. Except as set forth in this First Amendment, the License Agreement remains in effect.

HALVORSEN BIOTECH AS

By: /s/ Ingrid Solberg
Title: Chief Executive Officer

CRESTLINE THERAPEUTICS, INC.

By: /s/ Marcus Webb
Title: Chief Business Officer
"""
case(
    "licence_field_replaced",
    _LICENSE2,
    (
        "term:field",
        "replace",
        '"Field" means the treatment, prevention and diagnosis of any disease or condition in '
        "humans.",
    ),
    ("term:net sales", "amend", None),
)

# 44. A definition amended with text added after words, numbers on their own lines (HTML).
case(
    "html_items_on_own_lines",
    amendment(
        "(a)\n\n"
        "The definition of \u201cPermitted Acquisition\u201d in Section\u00a01.01 of the "
        "Credit Agreement is hereby amended by replacing \u201c$25,000,000\u201d in clause "
        "(d)\u00a0thereof with \u201c$50,000,000\u201d.\n\n"
        "(b)\n\n"
        "The definition of \u201cSubordinated Debt\u201d in Section\u00a01.01 of the Credit "
        "Agreement is hereby deleted in its entirety.\n"
    ),
    ("term:permitted acquisition", "amend", "$50,000,000"),
    ("term:subordinated debt", "delete", None),
)

# 45. Trap: definitions of the amendment itself, a reference to an unchanged definition.
case(
    "amendment_own_definitions_trap",
    amendment(
        '1. Definitions. In this Amendment, "Effective Date" means the date on which the '
        'conditions in Section 3 are satisfied, and "Term Lender" has the meaning given to '
        "such term in the Credit Agreement.\n\n"
        "2. Amendment. Section 2.7(b) of the Credit Agreement is amended by replacing "
        '"50%" with "75%".\n\n'
        "3. Conditions. This Amendment is effective on the Effective Date.\n"
    ),
    ("section:2.7(b)", "amend", "75%"),
)
