"""Round twelve, definition blocks under a lead-in that does not say "definition": "by
inserting the following in the appropriate alphabetical order:", "by adding the following new
terms", "the following terms shall have the following meanings", "by restating the following
in their entirety:", "the following are hereby deleted:", with the lead-in pages before the
block, the block split by page markers, terms followed by a parenthesis and definitions of
several paragraphs; and near misses that define terms without changing the agreement's.
Written before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round11.case import note_amendment
from tests.changes_round12.case import case

case(
    "inserting_the_following_in_the_appropriate_alphabetical_order",
    credit_amendment(
        """
1. Amendments to Section 1.1. Section 1.1 of the Credit Agreement is amended by inserting the
following in the appropriate alphabetical order:

"Cash Dominion Period" means any period beginning on a day on which Excess Availability is
less than $5,000,000 and ending on the day on which Excess Availability has been at least
$5,000,000 for thirty consecutive days.

"Excess Availability" means, at any time, the Borrowing Base minus the aggregate principal
amount of Revolving Loans then outstanding.

2. Conditions. This Amendment shall be effective upon the Agent's receipt of counterparts
signed by the Borrower.
""",
        base="Credit Agreement",
        borrower="CORDOVAN LEATHER GOODS, INC.",
    ),
    ("term:Cash Dominion Period", "add", None),
    ("term:Excess Availability", "add", None),
)

case(
    "adding_the_following_new_terms_with_parentheses_after_the_term",
    credit_amendment(
        """
SECTION 2. Amendments to Article I. Article I of the Loan Agreement is hereby amended by
adding the following new terms:

"Swing Line Loan" (or "Swingline Loan") means a Loan made by the Bank under Section 2.8.

"LC Exposure" (Letter of Credit exposure) means, at any time, the undrawn amount of all
outstanding Letters of Credit plus all unreimbursed drawings thereunder.

SECTION 3. Fees. The Borrower shall pay all reasonable fees of counsel to the Bank.
""",
        borrower="HARROWGATE PLASTICS CORP.",
    ),
    ("term:Swing Line Loan", "add", None),
    ("term:LC Exposure", "add", None),
)

case(
    "restating_the_following_in_their_entirety_in_a_note_agreement",
    note_amendment(
        """
2. Amendments to Section 1.01. Section 1.01 of the Note Agreement is amended by restating the
following in their entirety:

"Consolidated Net Worth" means, at any time, the total shareholders' equity of the Company
and its Subsidiaries determined on a consolidated basis in accordance with GAAP.

"Priority Debt" means, without duplication, all Indebtedness of Subsidiaries and all
Indebtedness of the Company secured by Liens permitted by Section 10.4(h).

"Make-Whole Amount" shall mean, with respect to any Note, an amount equal to the excess of
the Discounted Value of the Remaining Scheduled Payments over the amount of the Called
Principal.

3. Representations. The Company represents that no Default or Event of Default exists.
""",
    ),
    ("term:Consolidated Net Worth", "replace", None),
    ("term:Priority Debt", "replace", None),
    ("term:Make-Whole Amount", "replace", None),
)

case(
    "the_following_are_hereby_deleted_one_to_a_line",
    credit_amendment(
        """
1. Deleted Terms. The following, as set forth in Section 1.1 of the Credit Agreement, are
hereby deleted in their entirety:

"Term Loan";

"Term Loan Maturity Date"; and

"Term Note".

2. Term Loan Provisions. Section 2.3 of the Credit Agreement is hereby deleted in its
entirety.
""",
        base="Credit Agreement",
        borrower="DUNMORE AGGREGATES, INC.",
    ),
    ("term:Term Loan", "delete", None),
    ("term:Term Loan Maturity Date", "delete", None),
    ("term:Term Note", "delete", None),
    ("2.3", "delete", None),
)

case(
    "added_and_restated_blocks_under_one_section_lead_in",
    credit_amendment(
        """
1. Section 1.1 of the Loan Agreement is hereby amended (a) by inserting the following in
proper alphabetical order:

"Capital Lease Obligations" means the obligations of the Borrower to pay rent under leases
that are required to be capitalized under GAAP.

"Hedging Obligations" means all obligations of the Borrower under interest rate swap, cap or
collar agreements.

and (b) by restating the following in their entirety:

"Funded Debt" means all Indebtedness for borrowed money and all Capital Lease Obligations.

"Revolving Loan Commitment" means $12,500,000.

2. No Waiver. Nothing herein waives any Default.
""",
        borrower="NETTLEBED FARM EQUIPMENT CO.",
    ),
    ("term:Capital Lease Obligations", "add", None),
    ("term:Hedging Obligations", "add", None),
    ("term:Funded Debt", "replace", None),
    ("term:Revolving Loan Commitment", "replace", None),
)

_LONG_GRID = "\n".join(
    f"     Level {n}     {ratio}     {margin}%     {fee}%"
    for n, ratio, margin, fee in (
        ("I", "Less than 1.50 to 1.00", "1.50", "0.25"),
        ("II", "1.50 to 1.00 or more but less than 2.25 to 1.00", "1.75", "0.30"),
        ("III", "2.25 to 1.00 or more but less than 3.00 to 1.00", "2.00", "0.35"),
        ("IV", "3.00 to 1.00 or more", "2.50", "0.50"),
    )
)

case(
    "lead_in_pages_before_a_block_split_by_page_markers",
    credit_amendment(
        f"""
ARTICLE II. AMENDMENTS TO THE CREDIT AGREEMENT

2.1 Section 1.01 of the Credit Agreement is hereby amended by inserting the following in the
appropriate alphabetical order:

"Acquisition Consideration" means, with respect to any Permitted Acquisition, the aggregate
cash and non-cash consideration paid by the Borrower or any Subsidiary for such acquisition,
including (a) the principal amount of any Indebtedness assumed or incurred in connection
therewith, (b) any deferred purchase price, earn-out or similar payment obligation, valued
at the maximum amount payable thereunder, and (c) the fair market value of any Equity
Interests issued as consideration.

"Applicable Leverage Level" means, for any day, the level set forth below that corresponds
to the Leverage Ratio as of the last day of the most recently ended fiscal quarter:

     Level     Leverage Ratio     Eurodollar Margin     Commitment Fee
{_LONG_GRID}

Any increase or decrease in the Applicable Leverage Level resulting from a change in the
Leverage Ratio shall become effective as of the first Business Day immediately following the
date a Compliance Certificate is delivered pursuant to Section 6.1(c).

If the Borrower fails to deliver a Compliance Certificate when due, then Level IV shall apply
from the date such certificate was due until the first Business Day after it is delivered.

<PAGE>
                                       3

"Permitted Acquisition" means any acquisition by the Borrower or any Subsidiary of all or
substantially all of the assets of, or a majority of the Equity Interests in, any Person, so
long as (a) no Default exists or would result therefrom, (b) the Acquisition Consideration
does not exceed $10,000,000 and (c) the Borrower is in pro forma compliance with Section 7.1.

"Seller Subordinated Debt" (as such term may be amended from time to time with the consent
of the Agent) means Indebtedness owed to the seller in a Permitted Acquisition and
subordinated to the Obligations on terms satisfactory to the Agent.

2.2 Section 7.4 of the Credit Agreement is hereby amended by adding a new clause (g) at the
end thereof reading "(g) Seller Subordinated Debt in an aggregate amount not exceeding
$3,000,000."

ARTICLE III. MISCELLANEOUS

3.1 This Amendment may be executed in counterparts.
""",
        base="Credit Agreement",
        borrower="QUILLFEATHER MEDIA HOLDINGS, INC.",
        lender="BANK OF THE SOUTHERN TIER, as Agent",
        lender_alias="Agent",
    ),
    ("term:Acquisition Consideration", "add", None),
    ("term:Applicable Leverage Level", "add", None),
    ("term:Permitted Acquisition", "add", None),
    ("term:Seller Subordinated Debt", "add", None),
    ("7.4(g)", "add", None),
    optional=("7.4",),
)

case(
    "following_terms_defined_therein_shall_have_the_following_meanings",
    credit_amendment(
        """
1. Amended Terms. Effective as of the date hereof, the following terms defined in Section 1.1
of the Loan Agreement shall have the following meanings:

"Revolving Credit Termination Date" means September 30, 2010.

"Maximum Revolving Amount" means $8,000,000.

2. Guaranty. Each Guarantor consents to this Amendment.
""",
        borrower="ELDERBERRY CONFECTIONS, LLC",
    ),
    ("term:Revolving Credit Termination Date", "replace", None),
    ("term:Maximum Revolving Amount", "replace", None),
)

case(
    "lease_article_of_basic_terms_amended_by_adding",
    amendment(
        "First Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Expansion. Article 1 of the Lease is amended by adding the following at the end thereof:

"Expansion Premises" shall mean approximately 4,250 rentable square feet on the third floor
of the Building, known as Suite 310.

"Expansion Commencement Date" shall mean the earlier of (a) January 1, 2008 and (b) the
date Tenant first occupies the Expansion Premises for business.

2. Rent for the Expansion Premises. Commencing on the Expansion Commencement Date, Tenant
shall pay Base Rent for the Expansion Premises at the rate set forth in Section 4.1 of the
Lease.
""",
        first="LAKESHORE PLAZA INVESTORS, L.P.",
        first_alias="Landlord",
        second="CINNABAR RESEARCH GROUP, INC.",
        second_alias="Tenant",
    ),
    ("term:Expansion Premises", "add", None),
    ("term:Expansion Commencement Date", "add", None),
)

case(
    "restating_the_following_with_a_definition_of_several_paragraphs",
    credit_amendment(
        """
Section 1. Amendments to Section 1.1. Section 1.1 of the Credit Agreement is amended by
amending and restating the following in their entirety to read as follows:

"Eligible Receivables" means all Receivables of the Borrower arising from the sale of goods
in the ordinary course of business, other than:

(a) Receivables outstanding more than ninety (90) days after the original invoice date;

(b) Receivables owing by an Account Debtor located outside the United States; and

(c) Receivables owing by an Affiliate of the Borrower.

The Agent may, in its reasonable credit judgment, establish additional criteria of
eligibility upon five Business Days' notice to the Borrower.

"Termination Date" means June 30, 2012.

Section 2. Costs. The Borrower shall pay the Agent's costs of this Amendment.
""",
        base="Credit Agreement",
        borrower="ROSEBAY TEXTILE MILLS, INC.",
    ),
    ("term:Eligible Receivables", "replace", None),
    ("term:Termination Date", "replace", None),
)

case(
    "a_new_section_with_its_own_terms_is_one_addition",
    credit_amendment(
        """
1. New Section 6.15. The Loan Agreement is amended by adding a new Section 6.15 as follows:

"6.15 Hedging. Within ninety days after the date hereof, the Borrower shall enter into Hedge
Agreements covering not less than 50% of the Term Loan. For purposes of this Section 6.15,
the following terms shall have the following meanings:

"Hedge Agreement" means any interest rate swap, cap or collar agreement with a Hedge Bank.

"Hedge Bank" means the Bank or any of its Affiliates."

2. Effect. The Loan Agreement, as amended hereby, remains in full force and effect.
""",
        borrower="SANDPIPER LOGISTICS, INC.",
    ),
    ("6.15", "add", None),
)

case(
    "terms_the_amendment_itself_defines_are_no_change",
    credit_amendment(
        """
1. Definitions. Capitalized terms used herein and not defined herein have the meanings given
them in the Loan Agreement. In addition, the following terms shall have the following
meanings:

"Amendment Effective Date" means the date on which each condition of Section 4 is satisfied.

"Consenting Lenders" means the Lenders that have signed this Amendment.

2. Amendment to Section 2.1. Section 2.1 of the Loan Agreement is amended by deleting
"$20,000,000" and substituting "$25,000,000" therefor.

3. Conditions. This Amendment becomes effective on the Amendment Effective Date.
""",
        borrower="MARLOWE CREEK PAPER CO.",
    ),
    ("2.1", "amend", "$25,000,000"),
)

case(
    "indented_block_without_blank_lines_added_under_an_alphabetical_lead_in",
    credit_amendment(
        """
     2.  Amendments to Credit Agreement.  Section 1.1 of the Credit Agreement is hereby
amended by inserting the following, in their proper alphabetical order:
          "Designated Account" means the deposit account of the Borrower maintained with
     the Agent and designated as such in writing.
          "Net Cash Proceeds" means, with respect to any Asset Sale, the cash proceeds
     thereof net of taxes and reasonable costs of sale.
     and by deleting therefrom the following:
          "Existing Facility".
     3.  Representations.  The Borrower represents that this Amendment has been duly
authorized.
""",
        base="Credit Agreement",
        borrower="PEMBERTON ALLOYS CORPORATION",
    ),
    ("term:Designated Account", "add", None),
    ("term:Net Cash Proceeds", "add", None),
    ("term:Existing Facility", "delete", None),
)
