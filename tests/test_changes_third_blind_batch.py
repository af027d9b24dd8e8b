"""A third batch of whole amendments written blind for stop 27, after the first two batches'
rules: the changes expected were stated before the extractor was run on them. Shapes: a
forbearance agreement whose numbered subsections each carry a heading, an HTML conversion's
non-breaking spaces and curly quotes, a warrant's terms changed in sentences and a section
restated, and a 1990s loan agreement amendment in capitals with "paragraph" numbering. Names,
amounts and dates are made up; no passage is a filing's."""

from __future__ import annotations

import pytest

from tests.amendment_changes import Expected, assert_changes

FORBEARANCE = (
    "FORBEARANCE AGREEMENT AND FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    "This Forbearance Agreement and First Amendment to Credit Agreement (this "
    '"Agreement") is entered into as of April 17, 2009, among COPPER HILL HOMES, INC., a '
    'Nevada corporation (the "Borrower"), and DESERT SUN NATIONAL BANK (the "Lender").\n\n'
    "RECITALS\n\n"
    "A. The Borrower and the Lender are parties to a Credit Agreement dated as of July 9, 2007 "
    '(the "Credit Agreement").\n\n'
    "B. Events of Default have occurred under Section 8.1(c) of the Credit Agreement (the "
    '"Existing Defaults").\n\n'
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "Section 1. Forbearance. The Lender agrees to forbear from exercising its remedies in "
    "respect of the Existing Defaults until September 30, 2009.\n\n"
    "Section 2. Amendments to Credit Agreement.\n\n"
    "2.1 Amendment to Section 1.1. Section 1.1 of the Credit Agreement is hereby amended by "
    "inserting the following new definitions in the appropriate alphabetical order:\n\n"
    '"Forbearance Period" means the period from April 17, 2009 through September 30, 2009.\n\n'
    '"Minimum Liquidity" means unrestricted cash of not less than $2,000,000.\n\n'
    "2.2 Amendment to Section 2.7. Section 2.7(b) of the Credit Agreement is hereby amended by "
    'deleting the reference to "LIBOR Rate plus 2.50%" appearing therein and inserting "LIBOR '
    'Rate plus 4.00%" in lieu thereof.\n\n'
    "2.3 Amendment to Section 6.3. Clause (e) of Section 6.3 of the Credit Agreement is hereby "
    "amended and restated as follows:\n\n"
    '"(e) the Borrower shall maintain Minimum Liquidity at all times during the Forbearance '
    'Period;"\n\n'
    "Section 3. Release. The Borrower releases the Lender from all claims arising on or before "
    "the date hereof.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written "
    "above.\n\nCOPPER HILL HOMES, INC.\n\nBy: /s/ Luis Ortega\nName: Luis Ortega\nTitle: "
    "President\n\nDESERT SUN NATIONAL BANK\n\nBy: /s/ Karen Wu\nName: Karen Wu\nTitle: Senior "
    "Vice President\n"
)
FORBEARANCE_CHANGES: list[Expected] = [
    (
        None,
        "Forbearance Period",
        "add",
        '"Forbearance Period" means the period from April 17, 2009 through September 30, 2009.',
    ),
    (
        None,
        "Minimum Liquidity",
        "add",
        '"Minimum Liquidity" means unrestricted cash of not less than $2,000,000.',
    ),
    ("2.7(b)", None, "amend", "LIBOR Rate plus 4.00%"),
    (
        "6.3(e)",
        None,
        "replace",
        "(e) the Borrower shall maintain Minimum Liquidity at all times during the Forbearance "
        "Period;",
    ),
]

HTML_CONVERSION = (
    "AMENDMENT NO.\u00a02 TO DISTRIBUTION AGREEMENT\n\n"
    "This Amendment No.\u00a02 to Distribution Agreement (this \u201cAmendment\u201d) is made "
    "and entered into as of January\u00a010, 2022 (the \u201cAmendment Date\u201d) by and "
    "between VERITAS BIOLABS, INC., a Delaware corporation (\u201cVeritas\u201d), and "
    "MEDLINE PARTNERS EUROPE B.V. (\u201cDistributor\u201d).\n\n"
    "WHEREAS, Veritas and Distributor are parties to that certain Distribution Agreement "
    "dated as of March\u00a01, 2019 (as amended, the \u201cAgreement\u201d);\n\n"
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    "1.\u00a0\u00a0\u00a0\u00a0Section\u00a04.2 of the Agreement is hereby amended by deleting "
    "the text \u201cninety (90)\u201d and replacing it with the text \u201cone hundred twenty "
    "(120)\u201d.\n\n"
    "2.\u00a0\u00a0\u00a0\u00a0Section\u00a07 of the Agreement is hereby deleted and replaced "
    "in its entirety with the following:\n\n"
    "\u201c7.\u00a0\u00a0Term. This Agreement shall expire on December\u00a031, 2027, unless "
    "earlier terminated in accordance with Section\u00a08.\u201d\n\n"
    "3.\u00a0\u00a0\u00a0\u00a0Exhibit\u00a0A to the Agreement is hereby replaced in its "
    "entirety with Exhibit\u00a0A attached to this Amendment.\n\n"
    "4.\u00a0\u00a0\u00a0\u00a0Except as amended hereby, the Agreement remains in full force "
    "and effect.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Date.\n\n"
    "VERITAS BIOLABS, INC.\n\nBy: /s/ Anne Cho\nName: Anne Cho\nTitle: Chief Commercial "
    "Officer\n\nMEDLINE PARTNERS EUROPE B.V.\n\nBy: /s/ Joost de Vries\nName: Joost de Vries\n"
    "Title: Managing Director\n\n\n"
    "EXHIBIT A\n\nTERRITORY\n\nThe Netherlands, Belgium, Luxembourg and Germany.\n"
)
HTML_CONVERSION_CHANGES: list[Expected] = [
    ("4.2", None, "amend", "one hundred twenty (120)"),
    (
        "7",
        None,
        "replace",
        "7.\u00a0\u00a0Term. This Agreement shall expire on December\u00a031, 2027, unless "
        "earlier terminated in accordance with Section\u00a08.",
    ),
    (
        "Exhibit A",
        None,
        "replace",
        "EXHIBIT A\n\nTERRITORY\n\nThe Netherlands, Belgium, Luxembourg and Germany.",
    ),
]

WARRANT = (
    "AMENDMENT TO COMMON STOCK PURCHASE WARRANT\n\n"
    'This Amendment to Common Stock Purchase Warrant (this "Amendment") is dated as of August '
    "8, 2023, between QUANTUM RIDGE SOLAR, INC., a Nevada corporation (the "
    '"Company"), and BRISTLECONE FUND II, L.P. (the "Holder").\n\n'
    "WHEREAS, the Company issued to the Holder a Common Stock Purchase Warrant dated as of "
    'October 2, 2020 to purchase 500,000 shares of Common Stock (the "Warrant");\n\n'
    "NOW, THEREFORE, the Company and the Holder agree as follows:\n\n"
    "1. The Exercise Price of the Warrant is hereby reduced from $1.25 to $0.75 per share.\n\n"
    "2. The Expiration Date of the Warrant is hereby extended to March 31, 2028.\n\n"
    "3. Section 2(c) of the Warrant is hereby amended and restated in its entirety to read as "
    "follows:\n\n"
    '"(c) Cashless Exercise. The Holder may exercise this Warrant by means of a cashless '
    'exercise at any time."\n\n'
    "4. All other terms of the Warrant remain unchanged.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nQUANTUM RIDGE SOLAR, INC."
    "\n\nBy: /s/ Tara Beck\nName: Tara Beck\nTitle: Chief Executive Officer\n\nBRISTLECONE "
    "FUND II, L.P.\n\nBy: /s/ Evan Shaw\nName: Evan Shaw\nTitle: Managing Partner\n"
)
WARRANT_CHANGES: list[Expected] = [
    (None, "Exercise Price", "amend", None),
    (None, "Expiration Date", "amend", None),
    (
        "2(c)",
        None,
        "replace",
        "(c) Cashless Exercise. The Holder may exercise this Warrant by means of a cashless "
        "exercise at any time.",
    ),
]

NINETIES = (
    "<PAGE>\n\n                          SECOND AMENDMENT TO LOAN AGREEMENT\n\n"
    '     THIS SECOND AMENDMENT TO LOAN AGREEMENT (the "Amendment") is entered into as of\n'
    "the 30th day of June, 1996, by and between WESTERN SLOPE GRAIN CO., a Colorado\n"
    'corporation (the "Borrower"), and FIRST MESA BANK, N.A. (the "Bank").\n\n'
    "                                     RECITALS\n\n"
    "     The Borrower and the Bank entered into a Loan Agreement dated as of\n"
    'February 14, 1994 (the "Loan Agreement"), which the parties now desire to amend.\n\n'
    "                                    AGREEMENT\n\n"
    "     1.   AMENDMENT OF PARAGRAPH 1.14.  Paragraph 1.14 of the Loan Agreement,\n"
    'defining the term "Termination Date," is hereby amended to read in its entirety\n'
    "as follows:\n\n"
    '          "1.14  "Termination Date" shall mean June 30, 1998."\n\n'
    "     2.   AMENDMENT OF PARAGRAPH 6.6.  Paragraph 6.6 of the Loan Agreement is hereby\n"
    'amended by deleting the figure "$8,000,000" and substituting therefor the figure\n'
    '"$9,500,000".\n\n'
    "     3.   NEW PARAGRAPH 6.12.  The following new Paragraph 6.12 is hereby added to the\n"
    "Loan Agreement:\n\n"
    '          "6.12  Hedging.  The Borrower shall not enter into any commodity futures\n'
    '     contract except to hedge grain actually held in inventory."\n\n'
    "     4.   EFFECT.  Except as amended hereby, the Loan Agreement remains in full\n"
    "force and effect.\n\n"
    "     IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "                                   WESTERN SLOPE GRAIN CO.\n\n"
    "                                   By: /s/ Carl Brandt\n"
    "                                   Title: President\n\n"
    "                                   FIRST MESA BANK, N.A.\n\n"
    "                                   By: /s/ June Ames\n"
    "                                   Title: Vice President\n"
)
NINETIES_CHANGES: list[Expected] = [
    # written blind as section "1.14"; the paragraph is the definition of a term, which names
    # the provision (as ``tests.evaluation.changes.provision_id`` does)
    (None, "Termination Date", "replace", '1.14  "Termination Date" shall mean June 30, 1998.'),
    ("6.6", None, "amend", "$9,500,000"),
    (
        "6.12",
        None,
        "add",
        "6.12  Hedging.  The Borrower shall not enter into any commodity futures\n     contract "
        "except to hedge grain actually held in inventory.",
    ),
]

#: (name, document, the date of the agreement changed, the changes expected)
AMENDMENTS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "a forbearance agreement's headed subsections",
        FORBEARANCE,
        "2007-07-09",
        FORBEARANCE_CHANGES,
    ),
    ("an HTML conversion", HTML_CONVERSION, "2019-03-01", HTML_CONVERSION_CHANGES),
    ("a warrant", WARRANT, "2020-10-02", WARRANT_CHANGES),
    ("a 1990s amendment with paragraphs", NINETIES, "1994-02-14", NINETIES_CHANGES),
]


@pytest.mark.parametrize(
    ("name", "text", "base_date", "expected"), AMENDMENTS, ids=[a[0] for a in AMENDMENTS]
)
def test_whole_amendment(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    assert_changes(name, text, base_date, expected)
