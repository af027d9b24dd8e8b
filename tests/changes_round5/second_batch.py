"""Round five, second batch, written blind after the first batch's fixes: guaranties, LLC
operating agreements, indentures, security agreements and the documents of the first batch
changed in further ways (clauses of a section deleted, sentences restated, a section deleted and
the next renumbered, words substituted "wherever it appears", notice addresses replaced, whole
articles reserved, an effective date in the preamble)."""

from __future__ import annotations

from tests.changes_round5.case import amendment, case, credit_amendment

_GUARANTY_SENTENCE = (
    "The Guarantor waives any right to require the Lender to proceed first against the "
    "Borrower or any collateral."
)

case(
    "guaranty_sentence_added_at_the_end",
    amendment(
        "First Amendment to Guaranty",
        "Continuing Guaranty",
        "Guaranty",
        f"""
1. Section 3 of the Guaranty is amended by adding at the end thereof the following sentence:
"{_GUARANTY_SENTENCE}"

2. The Guarantor reaffirms the Guaranty as amended hereby.
""",
        first="DELMORE HOLDINGS, INC.",
        first_alias="Guarantor",
        second="SUMMIT RIVER BANK",
        second_alias="Lender",
    ),
    ("3", "amend", _GUARANTY_SENTENCE),
    targets={"3": "Guaranty"},
)

case(
    "operating_agreement_schedule_and_sentence",
    amendment(
        "Amendment No. 1 to Limited Liability Company Operating Agreement",
        "Limited Liability Company Operating Agreement of Crestline Ventures LLC",
        "Operating Agreement",
        """
1. Schedule A (Members and Percentage Interests) to the Operating Agreement is hereby
deleted and replaced with Schedule A attached hereto.

2. Section 7.2 of the Operating Agreement is hereby amended by deleting the second sentence
thereof.
""",
        first="CRESTLINE VENTURES LLC",
        first_alias="Company",
        second="ROWAN T. ASHBY",
        second_alias="Member",
    ),
    ("Schedule A", "replace", None),
    ("7.2", "amend", None),
)

case(
    "indenture_clause_deleted",
    amendment(
        "First Supplemental Indenture",
        "Indenture",
        "Indenture",
        """
Section 1.01. Amendment of Section 4.06. Section 4.06 of the Indenture is hereby amended by
deleting clause (c) thereof in its entirety.

Section 1.02. Amendment of Section 4.09. Section 4.09 of the Indenture is hereby deleted in
its entirety and replaced with "Section 4.09. [Reserved]."
""",
        first="TRAVERSE ENERGY PARTNERS, L.P.",
        first_alias="Issuer",
        second="GRANITE STATE TRUST COMPANY, as trustee",
        second_alias="Trustee",
    ),
    ("4.06(c)", "delete", None),
    ("4.09", "replace", "Section 4.09. [Reserved]."),
    optional=("4.06",),
)

case(
    "security_agreement_words_before_the_period",
    amendment(
        "Amendment to Security Agreement",
        "Security Agreement",
        "Security Agreement",
        """
1. The definition of "Collateral" in Section 1 of the Security Agreement is hereby amended by
adding the words "and all Commercial Tort Claims" immediately before the period at the end
thereof.

2. Exhibit B (Form of Borrowing Base Certificate) to the Security Agreement is hereby replaced
with the form attached hereto as Exhibit B.
""",
        first="BRAMBLE OUTDOOR GEAR, INC.",
        first_alias="Debtor",
        second="NORTH FORK COMMERCIAL FINANCE LLC",
        second_alias="Secured Party",
    ),
    ("term:Collateral", "amend", "and all Commercial Tort Claims"),
    ("Exhibit B", "replace", None),
)

case(
    "section_restated_as_an_annex_and_definition_deleted",
    credit_amendment(
        """
(a) Section 2.7 of the Loan Agreement is hereby amended and restated in its entirety as set
forth on Annex A hereto.

(b) The definition of "Term Loan B" is hereby deleted from Section 1.1 of the Loan Agreement.

(c) Sections 6.14 and 6.15 of the Loan Agreement are hereby deleted in their entirety and
replaced with "[Reserved]".
"""
    ),
    ("2.7", "replace", None),
    ("term:Term Loan B", "delete", None),
    ("6.14", "replace", "[Reserved]"),
    ("6.15", "replace", "[Reserved]"),
)

_BONUS_SENTENCE = (
    "The Executive's target bonus for each fiscal year shall be sixty percent (60%) of Base Salary."
)

case(
    "employment_first_sentence_restated",
    amendment(
        "Second Amendment to Executive Employment Agreement",
        "Executive Employment Agreement",
        "Agreement",
        f"""
1. The first sentence of Section 5(a) of the Agreement is amended to read in its entirety as
follows: "{_BONUS_SENTENCE}"

2. This Amendment shall be governed by the laws of the State of Georgia.
""",
        first="WESTMARK LOGISTICS CORPORATION",
        second="ANDREA C. VOLKOV",
        second_alias="Executive",
    ),
    ("5(a)", "amend", _BONUS_SENTENCE),
)

case(
    "licence_section_deleted_next_renumbered",
    amendment(
        "Amendment No. 3 to License Agreement",
        "License Agreement",
        "License Agreement",
        """
1. Article 9 (Term and Termination) of the License Agreement is amended by deleting Section
9.3 in its entirety and renumbering Section 9.4 as Section 9.3.

2. Section 11.2 of the License Agreement is amended by deleting "Licensor's prior written
consent" and substituting "notice to Licensor".
""",
        first="ORIEL OPTICS GMBH",
        first_alias="Licensor",
        second="BAYSHORE VISION SYSTEMS, INC.",
        second_alias="Licensee",
    ),
    ("9.3", "delete", None),
    ("11.2", "amend", "notice to Licensor"),
    optional=("9.4", "Article 9"),
)

case(
    "purchase_price_reduced_from_to",
    amendment(
        "Second Amendment to Stock Purchase Agreement",
        "Stock Purchase Agreement",
        "Purchase Agreement",
        """
1. Purchase Price. The Purchase Price set forth in Section 2.2 of the Purchase Agreement is
hereby reduced from $12,000,000 to $11,250,000.

2. Closing. Section 3.1 of the Purchase Agreement is amended by deleting "April 30, 2008"
and inserting "May 30, 2008".
""",
        first="HALCYON MEDICAL DEVICES, INC.",
        first_alias="Buyer",
        second="PERRY SURGICAL SUPPLY CO.",
        second_alias="Seller",
    ),
    ("2.2", "amend", "$11,250,000"),
    ("3.1", "amend", "May 30, 2008"),
    optional=("term:Purchase Price",),
)

case(
    "note_amount_substituted_wherever_it_appears",
    amendment(
        "Amendment No. 1 to Revolving Note",
        "Revolving Note",
        "Note",
        """
1. Paragraph 1 of the Note is hereby amended by substituting "$3,000,000" for "$2,000,000"
wherever it appears therein.

2. Except as amended hereby, the Note remains in full force and effect.
""",
        first="SILVERLAKE FOODSERVICE, INC.",
        first_alias="Borrower",
        second="CANNON VALLEY BANK",
        second_alias="Bank",
    ),
    ("1", "amend", "$3,000,000"),
)

_NOTICE = """Northgate Laboratories, Inc.
1200 Harbor Drive, Suite 400
Portland, Maine 04101
Attention: General Counsel"""

case(
    "notice_address_replaced",
    amendment(
        "Amendment No. 1 to Supply Agreement",
        "Supply Agreement",
        "Agreement",
        f"""
1. Section 10.1 of the Agreement is hereby amended by replacing the notice address for the
Company with the following:

{_NOTICE}

2. All other terms of the Agreement remain unchanged.
""",
        second="MIDCOAST PACKAGING CORP.",
        second_alias="Supplier",
    ),
    ("10.1", "amend", _NOTICE),
)

case(
    "article_reserved_and_effective_date_in_preamble",
    """SECOND AMENDMENT TO MASTER SERVICES AGREEMENT

This Second Amendment to Master Services Agreement (this "Amendment") is dated as of March 5,
2012 and is effective as of January 1, 2012, by and between LAKEVIEW HEALTH PARTNERS, INC.
("Client") and QUANTA DATA SERVICES, LLC ("Provider").

Client and Provider are parties to a Master Services Agreement dated as of October 1, 2010 (the
"Agreement"). The parties agree as follows:

1. Article V of the Agreement is hereby deleted in its entirety and replaced with "ARTICLE V
[RESERVED]".

2. Section 8.3 of the Agreement is amended by deleting "ninety (90) days" and inserting
"sixty (60) days".

IN WITNESS WHEREOF, the parties have executed this Amendment.

LAKEVIEW HEALTH PARTNERS, INC.

By: /s/ Howard Pike
Name: Howard Pike
Title: Chief Operating Officer
""",
    ("Article V", "replace", "ARTICLE V\n[RESERVED]"),
    ("8.3", "amend", "sixty (60) days"),
    effective="2012-01-01",
)

case(
    "lease_expiration_date_provided",
    amendment(
        "Fifth Amendment to Lease",
        "Lease",
        "Lease",
        """
1. Section 1.4 of the Lease (Term) is amended to provide that the Expiration Date shall be
October 31, 2015.

2. Exhibit D (Renewal Option) to the Lease is hereby deleted in its entirety.
""",
        first="PORTSIDE REALTY TRUST",
        first_alias="Landlord",
        second="ELMWOOD ARCHITECTS, P.C.",
        second_alias="Tenant",
    ),
    ("1.4", "amend", None),
    ("Exhibit D", "delete", None),
    optional=("term:Expiration Date",),
)
