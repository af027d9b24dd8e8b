"""Amendments whose signature pages no "IN WITNESS WHEREOF" announces, whose lenders an
all-capitals preamble describes as a class, and whose banks a joint term names together:

- the witness clause without its opening words ("Each of the parties hereto has caused a
  counterpart of this Amendment to be duly executed and delivered as of the date first above
  written."), over blocks whose "By:" lines lost their rules, each field's value on the line
  under its label ("Name:" / "Paul Doe"): the blocks are the signature pages all the same;
- "THE PERSONS IDENTIFIED AS THE LENDERS ON THE SIGNATURE PAGES HERETO (the "Lenders")": a
  class written in the capitals of the names around it, no party; its members sign below;
- `("Chase", collectively with Fleet, the "Banks")` used by the recital before the joint terms
  are read ("The Borrower and the Banks are parties to a Credit Agreement"): both banks.

Passages written for the test in the shape of amendments filed as converted HTML (labels and
values on lines of their own) and of 1990s two-bank amendments; never copied from a filing.
"""

from __future__ import annotations

import pytest

from ingest.structure.analysis import analyze
from tests.passages import edges, entity_names, extract_text, own_roles

_AMENDMENT = """SECOND AMENDMENT TO LOAN AGREEMENT

THIS SECOND AMENDMENT TO LOAN AGREEMENT (this "Amendment"), dated as of June 9, 2006 is by and
among LARCHMONT MILLS, INC., a North Carolina corporation (the "Borrower"), {klass} (the
"Lenders"), and HARBORVIEW BANK, N.A., as Agent for the Lenders (the "Agent").

WHEREAS, the Borrower, the Lenders and the Agent are parties to that certain Loan Agreement
dated as of May 2, 2003 (the "Loan Agreement").

1. Amendment. Section 2.1 of the Loan Agreement is hereby amended to extend the Maturity Date.

2. Governing Law. This Amendment shall be governed by the laws of the State of New York.

{closing}



BORROWER:
LARCHMONT MILLS, INC.,
a North Carolina corporation

By:



Name:
Alice M. Porter

Title:
Chief Financial Officer


AGENT:\t \t HARBORVIEW BANK, N.A., as Agent


By:



Name:
Victor Lund

Title:
Senior Vice President


LENDERS:\t \t HARBORVIEW BANK, N.A., as a Lender


By:



Name:
Victor Lund

Title:
Senior Vice President


QUARRY STATE BANK,
as a Lender

By:



Name:
Imogen Tate

Title:
Vice President
"""

_CLOSINGS = [
    "Each of the parties hereto has caused a counterpart of this Amendment to be duly executed"
    " and delivered\nas of the date first above written.",
    "The parties hereto have caused this Amendment to be executed by their respective duly\n"
    "authorized officers as of the day and year first written above.",
]
_CLASS = "THE PERSONS IDENTIFIED AS THE LENDERS ON THE SIGNATURE PAGES HERETO"


def _amendment(closing: str, klass: str = _CLASS) -> str:
    return _AMENDMENT.format(closing=closing, klass=klass)


@pytest.mark.parametrize("closing", _CLOSINGS)
def test_a_witness_clause_without_its_opening_words_starts_the_signature_pages(
    closing: str,
) -> None:
    text = _amendment(closing)
    st = analyze(text)
    assert st.signatures is not None
    assert text[st.signatures.start :].lstrip().startswith(closing.split()[0])
    signed = edges(extract_text(text), "SIGNED")
    assert signed == {
        ("Alice M. Porter", "Second Amendment to Loan Agreement"),
        ("Victor Lund", "Second Amendment to Loan Agreement"),
        ("Imogen Tate", "Second Amendment to Loan Agreement"),
    }


def test_a_body_sentence_that_states_no_execution_date_starts_no_signature_pages() -> None:
    # near miss: "have caused ... to be executed" in the body, with no "as of the date first
    # written", is a covenant: the pages start at the witness clause below it
    text = _amendment(
        "The parties hereto have caused this Amendment to be executed in counterparts.\n\n"
        "IN WITNESS WHEREOF, the parties hereto have executed this Amendment."
    )
    st = analyze(text)
    assert st.signatures is not None
    assert text[st.signatures.start :].startswith("IN WITNESS WHEREOF")


@pytest.mark.parametrize(
    "klass",
    [
        _CLASS,
        "THE FINANCIAL INSTITUTIONS FROM TIME TO TIME PARTY HERETO",
        "THE BANKS NAMED ON THE SIGNATURE PAGES",
    ],
)
def test_a_class_in_capitals_is_no_party_and_its_members_sign_below(klass: str) -> None:
    x = extract_text(_amendment(_CLOSINGS[0], klass))
    roles = own_roles(x)
    assert not [name for name in roles if "HERETO" in name or "SIGNATURE" in name]
    assert roles["QUARRY STATE BANK"] == "Lender"
    lent = edges(x, "LENDS_TO")
    assert ("QUARRY STATE BANK", "LARCHMONT MILLS, INC.") in lent
    assert ("HARBORVIEW BANK, N.A.", "LARCHMONT MILLS, INC.") in lent


def test_a_bank_named_in_capitals_stays_a_party() -> None:
    # near miss: a lender the preamble names is a party, whatever its capitals
    x = extract_text(_amendment(_CLOSINGS[0], "QUARRY STATE BANK, a Georgia banking corporation"))
    assert own_roles(x)["QUARRY STATE BANK"] == "Lender"


_TWO_BANKS = """AMENDMENT NO. 2 TO CREDIT AGREEMENT

This Amendment No. 2 to Credit Agreement (this "Amendment") is made this 9th day of June, 1999
by and among:

TALBOT SYSTEMS INC., a corporation organized under the laws of the State of Delaware (the
"Borrower"); and

{banks}

RECITALS:

(A) The Borrower and the {term} are parties to a Credit Agreement dated as of April 2, 1997
(the "Credit Agreement");

NOW, THEREFORE, the parties hereto hereby agree as follows:

SECTION 1. Section 6.1 of the Credit Agreement is hereby amended by deleting "$5,000,000".

IN WITNESS WHEREOF, each of the undersigned has executed this Amendment as of the date first
above written.

TALBOT SYSTEMS INC.

By: /s/ Ruth Ames
Name: Ruth Ames
Title: Treasurer
"""


@pytest.mark.parametrize(
    ("banks", "term", "members"),
    [
        (
            'MERIDIAN BANK, N.A., a national banking association ("Meridian") and THE'
            ' KESTREL TRUST COMPANY, a New York banking corporation ("Kestrel", collectively'
            ' with Meridian, the "Banks").',
            "Banks",
            {"MERIDIAN BANK, N.A.", "KESTREL TRUST COMPANY"},
        ),
        (
            'OSPREY NATIONAL BANK ("Osprey"), HALCYON BANK AND TRUST COMPANY ("Halcyon") and'
            ' CORMORANT BANK, an Ohio banking corporation ("Cormorant" and, together with Osprey'
            ' and Halcyon, the "Lenders").',
            "Lenders",
            {"OSPREY NATIONAL BANK", "HALCYON BANK AND TRUST COMPANY", "CORMORANT BANK"},
        ),
    ],
)
def test_a_joint_term_the_recital_uses_names_every_bank_it_joins(
    banks: str, term: str, members: set[str]
) -> None:
    x = extract_text(_TWO_BANKS.format(banks=banks, term=term))
    party_to = edges(x, "PARTY_TO")
    assert {(m, "Credit Agreement") for m in members} <= party_to
    assert {(m, "TALBOT SYSTEMS INC.") for m in members} <= edges(x, "LENDS_TO")


def test_a_bank_term_of_its_own_names_that_bank_only() -> None:
    # near miss: no "collectively with": the term is the one bank's
    x = extract_text(
        _TWO_BANKS.format(
            banks='MERIDIAN BANK, N.A., a national banking association (the "Bank").',
            term="Bank",
        )
    )
    lenders = {src for src, to in edges(x, "LENDS_TO") if to == "TALBOT SYSTEMS INC."}
    assert lenders == {"MERIDIAN BANK, N.A."}


_GROUP = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of May 1, 2002,
by and among HALDEN WIRELESS, INC., a Delaware corporation (the "Borrower"), HALDEN, INC., a
Delaware corporation ("Holdings"), HALDEN TOWERS, INC., a Delaware corporation ("Towerco" and
collectively with the Borrower and Holdings, the "Loan Parties"), and NORTHWOOD BANK, as agent
(the "Agent").

WHEREAS, the Loan Parties and the Agent are parties to that certain Credit Agreement dated as
of July 12, 2000 (the "Credit Agreement");

1. Section 6.1 of the Credit Agreement is hereby amended by deleting "$5,000,000".

IN WITNESS WHEREOF, the parties hereto have executed this Amendment as of the date first above
written.

HALDEN WIRELESS, INC.

By: /s/ Ruth Ames
Name: Ruth Ames
Title: Treasurer
"""


def test_a_group_term_joins_its_members_but_gives_them_no_group_role() -> None:
    # near miss: "Loan Parties" is no role each member holds: the Borrower stays the Borrower
    x = extract_text(_GROUP)
    assert {
        (m, "Credit Agreement")
        for m in ("HALDEN WIRELESS, INC.", "HALDEN, INC.", "HALDEN TOWERS, INC.")
    } <= edges(x, "PARTY_TO")
    names = entity_names(x)
    roles = {
        names[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.target] == "Credit Agreement"
    }
    assert roles["HALDEN WIRELESS, INC."] == "Borrower"
    assert roles["HALDEN, INC."] != "Loan Party"
