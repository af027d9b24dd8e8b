"""A lender's joinder to a credit agreement: `The New Lender hereby (a) joins in and becomes a
party to the Credit Agreement as a Lender ... and (c) agrees to make Revolving Loans to the
Borrower`, delivered to the agent under a credit agreement "among CORBRIDGE MEDICAL, INC. (the
"Borrower"), the lenders from time to time party thereto and the Administrative Agent". The
new lender is party to the credit agreement and lends to its borrower: a joinder stands
beside the credit agreement it joins, as a waiver or a guaranty does, so its lending roles
are read (a guarantor's joinder still lends nothing).

Passages written for the test in the shape of lender joinders and assumption agreements
(an opening that recites the credit agreement, the joinder sentence, the new lender's block,
the agent's acceptance); never copied from a filing. Found by round 13 of the written
documents (h24-c).
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_JOINDER = """{title}

This {title} (this "Joinder") is dated as of August 14, 2017 and is made by {new}, an Ohio
state-chartered bank (the "{term}"), and delivered to KESTREL POINT BANK, N.A., as
administrative agent (in such capacity, the "Administrative Agent") under the {credit}
dated as of January 20, 2016 (the "{credit}") among CORBRIDGE MEDICAL, INC., an Indiana
corporation (the "Borrower"), the lenders from time to time party thereto and the
Administrative Agent.

1. Joinder. {sentence}

2. Governing Law. This Joinder shall be governed by the laws of the State of Illinois.

IN WITNESS WHEREOF, the undersigned has caused this Joinder to be executed as of the date
first written above.

{new}

By: /s/ Gideon F. Stavros
Its: Senior Vice President

Accepted:

KESTREL POINT BANK, N.A.,
as Administrative Agent

By: /s/ Rosalind E. Achterberg
Its: Vice President
"""


def _facts(title: str, new: str, term: str, credit: str, sentence: str) -> tuple[set, set]:
    text = _JOINDER.format(title=title, new=new, term=term, credit=credit, sentence=sentence)
    x = extract_text(text)
    names = {e.ref: e.props.get("name") or e.props.get("title") for e in x.entities}
    party_to = {(names[r.source], names[r.target]) for r in x.relations if r.type == "PARTY_TO"}
    return party_to, edges(x, "LENDS_TO")


def test_a_new_lender_joins_in_and_becomes_a_lender() -> None:
    party_to, lent = _facts(
        "LENDER JOINDER AGREEMENT",
        "TREVANCE BANK",
        "New Lender",
        "Credit Agreement",
        "The New Lender hereby (a) joins in and becomes a party to the Credit Agreement as a"
        " Lender, with a Revolving Commitment of $12,500,000, and (b) agrees to make Revolving"
        " Loans to the Borrower.",
    )
    assert ("TREVANCE BANK", "Credit Agreement") in party_to
    assert lent == {("TREVANCE BANK", "CORBRIDGE MEDICAL, INC.")}


def test_an_assuming_bank_becomes_a_bank_under_the_loan_agreement() -> None:
    party_to, lent = _facts(
        "JOINDER AND ASSUMPTION AGREEMENT",
        "HOLLISTER SAVINGS BANK",
        "Assuming Bank",
        "Loan Agreement",
        "The Assuming Bank hereby becomes a party to the Loan Agreement as a Lender and"
        " assumes all obligations of a Lender thereunder.",
    )
    assert ("HOLLISTER SAVINGS BANK", "Loan Agreement") in party_to
    assert ("HOLLISTER SAVINGS BANK", "CORBRIDGE MEDICAL, INC.") in lent


def test_a_guarantors_joinder_lends_nothing() -> None:
    # near miss: a subsidiary joining the guaranty beside the same credit agreement
    _, lent = _facts(
        "GUARANTOR JOINDER AGREEMENT",
        "CORBRIDGE SURGICAL LLC",
        "New Guarantor",
        "Credit Agreement",
        "The New Guarantor hereby becomes a party to the Guaranty as a Guarantor and guarantees"
        " the Obligations of the Borrower.",
    )
    assert not lent
