"""A note that says "Payment of this Note is guaranteed by ..." without defining "Note" as a term:
the guarantors secure the note the sentence is written in, not a loan agreement the note
mentions (:mod:`ingest.relations.guaranteed_by`). Passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_NOTE = """PROMISSORY NOTE

$750,000.00                                                   Tulsa, Oklahoma
                                                              April 3, 2012

     FOR VALUE RECEIVED, BRIARCLIFF PUMP WORKS, INC., an Oklahoma corporation
("Borrower"), promises to pay to the order of REDBUD STATE BANK ("Bank") the principal
sum of Seven Hundred Fifty Thousand Dollars ($750,000.00), with interest at six percent
(6%) per annum, due April 3, 2015.

     This Note is made pursuant to the Loan Agreement dated as of April 3, 2012 between
Borrower and Bank.

     GUARANTY. Payment of this Note is further guaranteed by Lowell T. Garrity
("Guarantor") pursuant to that certain Continuing Guaranty dated as of April 3, 2012,
executed by Guarantor in favor of Bank.

     This Note shall be governed by the laws of the State of Oklahoma.

BRIARCLIFF PUMP WORKS, INC.

By: /s/ Lowell T. Garrity
    Lowell T. Garrity, President
"""


def test_a_person_guaranteeing_this_note_secures_the_note() -> None:
    x = extract_text(_NOTE)
    secures = edges(x, "SECURES")
    assert ("Lowell T. Garrity", "Promissory Note") in secures, secures
    assert ("Lowell T. Garrity", "Continuing Guaranty") in edges(x, "PARTY_TO")


def test_a_parent_company_guaranteeing_this_note_secures_the_note() -> None:
    text = _NOTE.replace(
        'Payment of this Note is further guaranteed by Lowell T. Garrity\n("Guarantor")',
        "The payment of this Note is unconditionally guaranteed by Briarcliff\nHoldings, "
        'Inc., a Delaware corporation (the "Parent")',
    ).replace("executed by Guarantor in", "made by the Parent in")
    secures = edges(extract_text(text), "SECURES")
    assert ("Briarcliff Holdings, Inc.", "Promissory Note") in secures, secures


def test_the_guaranty_of_another_note_is_not_this_notes() -> None:
    text = _NOTE.replace(
        "Payment of this Note is further guaranteed",
        "Payment of the Senior Notes is guaranteed",
    )
    secures = edges(extract_text(text), "SECURES")
    assert ("Lowell T. Garrity", "Promissory Note") not in secures, secures
