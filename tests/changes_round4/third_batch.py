"""Round four, third batch (cases 46-55, written before it ran): wording that runs on into
the next item or paragraph, quotes around quotes, "<PAGE>" breaks, boilerplate that changes no
definition."""

from __future__ import annotations

from tests.changes_round4.case import amendment, case

# Third batch, written before it ran: wording that runs on into the next item or paragraph,
# quotes around quotes, "<PAGE>" breaks, and boilerplate that changes no definition.

# 46. A restated definition with its own lettered clauses, then the next item of the list.
case(
    "definition_with_clauses_then_next_item",
    amendment(
        "1. Section 1.01 of the Credit Agreement is hereby amended as follows:\n\n"
        '(a) The definition of "Excess Cash Flow" is amended and restated as follows:\n\n'
        '"Excess Cash Flow" means, for any fiscal year, the excess of (a) EBITDA for such '
        "fiscal year over (b) the sum of\n\n"
        "(i) Capital Expenditures, (ii) Interest Expense and (iii) taxes paid in cash, in each "
        "case for such fiscal year.\n\n"
        '(b) The definition of "Fiscal Year" is deleted in its entirety.\n\n'
        "2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    (
        "term:excess cash flow",
        "replace",
        '"Excess Cash Flow" means, for any fiscal year, the excess of (a) EBITDA for such '
        "fiscal year over (b) the sum of\n\n"
        "(i) Capital Expenditures, (ii) Interest Expense and (iii) taxes paid in cash, in each "
        "case for such fiscal year.",
    ),
    ("term:fiscal year", "delete", None),
)

# 47. Straight quotes inside straight quotes; the closing period outside the definition.
case(
    "straight_quotes_in_quotes",
    amendment(
        '2. The definition of "Revolving Termination Date" in Section 1.1 of the Credit '
        "Agreement is amended to read in its entirety as follows:\n\n"
        '""Revolving Termination Date" means July 31, 2010."\n\n'
        "3. The Borrower shall pay all costs of the Agent.\n"
    ),
    (
        "term:revolving termination date",
        "replace",
        '"Revolving Termination Date" means July 31, 2010.',
    ),
)

# 48. An EDGAR "<PAGE>" break inside a new definition.
case(
    "page_tag_inside_definition",
    amendment(
        "     3.  Section 1.1 of the Credit Agreement is amended by adding thereto the\n"
        "following definition in the appropriate alphabetical order:\n\n"
        '          "Eligible Foreign Accounts" shall mean Accounts owing by account\n'
        "     debtors located outside the United States which are supported by a letter\n\n"
        "<PAGE>   3\n\n"
        "     of credit issued by a bank acceptable to the Agent.\n\n"
        "     4.  This Amendment shall be governed by Illinois law.\n",
        date="July 1, 1998",
        base_date="December 20, 1996",
    ),
    (
        "term:eligible foreign accounts",
        "add",
        '"Eligible Foreign Accounts" shall mean Accounts owing by account\n'
        "     debtors located outside the United States which are supported by a letter\n\n"
        "<PAGE>   3\n\n"
        "     of credit issued by a bank acceptable to the Agent.",
    ),
)

# 49. A clause of a definition deleted and replaced with new wording (changed in part).
case(
    "clause_replaced_in_definition",
    amendment(
        '(d) The definition of "Eligible Receivables" in Section 1.01 of the Credit '
        "Agreement is amended by deleting clause (g) thereof and substituting the following "
        'therefor: "(g) which is owing by an Account Debtor located outside the United States '
        'or Canada;".\n'
    ),
    (
        "term:eligible receivables",
        "amend",
        "(g) which is owing by an Account Debtor located outside the United States or Canada;",
    ),
)

# 50. A proviso added at the end of a definition.
case(
    "proviso_added",
    amendment(
        '4. The definition of "Capital Expenditures" in Section 1.1 of the Credit Agreement is '
        "hereby amended by adding the following proviso immediately before the period at the "
        'end thereof: "; provided that Capital Expenditures shall not include expenditures '
        'funded with insurance proceeds".\n'
    ),
    (
        "term:capital expenditures",
        "amend",
        "; provided that Capital Expenditures shall not include expenditures funded with "
        "insurance proceeds",
    ),
)

# 51. Boilerplate: references to the agreement and "Loan Documents" including the amendment.
case(
    "references_boilerplate_trap",
    amendment(
        '1. Section 2.1(a) of the Credit Agreement is amended by replacing "$60,000,000" '
        'with "$75,000,000".\n\n'
        '2. References. Each reference in the Credit Agreement to "this Agreement" shall mean '
        'the Credit Agreement as amended hereby, and the term "Loan Documents" as used in the '
        "Credit Agreement shall include this Amendment.\n"
    ),
    ("section:2.1(a)", "amend", "$75,000,000"),
)

# 52. A lease's boilerplate: the term "Lease" as used in the Lease means the Lease as amended.
_LEASE3 = """THIRD AMENDMENT TO LEASE

This Third Amendment to Lease (this "Amendment") is made as of June 5, 2014 by and between
WESTFIELD PLAZA OWNER LLC ("Landlord") and BRIGHTLINE DENTAL GROUP, P.C. ("Tenant").

Landlord and Tenant are parties to a Lease dated as of September 1, 2009 (as amended, the
"Lease"). Landlord and Tenant agree as follows:

1. Extension. The Term of the Lease is hereby extended to August 31, 2019.

2. Definitions. The term "Lease" as used in the Lease shall mean the Lease as amended by
this Amendment. The term "Expiration Date" as used in the Lease shall mean August 31, 2019.

LANDLORD: WESTFIELD PLAZA OWNER LLC

By: /s/ Peter Lam
Its: Authorized Signatory

TENANT: BRIGHTLINE DENTAL GROUP, P.C.

By: /s/ Nadia Rahman
Its: President
"""
case(
    "lease_boilerplate_and_real_term",
    _LEASE3,
    ("term:term", "amend", "August 31, 2019"),
    ("term:expiration date", "replace", "August 31, 2019."),
)

# 53. New definitions introduced by "to read as follows", HTML spacing, curly quotes.
case(
    "new_definitions_to_read",
    amendment(
        "Section\u00a02.\u00a0\u00a0Amendments.\u00a0 (a)\u00a0 Section 1.01 of the Credit "
        "Agreement is hereby amended by adding the following new definitions, in appropriate "
        "alphabetical order, to read as follows:\n\n"
        "\u201cBeneficial Ownership Certification\u201d means a certification regarding "
        "beneficial ownership required by the Beneficial Ownership Regulation.\n\n"
        "\u201cBeneficial Ownership Regulation\u201d means 31 C.F.R. \u00a7 1010.230.\n\n"
        "(b)\u00a0 Section 5.02 of the Credit Agreement is hereby amended by adding a new "
        "clause (g) at the end thereof.\n"
    ),
    (
        "term:beneficial ownership certification",
        "add",
        "\u201cBeneficial Ownership Certification\u201d means a certification regarding "
        "beneficial ownership required by the Beneficial Ownership Regulation.",
    ),
    (
        "term:beneficial ownership regulation",
        "add",
        "\u201cBeneficial Ownership Regulation\u201d means 31 C.F.R. \u00a7 1010.230.",
    ),
    ("section:5.02", "amend", None),
)

# 54. A restated definition followed by an unnumbered paragraph that is no part of it.
case(
    "restated_then_plain_paragraph",
    amendment(
        'SECTION 1. Amendment. The definition of "Applicable Percentage" in Section 1.01 of '
        "the Credit Agreement is hereby amended and restated in its entirety as follows:\n\n"
        '"Applicable Percentage" means 0.50% per annum.\n\n'
        "SECTION 2. Representations and Warranties. The Borrower represents and warrants that "
        "the representations in Article V of the Credit Agreement are true and correct.\n"
    ),
    ("term:applicable percentage", "replace", '"Applicable Percentage" means 0.50% per annum.'),
)

# 55. Deleted definitions listed after a colon, one to a line.
case(
    "deleted_list_after_colon",
    amendment(
        "1. Section 1.1 of the Credit Agreement is amended by deleting the following "
        "definitions in their entirety:\n\n"
        '     "Acquisition Facility";\n'
        '     "Acquisition Loan"; and\n'
        '     "Acquisition Loan Commitment".\n\n'
        "2. The Borrower shall pay the Agent's fees.\n"
    ),
    ("term:acquisition facility", "delete", None),
    ("term:acquisition loan", "delete", None),
    ("term:acquisition loan commitment", "delete", None),
)
