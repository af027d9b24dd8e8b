"""A credit agreement whose preamble names the parties bare ("is between Tamsin Tooling, Inc.,
an Ohio corporation, and Lakeshore Bank, N.A.") and whose definitions give them their terms,
in a filing converted from HTML that breaks the line after each quoted term:
'"Bank"\\nmeans Lakeshore Bank, N.A., any of its Lending Installations, and ...',
'"Borrower"\\nmeans Tamsin Tooling, Inc., an Ohio corporation, and its successors'
(:mod:`ingest.parties.definition_terms`, rules ``parties.definition_names_party`` and
``parties.definition_name_described``): passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_DOC = """CREDIT AGREEMENT

This Credit Agreement, dated as of June 2, 2008, is between {borrower}, an Ohio corporation, \
and {bank}, a national banking association.

ARTICLE I
DEFINITIONS

"Affiliate" means any Person controlling, controlled by or under common control with a Person.

{bank_definition}

{borrower_definition}

"Loan" means any loan by the Bank made pursuant to Article II.

ARTICLE II
THE CREDITS

2.1. Commitment. The Bank agrees to make Loans to the Borrower from time to time in an
aggregate amount not exceeding $12,000,000.

IN WITNESS WHEREOF, the Borrower and the Bank have executed this Agreement.

{borrower_caps}
By: /s/ Dana Wolfe
Title: President

{bank_caps}
By: /s/ Omar Reyes
Title: Vice President
"""

_SHAPES = [
    (  # the line broken after each term, the bank's definition going on with its offices
        "Tamsin Tooling, Inc.",
        "Lakeshore Bank, N.A.",
        '"Bank"\nmeans Lakeshore Bank, N.A., any of its Lending Installations, and any\nof\n'
        "their respective successors and assigns.",
        '"Borrower"\nmeans Tamsin Tooling, Inc., an Ohio corporation, and its successors and\n'
        "assigns.",
    ),
    (  # the same on one line each (the shape the rule read before)
        "Corvale Plastics Corp.",
        "Ridgeway National Bank",
        '"Bank" means Ridgeway National Bank, any of its Lending Installations, and its '
        "successors.",
        '"Borrower" means Corvale Plastics Corp., an Ohio corporation, and its successors.',
    ),
    (  # "shall mean" on the next line, indented
        "Harlow Fixtures, Inc.",
        "First Dunmore Bank",
        '"Bank"\n    shall mean First Dunmore Bank, any of its Lending Installations, and its '
        "successors.",
        '"Borrower"\n    shall mean Harlow Fixtures, Inc., an Ohio corporation.',
    ),
]


def _facts(borrower: str, bank: str, bank_def: str, borrower_def: str):  # type: ignore[no-untyped-def]
    x = extract_text(
        _DOC.format(
            borrower=borrower,
            bank=bank,
            bank_definition=bank_def,
            borrower_definition=borrower_def,
            borrower_caps=borrower.upper(),
            bank_caps=bank.upper(),
        )
    )
    parties = {e.ref: e for e in x.entities if e.label == "Party"}
    names = {ref: str(e.props.get("name")) for ref, e in parties.items()}
    aliases = {names[ref]: set(e.aliases) for ref, e in parties.items()}
    lends = {
        (names[r.source], names[r.target])
        for r in x.relations
        if r.type == "LENDS_TO" and r.source in names and r.target in names
    }
    return aliases, lends


@pytest.mark.parametrize(("borrower", "bank", "bank_def", "borrower_def"), _SHAPES)
def test_the_definitions_give_the_bare_parties_their_terms(
    borrower: str, bank: str, bank_def: str, borrower_def: str
) -> None:
    aliases, lends = _facts(borrower, bank, bank_def, borrower_def)
    assert "Borrower" in aliases[borrower]
    assert "Bank" in aliases[bank]
    assert (bank, borrower) in lends


@pytest.mark.parametrize(
    "bank_def",
    [
        # a blank line between the term and "means" is no definition of it
        '"Bank"\n\nmeans Lakeshore Bank, N.A., any of its Lending Installations.',
        # a term defined as a class, not as the party
        '"Bank" means any bank listed on the signature pages hereof.',
    ],
)
def test_near_misses_give_the_bank_no_term(bank_def: str) -> None:
    aliases, _ = _facts(
        "Tamsin Tooling, Inc.",
        "Lakeshore Bank, N.A.",
        bank_def,
        '"Borrower" means Tamsin Tooling, Inc., an Ohio corporation.',
    )
    assert "Bank" not in aliases["Lakeshore Bank, N.A."]
