"""Round twelve, imperative instructions: numbered or lettered items that tell the reader what
to do to a definition, a section, a clause, a schedule or a paragraph of a note ("In the
definition of "X", add ... after ...", "Delete Section 4.3 and substitute: ...", "Strike ...
and insert ... in its place"), written before the reader ran on them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round12.case import case

case(
    "imperative_items_in_definitions_and_a_section",
    credit_amendment(
        """
1. Amendments to Section 1.1. Section 1.1 of the Loan Agreement is amended as follows:

(a) In the definition of "Borrowing Base", add the words "and 50% of Eligible Inventory"
after the words "Eligible Accounts".

(b) In the definition of "Maturity Date", replace "June 30, 2009" with "June 30, 2011".

(c) In the definition of "Applicable Margin", delete "2.25%" and insert "2.75%".

2. Amendment to Section 6.4. In Section 6.4, delete "$2,000,000" and insert "$3,000,000".

3. Representations. The Borrower represents that no Default exists on the date hereof.
""",
        borrower="SILVERTHORN OPTICAL CORP.",
    ),
    ("term:Borrowing Base", "amend", "and 50% of Eligible Inventory"),
    ("term:Maturity Date", "amend", "June 30, 2011"),
    ("term:Applicable Margin", "amend", "2.75%"),
    ("6.4", "amend", "$3,000,000"),
)

case(
    "imperative_items_without_in_delete_add_and_amend_to_read",
    credit_amendment(
        """
2. Amendments to the Credit Agreement.

(a) Delete the definition of "Existing Letters of Credit" from Section 1.01.

(b) Add the following new definition to Section 1.01 in its proper alphabetical place:

"Fifth Amendment Date" means March 3, 2010.

(c) Amend the definition of "Fixed Charge Coverage Ratio" in Section 1.01 to read as follows:

"Fixed Charge Coverage Ratio" means, for any period, the ratio of (a) EBITDA minus
Unfinanced Capital Expenditures to (b) Fixed Charges, in each case for such period.

(d) Amend Section 2.5 to read in its entirety as follows:

"2.5 Unused Fee. The Borrower shall pay to the Bank a fee of 0.375% per annum on the unused
portion of the Revolving Commitment, payable quarterly in arrears."

3. Conditions. This Amendment shall be effective when executed by the Borrower and the Bank.
""",
        ordinal="Fifth",
        base="Credit Agreement",
        borrower="MERIDIAN TILE & STONE, INC.",
    ),
    ("term:Existing Letters of Credit", "delete", None),
    ("term:Fifth Amendment Date", "add", None),
    ("term:Fixed Charge Coverage Ratio", "replace", None),
    ("2.5", "replace", None),
)

case(
    "delete_and_substitute_a_section_and_add_a_new_one",
    credit_amendment(
        """
SECTION 2. AMENDMENTS.

2.1 Delete Section 4.3 of the Credit Agreement and substitute:

"4.3 Optional Prepayments. The Borrower may prepay the Loans in whole or in part at any time
without premium or penalty upon three Business Days' notice to the Agent."

2.2 Add a new Section 7.12 as follows:

"7.12 Anti-Terrorism Laws. Neither the Borrower nor any Subsidiary is in violation of any
law relating to terrorism or money laundering."

2.3 Delete Section 8.9 in its entirety.

SECTION 3. GOVERNING LAW. This Amendment shall be governed by the laws of the State of New
York.
""",
        base="Credit Agreement",
        borrower="ASHCROFT RAIL SERVICES, INC.",
        lender="FIRST COLONIAL BANK, N.A., as Agent",
        lender_alias="Agent",
    ),
    ("4.3", "replace", None),
    ("7.12", "add", None),
    ("8.9", "delete", None),
)

case(
    "strike_and_insert_in_its_place_in_a_lease",
    amendment(
        "Second Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Renewal Notice. Strike the word "ninety" in Section 2.4 of the Lease and insert "one
hundred twenty" in its place.

2. Security Deposit. Strike Section 9 of the Lease in its entirety.

3. Parking. In Section 11.2, strike "four (4)" and insert "six (6)".

4. Ratification. Except as amended hereby, the Lease remains in full force and effect.
""",
        first="HOLLISTER STREET ASSOCIATES, LLC",
        first_alias="Landlord",
        second="BRIGHTWATER DIAGNOSTICS, INC.",
        second_alias="Tenant",
    ),
    ("2.4", "amend", "one\nhundred twenty"),
    ("9", "delete", None),
    ("11.2", "amend", "six (6)"),
)

case(
    "replace_a_schedule_and_an_exhibit_with_those_attached",
    credit_amendment(
        """
1. Schedules and Exhibits.

(a) Replace Schedule 2.1 (Commitments) to the Credit Agreement with Schedule 2.1 attached to
this Amendment.

(b) Replace Exhibit C (Form of Compliance Certificate) to the Credit Agreement with Exhibit C
attached to this Amendment.

2. Counterparts. This Amendment may be executed in counterparts.
""",
        base="Credit Agreement",
        borrower="TAMARACK ENERGY PARTNERS, L.P.",
    ),
    ("Schedule 2.1", "replace", None),
    ("Exhibit C", "replace", None),
)

case(
    "paragraphs_of_a_promissory_note_replace_and_substitute_for",
    amendment(
        "Amendment to Promissory Note",
        "Promissory Note",
        "Note",
        """
1. In paragraph 2 of the Note, replace "eight and one-half percent (8.50%)" with "seven and
one-quarter percent (7.25%)".

2. In paragraph 4 of the Note, substitute "December 31, 2012" for "December 31, 2010".

3. The Maker confirms that the Note, as amended hereby, is its valid and binding obligation.
""",
        first="GREYSTONE ORCHARDS, INC.",
        first_alias="Maker",
        second="CLEMENTINE A. VOSS",
        second_alias="Payee",
    ),
    # (a note's paragraphs go by their bare numbers, as the gold files give them; written
    # "Paragraph 2" blind, against that convention)
    ("2", "amend", "seven and\none-quarter percent (7.25%)"),
    ("4", "amend", "December 31, 2012"),
)

case(
    "substitute_for_and_amend_a_clause_by_deleting_and_inserting",
    credit_amendment(
        """
4. Financial Covenants.

(a) In Section 7.1(a) of the Loan Agreement, substitute "4.00 to 1.00" for "3.50 to 1.00".

(b) Amend clause (c) of Section 8.1 by deleting "$500,000" and inserting "$1,000,000".

5. Fees. The Borrower shall pay the Bank an amendment fee of $10,000.
""",
        borrower="LANTERN HILL BREWING COMPANY",
    ),
    ("7.1(a)", "amend", "4.00 to 1.00"),
    ("8.1(c)", "amend", "$1,000,000"),
)

case(
    "insert_a_new_section_after_another_in_a_lease",
    amendment(
        "Third Amendment to Office Lease",
        "Office Lease",
        "Lease",
        """
1. Right of First Offer. Insert the following as a new Section 14.3 of the Lease
immediately after Section 14.2:

"14.3 Right of First Offer. Before leasing any space on the fourth floor of the Building to
a third party, Landlord shall first offer such space to Tenant on the terms Landlord is then
prepared to accept."

2. Brokers. Each party represents that it has dealt with no broker in connection with this
Amendment.
""",
        first="CANAL PLACE OWNER LLC",
        first_alias="Landlord",
        second="PERIWINKLE SOFTWARE, INC.",
        second_alias="Tenant",
    ),
    ("14.3", "add", None),
)

case(
    "one_section_item_with_a_colon_and_roman_sub_items",
    credit_amendment(
        """
1. Section 1.1. In Section 1.1 of the Credit Agreement: (i) in the definition of
"Consolidated EBITDA", insert "plus non-cash stock compensation expense" at the end of clause
(b); (ii) delete the definition of "Tranche A Lender"; and (iii) in the definition of
"Revolving Credit Commitment", replace "$15,000,000" with "$20,000,000".

2. Section 6.12. In Section 6.12 of the Credit Agreement, replace "December 31" with
"September 30".

3. Miscellaneous. This Amendment is a Loan Document.
""",
        base="Credit Agreement",
        borrower="OSPREY COLD STORAGE, LLC",
    ),
    ("term:Consolidated EBITDA", "amend", "plus non-cash stock compensation expense"),
    ("term:Tranche A Lender", "delete", None),
    ("term:Revolving Credit Commitment", "amend", "$20,000,000"),
    ("6.12", "amend", "September 30"),
)

case(
    "renumber_a_section_and_add_one_in_its_place",
    credit_amendment(
        """
3. Negative Covenants. Renumber Section 7.12 of the Loan Agreement as Section 7.13 and add a
new Section 7.12 as follows:

"7.12 Sale and Leaseback. The Borrower shall not enter into any arrangement to sell any
property and lease it back."

4. Effect. Except as amended hereby, the Loan Agreement is ratified and confirmed.
""",
        borrower="FOXGLOVE PRINTING COMPANY",
    ),
    ("7.12", "add", None),
    optional=("7.13",),
)

case(
    "covenant_to_replace_and_insert_is_not_an_amendment",
    credit_amendment(
        """
1. Amendment. In Section 5.3 of the Loan Agreement, replace "thirty (30) days" with "forty-five
(45) days".

2. Post-Closing Covenants. Within thirty days after the date hereof, the Borrower shall
replace each stock certificate pledged under the Pledge Agreement that has been lost, insert
the legend set forth in Exhibit D in each new certificate, and delete from its records any
Subsidiary that has been dissolved.

3. Release. The Borrower releases the Bank from all claims arising on or before the date
hereof.
""",
        borrower="BLUE HERON MARINE SERVICES, INC.",
    ),
    ("5.3", "amend", "forty-five\n(45) days"),
)

case(
    "drafting_notes_of_an_attached_form_are_not_amendments",
    credit_amendment(
        """
1. Exhibit B. Exhibit B (Form of Notice of Borrowing) to the Credit Agreement is replaced by
the form attached hereto as Annex 1.

2. Effectiveness. This Amendment shall be effective as of the date first written above.

ANNEX 1

FORM OF NOTICE OF BORROWING

[Insert name of Borrower]

The undersigned requests a Borrowing of [Insert amount] on [Insert date].(1)

(1) Delete bracketed text if no Eurodollar Loans are requested. Add a new line for each
Interest Period requested. In Section 2 of this notice, replace "Base Rate" with "Eurodollar"
where applicable.
""",
        base="Credit Agreement",
        borrower="WILLOWMERE FOODS, INC.",
    ),
    ("Exhibit B", "replace", None),
)
