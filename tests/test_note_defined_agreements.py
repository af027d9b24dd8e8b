"""A note attached to its agreement that names the agreement by a short term of its own: "the
Credit and Security Agreement dated the same date as this Revolving Note ... (as amended from
time to time, the "Credit Agreement")", then "subject to the terms of the Credit Agreement". The
short term is no agreement's title; the title before its definition is (the note is ISSUED_UNDER
the document's own agreement).

The passage is written for the test in the shape of an asset-based bank form (a form of note as
Exhibit A after a table of exhibits); never copied from a filing. Blind annotation h6-c found the
shape (credit-dev, tuned half).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.notes.defined_agreement import defined_agreement
from ingest.records import SourceDocument
from tests.passages import edges, extract_text

_DOCUMENT = """CREDIT AND SECURITY AGREEMENT

Dated June 9, 2011

TAMSIN FOODS, INC., a Texas corporation (the "Borrower"), and FENWICK STATE BANK (the
"Lender") acting through its Commercial Finance division, hereby agree as follows:

Section 2.1 Advances. The Lender agrees to make advances to the Borrower in an amount not in
excess of $2,500,000. The Borrower's obligation to pay the advances shall be evidenced by the
Revolving Note.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the date
set forth in the initial caption of this Agreement.

TAMSIN FOODS, INC.

By:
Print Name:
Print Title:

FENWICK STATE BANK

By:
Owen Dray, Vice President

<PAGE>

Table of Exhibits and Schedules

Exhibit A                  Form of Revolving Note

Exhibit B                  Compliance Certificate

<PAGE>

Credit and Security Agreement ver. 1                     A-1

Exhibit A to Credit and Security Agreement

REVOLVING NOTE

$2,500,000                                                        June 9, 2011

For value received, the undersigned, TAMSIN FOODS, INC., a Texas corporation (the
"Borrower"), hereby promises to pay to the order of FENWICK STATE BANK (the "Lender"), on the
Termination Date referenced in the Credit and Security Agreement dated the same date as this
Revolving Note that was entered into by the Lender and the Borrower (as amended from time to
time, the "Credit Agreement"), the principal sum of Two Million Five Hundred Thousand Dollars
($2,500,000).

This Revolving Note is the Revolving Note referenced in the Credit Agreement, and is subject to
the terms of the Credit Agreement.

TAMSIN FOODS, INC.

By:______________________

<PAGE>

Exhibit B to Credit and Security Agreement

COMPLIANCE CERTIFICATE

To: Fenwick State Bank
"""


def test_the_note_is_issued_under_the_agreement_its_short_term_names() -> None:
    x = extract_text(_DOCUMENT)
    assert edges(x, "ISSUED_UNDER") == {("Revolving Note", "Credit and Security Agreement")}
    assert edges(x, "ISSUES") == {("TAMSIN FOODS, INC.", "Revolving Note")}


def test_a_term_defined_for_no_known_title_names_no_agreement() -> None:
    text = (
        'the Master Facility Agreement dated June 9, 2011 (the "Credit Agreement"), and subject'
        " to the terms of the Credit Agreement."
    )
    ctx = DocContext(SourceDocument(text=text, path="passage.txt"))
    assert defined_agreement(ctx, "the Credit Agreement", 0, len(text)) is None
