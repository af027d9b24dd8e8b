"""A bank form that says in the present tense that a facility it provides is evidenced by a note
("Facility B is evidenced by Borrower's Term Note", "The Equipment Line is evidenced by the
Equipment Note payable to Lender"): the note is issued under the agreement and held by its
lender. A note evidencing a loan the agreement does not provide is left alone. Shapes of
drafting, on passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_FORM = """\
                         LOAN AND SECURITY AGREEMENT

THIS LOAN AND SECURITY AGREEMENT is entered into on {date} between {bank}
(hereinafter Lender) and {borrower}, an Oregon corporation (Borrower).

1.1  Lender will make {loans} to Borrower ({term}) up to $600,000.

1.2  {evidence}

IN WITNESS WHEREOF, the parties have executed this Agreement.
"""

_LETTERED = _FORM.format(
    date="May 5, 2020",
    bank="WILLAMETTE TRUST BANK",
    borrower="Carrow Dental Studio, Inc.",
    loans="a term loan",
    term="Facility B",
    evidence="Facility B is evidenced by Borrower's Term Note in the amount of Facility B.",
)

_EQUIPMENT = _FORM.format(
    date="August 19, 2014",
    bank="RAINIER COMMUNITY BANK",
    borrower="Tolland Marine Fabrication, Inc.",
    loans="advances to finance new equipment",
    term="the Equipment Line",
    evidence='The Equipment Line is evidenced by a promissory note of Borrower (the "Equipment\n'
    'Note").',
)

#: near miss: a loan the agreement does not provide (an earlier lender's), its note recited
_EARLIER = _FORM.format(
    date="March 30, 2011",
    bank="CASCADIA STATE BANK",
    borrower="Hood River Cidery, Inc.",
    loans="revolving loans",
    term="Facility A",
    evidence="The Bridge Loan made by a former lender is evidenced by Borrower's Bridge Note.",
)


def test_a_lettered_facility_evidenced_by_a_note() -> None:
    x = extract_text(_LETTERED)
    assert ("Term Note", "Loan and Security Agreement") in edges(x, "ISSUED_UNDER")
    assert ("WILLAMETTE TRUST BANK", "Term Note") in edges(x, "HOLDS")


def test_a_named_line_evidenced_by_a_note() -> None:
    x = extract_text(_EQUIPMENT)
    assert ("Equipment Note", "Loan and Security Agreement") in edges(x, "ISSUED_UNDER")
    assert ("RAINIER COMMUNITY BANK", "Equipment Note") in edges(x, "HOLDS")


def test_a_note_of_a_loan_the_agreement_does_not_provide() -> None:
    x = extract_text(_EARLIER)
    assert not any(src == "Bridge Note" for src, _ in edges(x, "ISSUED_UNDER"))
