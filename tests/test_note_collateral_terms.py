"""A note's "This Note is secured by <a list of assets> (the "Collateral")": the collateral is
named by the term the clause defines for the whole list, not by the list's first item
(:mod:`ingest.relations.termed_collateral`). Passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text


def _secured_by(text: str) -> set[tuple[str, str]]:
    """(collateral description, title of what it secures) of the passage's asset SECURES."""
    x = extract_text(text)
    named = {e.ref: str(e.props.get("description") or e.props.get("title")) for e in x.entities}
    assets = {e.ref for e in x.entities if e.label == "Asset"}
    return {
        (named[r.source], named[r.target])
        for r in x.relations
        if r.type == "SECURES" and r.source in assets
    }


_NOTE = """TERM NOTE

$1,250,000.00                                               Fargo, North Dakota
                                                            October 9, 2013

     FOR VALUE RECEIVED, NORTHWIND GRAIN HANDLING, INC., a North Dakota corporation
("Borrower"), promises to pay to the order of RED RIVER VALLEY BANK ("Bank") the principal
sum of One Million Two Hundred Fifty Thousand Dollars ($1,250,000.00), with interest at five
percent (5%) per annum, due October 9, 2018.

     COLLATERAL. This Note is secured by all of Borrower's grain bins, dryers, conveyors and
scales, and all accessions and proceeds thereof (the "Collateral"), as more fully described
in that certain Security Agreement dated as of October 9, 2013, executed by Borrower in favor
of Bank.

     This Note shall be governed by the laws of the State of North Dakota.

NORTHWIND GRAIN HANDLING, INC.

By: /s/ Oskar B. Lindahl
    Oskar B. Lindahl, President
"""


def test_the_collateral_is_named_by_the_term_the_clause_defines() -> None:
    secures = _secured_by(_NOTE)
    assert ("Collateral", "Term Note") in secures, secures
    assert ("all of Borrower's grain bins", "Term Note") not in secures


def test_a_term_a_longer_description_ends_with_names_it_too() -> None:
    text = _NOTE.replace(
        "This Note is secured by all of Borrower's grain bins, dryers, conveyors and\nscales, "
        'and all accessions and proceeds thereof (the "Collateral")',
        "This Note is secured by a security interest in the grain bins, dryers and conveyors "
        "of Borrower located at 4100 Elevator Road, Casselton, North Dakota (collectively, "
        'the "Elevator Equipment")',
    )
    secures = _secured_by(text)
    assert ("Elevator Equipment", "Term Note") in secures, secures


def test_a_term_the_document_gives_a_party_is_no_collateral() -> None:
    text = _NOTE.replace(
        "This Note is secured by all of Borrower's grain bins, dryers, conveyors and\nscales, "
        'and all accessions and proceeds thereof (the "Collateral")',
        "This Note is secured by the assets of Prairie Elevator Co., a North Dakota "
        'corporation (the "Borrower")',
    )
    secures = _secured_by(text)
    assert ("Borrower", "Term Note") not in secures, secures
