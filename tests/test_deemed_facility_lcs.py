"""An earlier letter of credit a credit agreement takes over under its own abbreviation
("LC", "L/C"), with the agreement it was issued under in a relative clause: "provided that the
Existing US Facility LC, which was issued pursuant to the Existing Credit Agreement, shall
continue in effect, shall be deemed a US Facility LC issued and outstanding under, and for all
purposes of, this Agreement" (:mod:`ingest.relations.defined_letters_of_credit`, rule
``relations.letters_of_credit.deemed_issued_hereunder``): the letter of credit the definitions
name by that term is ISSUED_UNDER the agreement. Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_DOC = """CREDIT AGREEMENT

This Credit Agreement, dated as of March 4, 2009, is between Pellow Instruments, Inc., an Ohio \
corporation (the "Borrower"), and Fairhaven Bank, N.A. (the "Bank").

1.1 Definitions.

"{term}" means that certain standby letter of credit number SB-40021 in the face amount of \
$750,000.00 issued by the Bank for the account of the Borrower.

2.1 Commitment. The Bank agrees to make Loans to the Borrower and to issue {cls}s upon the \
request of the Borrower in an aggregate amount not exceeding $5,000,000.

9.16 Termination of Existing Credit Agreement. The Credit Agreement dated as of May 1, 2004 \
between the Borrower and the Bank (the "Existing Credit Agreement") is terminated as of the \
Effective Date; {proviso}

IN WITNESS WHEREOF, the Borrower and the Bank have executed this Agreement.

PELLOW INSTRUMENTS, INC.
By: /s/ Dana Wolfe
Title: President

FAIRHAVEN BANK, N.A.
By: /s/ Omar Reyes
Title: Vice President
"""


def _issued_under(term: str, cls: str, proviso: str) -> set[str]:
    x = extract_text(_DOC.format(term=term, cls=cls, proviso=proviso))
    titles = {e.ref: str(e.props.get("title")) for e in x.entities if e.label != "Party"}
    own = {
        e.ref
        for e in x.entities
        if e.label == "Agreement"
        and e.props.get("title") == "Credit Agreement"
        and e.props.get("date") == "2009-03-04"
    }
    return {
        titles[r.source]
        for r in x.relations
        if r.type == "ISSUED_UNDER" and r.target in own and r.source in titles
    }


@pytest.mark.parametrize(
    ("term", "cls", "proviso"),
    [
        (
            "Existing US Facility LC",
            "US Facility LC",
            "provided that the Existing US Facility LC, which was issued pursuant to the Existing "
            "Credit Agreement, shall continue in effect, shall be deemed a US Facility LC issued "
            "and outstanding under, and for all purposes of, this Agreement.",
        ),
        (
            "Existing L/C",
            "L/C",
            "provided that the Existing L/C shall be deemed an L/C issued under this Agreement.",
        ),
        (
            "Prior LC",
            "LC",
            "provided that the Prior LC, which the Bank issued under the Existing Credit "
            "Agreement, shall continue in effect and shall be deemed issued pursuant to this "
            "Agreement.",
        ),
    ],
)
def test_the_defined_letter_of_credit_is_issued_under_the_agreement(
    term: str, cls: str, proviso: str
) -> None:
    assert "standby letter of credit number SB-40021" in _issued_under(term, cls, proviso)


@pytest.mark.parametrize(
    "proviso",
    [
        # deemed issued under the earlier agreement, not this one
        "provided that the Existing US Facility LC shall be deemed a US Facility LC issued under "
        "the Existing Credit Agreement.",
        # it ends: nothing is taken over
        "provided that the Existing US Facility LC, which was issued pursuant to the Existing "
        "Credit Agreement, shall terminate on the Effective Date.",
    ],
)
def test_near_misses_take_no_letter_of_credit_over(proviso: str) -> None:
    assert "standby letter of credit number SB-40021" not in _issued_under(
        "Existing US Facility LC", "US Facility LC", proviso
    )
