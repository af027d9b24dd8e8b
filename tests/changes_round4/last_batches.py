"""Round four, fourth to sixth batches (cases 56-73): bare terms, alphabetical insertions,
quotes around a block of definitions, bulleted and numbered lists; the fourth batch and the
cases marked "not blind" were tried on the extractor before they were written, the fifth and
sixth were written blind."""

from __future__ import annotations

from tests.changes_round4.case import amendment, case
from tests.changes_round4.first_batch import LEASE

# Fourth batch, NOT blind: shapes tried on the extractor first (after the third batch), kept
# for the fixes they led to: definitions whose terms lost their quotes, and definitions
# inserted "in the appropriate alphabetical order" without the word "definitions".

# 56. New definitions whose terms have no quotes (bold lost in conversion).
case(
    "bare_terms_added",
    amendment(
        "1. Section 1.01 of the Credit Agreement is amended by adding the following definitions "
        "in the appropriate alphabetical order:\n\n"
        "Beneficial Ownership Certification means a certification regarding beneficial "
        "ownership as required by the Beneficial Ownership Regulation.\n\n"
        "Beneficial Ownership Regulation means 31 C.F.R. \u00a7 1010.230.\n\n"
        "2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    (
        "term:beneficial ownership certification",
        "add",
        "Beneficial Ownership Certification means a certification regarding beneficial "
        "ownership as required by the Beneficial Ownership Regulation.",
    ),
    (
        "term:beneficial ownership regulation",
        "add",
        "Beneficial Ownership Regulation means 31 C.F.R. \u00a7 1010.230.",
    ),
)

# 57. "inserting the following in the appropriate alphabetical order:" then definitions.
case(
    "inserted_alphabetically",
    amendment(
        "(a) Section 1.1 of the Credit Agreement is hereby amended by inserting the following "
        "in the appropriate alphabetical order:\n\n"
        '"Consolidated Cash Balance" means the aggregate amount of cash of the Borrower and '
        "its Subsidiaries.\n\n"
        '"Excess Cash" means Consolidated Cash Balance in excess of $10,000,000.\n\n'
        "(b) Section 6.4 of the Credit Agreement is hereby deleted in its entirety.\n"
    ),
    (
        "term:consolidated cash balance",
        "add",
        '"Consolidated Cash Balance" means the aggregate amount of cash of the Borrower and its '
        "Subsidiaries.",
    ),
    (
        "term:excess cash",
        "add",
        '"Excess Cash" means Consolidated Cash Balance in excess of $10,000,000.',
    ),
    ("section:6.4", "delete", None),
)

# 58. Definitions deleted, their terms unquoted: no deletion of the whole section.
case(
    "bare_terms_deleted",
    amendment(
        "1. Section 1.01 of the Credit Agreement is amended by deleting the definitions of "
        "Acquisition Loan and Bridge Facility in their entirety.\n\n"
        "2. Section 1.01 of the Credit Agreement is further amended by amending the definition "
        "of Applicable Margin to read as follows:\n\n"
        "Applicable Margin means 1.75% per annum.\n"
    ),
    ("term:acquisition loan", "delete", None),
    ("term:bridge facility", "delete", None),
    ("term:applicable margin", "replace", "Applicable Margin means 1.75% per annum."),
)


# 59. Not blind: "Section 1.1 is amended as follows:" then whole definitions (each restated,
# not the whole section), and items whose subject is the quoted term.
case(
    "section_amended_as_follows_definitions",
    amendment(
        "1. Section 1.1 of the Credit Agreement is hereby amended as follows:\n\n"
        '"Applicable Margin" means 2.00% per annum.\n\n'
        '"Commitment Fee Rate" means 0.25% per annum.\n\n'
        "2. Section 1.1 of the Credit Agreement is further amended as follows:\n\n"
        '(a) "Eurodollar Rate" is amended by replacing "Telerate" with "Reuters".\n\n'
        '(b) "Swing Loan" is deleted in its entirety.\n\n'
        "3. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    ("term:applicable margin", "replace", '"Applicable Margin" means 2.00% per annum.'),
    ("term:commitment fee rate", "replace", '"Commitment Fee Rate" means 0.25% per annum.'),
    ("term:eurodollar rate", "amend", "Reuters"),
    ("term:swing loan", "delete", None),
)


# Fifth batch, written blind (before running it): quotes around a block of definitions,
# single-quoted terms in a lead-in, a term broken over a line, definitions ending "; and".

# 60. Two new definitions inside one pair of quotes.
case(
    "block_quoted_whole",
    amendment(
        "2. Section 1.1 of the Credit Agreement is amended by adding the following new "
        "definitions in their proper alphabetical order:\n\n"
        '"\u201cLiquidity Event\u201d means any date on which Liquidity is less than '
        "$5,000,000.\n\n"
        "\u201cLiquidity Period\u201d means the period from a Liquidity Event to the date "
        'Liquidity has exceeded $5,000,000 for 30 consecutive days."\n\n'
        "3. This Amendment is governed by New York law.\n"
    ),
    (
        "term:liquidity event",
        "add",
        "\u201cLiquidity Event\u201d means any date on which Liquidity is less than $5,000,000.",
    ),
    (
        "term:liquidity period",
        "add",
        "\u201cLiquidity Period\u201d means the period from a Liquidity Event to the date "
        "Liquidity has exceeded $5,000,000 for 30 consecutive days.",
    ),
)

# 61. A term in single curly quotes in the lead-in, broken over a line.
case(
    "single_quoted_term_broken",
    amendment(
        "     1.  The definition of \u2018Consolidated Fixed\n"
        "Charges\u2019 in Section 1.01 of the Credit Agreement is hereby amended by deleting\n"
        "clause (c) thereof.\n",
        date="February 2, 1999",
        base_date="July 7, 1997",
    ),
    ("term:consolidated fixed charges", "amend", None),
)

# 62. Old-style definitions ending "; and" and ";", one replaced and one added.
case(
    "old_style_semicolons",
    amendment(
        '     (a)  The definition of "Eligible Lease" in Section 1.1 is deleted and the\n'
        "following is substituted therefor:\n\n"
        '          "Eligible Lease" shall mean a Lease which satisfies the criteria set\n'
        "     forth in Schedule 4 hereto; and\n\n"
        "     (b)  Section 1.1 is further amended by adding the following definition in\n"
        "its proper alphabetical order:\n\n"
        '          "Residual Value" shall mean the estimated value of the Equipment at\n'
        "     the end of the term of the applicable Lease;\n",
        date="October 20, 1995",
        base_date="March 15, 1994",
    ),
    (
        "term:eligible lease",
        "replace",
        '"Eligible Lease" shall mean a Lease which satisfies the criteria set\n'
        "     forth in Schedule 4 hereto; and",
    ),
    (
        "term:residual value",
        "add",
        '"Residual Value" shall mean the estimated value of the Equipment at\n'
        "     the end of the term of the applicable Lease;",
    ),
)

# 63. A definition restated whose new text ends in a pricing table.
case(
    "restated_with_table",
    amendment(
        '1. The definition of "Applicable Rate" in Section 1.01 of the Credit Agreement is '
        "amended and restated in its entirety as follows:\n\n"
        '"Applicable Rate" means the percentage per annum set forth below opposite the '
        "Leverage Ratio:\n\n"
        "Leverage Ratio            Eurodollar Loans    Base Rate Loans\n"
        "> 3.00 to 1.00            2.50%               1.50%\n"
        "< or = 3.00 to 1.00       2.00%               1.00%\n\n"
        "2. Fees. The Borrower shall pay an amendment fee.\n"
    ),
    (
        "term:applicable rate",
        "replace",
        '"Applicable Rate" means the percentage per annum set forth below opposite the '
        "Leverage Ratio:\n\n"
        "Leverage Ratio            Eurodollar Loans    Base Rate Loans\n"
        "> 3.00 to 1.00            2.50%               1.50%\n"
        "< or = 3.00 to 1.00       2.00%               1.00%",
    ),
)

# 64. A renamed defined term and a definition merely cited.
case(
    "cited_definition_trap",
    amendment(
        '1. Section 6.1(c) of the Credit Agreement is amended by replacing "45 days" with '
        '"60 days".\n\n'
        "2. For the avoidance of doubt, Consolidated EBITDA (as defined in Section 1.01 of the "
        "Credit Agreement) for the fiscal quarter ended March 31, 2015 shall be deemed to be "
        "$8,250,000.\n"
    ),
    ("section:6.1(c)", "amend", "60 days"),
)


# 65. Not blind: new definitions set with bullets (an HTML list), the bullet no part of them.
case(
    "bulleted_new_definitions",
    amendment(
        "1. Section 1.01 of the Credit Agreement is hereby amended by adding the following new "
        "definitions in the appropriate alphabetical order:\n\n"
        '\u2022\t"Cash Dominion Period" means any period during which Availability is less than '
        "$5,000,000.\n\n"
        '\u2022\t"Specified Cash" means cash held in the Collateral Account.\n\n'
        "2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    (
        "term:cash dominion period",
        "add",
        '"Cash Dominion Period" means any period during which Availability is less than '
        "$5,000,000.",
    ),
    ("term:specified cash", "add", '"Specified Cash" means cash held in the Collateral Account.'),
)


# 66. Not blind: an unquoted new wording runs to the amendment's next paragraph, never into
# one where the amendment speaks of itself.
case(
    "wording_stops_at_amendment_paragraph",
    amendment(
        '1. The definition of "Consolidated EBITDA" in Section 1.1 of the Credit Agreement is '
        "amended and restated in its entirety as follows:\n\n"
        '"Consolidated EBITDA" means Consolidated Net Income plus Interest Expense.\n\n'
        "This Amendment shall become effective on the date the Agent receives counterparts "
        "signed by the Borrower.\n\n"
        "2. Section 6.12 of the Credit Agreement is amended and restated in its entirety as "
        "follows:\n\n"
        "6.12 Net Worth. The Borrower shall maintain Net Worth of at least $10,000,000.\n\n"
        "The Borrower shall pay all costs of the Agent in connection with this Amendment.\n"
    ),
    (
        "term:consolidated ebitda",
        "replace",
        '"Consolidated EBITDA" means Consolidated Net Income plus Interest Expense.',
    ),
    (
        "section:6.12",
        "replace",
        "6.12 Net Worth. The Borrower shall maintain Net Worth of at least $10,000,000.",
    ),
)


# 66a. Not blind: "replacing the following definitions in their entirety with the following:"
# restates each definition.
case(
    "replacing_following_definitions",
    amendment(
        "1. Section 1.01 of the Credit Agreement is amended by replacing the following "
        "definitions in their entirety with the following:\n\n"
        '"Aggregate Commitment" means $125,000,000.\n\n'
        '"Letter of Credit Sublimit" means $15,000,000.\n\n'
        "2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    ("term:aggregate commitment", "replace", '"Aggregate Commitment" means $125,000,000.'),
    ("term:letter of credit sublimit", "replace", '"Letter of Credit Sublimit" means $15,000,000.'),
)


# 66b. Not blind: the use named before the term, "As used in the Lease, the term ...".
case(
    "use_named_first",
    LEASE.replace(
        'the term "Premises" as used in the Lease\nshall mean',
        'as used in the Lease, the term "Premises"\nshall mean',
    ),
    (
        "term:premises",
        "replace",
        "the approximately 12,400 rentable square feet on the third and fourth floors of\n"
        "the Building, as shown on Exhibit A hereto.",
    ),
    ("section:3.1", "amend", "$31,250.00"),
)


# Sixth batch, written blind after the fixes, in other wordings of the shapes they read: does
# each fix hold beyond the passages that led to it?

# 67. Bare terms: restated with "shall mean", a lettered list, and one deleted alone.
case(
    "bare_terms_lettered_list",
    amendment(
        "SECTION 2. Amendments to Definitions. Section 1.01 of the Credit Agreement is amended "
        "as follows:\n\n"
        "(a) The definition of Total Leverage Ratio is amended and restated in its entirety to "
        "read as follows:\n\n"
        "Total Leverage Ratio shall mean the ratio of Consolidated Funded Indebtedness to "
        "Consolidated EBITDA.\n\n"
        "(b) The definition of Specified Subsidiary is hereby deleted.\n\n"
        "SECTION 3. Effectiveness. This Amendment is effective on the date hereof.\n",
        ordinal="THIRD",
    ),
    (
        "term:total leverage ratio",
        "replace",
        "Total Leverage Ratio shall mean the ratio of Consolidated Funded Indebtedness to "
        "Consolidated EBITDA.",
    ),
    ("term:specified subsidiary", "delete", None),
)

# 68. "adding, in the correct alphabetical position, the following:" then definitions.
case(
    "alphabetical_position_following",
    amendment(
        "(c)  Section 1.1 of the Credit Agreement is amended by adding thereto, in the correct "
        "alphabetical position, the following:\n\n"
        "\u201cEarn-Out Obligations\u201d means obligations to pay contingent consideration in "
        "connection with a Permitted Acquisition.\n\n"
        "\u201cSeller Notes\u201d means promissory notes issued to the sellers in a Permitted "
        "Acquisition.\n"
    ),
    (
        "term:earn-out obligations",
        "add",
        "\u201cEarn-Out Obligations\u201d means obligations to pay contingent consideration in "
        "connection with a Permitted Acquisition.",
    ),
    (
        "term:seller notes",
        "add",
        "\u201cSeller Notes\u201d means promissory notes issued to the sellers in a Permitted "
        "Acquisition.",
    ),
)

# 69. A sublease's defined term given a new meaning "throughout".
_SUBLEASE = """FIRST AMENDMENT TO SUBLEASE

This First Amendment to Sublease (this "First Amendment") is entered into as of April 2,
2017 by and between KESTREL ANALYTICS, INC. ("Sublandlord") and PORTWAY MEDIA LLC
("Subtenant").

Sublandlord and Subtenant are parties to a Sublease dated as of January 10, 2016 (the
"Sublease"). The parties agree as follows:

1. Subleased Premises. The term "Subleased Premises" as used throughout the Sublease shall
mean Suites 210 and 220 of the Building, containing approximately 6,800 rentable square feet.

2. Rent. Commencing May 1, 2017, monthly Base Rent shall be $17,000.00.

KESTREL ANALYTICS, INC.

By: /s/ Laura Chen
Title: Chief Operating Officer

PORTWAY MEDIA LLC

By: /s/ Omar Haddad
Title: Managing Member
"""
case(
    "sublease_term_throughout",
    _SUBLEASE,
    (
        "term:subleased premises",
        "replace",
        "Suites 210 and 220 of the Building, containing approximately 6,800 rentable square feet.",
    ),
)

# 70. "In the definitions of ..." (no "each of") with a reference changed in both.
case(
    "in_the_definitions_of_two",
    amendment(
        '3. In the definitions of "Eligible Accounts" and "Eligible Inventory" in Section '
        '1.1 of the Credit Agreement, each reference to "Agent\'s Permitted Discretion" is '
        'replaced with "Agent\'s Reasonable Credit Judgment".\n'
    ),
    ("term:eligible accounts", "amend", "Agent's Reasonable Credit Judgment"),
    ("term:eligible inventory", "amend", "Agent's Reasonable Credit Judgment"),
)

# 71. A numbered list of new definitions: "(1)", "(2)" labels left out.
case(
    "numbered_new_definitions",
    amendment(
        "1. The following new definitions are hereby added to Section 1.01 of the Credit "
        "Agreement in their proper alphabetical order:\n\n"
        '(1) "Anti-Terrorism Laws" means the USA PATRIOT Act and the Executive Order.\n\n'
        '(2) "Blocked Person" means any Person listed in the annex to the Executive Order.\n'
    ),
    (
        "term:anti-terrorism laws",
        "add",
        '"Anti-Terrorism Laws" means the USA PATRIOT Act and the Executive Order.',
    ),
    (
        "term:blocked person",
        "add",
        '"Blocked Person" means any Person listed in the annex to the Executive Order.',
    ),
)

# 72. A restated section followed by an unnumbered paragraph about this Consent.
case(
    "restated_then_consent_paragraph",
    amendment(
        "1. Section 7.6 of the Credit Agreement is hereby amended and restated to read as "
        "follows:\n\n"
        "7.6 Dividends. The Borrower shall not declare or pay any dividend other than "
        "dividends payable solely in its common stock.\n\n"
        "The Lenders' agreement to this Amendment shall not be a waiver of any Default.\n"
    ),
    (
        "section:7.6",
        "replace",
        "7.6 Dividends. The Borrower shall not declare or pay any dividend other than dividends "
        "payable solely in its common stock.",
    ),
)

# 73. A trap: the amendment's own definition of a term in bare form, and a real change.
case(
    "amendment_definitions_bare_trap",
    amendment(
        "1. Definitions. As used in this Amendment, Effective Date means the date on which "
        "the Agent has received counterparts of this Amendment.\n\n"
        '2. Section 2.3 of the Credit Agreement is amended by replacing "$500,000" with '
        '"$1,000,000".\n'
    ),
    ("section:2.3", "amend", "$1,000,000"),
)
