"""A form of letter attached to a credit agreement (a borrowing request, a compliance
certificate, an opinion) whose "Re:" line cites the agreement over several lines, the last one
opening in lower case: 'restated, or supplemented from time to time, the "Credit Agreement")'.
That line continues a sentence; it is no heading, and the form is no agreement of that title.
Passage written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import extract_text

WITH_FORMS = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made and entered into effective the 9th day of April, 2003, by and \
between PECOS VALLEY OPERATING CO., a Texas corporation (the "Borrower"), and LONE STAR \
SAVINGS BANK, FSB, a federal savings bank (the "Lender").

2.1 Loans. The Lender agrees to make Loans to the Borrower not to exceed $8,000,000.

IN WITNESS WHEREOF, this Agreement is executed effective as of the date first above written.

BORROWER:

PECOS VALLEY OPERATING CO.

By: /s/ Lena Ortiz
Lena Ortiz
President

LENDER:

LONE STAR SAVINGS BANK, FSB

By: /s/ Carl Benning
Carl Benning
Vice President

EXHIBIT B

[FORM OF BORROWING REQUEST]

LONE STAR SAVINGS BANK, FSB
1200 Main Street
Midland, Texas 79701

Re:   Credit Agreement dated as of April 9, 2003, by and between Pecos Valley Operating
Co. and Lone Star Savings Bank, FSB (as amended,
restated, or supplemented from time to time, the "Credit Agreement")

Ladies and Gentlemen:

Pursuant to the Credit Agreement, the Borrower hereby requests a Loan of $______.
"""


def test_a_re_line_tail_titles_no_agreement() -> None:
    x = extract_text(WITH_FORMS)
    titles = [str(e.props.get("title")) for e in x.entities if e.label == "Agreement"]
    assert not [t for t in titles if "supplemented from time to time" in t]
