"""Round six, notes, warrants and leases: numbered paragraphs of a note, a warrant's exercise
price changed inside a sentence, a lease's rent table replaced, premises and term changed by
striking and substituting, an exhibit replaced, a paragraph "amended to read as follows"."""

from __future__ import annotations

from tests.changes_round5.case import amendment
from tests.changes_round6.case import case

case(
    "note_paragraph_amended_to_read",
    """ALLONGE AND AMENDMENT NO. 1 TO PROMISSORY NOTE

This Allonge and Amendment No. 1 to Promissory Note (this "Amendment") is dated as of
February 11, 2011 and is made by MILLSTREAM ORGANICS, INC., a Nevada corporation (the
"Maker"), in favor of ASHCOMBE FAMILY TRUST (the "Payee").

WHEREAS, the Maker issued to the Payee that certain Secured Promissory Note dated as of
March 30, 2009 in the original principal amount of $2,400,000 (the "Note"); and

WHEREAS, the Maker and the Payee wish to amend the Note as provided herein;

NOW, THEREFORE, the Maker and the Payee agree as follows:

1. Paragraph 2 of the Note is hereby amended to read as follows:

2. Maturity. The entire unpaid principal balance of this Note, together with all accrued
and unpaid interest, shall be due and payable on September 30, 2012.

2. Paragraph 4 of the Note is hereby amended by deleting the words "ten percent (10%)" and
substituting therefor the words "twelve percent (12%)".

3. Except as amended hereby, the Note remains in full force and effect.

MILLSTREAM ORGANICS, INC.

By: /s/ Dana K. Whitcombe
Name: Dana K. Whitcombe
Title: Chief Executive Officer

ACCEPTED AND AGREED:
ASHCOMBE FAMILY TRUST

By: /s/ Gordon Ashcombe
Name: Gordon Ashcombe
Title: Trustee
""",
    (
        "2",
        "replace",
        "2. Maturity. The entire unpaid principal balance of this Note, together with all "
        "accrued\nand unpaid interest, shall be due and payable on September 30, 2012.",
    ),
    ("4", "amend", "twelve percent (12%)"),
    targets={"2": "Note", "4": "Note"},
)

case(
    "warrant_exercise_price_and_expiration_inside_sentences",
    amendment(
        "Amendment No. 2 to Common Stock Purchase Warrant",
        "Common Stock Purchase Warrant No. W-14",
        "Warrant",
        """
1. Exercise Price. Section 1(b) of the Warrant is hereby amended by deleting "$3.75" where
it appears therein and inserting "$2.10" in lieu thereof.

2. Expiration. The reference to "December 31, 2010" in Section 2 of the Warrant is changed
to "December 31, 2013".
""",
        first="QUILLON BIOSCIENCES CORP.",
        second="HARTWELL OPPORTUNITY FUND II, LP",
        date="November 2, 2009",
        base_date="January 15, 2007",
    ),
    ("1(b)", "amend", "$2.10"),
    ("2", "amend", "December 31, 2013"),
    targets={"1(b)": "Warrant", "2": "Warrant"},
)

_RENT_TABLE = """Period                                   Annual Base Rent    Monthly Installment
April 1, 2012 - March 31, 2013           $186,000.00         $15,500.00
April 1, 2013 - March 31, 2014           $191,580.00         $15,965.00
April 1, 2014 - March 31, 2015           $197,328.00         $16,444.00"""

case(
    "lease_rent_table_replaced_and_term_extended",
    amendment(
        "Third Amendment to Lease",
        "Lease Agreement",
        "Lease",
        f"""
1. Term. Section 2.1 of the Lease is hereby amended by deleting "March 31, 2012" and
substituting "March 31, 2015" therefor.

2. Base Rent. The rent schedule set forth in Section 3.1 of the Lease is hereby deleted and
the following schedule is substituted in its place:

{_RENT_TABLE}

3. Ratification. Except as modified by this Amendment, the Lease is ratified and confirmed.
""",
        first="PELLHAM CREEK PROPERTIES LLC",
        first_alias="Landlord",
        second="VANTORO SOFTWARE, INC.",
        second_alias="Tenant",
        date="January 20, 2012",
        base_date="February 26, 2007",
    ),
    ("2.1", "amend", "March 31, 2015"),
    ("3.1", "amend", _RENT_TABLE),
    targets={"2.1": "Lease", "3.1": "Lease"},
)

case(
    "lease_premises_exhibit_replaced_and_article_added",
    amendment(
        "First Amendment to Office Lease",
        "Office Lease",
        "Lease",
        """
1. Exhibit A to the Lease is hereby deleted in its entirety and replaced with Exhibit A
attached to this Amendment.

2. The Lease is hereby amended by adding the following as a new Article 31 immediately after
Article 30 thereof:

ARTICLE 31. RIGHT OF FIRST OFFER. Provided Tenant is not then in default, Landlord shall
offer to Tenant any space on the fourth floor of the Building that becomes available during
the Term before offering such space to any third party.
""",
        first="GRANITE ROW REALTY TRUST",
        first_alias="Landlord",
        second="OKONKWO & REYES LLP",
        second_alias="Tenant",
        date="July 8, 2010",
        base_date="September 1, 2005",
    ),
    ("Exhibit A", "replace", None),
    (
        "Article 31",
        "add",
        "ARTICLE 31. RIGHT OF FIRST OFFER. Provided Tenant is not then in default, Landlord "
        "shall\noffer to Tenant any space on the fourth floor of the Building that becomes "
        "available during\nthe Term before offering such space to any third party.",
    ),
)

case(
    "convertible_note_conversion_price_in_numbered_paragraphs",
    amendment(
        "Amendment to Convertible Promissory Note",
        "8% Convertible Promissory Note",
        "Note",
        """
The Note is hereby amended as follows:

(a) Paragraph 3(a) of the Note is amended by striking the phrase "$0.50 per share" and
substituting the phrase "$0.35 per share".

(b) Paragraph 7 of the Note is deleted in its entirety.

(c) A new Paragraph 12 is added to the Note to read as follows:

12. Prepayment Premium. Any prepayment of this Note shall be accompanied by a premium equal
to five percent (5%) of the principal amount prepaid.
""",
        first="SOLENNE MEDICAL SYSTEMS, INC.",
        second="CARVER POINT INVESTORS, LLC",
        date="May 19, 2008",
        base_date="June 1, 2007",
    ),
    ("3(a)", "amend", "$0.35 per share"),
    ("7", "delete", None),
    (
        "12",
        "add",
        "12. Prepayment Premium. Any prepayment of this Note shall be accompanied by a premium "
        "equal\nto five percent (5%) of the principal amount prepaid.",
    ),
)

case(
    "note_maturity_with_effective_date_stated_apart",
    """SECOND AMENDMENT TO TERM NOTE

THIS SECOND AMENDMENT TO TERM NOTE (this "Second Amendment") is entered into as of
August 30, 2013, by and between BRISTLECONE TIMBER COMPANY, an Oregon corporation
("Borrower"), and CASCADE VALLEY BANK ("Lender").

Borrower executed and delivered to Lender a Term Note dated December 14, 2010 in the
original principal amount of $5,000,000 (the "Note"). Borrower and Lender agree to amend
the Note as follows:

1. The definition of "Maturity Date" in Section 1 of the Note is hereby amended and
restated to read as follows:

"Maturity Date" means December 14, 2016.

2. Section 3 of the Note is hereby amended by deleting the amount "$41,667" and
inserting the amount "$27,778" in its place.

3. Effectiveness. This Second Amendment shall become effective on September 1, 2013 (the
"Amendment Effective Date") upon Lender's receipt of a counterpart signed by Borrower.

BRISTLECONE TIMBER COMPANY

By: /s/ Lionel Ferrante
Name: Lionel Ferrante
Title: Treasurer

CASCADE VALLEY BANK

By: /s/ Ingrid Solvang
Name: Ingrid Solvang
Title: Senior Vice President
""",
    ("term:Maturity Date", "replace", '"Maturity Date" means December 14, 2016.'),
    ("3", "amend", "$27,778"),
    effective="2013-09-01",
)

case(
    "lease_several_changes_under_one_lead_in_with_roman_labels",
    amendment(
        "Fourth Amendment to Lease",
        "Industrial Lease",
        "Lease",
        """
1. Amendments to Lease. Effective as of the date hereof, the Lease is amended as follows:

(i) Section 1.1(f) of the Lease is amended by deleting "42,500 rentable square feet" and
substituting "58,900 rentable square feet".

(ii) Section 5.2 of the Lease is amended to read as follows:

5.2 Tenant's Share. Tenant's Share shall be thirty-one percent (31%).

(iii) Section 18.4 of the Lease is deleted.
""",
        first="RIVERBEND LOGISTICS PARK, L.P.",
        first_alias="Landlord",
        second="ARCTURUS PACKAGING CORP.",
        second_alias="Tenant",
        date="April 4, 2014",
        base_date="March 12, 2004",
    ),
    ("1.1(f)", "amend", "58,900 rentable square feet"),
    ("5.2", "replace", "5.2 Tenant's Share. Tenant's Share shall be thirty-one percent (31%)."),
    ("18.4", "delete", None),
)

case(
    "warrant_article_heading_word_and_schedule_of_holders",
    amendment(
        "Amendment No. 1 to Warrant Agreement",
        "Warrant Agreement",
        "Warrant Agreement",
        """
Section 1. Amendment of Article IV. Article IV of the Warrant Agreement is hereby amended and
restated to read as follows:

ARTICLE IV
ADJUSTMENTS

The Exercise Price and the number of Warrant Shares shall be adjusted only as provided in
Annex 1 hereto.

Section 2. Schedule of Holders. Schedule I to the Warrant Agreement is hereby replaced in
its entirety by Schedule I attached hereto.
""",
        first="TERRAPIN ENERGY PARTNERS, INC.",
        second="WOLCOTT STREET TRUST COMPANY, as Warrant Agent",
        second_alias="Warrant Agent",
        date="March 3, 2005",
        base_date="October 20, 2003",
    ),
    (
        "Article IV",
        "replace",
        "ARTICLE IV\nADJUSTMENTS\n\nThe Exercise Price and the number of Warrant Shares shall "
        "be adjusted only as provided in\nAnnex 1 hereto.",
    ),
    ("Schedule I", "replace", None),
)
