"""The note a credit document says its borrower shall execute to evidence its debt
(``ingest.relations.executed_notes``, read by ``ingest.relations.evidencing_notes``): composed
passages in the drafting shape and its near miss, and a real credit agreement of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers.reader import read_file
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_HEAD = """LINE OF CREDIT AGREEMENT

THIS LINE OF CREDIT AGREEMENT is made as of April 4, 2012, between NORTHFIELD LABS, INC., a \
Delaware corporation (the "Borrower"), and CEDAR RIDGE PHARMA, INC., a Minnesota corporation \
(the "Lender").

"""

_TAIL = """

IN WITNESS WHEREOF, the parties have executed this Agreement.

NORTHFIELD LABS, INC.
By: /s/ Mia Grant
Title: Chief Executive Officer

CEDAR RIDGE PHARMA, INC.
By: /s/ Leo Park
Title: President
"""

_EXECUTES = (
    _HEAD
    + """2. The Note. The Borrower shall execute a Note, in the amount of $6,000,000 ("Note") \
and in the form attached hereto as Exhibit A, evidencing the Loan."""
    + _TAIL
)

#: a note for an assignment says nothing of the debt: no note of the agreement
_ASSIGNMENT = (
    _HEAD
    + """9. Assignments. Upon request, the Borrower shall execute and deliver a Note to the \
assignee of the Lender."""
    + _TAIL
)


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_the_note_the_borrower_shall_execute_for_the_loan_is_issued_under_the_agreement() -> None:
    x = extract_text(_EXECUTES)
    assert ("northfield labs, inc.", "note") in _lower(edges(x, "ISSUES"))
    assert ("note", "line of credit agreement") in _lower(edges(x, "ISSUED_UNDER"))
    notes = [e for e in x.entities if e.label == "Instrument" and e.props.get("title") == "Note"]
    assert [e.props.get("amount") for e in notes] == [6000000]


def test_a_note_executed_on_an_assignment_is_no_note_of_the_agreement() -> None:
    x = extract_text(_ASSIGNMENT)
    assert not edges(x, "ISSUES")
    assert not edges(x, "ISSUED_UNDER")


def test_real_note_the_borrower_shall_execute_evidencing_the_loan() -> None:
    # Guilford's line of credit agreement: "The Borrower shall execute a Note, in the amount of
    # $18,000,000 ("Note") and in the form attached hereto as Exhibit A, evidencing the Loan."
    name = "lexpredict-702131-2005-07-22.txt"
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    x = extract(doc)
    assert ("guilford pharmaceuticals inc.", "note") in _lower(edges(x, "ISSUES"))
    assert ("note", "line of credit agreement") in _lower(edges(x, "ISSUED_UNDER"))
