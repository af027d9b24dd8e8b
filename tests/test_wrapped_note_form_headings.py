"""A note form attached to a credit agreement under a label that ends on "FORM OF", its name
wrapped over the lines below ("EXHIBIT B-1 — FORM OF / TERM LOAN / PROMISSORY NOTE"), the body
defining the note as the exhibit's form (""Term Loan Note" means a promissory note of the
Borrower ... in substantially the form of Exhibit B-1"). The exhibit is the body's note, titled
with its whole heading, not a second "Promissory Note" beside it; a label with an em dash keeps
its number. Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text

_NOTE_FORM = """FORM OF

{kind}

PROMISSORY NOTE



U.S.$__________                                   Dated: __________, 2011

FOR VALUE RECEIVED, the undersigned, GRANITE RIDGE FOODS, INC., a Delaware corporation (the \
"Borrower"), HEREBY PROMISES TO PAY to the order of __________ (the "Lender") the principal \
amount of the {kind} Advances made by the Lender to the Borrower pursuant to the Credit \
Agreement referred to below.

This Promissory Note is one of the Notes referred to in, and is entitled to the benefits of, \
the Credit Agreement.

GRANITE RIDGE FOODS, INC.

By: ______________________
"""

CREDIT = (
    """CREDIT AGREEMENT

Dated as of April 4, 2011

GRANITE RIDGE FOODS, INC., a Delaware corporation (the "Borrower"), the banks listed on the \
signature pages hereof (the "Lenders") and EASTERN HARBOR BANK, N.A., as agent (the "Agent"), \
agree as follows:

SECTION 1.01. Certain Defined Terms.

"Term Loan Note" means a promissory note of the Borrower payable to the order of any Lender, \
delivered pursuant to a request made under Section 2.16 in substantially the form of Exhibit \
B-1 hereto, evidencing the Term Loan Advances made by such Lender.

"364-Day Note" means a promissory note of the Borrower payable to the order of any Lender, \
delivered pursuant to a request made under Section 2.16 in substantially the form of Exhibit \
B-2 hereto, evidencing the 364-Day Advances made by such Lender.

SECTION 2.01. The Advances. Each Lender severally agrees to make advances to the Borrower \
(the "Advances") on the terms set forth herein.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the date \
first above written.

GRANITE RIDGE FOODS, INC.

By: /s/ Mary Lowe

EASTERN HARBOR BANK, N.A., as Agent and Lender

By: /s/ Tom Hale



EXHIBIT B-1 \u2014 """
    + _NOTE_FORM.format(kind="TERM LOAN")
    + """


EXHIBIT B-2 \u2014 """
    + _NOTE_FORM.format(kind="364-DAY")
)


def test_the_wrapped_heading_is_the_title() -> None:
    titles = {ex.label: ex.title for ex in analyze(CREDIT).exhibits()}
    assert titles["EXHIBIT B-1"] == "TERM LOAN PROMISSORY NOTE"
    assert titles["EXHIBIT B-2"] == "364-DAY PROMISSORY NOTE"


def test_the_exhibit_is_the_defined_note_not_a_second_one() -> None:
    x = extract_text(CREDIT)
    notes = {str(e.props.get("title")) for e in x.entities if e.props.get("kind") == "note"}
    assert "Promissory Note" not in notes
    issues = edges(x, "ISSUES")
    assert ("GRANITE RIDGE FOODS, INC.", "Promissory Note") not in issues
    terms = {a for e in x.entities if e.props.get("kind") == "note" for a in e.aliases}
    assert {"Term Loan Note", "364-Day Note"} <= terms


def test_a_label_that_names_its_form_keeps_its_title() -> None:
    text = CREDIT.replace("EXHIBIT B-1 \u2014 FORM OF\n\nTERM LOAN\n\n", "EXHIBIT B-1\n\n")
    titles = {ex.label: ex.title for ex in analyze(text).exhibits()}
    assert titles["EXHIBIT B-1"] == "PROMISSORY NOTE"
