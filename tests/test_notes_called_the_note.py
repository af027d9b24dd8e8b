"""A note a loan document describes without defining a term and then calls "the Note": "the
Borrower shall execute and deliver to the Bank its promissory note in the principal amount of
$900,000, payable to the order of the Bank" (``relations.executed_notes.delivers_payable_note``),
"Advances shall be evidenced by a promissory note of the Company payable to the order of the
Lender", "the Borrower's obligation to repay the loans is evidenced by the Borrower's Note
payable to the Bank" (``relations.evidencing_notes.called_the_note``). The note is an instrument
titled "Note", as the tuned gold titles such notes: its maker ISSUES it, its payee HOLDS it, it is
ISSUED_UNDER the agreement (an amendment's recital of it: the agreement amended). Before, no
note was read where no term was quoted. Near misses: a document that never says "the Note"
again, and one whose only such words are "Note:", "the notes to financial statements" and "the
Note Purchase Agreement"."""

from __future__ import annotations

from tests.passages import edges, extract_text

_LOAN = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is made as of March 2, 2011 between HOLLIS PUMP
WORKS, INC., a Kansas corporation (the "Borrower"), and PLAINSMAN STATE BANK, a Kansas
banking corporation (the "Bank").

1. Loan. The Bank agrees to lend the Borrower up to $900,000 for equipment purchases.

2. {clause}

3. Payment. {payment}

4. Reports. The Borrower shall deliver its annual financial statements with the notes to
financial statements. Note: monthly reports need not be audited.

5. Governing Law. This Agreement is governed by the laws of the State of Kansas.

HOLLIS PUMP WORKS, INC.
By: /s/ Ada Hollis
Title: President

PLAINSMAN STATE BANK
By: /s/ Carl Ruiz
Title: Vice President
"""

_DELIVERS = (
    "On the date hereof the Borrower shall execute and deliver to the Bank its promissory note "
    "in the principal amount of $900,000, payable to the order of the Bank."
)
_EVIDENCED = (
    "The loans shall be evidenced by a promissory note of the Borrower payable to the order of "
    "the Bank in the principal amount of $900,000."
)
_LATER = "All principal and interest under the Note is due on March 1, 2016."
_NO_MENTION = (
    "All principal and interest is due on March 1, 2016 under the Note Purchase Agreement."
)


def _loan(clause: str, payment: str) -> str:
    return _LOAN.format(clause=clause, payment=payment)


def test_a_delivered_or_evidencing_note_called_the_note_is_read() -> None:
    for clause in (_DELIVERS, _EVIDENCED):
        x = extract_text(_loan(clause, _LATER))
        assert ("HOLLIS PUMP WORKS, INC.", "Note") in edges(x, "ISSUES"), clause
        assert ("PLAINSMAN STATE BANK", "Note") in edges(x, "HOLDS"), clause
        assert ("Note", "Loan Agreement") in edges(x, "ISSUED_UNDER"), clause
        amounts = {
            e.props.get("title"): e.props.get("amount")
            for e in x.entities
            if e.label == "Instrument"
        }
        assert amounts.get("Note") == 900000, clause


def test_no_note_where_the_document_never_calls_it_the_note() -> None:
    for clause in (_DELIVERS, _EVIDENCED):
        x = extract_text(_loan(clause, _NO_MENTION))
        titles = {e.props.get("title") for e in x.entities if e.label == "Instrument"}
        assert "Note" not in titles, clause


_OTHER_NOTES = (
    # a loan no note evidences
    "The Bank shall record each loan not evidenced by a Note in its books.",
    # notes the document names otherwise: "the Note held by it" is one of those
    'The loans shall be evidenced by separate promissory notes of the Borrower (each, a "Term '
    'Facility Note"). Any loan not otherwise recorded shall be evidenced by a Note payable to '
    "the Bank.",
)


def test_no_note_of_its_own_where_the_clause_names_one_of_a_class() -> None:
    for clause in _OTHER_NOTES:
        x = extract_text(_loan(clause, _LATER))
        titles = {e.props.get("title") for e in x.entities if e.label == "Instrument"}
        assert "Note" not in titles, clause


_AMENDMENT = """FIRST AMENDMENT TO LOAN AGREEMENT

This FIRST AMENDMENT TO LOAN AGREEMENT (this "Amendment") is dated as of May 5, 2014 between
DUNMORE SUPPLY CO., a Nebraska corporation ("Borrower"), and PLATTE VALLEY BANK, a Nebraska
banking corporation ("Bank").

A. Borrower and Bank are parties to a Loan Agreement dated as of June 1, 2012 (the "Loan
Agreement"). {recital}

1. Section 2.1 of the Loan Agreement is amended to increase the line to $3,000,000, and the
Note shall be replaced. {restated}

2. This Amendment is governed by the laws of the State of Nebraska.

DUNMORE SUPPLY CO.
By: /s/ Eve Dunmore
Title: President

PLATTE VALLEY BANK
By: /s/ Tom Reyes
Title: Vice President
"""

_RECITALS = (
    "Borrower's obligation to repay the revolving loans is evidenced by the Borrower's Note "
    "payable to Bank in the principal amount of $2,000,000.",
    "The obligations of Borrower to repay the loans are evidenced by Borrower's Note payable to "
    "the order of Bank.",
)
_RESTATED = (
    "Borrower shall execute and deliver to Bank an amended and restated Note in the principal "
    "amount of $3,000,000, which shall amend and restate the Note."
)


def test_an_amendment_recites_the_note_of_the_agreement_it_amends() -> None:
    for recital in _RECITALS:
        x = extract_text(_AMENDMENT.format(recital=recital, restated=""))
        assert ("DUNMORE SUPPLY CO.", "Note") in edges(x, "ISSUES"), recital
        assert ("PLATTE VALLEY BANK", "Note") in edges(x, "HOLDS"), recital
        assert ("Note", "Loan Agreement") in edges(x, "ISSUED_UNDER"), recital


def test_the_amended_and_restated_note_is_a_note_of_its_own() -> None:
    x = extract_text(_AMENDMENT.format(recital=_RECITALS[0], restated=_RESTATED))
    assert ("DUNMORE SUPPLY CO.", "Amended and Restated Note") in edges(x, "ISSUES")
    assert ("PLATTE VALLEY BANK", "Amended and Restated Note") in edges(x, "HOLDS")
    # the note recited keeps its own principal: the new one is not merged into it
    amounts = {
        e.props.get("title"): e.props.get("amount") for e in x.entities if e.label == "Instrument"
    }
    assert amounts.get("Note") == 2000000
    assert amounts.get("Amended and Restated Note") == 3000000
