"""Round five, third batch: effective dates stated apart from the change, parts of a section
("clause (b) of Section 8.4", "the first paragraph of Section 10", "Subsection 2.3(c)") amended
to read as follows, a preamble amended beside the operative changes, sections added at the end
of an article, several sections changed by one sentence, definitions deleted, amended and added
under one lead-in, and near misses that cite sections without changing them."""

from __future__ import annotations

from tests.changes_round5.case import amendment, case, credit_amendment

# --- effective dates ----------------------------------------------------------------------

case(
    "effective_date_defined_in_a_later_section",
    credit_amendment(
        """
SECTION 1. Amendment. Effective as of the Effective Date (as defined in Section 3), Section
2.5(b) of the Loan Agreement is amended by replacing "1.50%" with "1.25%".

SECTION 2. Representations. The Borrower represents that no Default exists.

SECTION 3. Effectiveness. This Amendment shall become effective on April 1, 2006 (the
"Effective Date"), upon receipt by the Bank of counterparts of this Amendment executed by the
Borrower.
""",
        ordinal="Second",
        date="March 20, 2006",
    ),
    ("2.5(b)", "amend", "1.25%"),
    effective="2006-04-01",
)

case(
    "amendments_effective_as_of_an_earlier_date",
    amendment(
        "Amendment No. 2 to License Agreement",
        "Exclusive License Agreement",
        "License Agreement",
        """
1. Section 6.2 of the License Agreement is amended by deleting "$50,000" and inserting
"$75,000".

2. The amendment set forth in Section 1 of this Amendment shall be effective as of January 1,
2011, notwithstanding the date of execution of this Amendment.
""",
        first="HALVORSEN BIOLOGICS AB",
        first_alias="Licensor",
        second="CEDAR POINT THERAPEUTICS, INC.",
        second_alias="Licensee",
        date="February 9, 2011",
        base_date="March 30, 2009",
    ),
    ("6.2", "amend", "$75,000"),
    effective="2011-01-01",
)

_VACATION = (
    "6. Vacation. Executive shall be entitled to four (4) weeks of paid vacation in each "
    "calendar year."
)

case(
    "preamble_states_the_effective_date",
    f"""AMENDMENT NO. 1 TO EXECUTIVE EMPLOYMENT AGREEMENT

This Amendment No. 1 to Executive Employment Agreement (this "Amendment") is entered into
on December 1, 2009 and shall be effective as of January 1, 2010 (the "Effective Date"), by
and between HOLLOWAY RAIL SERVICES, INC., a Nevada corporation (the "Company"), and PRIYA
NATARAJAN ("Executive").

WHEREAS, the Company and Executive are parties to an Executive Employment Agreement dated as
of February 1, 2008 (the "Agreement"); and

WHEREAS, the Company and Executive wish to amend the Agreement as set forth below.

NOW, THEREFORE, the parties agree as follows:

1. Paragraph 6 of the Agreement is hereby amended to read as follows:

{_VACATION}

2. Except as set forth in this Amendment, the Agreement remains in full force and effect.

IN WITNESS WHEREOF, the parties have executed this Amendment on the date first written above.

HOLLOWAY RAIL SERVICES, INC.

By: /s/ Gordon L. Reese
Name: Gordon L. Reese
Title: Chairman

/s/ Priya Natarajan
Priya Natarajan
""",
    ("6", "replace", _VACATION),
    effective="2010-01-01",
)

# --- parts of a section, amended to read as follows -----------------------------------------

_REPORTING = (
    "(b) within forty-five (45) days after the end of each fiscal quarter, the unaudited "
    "consolidated balance sheet of the Borrower as of the end of such quarter;"
)

_INDEMNITY_OPENING = (
    "The Borrower shall indemnify the Bank and its officers, directors and employees against "
    "all losses, claims and expenses arising out of this Agreement, except to the extent caused "
    "by the gross negligence or willful misconduct of the indemnified person."
)

case(
    "clause_and_first_paragraph_amended_to_read",
    credit_amendment(
        f"""
(a) Clause (b) of Section 8.4 of the Loan Agreement is hereby amended to read as follows:

{_REPORTING}

(b) The first paragraph of Section 10 of the Loan Agreement is amended to read as follows:

{_INDEMNITY_OPENING}

(c) Subsection 2.3(c) of the Loan Agreement is hereby amended to read as follows: "(c) The
Borrower may prepay the Loans in whole or in part without premium or penalty."
"""
    ),
    ("8.4(b)", "replace", _REPORTING),
    ("10", "amend", _INDEMNITY_OPENING),
    (
        "2.3(c)",
        "replace",
        "(c) The\nBorrower may prepay the Loans in whole or in part without premium or penalty.",
    ),
)

# --- preamble, additions at the end of an article, one sentence for several sections -------

case(
    "preamble_amended_beside_a_section",
    amendment(
        "Amendment No. 4 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        """
1. The preamble of the Supply Agreement is hereby amended by deleting "Greystone Home
Products Corp." and substituting "Greystone Home Products, LLC".

2. Section 9.4 of the Supply Agreement is hereby amended by deleting "thirty (30) days" and
substituting "sixty (60) days".
""",
        first="TORRANCE POLYMER WORKS, INC.",
        first_alias="Supplier",
        second="GREYSTONE HOME PRODUCTS, LLC",
        second_alias="Buyer",
    ),
    ("9.4", "amend", "sixty (60) days"),
    optional=("preamble",),
)

_CONFIDENTIALITY = """8.9 Confidentiality. Each party shall hold in confidence all non-public
information received from the other party under this Agreement."""

case(
    "section_added_at_the_end_of_an_article",
    amendment(
        "Second Amendment to Distribution Agreement",
        "Distribution Agreement",
        "Agreement",
        f"""
1. Article VIII of the Agreement is hereby amended by adding a new Section 8.9 at the end
thereof as follows:

{_CONFIDENTIALITY}

2. Sections 5.1(a) and 5.1(b) of the Agreement are each amended by striking "ninety (90)
days" and substituting "one hundred twenty (120) days".
""",
        first="PELICAN COVE BEVERAGES, INC.",
        first_alias="Supplier",
        second="TRI-COUNTY WHOLESALE GROCERS, INC.",
        second_alias="Distributor",
    ),
    ("8.9", "add", _CONFIDENTIALITY),
    ("5.1(a)", "amend", "one hundred twenty (120) days"),
    ("5.1(b)", "amend", "one hundred twenty (120) days"),
    optional=("Article VIII",),
)

_ELIGIBLE = (
    '"Eligible Equipment" means Equipment owned by the Borrower and located at a location '
    "listed on Schedule 4.6."
)

case(
    "definitions_deleted_amended_added_in_one_sentence",
    credit_amendment(
        f"""
1. Section 1.1 of the Loan Agreement is amended as follows:

(a) by deleting the definition of "Borrowing Base Certificate" in its entirety;

(b) by amending the definition of "Eligible Inventory" by deleting clause (e) thereof; and

(c) by adding the following new definition in appropriate alphabetical order:

{_ELIGIBLE}

2. Section 6.3 of the Loan Agreement is amended by striking the word "or" at the end of
clause (iv), by striking the period at the end of clause (v) and substituting "; or", and by
adding the following new clause (vi): "(vi) Indebtedness under the Equipment Facility in an
aggregate principal amount not to exceed $1,000,000."
"""
    ),
    ("term:Borrowing Base Certificate", "delete", None),
    ("term:Eligible Inventory", "amend", None),
    ("term:Eligible Equipment", "add", _ELIGIBLE),
    ("6.3", "amend", None),
    optional=("6.3(vi)", "6.3(v)", "6.3(iv)"),
)

case(
    "exhibit_amended_to_read_as_attached",
    credit_amendment(
        """
1. Exhibit D to the Loan Agreement is hereby amended to read as set forth in Exhibit D
attached to this Amendment.

2. Schedule 5.9 to the Loan Agreement is hereby deleted.
"""
    ),
    ("Exhibit D", "replace", None),
    ("Schedule 5.9", "delete", None),
)

# --- near misses: sections cited, nothing changed ---------------------------------------------

case(
    "near_miss_waiver_and_citations",
    credit_amendment(
        """
1. Waiver. The Bank hereby waives compliance by the Borrower with Section 6.12 of the Loan
Agreement for the fiscal quarter ending September 30, 2007 only.

2. Representations. The Borrower represents that each of the representations and warranties
set forth in Article V of the Loan Agreement is true and correct on the date hereof.

3. No Other Amendments. Section 11.2 of the Loan Agreement provides that the Loan Agreement
may be amended only by a written instrument signed by the Borrower and the Bank, and nothing
in this Amendment shall be deemed to amend Section 7.1 or any other provision of the Loan
Agreement.
""",
        ordinal="Fifth",
    ),
)

case(
    "near_miss_references_to_the_note",
    amendment(
        "Allonge and Amendment to Promissory Note",
        "Promissory Note",
        "Note",
        """
1. The interest rate set forth in Section 2 of the Note is hereby reduced from "7.5%" to
"6.0%".

2. From and after the date hereof, each reference in the Note to "this Note" shall mean the
Note as amended by this Amendment, and each reference to the "Maturity Date" shall have the
meaning given in Section 3 of the Note.

3. The Company acknowledges that Section 9 of the Note permits the Holder to declare the Note
immediately due upon an Event of Default.
""",
        first="BLUE HERON CABINETRY, INC.",
        second="WALTER A. KESSLER",
    ),
    ("2", "amend", "6.0%"),
)
