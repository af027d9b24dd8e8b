"""Round eight, third batch: a tab-parted table of present and amended wording, appendices
replaced and exhibits added in the form attached, definitions in the correct alphabetical
position with curly quotes, amounts and periods replaced inside a part, sentence-level
insertions before a period, articles renumbered around a new one, an allonge to a note, and
near misses that reaffirm or deny amending."""

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round7.case import bank_amendment, letter_amendment
from tests.changes_round8.case import case, side_letter

case(
    "tab-parted table of present and amended wording",
    amendment(
        "Amendment No. 4 to Outsourcing Services Agreement",
        "Outsourcing Services Agreement",
        "Services Agreement",
        "1. The Services Agreement is amended as set out in the table below:\n\n"
        "Section\tPresent Wording\tAmended Wording\n"
        "7.1\tforty-five (45) days\tsixty (60) days\n"
        "12.4\t$1,000,000\t$2,500,000\n\n"
        "2. All other terms of the Services Agreement are unchanged.\n",
        first="QUARRY HILL BUSINESS PROCESS, INC.",
        first_alias="Supplier",
        second="SEVERN VALLEY WATER AUTHORITY",
        second_alias="Customer",
    ),
    ("7.1", "amend", "sixty (60) days"),
    ("12.4", "amend", "$2,500,000"),
)

case(
    "an appendix deleted and replaced by the one attached",
    amendment(
        "Second Amendment to Hosting Services Agreement",
        "Hosting Services Agreement",
        "Services Agreement",
        "1. Appendix 3 (Service Levels) to the Services Agreement is deleted and replaced by "
        "the Appendix 3 attached to this Amendment.\n\n"
        "2. This Amendment takes effect on the date it is signed by both parties.\n",
        first="NIMBUSFORGE HOSTING LLC",
        first_alias="Provider",
        second="GALLOWAY & PRICE OUTFITTERS, INC.",
        second_alias="Customer",
    ),
    ("Appendix 3", "replace", None),
)

case(
    "definitions inserted in the correct alphabetical position with curly quotes",
    bank_amendment(
        "SECTION 1. New Definitions. Section 1.01 of the Credit Agreement is amended by "
        "inserting the following definitions in the correct alphabetical position:\n\n"
        "“Cash Dominion Period” means any period during which Excess Availability is less "
        "than $7,500,000.\n\n"
        "“Excess Availability” means the Borrowing Base minus the outstanding Revolving "
        "Loans.\n\n"
        "SECTION 2. Representations. The Borrower represents that no Event of Default "
        "exists.\n"
    ),
    (
        "term:Cash Dominion Period",
        "add",
        "“Cash Dominion Period” means any period during which Excess Availability is less "
        "than $7,500,000.",
    ),
    (
        "term:Excess Availability",
        "add",
        "“Excess Availability” means the Borrowing Base minus the outstanding Revolving Loans.",
    ),
)

case(
    "a dollar amount appearing in a part replaced",
    credit_amendment(
        '1. Indebtedness Basket. The dollar amount "$2,000,000" appearing in Section 7.3(a) of '
        'the Loan Agreement is hereby replaced with "$3,000,000".\n\n'
        "2. Reaffirmation. The Borrower reaffirms the Loan Documents.\n",
        ordinal="Second",
    ),
    ("7.3(a)", "amend", "$3,000,000"),
)

case(
    "a section deleted and replaced with the words intentionally omitted",
    amendment(
        "Third Amendment to Employment Agreement",
        "Employment Agreement",
        "Employment Agreement",
        "1. Section 11 of the Employment Agreement is hereby deleted in its entirety and "
        'replaced with the words "Intentionally Omitted."\n\n'
        "2. This Amendment is governed by the laws of the Commonwealth of Massachusetts.\n",
        first="HARBORLIGHT GENOMICS, INC.",
        first_alias="Company",
        second="PRIYA N. VENKATARAMAN",
        second_alias="Executive",
    ),
    ("11", "replace", "Intentionally Omitted."),
)

case(
    "side letter deleting a headed section",
    side_letter(
        "The parties agree that Section 14.2 (Exclusivity) of the Distribution Agreement is "
        "hereby deleted and shall be of no further force or effect.\n",
        "Distribution Agreement",
        "September 12, 2012",
        "January 8, 2015",
    ),
    ("14.2", "delete", None),
)

case(
    "an allonge changing the rate a section of the note sets",
    "ALLONGE TO PROMISSORY NOTE\n\n"
    "This Allonge is attached to and forms part of that certain Promissory Note dated June 4, "
    '2010 in the original principal amount of $850,000 (the "Note") made by BRACKENRIDGE '
    'FARMS, LLC ("Maker") to the order of PRAIRIE STATE COMMUNITY BANK ("Payee").\n\n'
    "1. The Note is hereby amended as follows: the interest rate set forth in Section 1 of "
    "the Note is changed from 7.00% to 8.25% per annum.\n\n"
    "2. Except as amended by this Allonge, the Note remains in full force and effect.\n\n"
    "Dated: March 1, 2012\n\n"
    "BRACKENRIDGE FARMS, LLC\n\n"
    "By: /s/ Wendell T. Fairbanks\n"
    "Name: Wendell T. Fairbanks\n"
    "Title: Managing Member\n\n"
    "PRAIRIE STATE COMMUNITY BANK\n\n"
    "By: /s/ Lorraine K. Ostby\n"
    "Name: Lorraine K. Ostby\n"
    "Title: Senior Vice President\n",
    ("1", "amend", None),
    optional=("term:Interest Rate",),
)

case(
    "the reference to a period in a deep part of an indenture replaced",
    amendment(
        "Third Supplemental Indenture",
        "Indenture",
        "Indenture",
        "Section 1.01. Section 6.01(a)(iv) of the Indenture is amended by replacing the "
        'reference to "30 days" with "60 days".\n\n'
        "Section 1.02. This Third Supplemental Indenture is governed by New York law.\n",
        first="CRESTLINE MIDSTREAM PARTNERS, L.P.",
        first_alias="Issuer",
        second="BANK OF THE CASCADES TRUST COMPANY, as trustee",
        second_alias="Trustee",
    ),
    ("6.01(a)(iv)", "amend", "60 days"),
)

case(
    "a reaffirmation that amends nothing",
    amendment(
        "Reaffirmation of Guaranty",
        "Guaranty",
        "Guaranty",
        "1. The Guarantor acknowledges the Credit Agreement as amended by the Third Amendment "
        "thereto, and confirms that Section 10 of the Guaranty remains unchanged and in full "
        "force and effect.\n\n"
        "2. Nothing herein shall be deemed to amend Section 5.2 of the Security Agreement or "
        "any other Loan Document.\n",
        first="WESTBROOK TOOL & DIE CO.",
        first_alias="Guarantor",
        second="FIRST PIEDMONT BANK",
        second_alias="Lender",
    ),
)

case(
    "amendments said to take effect on a date in a later section",
    amendment(
        "First Amendment to Consulting Agreement",
        "Consulting Agreement",
        "Consulting Agreement",
        '1. Fees. Section 3.1 of the Consulting Agreement is amended by deleting "$175 per '
        'hour" and inserting "$210 per hour".\n\n'
        '2. Term. Section 8 of the Consulting Agreement is amended by deleting "December 31, '
        '2014" and inserting "June 30, 2015".\n\n'
        "3. Effectiveness. The amendments set forth in Sections 1 and 2 above shall take "
        "effect on September 1, 2014.\n",
        first="LARKSPUR ENERGY SERVICES, INC.",
        first_alias="Company",
        second="MORGAN T. ELLSWORTH",
        second_alias="Consultant",
        date="August 20, 2014",
    ),
    ("3.1", "amend", "$210 per hour"),
    ("8", "amend", "June 30, 2015"),
    effective="2014-09-01",
)

case(
    "capital-lettered items under a section's lead-in",
    bank_amendment(
        "SECTION 1. Section 2.2 of the Credit Agreement is amended as follows:\n\n"
        '(A) clause (a) is amended by deleting "five (5)" and inserting "seven (7)"; and\n\n'
        "(B) clause (c) is deleted in its entirety.\n\n"
        "SECTION 2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    ("2.2(a)", "amend", "seven (7)"),
    ("2.2(c)", "delete", None),
)

case(
    "an exhibit added in the form of the one attached",
    amendment(
        "Amendment No. 1 to Asset Purchase Agreement",
        "Asset Purchase Agreement",
        "Purchase Agreement",
        "1. Exhibit D (Form of Transition Services Agreement) is hereby added to the Purchase "
        "Agreement in the form of Exhibit D attached hereto.\n\n"
        "2. The Closing shall take place on the fifth Business Day after the date hereof.\n",
        first="EVERSHOLT PACKAGING CORPORATION",
        first_alias="Seller",
        second="TRILLIUM CONTAINER GROUP, INC.",
        second_alias="Buyer",
    ),
    ("Exhibit D", "add", None),
)

case(
    "words inserted immediately before the period at the end of a subsection",
    amendment(
        "Amendment to Executive Severance Agreement",
        "Executive Severance Agreement",
        "Severance Agreement",
        '1. Section 6(c) of the Severance Agreement is amended by inserting ", or (iv) the '
        "relocation of the Executive's principal office by more than fifty (50) miles\" "
        "immediately before the period at the end thereof.\n",
        first="OLDCASTLE FINANCIAL CORP.",
        first_alias="Company",
        second="TERRENCE J. MADIGAN",
        second_alias="Executive",
    ),
    (
        "6(c)",
        "amend",
        ", or (iv) the relocation of the Executive's principal office by more than fifty (50) "
        "miles",
    ),
)

case(
    "a definition amended in its entirety to read as follows",
    amendment(
        "Second Amendment to Membership Interest Purchase Agreement",
        "Membership Interest Purchase Agreement",
        "Purchase Agreement",
        '1. The definition of "Closing Working Capital" in Section 1.1 of the Purchase '
        "Agreement is hereby amended in its entirety to read as follows:\n\n"
        '"Closing Working Capital" means current assets less current liabilities of the '
        "Company as of 11:59 p.m. on the day before the Closing Date, excluding cash and "
        "income tax liabilities.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.\n",
        first="SABLE RIVER HOLDINGS, LLC",
        first_alias="Seller",
        second="CARDINAL POINT ACQUISITION CORP.",
        second_alias="Buyer",
    ),
    (
        "term:Closing Working Capital",
        "replace",
        '"Closing Working Capital" means current assets less current liabilities of the '
        "Company as of 11:59 p.m. on the day before the Closing Date, excluding cash and "
        "income tax liabilities.",
    ),
)

case(
    "articles renumbered and a new article inserted",
    amendment(
        "Amendment No. 5 to Master Services Agreement",
        "Master Services Agreement",
        "Services Agreement",
        "1. Articles 9 and 10 of the Services Agreement are hereby renumbered as Articles 10 "
        "and 11, and the following new Article 9 is inserted:\n\n"
        '"ARTICLE 9\nDATA PROTECTION\n\n9.1 Provider shall process Customer Data only on '
        "Customer's documented instructions.\"\n\n"
        "2. All other terms of the Services Agreement remain in effect.\n",
        first="BLUEWILLOW CLOUD SYSTEMS, INC.",
        first_alias="Provider",
        second="HAVERSHAM COUNTY SAVINGS BANK",
        second_alias="Customer",
    ),
    (
        "Article 9",
        "add",
        "ARTICLE 9\nDATA PROTECTION\n\n9.1 Provider shall process Customer Data only on "
        "Customer's documented instructions.",
    ),
    optional=("Article 10", "Article 11", "9.1"),
)

case(
    "a warrant's last sentence deleted and a number changed in its first paragraph",
    amendment(
        "Amendment to Warrant",
        "Warrant",
        "Warrant",
        '1. The number "250,000" in the first paragraph of the Warrant is hereby changed to '
        '"400,000".\n\n'
        "2. Section 3(b) of the Warrant is amended by deleting the last sentence thereof.\n",
        first="PINEHURST ROBOTICS, INC.",
        first_alias="Company",
        second="CALDERWOOD GROWTH EQUITY FUND, L.P.",
        second_alias="Holder",
    ),
    ("3(b)", "amend", None),
    optional=("",),
)

case(
    "a letter reducing the rent a section sets",
    letter_amendment(
        "We agree that the Sublease is amended so that the Base Rent set forth in Section 4.1 "
        "of the Sublease is reduced to $18,000 per month for the months of May through August "
        "2009.\n",
        "Sublease",
        "October 1, 2007",
        "April 24, 2009",
    ),
    ("4.1", "amend", None),
    optional=("term:Base Rent",),
)
