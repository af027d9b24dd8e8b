"""Round four passages (h12-h), most written blind: definitions changed in the ways credit and
other amendments draft them, with the exact new wording each change states. Each case is
an amendment text and the changes expected of it as (provision id, action, new text), the
provision id in the form of ``tests.evaluation.changes.provision_id`` ("term:..." or
"section:..."), the new text ``None`` where the change states no single wording to check.

First score (the first two batches, before any fix): 68 of 75 expected changes found right,
68 of 71 predicted changes right. The misses (an unquoted term after "the definition of", a
lettered list's labels kept in new definitions, "In each of the definitions of ...", a
lease's 'the term "Premises" as used in the Lease shall mean') are fixed. The third batch,
run after those fixes: 14 of 16 right, 14 of 18 predicted right (two of the wrong ones
boilerplate the lease fix read as definitions, since fixed). Every case asserts each
expected change is found with its exact wording and no other change predicted, but for the
known misses below. The fifth batch, blind: 7 of 7 right, nothing wrong. The sixth, written
blind after the fixes: 12 of 13 right, 12 of 12 predicted right. The fourth batch and the
cases marked "not blind" were tried on the extractor before they were written. On all 127
expected changes the code on main before this round finds 90 right (90 of its 106
predicted); this round's code finds 124 (124 of 126 predicted).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.evaluation.changes import provision_id
from tests.passages import OWN, extract_text

Expected = tuple[str, str, str | None]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: tuple[Expected, ...]


_SIGNATURES = """

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of
the date first written above.

                                   HARTWELL FOODS, INC.

                                   By: /s/ Margaret O. Lindqvist
                                   Name: Margaret O. Lindqvist
                                   Title: Chief Financial Officer

                                   FIRST CASCADE BANK, N.A.,
                                   as Administrative Agent and a Lender

                                   By: /s/ Thomas R. Abernathy
                                   Name: Thomas R. Abernathy
                                   Title: Senior Vice President
"""


def amendment(
    body: str,
    ordinal: str = "FIRST",
    date: str = "March 3, 2004",
    base_date: str = "June 1, 2002",
) -> str:
    """A short amendment to a credit agreement around ``body``: title, preamble, recitals,
    the operative lead-in, then ``body`` and the signatures."""
    title = f"{ordinal} AMENDMENT TO CREDIT AGREEMENT"
    return (
        f"{title}\n\n"
        f'THIS {title} (this "Amendment"), dated as of {date}, is entered into among HARTWELL '
        'FOODS, INC., a Delaware corporation (the "Borrower"), the financial institutions '
        'party hereto as lenders (the "Lenders") and FIRST CASCADE BANK, N.A., as '
        'administrative agent for the Lenders (in such capacity, the "Agent").\n\n'
        "RECITALS\n\n"
        "A. The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as "
        f'of {base_date} (as amended prior to the date hereof, the "Credit Agreement").\n\n'
        "B. The Borrower has requested that the Lenders amend the Credit Agreement as set "
        "forth herein, and the Lenders are willing to do so on the terms set forth herein.\n\n"
        "NOW, THEREFORE, in consideration of the premises and the mutual agreements herein, "
        "the parties hereto agree as follows:\n\n" + body + _SIGNATURES
    )


CASES: list[Case] = []


def case(name: str, text: str, *expected: Expected) -> None:
    CASES.append(Case(name, text, expected))


# 1. Two definitions deleted in one sentence, "in their entirety".
case(
    "delete_two_in_their_entirety",
    amendment(
        "1. Amendments to Section 1.01. Section 1.01 of the Credit Agreement is hereby amended "
        'by deleting the definitions of "Existing Letters of Credit" and "Tranche B '
        'Commitment" in their entirety.\n\n'
        "2. Representations. The Borrower represents that no Default exists.\n"
    ),
    ("term:existing letters of credit", "delete", None),
    ("term:tranche b commitment", "delete", None),
)

# 2. A definition restated, unquoted paragraph, term in quotes, closing period.
case(
    "restated_unquoted_paragraph",
    amendment(
        '1. Amendment to Definition of Applicable Margin. The definition of "Applicable '
        'Margin" in Section 1.1 of the Credit Agreement is hereby amended and restated in its '
        "entirety to read as follows:\n\n"
        '     "Applicable Margin" means, for any day, 2.25% per annum with respect to '
        "Eurodollar Loans and 1.25% per annum with respect to Base Rate Loans.\n\n"
        "2. Conditions. This Amendment shall become effective when the Agent has received "
        "counterparts hereof signed by the Borrower and the Required Lenders.\n"
    ),
    (
        "term:applicable margin",
        "replace",
        '"Applicable Margin" means, for any day, 2.25% per annum with respect to Eurodollar '
        "Loans and 1.25% per annum with respect to Base Rate Loans.",
    ),
)

# 3. A definition restated with the term unquoted (bold lost in conversion).
case(
    "restated_bold_term",
    amendment(
        "SECTION 1. Amendment. The definition of \u201cLeverage Ratio\u201d in Section 1.01 of "
        "the Credit Agreement is hereby amended and restated in its entirety to read as "
        "follows:\n\n"
        "Leverage Ratio means, as of any date, the ratio of Total Funded Debt on such date to "
        "EBITDA for the four fiscal quarters then most recently ended.\n\n"
        "SECTION 2. Governing Law. This Amendment shall be governed by the laws of the State "
        "of New York.\n"
    ),
    (
        "term:leverage ratio",
        "replace",
        "Leverage Ratio means, as of any date, the ratio of Total Funded Debt on such date to "
        "EBITDA for the four fiscal quarters then most recently ended.",
    ),
)

# 4. A restated definition in the old form ending with a semicolon.
case(
    "restated_semicolon",
    amendment(
        '     1.  The definition of "Base Rate" contained in Section 1.1 of the Credit\n'
        "Agreement is hereby amended to read in its entirety as follows:\n\n"
        '          "Base Rate" shall mean, for any day, the higher of (a) the\n'
        "     Prime Rate for such day and (b) the Federal Funds Rate for such\n"
        "     day plus one-half of one percent (1/2%);\n\n"
        "     2.  Except as amended hereby, the Credit Agreement remains in full\n"
        "force and effect.\n",
        date="August 14, 1997",
        base_date="May 2, 1995",
    ),
    (
        "term:base rate",
        "replace",
        '"Base Rate" shall mean, for any day, the higher of (a) the\n'
        "     Prime Rate for such day and (b) the Federal Funds Rate for such\n"
        "     day plus one-half of one percent (1/2%);",
    ),
)

# 5. Three new definitions inserted in alphabetical order, each its own paragraph.
case(
    "insert_three_alphabetical",
    amendment(
        "1. New Definitions. Section 1.01 of the Credit Agreement is hereby amended by "
        "inserting the following new definitions in the appropriate alphabetical order:\n\n"
        '"Cash Collateral Account" means a deposit account maintained with the Agent and '
        "subject to the Agent's sole dominion and control.\n\n"
        '"Qualified Receivables Facility" means any receivables financing of a Receivables '
        "Subsidiary that is non-recourse to the Borrower.\n\n"
        '"Specified Disposition" means the sale of the Borrower\'s distribution center '
        "located in Ridgeway, South Carolina.\n\n"
        "2. Counterparts. This Amendment may be executed in counterparts.\n"
    ),
    (
        "term:cash collateral account",
        "add",
        '"Cash Collateral Account" means a deposit account maintained with the Agent and '
        "subject to the Agent's sole dominion and control.",
    ),
    (
        "term:qualified receivables facility",
        "add",
        '"Qualified Receivables Facility" means any receivables financing of a Receivables '
        "Subsidiary that is non-recourse to the Borrower.",
    ),
    (
        "term:specified disposition",
        "add",
        '"Specified Disposition" means the sale of the Borrower\'s distribution center '
        "located in Ridgeway, South Carolina.",
    ),
)

# 6. Words added at the end of a clause of a definition, inline.
case(
    "add_at_end_of_clause",
    amendment(
        '2. Consolidated EBITDA. The definition of "Consolidated EBITDA" in Section 1.01 of '
        "the Credit Agreement is hereby amended by adding the following at the end of clause "
        '(c) thereof: "and non-cash compensation expense arising from the grant of stock '
        'options to employees of the Borrower".\n\n'
        "3. Expenses. The Borrower shall pay the Agent's expenses in connection herewith.\n"
    ),
    (
        "term:consolidated ebitda",
        "amend",
        "and non-cash compensation expense arising from the grant of stock options to "
        "employees of the Borrower",
    ),
)

# 7. Word deleted at the end of one clause and a clause added: one amended definition.
case(
    "delete_and_add_clause",
    amendment(
        '(c) The definition of "Permitted Liens" in Section 1.1 of the Credit Agreement is '
        'amended by (i) deleting the word "and" at the end of clause (f) thereof, (ii) '
        'replacing the period at the end of clause (g) thereof with "; and" and (iii) adding '
        'a new clause (h) as follows: "(h) Liens securing Indebtedness permitted by Section '
        '7.1(k)."\n'
    ),
    ("term:permitted liens", "amend", None),
)

# 8. One amount replaced by another inside a definition.
case(
    "replace_amount_in_definition",
    amendment(
        '1. The definition of "Threshold Amount" in Section 1.01 of the Credit Agreement is '
        'hereby amended by replacing "$10,000,000" with "$15,000,000".\n'
    ),
    ("term:threshold amount", "amend", "$15,000,000"),
)

# 9. An amendment's Section 1 as a lettered list of definition changes.
case(
    "lettered_list_four_ways",
    amendment(
        "SECTION 1. Amendments to Definitions. Section 1.01 of the Credit Agreement is hereby "
        "amended as follows:\n\n"
        '(a) The definition of "Commitment Termination Date" is amended by deleting "June '
        '30, 2005" and substituting "June 30, 2007" therefor.\n\n'
        '(b) The definition of "Eligible Inventory" is amended by deleting clause (iv) '
        "thereof in its entirety.\n\n"
        '(c) The definition of "Interest Period" is amended and restated in its entirety as '
        "follows:\n\n"
        '"Interest Period" means, with respect to any Eurodollar Loan, a period of one, two, '
        "three or six months, as selected by the Borrower.\n\n"
        '(d) The following definition of "Fixed Charges" is added in proper alphabetical '
        "order:\n\n"
        '"Fixed Charges" means, for any period, the sum of Interest Expense and scheduled '
        "principal payments of Indebtedness for such period.\n\n"
        "SECTION 2. Effectiveness. This Amendment is effective on the date hereof.\n",
        ordinal="SECOND",
    ),
    ("term:commitment termination date", "amend", "June 30, 2007"),
    ("term:eligible inventory", "amend", None),
    (
        "term:interest period",
        "replace",
        '"Interest Period" means, with respect to any Eurodollar Loan, a period of one, two, '
        "three or six months, as selected by the Borrower.",
    ),
    (
        "term:fixed charges",
        "add",
        '"Fixed Charges" means, for any period, the sum of Interest Expense and scheduled '
        "principal payments of Indebtedness for such period.",
    ),
)

# 10. A lease amendment: "the term "Premises" shall mean".
_LEASE = """FIRST AMENDMENT TO LEASE

THIS FIRST AMENDMENT TO LEASE (this "Amendment") is made as of October 1, 2008, by and
between BAYSHORE TOWER ASSOCIATES, L.P., a California limited partnership ("Landlord"), and
NORTHGATE SOFTWARE CORPORATION, a Delaware corporation ("Tenant").

RECITALS

A. Landlord and Tenant are parties to that certain Office Lease dated as of February 15,
2006 (the "Lease"), for premises on the third floor of the building located at 400 Harbor
Boulevard, Oakland, California (the "Building").

B. Landlord and Tenant desire to expand the premises and otherwise amend the Lease.

NOW, THEREFORE, Landlord and Tenant agree as follows:

1. Premises. Effective as of the Expansion Date, the term "Premises" as used in the Lease
shall mean the approximately 12,400 rentable square feet on the third and fourth floors of
the Building, as shown on Exhibit A hereto.

2. Base Rent. Section 3.1 of the Lease is amended by replacing "$21,500.00" with
"$31,250.00".

3. Ratification. Except as amended hereby, the Lease remains in full force and effect.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above
written.

LANDLORD: BAYSHORE TOWER ASSOCIATES, L.P.

By: /s/ Daniel K. Ferreira
Name: Daniel K. Ferreira
Title: General Partner

TENANT: NORTHGATE SOFTWARE CORPORATION

By: /s/ Helen J. Ostrowski
Name: Helen J. Ostrowski
Title: Chief Executive Officer
"""
case(
    "lease_term_shall_mean",
    _LEASE,
    (
        "term:premises",
        "replace",
        "the approximately 12,400 rentable square feet on the third and fourth floors of\n"
        "the Building, as shown on Exhibit A hereto.",
    ),
    ("section:3.1", "amend", "$31,250.00"),
)

# 11. A licence amendment adding words inside a definition.
_LICENSE = """AMENDMENT NO. 2 TO LICENSE AGREEMENT

This Amendment No. 2 to License Agreement (this "Amendment") is entered into as of July 9,
2011 by and between Corvane Optics GmbH ("Licensor") and Pellham Instruments, Inc.
("Licensee").

WHEREAS, Licensor and Licensee are parties to a License Agreement dated as of January 20,
2009 (as amended, the "License Agreement"); and

WHEREAS, the parties wish to extend the license to additional products;

NOW, THEREFORE, the parties agree as follows:

1. The definition of "Licensed Products" set forth in Section 1.6 of the License Agreement
is hereby amended by adding the words "and the Model 40 series" immediately after the words
"Model 30 series".

2. Section 4.2 of the License Agreement is hereby deleted in its entirety.

3. All other terms of the License Agreement remain unchanged.

IN WITNESS WHEREOF, the parties have signed this Amendment as of the date first written
above.

CORVANE OPTICS GMBH                      PELLHAM INSTRUMENTS, INC.

By: /s/ Jurgen Haller                    By: /s/ Amy L. Tanaka
Name: Jurgen Haller                      Name: Amy L. Tanaka
Title: Managing Director                 Title: President
"""
case(
    "licence_words_added",
    _LICENSE,
    ("term:licensed products", "amend", "and the Model 40 series"),
    ("section:4.2", "delete", None),
)

# 12. A restated definition whose text runs across a page number line.
case(
    "restated_across_page_number",
    amendment(
        '(e) The definition of "Borrowing Base" in Section 1.1 of the Credit Agreement is '
        "amended and restated to read in its entirety as follows:\n\n"
        '"Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus '
        "(b) the lesser of (i) 50% of Eligible Inventory and\n\n"
        "                                       4\n\n"
        "(ii) $20,000,000, minus (c) such reserves as the Agent may establish in its "
        "reasonable credit judgment.\n\n"
        '(f) Section 2.5 of the Credit Agreement is amended by replacing "three" with '
        '"five".\n'
    ),
    (
        "term:borrowing base",
        "replace",
        '"Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus '
        "(b) the lesser of (i) 50% of Eligible Inventory and\n\n"
        "                                       4\n\n"
        "(ii) $20,000,000, minus (c) such reserves as the Agent may establish in its "
        "reasonable credit judgment.",
    ),
    ("section:2.5", "amend", "five"),
)

# 13. A page footer between the lead-in and the new definitions.
case(
    "footer_between_leadin_and_list",
    amendment(
        "2. Additional Definitions. Section 1.01 of the Credit Agreement is amended by adding "
        "the following definitions in the appropriate alphabetical order:\n\n"
        "Fifth Amendment to Credit Agreement\n"
        "Page 2\n\n"
        '"Account Debtor" means any Person obligated on an Account.\n\n'
        '"Blocked Account" means a deposit account of the Borrower subject to a control '
        "agreement in favor of the Agent.\n\n"
        "3. Miscellaneous. This Amendment is a Loan Document.\n",
        ordinal="FIFTH",
    ),
    ("term:account debtor", "add", '"Account Debtor" means any Person obligated on an Account.'),
    (
        "term:blocked account",
        "add",
        '"Blocked Account" means a deposit account of the Borrower subject to a control '
        "agreement in favor of the Agent.",
    ),
)

# 14. A definition changed inside a consent and waiver; a definition merely cited.
_CONSENT = """CONSENT, WAIVER AND AMENDMENT

This CONSENT, WAIVER AND AMENDMENT (this "Consent") dated as of May 22, 2013 is among
GRANITE PEAK MATERIALS, LLC (the "Company"), the lenders party hereto (the "Lenders") and
MERIDIAN COMMERCIAL FINANCE, INC., as agent (the "Agent").

The Company, the Lenders and the Agent are parties to a Loan Agreement dated as of
September 5, 2011 (the "Loan Agreement"). Capitalized terms used herein and not defined
have the meanings given in the Loan Agreement.

1. Consent. The Company has informed the Agent that it intends to sell its quarry located
in Bell County, Texas. The Lenders hereby consent to such sale.

2. Waiver. The Lenders waive any Event of Default (as defined in Section 1.1 of the Loan
Agreement) arising from the Company's failure to deliver its audited financial statements
for fiscal year 2012 within the time required by Section 6.1(a) of the Loan Agreement.

3. Amendment. In consideration of the foregoing consent, the definition of "Change of
Control" in Section 1.1 of the Loan Agreement is amended by deleting clause (b) thereof.

4. Governing Law. This Consent shall be governed by the laws of the State of Texas.

IN WITNESS WHEREOF, the parties have executed this Consent as of the date first written
above.

GRANITE PEAK MATERIALS, LLC

By: /s/ Raymond T. Voss
Name: Raymond T. Voss
Title: Manager

MERIDIAN COMMERCIAL FINANCE, INC., as Agent and a Lender

By: /s/ Olivia Grant
Name: Olivia Grant
Title: Director
"""
case("consent_waiver_definition", _CONSENT, ("term:change of control", "amend", None))

# 15. The amendment's own definitions change nothing; one covenant level changed.
case(
    "own_definition_trap",
    amendment(
        "1. Definitions. Capitalized terms used but not defined herein have the meanings "
        'assigned to them in the Credit Agreement. As used herein, "Amendment Effective '
        'Date" means the date on which each condition set forth in Section 4 hereof is '
        "satisfied.\n\n"
        "2. Leverage Covenant. Effective as of the Amendment Effective Date, Section 7.3 of "
        'the Credit Agreement is amended by replacing "3.50 to 1.00" with "3.75 to 1.00".\n'
    ),
    ("section:7.3", "amend", "3.75 to 1.00"),
)

# 16. A section restated whose new text cites a definition.
case(
    "section_citing_definition",
    amendment(
        "1. Minimum Net Worth. Section 6.12 of the Credit Agreement is amended and restated in "
        'its entirety as follows:\n\n"6.12 Minimum Net Worth. The Borrower shall maintain '
        "Tangible Net Worth (as defined in Section 1.01) of not less than $45,000,000 at all "
        'times."\n\n'
        "2. No Other Changes. The Credit Agreement is otherwise unchanged.\n"
    ),
    (
        "section:6.12",
        "replace",
        "6.12 Minimum Net Worth. The Borrower shall maintain Tangible Net Worth (as defined in "
        "Section 1.01) of not less than $45,000,000 at all times.",
    ),
)

# 17. 1990s hard-wrapped text: definition deleted and a substitute given.
case(
    "hard_wrapped_substituted",
    amendment(
        "     2.   Article I of the Credit Agreement is hereby amended by deleting\n"
        'the definition of "Termination Date" in its entirety and substituting\n'
        "the following therefor:\n\n"
        '          "Termination Date" shall mean April 30, 1999, or such\n'
        "     earlier date on which the Commitment shall terminate pursuant to\n"
        "     Section 8.2 hereof.\n\n"
        "     3.   The Borrower hereby ratifies the Credit Agreement.\n",
        date="November 12, 1996",
        base_date="April 30, 1995",
    ),
    (
        "term:termination date",
        "replace",
        '"Termination Date" shall mean April 30, 1999, or such\n'
        "     earlier date on which the Commitment shall terminate pursuant to\n"
        "     Section 8.2 hereof.",
    ),
)

# 18. HTML-converted spacing: a new definition in its proper alphabetical sequence.
case(
    "html_spacing_new_definition",
    amendment(
        "(b)  Section  1.1  of   the Credit Agreement is hereby amended by adding the following "
        "new definition in its proper alphabetical sequence :\n\n"
        "\u201cSanctioned Person\u201d   means any Person listed on the Specially Designated "
        "Nationals and Blocked Persons list maintained by OFAC .\n\n"
        "(c)  This Amendment shall be governed by New York law .\n"
    ),
    (
        "term:sanctioned person",
        "add",
        "\u201cSanctioned Person\u201d   means any Person listed on the Specially Designated "
        "Nationals and Blocked Persons list maintained by OFAC .",
    ),
)

# 19. Curly quotes and a definition quoted whole.
case(
    "quoted_whole_curly",
    amendment(
        "3. Maturity. The definition of \u201cMaturity Date\u201d contained in Section 1.01 of "
        "the Credit Agreement is hereby amended and restated as follows:\n\n"
        "\u201c\u201cMaturity Date\u201d means March 31, 2012.\u201d\n\n"
        "4. Fees. The Borrower shall pay an amendment fee of $50,000.\n",
        ordinal="THIRD",
    ),
    ("term:maturity date", "replace", "\u201cMaturity Date\u201d means March 31, 2012."),
)

# 20. A run-in heading, one definition deleted.
case(
    "run_in_heading_deleted",
    amendment(
        '(c) Deleted Definition. The definition of "Swing Line Lender" in Section 1.01 of '
        "the Credit Agreement is hereby deleted.\n\n"
        "(d) Swing Line. Section 2.4 of the Credit Agreement is hereby deleted in its "
        "entirety.\n"
    ),
    ("term:swing line lender", "delete", None),
    ("section:2.4", "delete", None),
)

# 21. Three definitions deleted, listed with a serial comma.
case(
    "delete_three_serial",
    amendment(
        "1. Section 1.1 of the Credit Agreement is amended by deleting the definitions of "
        '"Acquisition Sublimit", "Bridge Loan" and "Bridge Loan Maturity Date" therefrom.\n'
    ),
    ("term:acquisition sublimit", "delete", None),
    ("term:bridge loan", "delete", None),
    ("term:bridge loan maturity date", "delete", None),
)

# 22. A sentence added at the end of a definition.
case(
    "sentence_added_at_end",
    amendment(
        '1. The definition of "Indebtedness" in Section 1.01 of the Credit Agreement is '
        'amended by adding the following sentence at the end thereof: "Notwithstanding the '
        "foregoing, Indebtedness shall not include obligations under the Deferred "
        'Compensation Plan."\n'
    ),
    (
        "term:indebtedness",
        "amend",
        "Notwithstanding the foregoing, Indebtedness shall not include obligations under the "
        "Deferred Compensation Plan.",
    ),
)

# 23. A phrase inserted before the closing period of a definition.
case(
    "phrase_before_period",
    amendment(
        "SECTION 2.  Amendment.  The definition of \u201cExcluded Taxes\u201d in Section 1.01 "
        "of the Credit Agreement is hereby amended by inserting the phrase \u201c, and any "
        "withholding Taxes imposed under FATCA\u201d immediately before the period at the end "
        "thereof.\n"
    ),
    ("term:excluded taxes", "amend", ", and any withholding Taxes imposed under FATCA"),
)

# 24. One lead-in restating two definitions.
case(
    "two_restated_one_leadin",
    amendment(
        "1. Amended Definitions. The following definitions in Section 1.01 of the Credit "
        "Agreement are hereby amended and restated in their entirety to read as follows:\n\n"
        '"Aggregate Commitment" means $125,000,000, as such amount may be reduced pursuant '
        "to Section 2.6.\n\n"
        '"Letter of Credit Sublimit" means $15,000,000.\n\n'
        "2. Reaffirmation. The Borrower reaffirms its obligations under the Loan Documents.\n"
    ),
    (
        "term:aggregate commitment",
        "replace",
        '"Aggregate Commitment" means $125,000,000, as such amount may be reduced pursuant to '
        "Section 2.6.",
    ),
    ("term:letter of credit sublimit", "replace", '"Letter of Credit Sublimit" means $15,000,000.'),
)

# 25. "striking ... and inserting in lieu thereof".
case(
    "striking_in_lieu",
    amendment(
        "(a) Section 1.1 of the Credit Agreement is amended by striking the definition of "
        '"Net Worth" and inserting in lieu thereof the following:\n\n'
        '     "Net Worth" means, at any time, the consolidated shareholders\' equity of the '
        "Borrower and its Subsidiaries at such time.\n",
        date="June 18, 1999",
        base_date="March 1, 1998",
    ),
    (
        "term:net worth",
        "replace",
        '"Net Worth" means, at any time, the consolidated shareholders\' equity of the '
        "Borrower and its Subsidiaries at such time.",
    ),
)

# 26. A second lease amendment: a date replaced in a section.
_LEASE2 = """SECOND AMENDMENT TO LEASE

This Second Amendment to Lease (the "Amendment") is dated as of March 1, 2012 between
LAKEVIEW INDUSTRIAL PARK LLC ("Landlord") and TRIDENT PACKAGING CO. ("Tenant").

Landlord and Tenant are parties to a Lease dated as of April 1, 2007 (as amended by a First
Amendment to Lease dated as of May 15, 2009, the "Lease"). Landlord and Tenant agree:

1. Term. Section 1.1(f) of the Lease is amended by deleting "December 31, 2012" and
inserting "December 31, 2015" in lieu thereof.

2. Brokers. Each party represents that it dealt with no broker in connection with this
Amendment.

LANDLORD: LAKEVIEW INDUSTRIAL PARK LLC

By: /s/ Carl Beaumont
Its: Manager

TENANT: TRIDENT PACKAGING CO.

By: /s/ Rita Moravec
Its: Treasurer
"""
case("lease_date_in_section", _LEASE2, ("section:1.1(f)", "amend", "December 31, 2015"))

# 27. A waiver and amendment to a note purchase agreement: one definition added.
_WAIVER = """WAIVER AND SECOND AMENDMENT TO NOTE PURCHASE AGREEMENT

THIS WAIVER AND SECOND AMENDMENT TO NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of
February 8, 2010 among ORCHARD VALLEY PRODUCE, INC. (the "Company") and the holders of Notes
named on the signature pages hereto (the "Holders").

The Company and the Holders are parties to a Note Purchase Agreement dated as of December 1,
2006 (the "Note Agreement").

Section 1. Waiver. The Holders hereby waive the Event of Default under Section 10.1(c) of the
Note Agreement arising from the Company's failure to comply with Section 10.4 (Fixed Charge
Coverage Ratio) for the fiscal quarter ended December 31, 2009.

Section 2. Amendment. Effective as of the date hereof, Section 1.1 of the Note Agreement is
amended by adding thereto, in alphabetical order, the following definition:

     "Restricted Payment Basket" means $2,500,000.

Section 3. Effectiveness. This Agreement shall become effective upon its execution by the
Company and the Required Holders.

ORCHARD VALLEY PRODUCE, INC.

By: /s/ Samuel Ortega
Title: Vice President

MIDLANDS MUTUAL LIFE INSURANCE COMPANY

By: /s/ Grace Whitfield
Title: Managing Director
"""
case(
    "waiver_adds_definition",
    _WAIVER,
    ("term:restricted payment basket", "add", '"Restricted Payment Basket" means $2,500,000.'),
)

# 28. Two deletions in one sentence, each its own numbered item.
case(
    "inline_roman_deletions",
    amendment(
        "1. Section 1.01 of the Credit Agreement is amended as follows: (i) the definition of "
        '"Alternate Currency" is deleted in its entirety; (ii) the definition of "Alternate '
        'Currency Loan" is deleted in its entirety; and (iii) the definition of "Revolving '
        'Loan" is amended by deleting the words "or an Alternate Currency Loan" therefrom.\n'
    ),
    ("term:alternate currency", "delete", None),
    ("term:alternate currency loan", "delete", None),
    ("term:revolving loan", "amend", None),
)

# 29. Decimal numbering: one definition deleted, one restated.
case(
    "decimal_items",
    amendment(
        "1.1 Section 1.1 of the Credit Agreement is amended by deleting the definition of "
        '"Seasonal Overadvance" in its entirety.\n\n'
        "1.2 Section 1.1 of the Credit Agreement is amended by amending and restating the "
        'definition of "Overadvance Limit" in its entirety as follows:\n\n'
        '"Overadvance Limit" means $3,000,000.\n\n'
        "1.3 Section 9.14 of the Credit Agreement is amended by adding the following new "
        'sentence at the end thereof: "The Agent may release any Guarantor sold in a '
        'transaction permitted hereunder."\n'
    ),
    ("term:seasonal overadvance", "delete", None),
    ("term:overadvance limit", "replace", '"Overadvance Limit" means $3,000,000.'),
    (
        "section:9.14",
        "amend",
        "The Agent may release any Guarantor sold in a transaction permitted hereunder.",
    ),
)

# 30. A replaced reference inside a definition, "the reference to ... is changed to".
case(
    "reference_changed",
    amendment(
        '(g) In the definition of "Eligible Accounts" in Section 1.1 of the Credit '
        'Agreement, the reference to "90 days" is changed to "120 days".\n'
    ),
    ("term:eligible accounts", "amend", "120 days"),
)


# Second batch, written blind after the first ran (it scored 47 of 48): harder shapes.

# 31. The term unquoted in the lead-in (quotes lost in conversion) and in the new text.
case(
    "unquoted_term_leadin",
    amendment(
        "2. The definition of Applicable Commitment Fee Rate in Section 1.01 of the Credit "
        "Agreement is hereby amended and restated in its entirety to read as follows:\n\n"
        "Applicable Commitment Fee Rate means 0.375% per annum.\n\n"
        "3. This Amendment is a Loan Document.\n"
    ),
    (
        "term:applicable commitment fee rate",
        "replace",
        "Applicable Commitment Fee Rate means 0.375% per annum.",
    ),
)

# 32. "defined terms" added, passive voice, definitions as a lettered list.
case(
    "passive_lettered_new_terms",
    amendment(
        "Section 2. Amendments to Article I. The following defined terms are hereby added to "
        "Section 1.1 of the Credit Agreement in the appropriate alphabetical order:\n\n"
        '(a) "Designated Jurisdiction" means any country or territory to the extent that '
        "such country or territory itself is the subject of any Sanction.\n\n"
        '(b) "Incremental Term Loan" has the meaning specified in Section 2.15.\n\n'
        "Section 3. Conditions Precedent. This Amendment shall be effective upon the "
        "Agent's receipt of counterparts hereof.\n"
    ),
    (
        "term:designated jurisdiction",
        "add",
        '"Designated Jurisdiction" means any country or territory to the extent that such '
        "country or territory itself is the subject of any Sanction.",
    ),
    (
        "term:incremental term loan",
        "add",
        '"Incremental Term Loan" has the meaning specified in Section 2.15.',
    ),
)

# 33. A new definition placed after a cited one (the cited one is not changed).
case(
    "inserted_after_cited_definition",
    amendment(
        "1. Section 1.01 of the Credit Agreement is hereby amended by inserting the following "
        'new definition immediately after the definition of "Applicable Margin":\n\n'
        '"Approved Fund" means any Fund that is administered or managed by a Lender or an '
        "Affiliate of a Lender.\n\n"
        "2. Miscellaneous. Section 10.9 of the Credit Agreement applies to this Amendment.\n"
    ),
    (
        "term:approved fund",
        "add",
        '"Approved Fund" means any Fund that is administered or managed by a Lender or an '
        "Affiliate of a Lender.",
    ),
)

# 34. One sentence: definitions deleted, restated and added, the new wording following.
case(
    "one_sentence_three_actions",
    amendment(
        "(a) Section 1.1 of the Credit Agreement is hereby amended by (i) deleting the "
        'definition of "Term Loan Commitment" therefrom, (ii) amending and restating the '
        'definition of "Revolving Credit Commitment" in its entirety and (iii) adding the '
        'definition of "Liquidity" thereto in the appropriate alphabetical order, in each case '
        "as follows:\n\n"
        '"Revolving Credit Commitment" means $40,000,000, as reduced from time to time.\n\n'
        '"Liquidity" means unrestricted cash of the Borrower plus Availability.\n'
    ),
    ("term:term loan commitment", "delete", None),
    (
        "term:revolving credit commitment",
        "replace",
        '"Revolving Credit Commitment" means $40,000,000, as reduced from time to time.',
    ),
    (
        "term:liquidity",
        "add",
        '"Liquidity" means unrestricted cash of the Borrower plus Availability.',
    ),
)

# 35. "The definitions of X and Y are amended and restated": two definitions follow.
case(
    "definitions_of_two_restated",
    amendment(
        "SECTION 1.  AMENDMENTS.\n\n"
        '1.1  The definitions of "Fixed Charge Coverage Ratio" and "Funded Debt" set forth in '
        "Section 1.1 of the Credit Agreement are hereby amended and restated in their "
        "entirety as follows:\n\n"
        '          "Fixed Charge Coverage Ratio" means the ratio of EBITDAR to Fixed Charges.\n\n'
        '          "Funded Debt" means all Indebtedness for borrowed money.\n\n'
        "SECTION 2.  REPRESENTATIONS.  The Borrower represents that no Default exists.\n"
    ),
    (
        "term:fixed charge coverage ratio",
        "replace",
        '"Fixed Charge Coverage Ratio" means the ratio of EBITDAR to Fixed Charges.',
    ),
    ("term:funded debt", "replace", '"Funded Debt" means all Indebtedness for borrowed money.'),
)

# 36. A clause of a definition restated: "Clause (b) of the definition of".
case(
    "clause_of_definition_restated",
    amendment(
        '3. Clause (b) of the definition of "Consolidated Net Income" in Section 1.01 of the '
        "Credit Agreement is hereby amended and restated in its entirety to read as follows:\n"
        '"(b) any extraordinary gains or losses and any gains or losses from the sale of '
        'assets outside the ordinary course of business,".\n\n'
        "4. The Borrower shall pay all fees due hereunder.\n"
    ),
    (
        "term:consolidated net income",
        "amend",
        "(b) any extraordinary gains or losses and any gains or losses from the sale of assets "
        "outside the ordinary course of business,",
    ),
)

# 37. One replacement in two definitions at once.
case(
    "same_replacement_two_definitions",
    amendment(
        '5. In each of the definitions of "Eurodollar Rate" and "Base Rate" in Section 1.1 '
        'of the Credit Agreement, the words "Telerate Page 3750" are replaced with the words '
        '"Reuters Screen LIBOR01 Page".\n'
    ),
    ("term:eurodollar rate", "amend", "Reuters Screen LIBOR01 Page"),
    ("term:base rate", "amend", "Reuters Screen LIBOR01 Page"),
)

# 38. "The defined term" and a clause deleted; run-in headings naming the terms.
case(
    "run_in_term_headings",
    amendment(
        "SECTION 1. Amendments to Section 1.01.\n\n"
        '(a) Loan Documents. The defined term "Loan Documents" is amended by inserting '
        '"the Fee Letter," immediately after "the Notes,".\n\n'
        '(b) Material Subsidiary. The defined term "Material Subsidiary" is amended by '
        "deleting the last sentence thereof.\n\n"
        "SECTION 2. Effect. Except as expressly set forth herein, the Credit Agreement is "
        "unchanged.\n"
    ),
    ("term:loan documents", "amend", "the Fee Letter,"),
    ("term:material subsidiary", "amend", None),
)

# 39. The amount wording: "deleting the amount ... and substituting therefor the amount".
case(
    "substituting_amount_therefor",
    amendment(
        '     (b)  The definition of "Permitted Investments" in Section 1.01 of the\n'
        'Credit Agreement is amended by deleting the amount "$5,000,000" appearing in\n'
        'clause (e) thereof and substituting therefor the amount "$7,500,000".\n',
        date="September 9, 1998",
        base_date="January 15, 1997",
    ),
    ("term:permitted investments", "amend", "$7,500,000"),
)

# 40. Definitions deleted by the passive "are hereby deleted".
case(
    "passive_definitions_deleted",
    amendment(
        '2. Deleted Definitions. The definitions of "Canadian Borrower", "Canadian '
        'Commitment" and "Canadian Loans" in Section 1.01 of the Credit Agreement are hereby '
        "deleted in their entirety.\n"
    ),
    ("term:canadian borrower", "delete", None),
    ("term:canadian commitment", "delete", None),
    ("term:canadian loans", "delete", None),
)

# 41. A page footer with the amendment's name between two new definitions.
case(
    "footer_between_two_definitions",
    amendment(
        "1.  Section 1.1 of the Credit Agreement is amended by adding the following new "
        "definitions in their proper alphabetical order:\n\n"
        '"Hedge Agreement" means any interest rate swap, cap or collar agreement entered into '
        "by the Borrower with a Lender.\n\n"
        "                                    -2-\n"
        "\f\n"
        '"Hedge Obligations" means all obligations of the Borrower under any Hedge '
        "Agreement.\n\n"
        "2.  The Borrower shall pay the Agent's fees.\n"
    ),
    (
        "term:hedge agreement",
        "add",
        '"Hedge Agreement" means any interest rate swap, cap or collar agreement entered into '
        "by the Borrower with a Lender.",
    ),
    (
        "term:hedge obligations",
        "add",
        '"Hedge Obligations" means all obligations of the Borrower under any Hedge Agreement.',
    ),
)

# 42. Colon-form definitions in a restated definition and a new one.
case(
    "colon_form_definitions",
    amendment(
        "     (a)  Subsection 1.1 of the Credit Agreement is hereby amended by deleting the\n"
        'definition of "Applicable Margin" in its entirety and substituting in lieu thereof\n'
        "the following:\n\n"
        '          "Applicable Margin": 1.50% for Eurodollar Loans and 0.50% for ABR Loans.\n\n'
        "     (b)  Subsection 1.1 of the Credit Agreement is hereby further amended by adding\n"
        "the following new definition in its proper alphabetical order:\n\n"
        '          "Second Amendment": the Second Amendment to this Agreement, dated as of\n'
        "     April 7, 2000.\n",
        ordinal="SECOND",
        date="April 7, 2000",
        base_date="October 1, 1998",
    ),
    (
        "term:applicable margin",
        "replace",
        '"Applicable Margin": 1.50% for Eurodollar Loans and 0.50% for ABR Loans.',
    ),
    (
        "term:second amendment",
        "add",
        '"Second Amendment": the Second Amendment to this Agreement, dated as of\n'
        "     April 7, 2000.",
    ),
)

# 43. A licence amendment: a definition in a numbered Article 1 section restated.
_LICENSE2 = """FIRST AMENDMENT TO PATENT LICENSE AGREEMENT

This First Amendment (the "First Amendment") is made effective as of August 1, 2015 by and
between Halvorsen Biotech AS ("Halvorsen") and Crestline Therapeutics, Inc. ("Crestline").

Halvorsen and Crestline entered into a Patent License Agreement dated as of March 12, 2013
(the "License Agreement"). The parties now wish to amend the License Agreement as follows:

1. The definition of "Field" in Article 1 of the License Agreement is deleted and replaced
with the following:

"Field" means the treatment, prevention and diagnosis of any disease or condition in humans.

2. The term "Net Sales" as used in the License Agreement shall not include sales to
Crestline's Affiliates for resale.

3. Except as set forth in this First Amendment, the License Agreement remains in effect.

HALVORSEN BIOTECH AS

By: /s/ Ingrid Solberg
Title: Chief Executive Officer

CRESTLINE THERAPEUTICS, INC.

By: /s/ Marcus Webb
Title: Chief Business Officer
"""
case(
    "licence_field_replaced",
    _LICENSE2,
    (
        "term:field",
        "replace",
        '"Field" means the treatment, prevention and diagnosis of any disease or condition in '
        "humans.",
    ),
    ("term:net sales", "amend", None),
)

# 44. A definition amended with text added after words, numbers on their own lines (HTML).
case(
    "html_items_on_own_lines",
    amendment(
        "(a)\n\n"
        "The definition of \u201cPermitted Acquisition\u201d in Section\u00a01.01 of the "
        "Credit Agreement is hereby amended by replacing \u201c$25,000,000\u201d in clause "
        "(d)\u00a0thereof with \u201c$50,000,000\u201d.\n\n"
        "(b)\n\n"
        "The definition of \u201cSubordinated Debt\u201d in Section\u00a01.01 of the Credit "
        "Agreement is hereby deleted in its entirety.\n"
    ),
    ("term:permitted acquisition", "amend", "$50,000,000"),
    ("term:subordinated debt", "delete", None),
)

# 45. Trap: definitions of the amendment itself, a reference to an unchanged definition.
case(
    "amendment_own_definitions_trap",
    amendment(
        '1. Definitions. In this Amendment, "Effective Date" means the date on which the '
        'conditions in Section 3 are satisfied, and "Term Lender" has the meaning given to '
        "such term in the Credit Agreement.\n\n"
        "2. Amendment. Section 2.7(b) of the Credit Agreement is amended by replacing "
        '"50%" with "75%".\n\n'
        "3. Conditions. This Amendment is effective on the Effective Date.\n"
    ),
    ("section:2.7(b)", "amend", "75%"),
)


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
    _LEASE.replace(
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


def predicted(text: str) -> set[tuple[str, str, str | None]]:
    """The changes the passage's own amendment makes, as (provision id, action, new text)."""
    x = extract_text(text)
    provisions = {e.ref: e.props for e in x.entities if e.label == "Provision"}
    out: set[tuple[str, str, str | None]] = set()
    for r in x.relations:
        if r.type == "CHANGES" and r.source == OWN:
            p = provisions[r.target]
            new_text = r.props.get("new_text")
            out.add(
                (
                    provision_id(str(p.get("section") or ""), str(p.get("term") or "")),
                    str(r.props.get("action")),
                    str(new_text) if new_text is not None else None,
                )
            )
    return out


def _right(p: tuple[str, str, str | None], e: Expected) -> bool:
    return p[:2] == e[:2] and (e[2] is None or p[2] == e[2])


#: Known misses, asserted to persist: the case's whole prediction as it stands. "The Term of
#: the Lease is hereby extended to August 31, 2019" states no new wording the reader takes
#: (written blind as "August 31, 2019"); "adding a new clause (g)" is read as the clause
#: 5.02(g) added, the suite's rule for a new lettered clause (written blind as 5.02 amended).
#: A sublease ("a Sublease dated as of January 10, 2016") is no agreement the reader finds, so
#: its term's new meaning has nowhere to go (written blind as "Subleased Premises" restated).
KNOWN_MISSES: dict[str, set[tuple[str, str, str | None]]] = {
    "sublease_term_throughout": set(),
    "lease_boilerplate_and_real_term": {
        ("term:term", "amend", None),
        ("term:expiration date", "replace", "August 31, 2019."),
    },
    "new_definitions_to_read": {
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
        ("section:5.02(g)", "add", None),
    },
}


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_round4_definition_changes(c: Case) -> None:
    got = predicted(c.text)
    if c.name in KNOWN_MISSES:
        assert got == KNOWN_MISSES[c.name]
        return
    missed = [e for e in c.expected if not any(_right(p, e) for p in got)]
    wrong = [p for p in got if not any(_right(p, e) for e in c.expected)]
    assert (missed, wrong) == ([], [])
