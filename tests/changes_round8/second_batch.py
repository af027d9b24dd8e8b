"""Round eight, second batch: a ruled table of old and new text, a schedule restated in the
form of one attached under another name, definitions added in their proper sequence, "(x)"/
"(y)" operations on two sections, an English "shall be read as if" side letter, parts deleted
and the rest relettered, and near misses that consent, refer or restate the whole."""

from tests.changes_round5.case import amendment, credit_amendment
from tests.changes_round7.case import bank_amendment
from tests.changes_round8.case import case, side_letter

case(
    "ruled table of section, old text and new text in a lease",
    amendment(
        "Fourth Amendment to Lease",
        "Lease",
        "Lease",
        "1. Modifications. The Lease is modified as set forth in the following table:\n\n"
        "| Section | Old Text | New Text |\n"
        "|---------|----------|----------|\n"
        "| 3.1 | $24.50 per rentable square foot | $26.00 per rentable square foot |\n"
        "| 4.2 | December 31, 2014 | December 31, 2019 |\n\n"
        "2. Brokers. Each party represents that it dealt with no broker in connection with this "
        "Amendment.\n",
        first="WILLOWMERE PLAZA ASSOCIATES, L.P.",
        first_alias="Landlord",
        second="FENWICK ORTHODONTIC GROUP, P.C.",
        second_alias="Tenant",
    ),
    ("3.1", "amend", "$26.00 per rentable square foot"),
    ("4.2", "amend", "December 31, 2019"),
)

case(
    "schedule restated in the form attached under an exhibit's name",
    bank_amendment(
        "SECTION 1. Commitments. Schedule 1.1(a) (Commitments) to the Credit Agreement is "
        "hereby amended and restated in its entirety in the form of Schedule 1.1(a) attached "
        "hereto as Exhibit A.\n\n"
        "SECTION 2. Fees. The Borrower shall pay each Lender an amendment fee.\n"
    ),
    ("Schedule 1.1(a)", "replace", None),
)

case(
    "defined terms added in their proper alphabetical sequence to an article",
    amendment(
        "Amendment No. 1 to Professional Services Agreement",
        "Professional Services Agreement",
        "Services Agreement",
        "1. Article 1 of the Services Agreement is amended by adding the following defined "
        "terms in their proper alphabetical sequence:\n\n"
        '"Change Order" shall mean a written order signed by both parties that modifies a '
        "Statement of Work.\n\n"
        '"Key Personnel" shall mean the individuals identified as such in a Statement of '
        "Work.\n\n"
        "2. This Amendment shall be governed by the laws of the State of Georgia.\n",
        first="CORMORANT DATA SERVICES, INC.",
        first_alias="Consultant",
        second="PEACHTREE REGIONAL HEALTH SYSTEM",
        second_alias="Client",
    ),
    (
        "term:Change Order",
        "add",
        '"Change Order" shall mean a written order signed by both parties that modifies a '
        "Statement of Work.",
    ),
    (
        "term:Key Personnel",
        "add",
        '"Key Personnel" shall mean the individuals identified as such in a Statement of Work.',
    ),
)

case(
    "a figure in a section changed to another",
    credit_amendment(
        '1. Capital Expenditures. In Section 6.2 of the Loan Agreement, the figure "$10,000,000" '
        'is changed to "$15,000,000".\n\n'
        "2. Fee. The Borrower shall pay the Bank a fee of $5,000.\n",
        ordinal="Fifth",
    ),
    ("6.2", "amend", "$15,000,000"),
)

case(
    "(x) a section deleted and (y) a new section inserted in one sentence",
    amendment(
        "Second Amendment to Retail Lease",
        "Retail Lease",
        "Lease",
        "1. The Lease is hereby amended by (x) deleting Section 5.4 in its entirety and (y) "
        'inserting the following as a new Section 5.5: "5.5 Signage. Tenant may install one '
        "exterior sign on the storefront fascia, subject to Landlord's approval of its "
        'design."\n\n'
        "2. Except as set forth herein, the Lease is unmodified.\n",
        first="BRIGHTWATER COMMONS LLC",
        first_alias="Landlord",
        second="LITTLE FERN BAKERY, INC.",
        second_alias="Tenant",
    ),
    ("5.4", "delete", None),
    (
        "5.5",
        "add",
        "5.5 Signage. Tenant may install one exterior sign on the storefront fascia, subject "
        "to Landlord's approval of its design.",
    ),
)

case(
    "an article deleted and replaced with intentionally omitted",
    amendment(
        "Amendment to Stock Purchase Agreement",
        "Stock Purchase Agreement",
        "Purchase Agreement",
        "1. Article 6 of the Purchase Agreement is deleted in its entirety and replaced with "
        '"Article 6. Intentionally Omitted."\n\n'
        "2. The Buyer waives any claim it may have under the former Article 6.\n",
        first="HALCYON VALVE TECHNOLOGIES, INC.",
        first_alias="Seller",
        second="REDSTONE INDUSTRIAL PARTNERS LLC",
        second_alias="Buyer",
    ),
    ("Article 6", "replace", "Article 6. Intentionally Omitted."),
)

case(
    "side letter replacing words of a clause with effect from a date",
    side_letter(
        "With effect from July 1, 2011, the parties agree that clause 7.2 of the Supply "
        'Agreement shall be amended by replacing the words "fourteen (14) days" with the '
        'words "twenty-one (21) days".\n',
        "Supply Agreement",
        "March 30, 2008",
        "June 20, 2011",
    ),
    ("7.2", "amend", "twenty-one (21) days"),
    effective="2011-07-01",
)

case(
    "a sentence added at the end after a colon in an employment agreement",
    amendment(
        "Second Amendment to Executive Employment Agreement",
        "Executive Employment Agreement",
        "Employment Agreement",
        "1. Section 4(b) of the Employment Agreement is amended by adding the following "
        "sentence at the end thereof:\n\n"
        '"The annual bonus for fiscal year 2012 shall not be less than fifty percent (50%) of '
        'Base Salary."\n\n'
        "2. This Amendment may be executed in counterparts.\n",
        first="SUMMERSET MEDICAL DEVICES, INC.",
        first_alias="Company",
        second="JONAH P. ABERNATHY",
        second_alias="Executive",
    ),
    (
        "4(b)",
        "amend",
        "The annual bonus for fiscal year 2012 shall not be less than fifty percent (50%) of "
        "Base Salary.",
    ),
)

case(
    "a consent, a reference as amended and one real change",
    bank_amendment(
        "SECTION 1. Consent. The Lenders consent to the amendment by the Borrower of Section 6 "
        "of its Operating Agreement as described in the Borrower's letter of February 2, "
        "2010.\n\n"
        "SECTION 2. Amendment. Section 8.1(f) of the Credit Agreement is amended by replacing "
        '"$500,000" with "$1,000,000".\n\n'
        "SECTION 3. References. On and after the date hereof, each reference in the Loan "
        "Documents to the Credit Agreement shall mean the Credit Agreement as amended by the "
        "Third Amendment and as amended hereby.\n"
    ),
    ("8.1(f)", "amend", "$1,000,000"),
)

case(
    "a paragraph deleted from a clause and the rest renumbered",
    amendment(
        "Amendment Agreement",
        "Facility Agreement",
        "Facility Agreement",
        "1. Clause 12.3 of the Facility Agreement shall be amended by deleting paragraph (c) "
        "and renumbering paragraphs (d) and (e) as paragraphs (c) and (d).\n\n"
        "2. This Amendment Agreement is governed by English law.\n",
        first="ASHCOMBE LOGISTICS LIMITED",
        first_alias="Borrower",
        second="NORTHUMBRIA MERCHANT BANK PLC",
        second_alias="Lender",
    ),
    ("12.3(c)", "delete", None),
    optional=("12.3", "12.3(d)", "12.3(e)"),
)

case(
    "a whole agreement restated in an annex, effective on a date defined later",
    amendment(
        "Amended and Restated Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        "1. Restatement. Effective as of the Restatement Date (as defined in Section 3), the "
        "Distribution Agreement is hereby amended and restated in its entirety in the form "
        "attached as Annex A hereto.\n\n"
        "2. Transition. Orders placed before the Restatement Date remain governed by the "
        "Distribution Agreement as in effect before this restatement.\n\n"
        '3. Restatement Date. "Restatement Date" means October 1, 2012.\n',
        first="GLENHAVEN SPIRITS COMPANY",
        first_alias="Supplier",
        second="CORALINE BEVERAGE DISTRIBUTORS, INC.",
        second_alias="Distributor",
    ),
)

case(
    "a clause deleted and the later clauses relettered in an indenture",
    amendment(
        "Second Supplemental Indenture",
        "Indenture",
        "Indenture",
        "Section 1. Section 4.07 of the Indenture is hereby amended by deleting clause (b) "
        "thereof in its entirety and re-lettering clauses (c) and (d) as clauses (b) and (c), "
        "respectively.\n\n"
        "Section 2. The Trustee makes no representation as to the validity of this Second "
        "Supplemental Indenture.\n",
        first="ELDRIDGE CHEMICAL HOLDINGS, INC.",
        first_alias="Company",
        second="UNION MARITIME TRUST COMPANY, as trustee",
        second_alias="Trustee",
    ),
    ("4.07(b)", "delete", None),
    optional=("4.07", "4.07(c)", "4.07(d)"),
)

case(
    "an expiration date of a warrant extended from one date to another",
    amendment(
        "Amendment No. 1 to Warrant to Purchase Common Stock",
        "Warrant to Purchase Common Stock",
        "Warrant",
        "1. The Expiration Date of the Warrant is hereby extended from March 15, 2012 to March "
        "15, 2015.\n\n"
        "2. All other terms of the Warrant remain unchanged.\n",
        first="BLACKTHORN SEMICONDUCTOR CORP.",
        first_alias="Company",
        second="ALPINE RIDGE VENTURES III, L.P.",
        second_alias="Holder",
    ),
    ("term:Expiration Date", "amend", "March 15, 2015"),
)

case(
    "a lettered list under one lead-in: words struck and an exhibit substituted",
    amendment(
        "Third Amendment to Patent License Agreement",
        "Patent License Agreement",
        "License Agreement",
        "1. The License Agreement is amended as follows:\n\n"
        '(a) Section 2.1 is amended by striking "non-exclusive" and inserting "exclusive" in '
        "its place.\n\n"
        "(b) Exhibit C is deleted and Exhibit C attached to this Amendment is substituted "
        "therefor.\n\n"
        "2. Licensee shall pay Licensor a fee of $50,000 within ten days.\n",
        first="CINDERFORD OPTICS LIMITED",
        first_alias="Licensor",
        second="MAPLEBROOK IMAGING, INC.",
        second_alias="Licensee",
    ),
    ("2.1", "amend", "exclusive"),
    ("Exhibit C", "replace", None),
)

case(
    "a second sentence of a headed section replaced",
    amendment(
        "First Amendment to Managed Services Agreement",
        "Managed Services Agreement",
        "Services Agreement",
        "1. Section 9 (Term) of the Services Agreement is amended by deleting the second "
        'sentence thereof and substituting the following: "Thereafter, this Agreement shall '
        "renew for successive two (2) year periods unless either party gives notice of "
        'non-renewal at least ninety (90) days before the end of the then-current term."\n',
        first="TIDEMARK NETWORK SOLUTIONS, INC.",
        first_alias="Provider",
        second="ORCHARD VALLEY SCHOOL DISTRICT",
        second_alias="Customer",
    ),
    (
        "9",
        "amend",
        "Thereafter, this Agreement shall renew for successive two (2) year periods unless "
        "either party gives notice of non-renewal at least ninety (90) days before the end of "
        "the then-current term.",
    ),
)

case(
    "an and struck, a period replaced and a new clause added in one sentence",
    credit_amendment(
        "1. Permitted Liens. Section 7.1 of the Loan Agreement is hereby amended by (a) "
        'deleting "and" at the end of clause (f), (b) replacing the period at the end of clause '
        '(g) with "; and" and (c) adding a new clause (h) as follows: "(h) Liens securing the '
        'Equipment Financing."\n\n'
        "2. Conditions. This Amendment is effective when signed by the Borrower and the "
        "Bank.\n",
        ordinal="Sixth",
    ),
    ("7.1(h)", "add", "(h) Liens securing the Equipment Financing."),
    optional=("7.1", "7.1(f)", "7.1(g)"),
)

case(
    "a date inside a definition changed",
    amendment(
        "Amendment No. 2 to Agreement and Plan of Merger",
        "Agreement and Plan of Merger",
        "Merger Agreement",
        '1. The date "December 31, 2009" in the definition of "Outside Date" in Section 8.1(b) '
        'of the Merger Agreement is hereby changed to "March 31, 2010".\n\n'
        "2. Except as amended hereby, the Merger Agreement continues in effect.\n",
        first="KINGFISHER HEALTH PLANS, INC.",
        first_alias="Parent",
        second="BAYBERRY CARE NETWORK, INC.",
        second_alias="Company",
    ),
    ("term:Outside Date", "amend", "March 31, 2010"),
)
