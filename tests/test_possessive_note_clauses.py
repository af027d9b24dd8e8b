"""Notes a recital says evidence the loans, written with "the" before the maker's possessive
and a clause before the article of their term: "evidenced by the Pledgor's promissory notes
payable to the order of the Bank (collectively, and together with all renewals ... thereof,
the "Notes")" (:mod:`ingest.relations.evidencing_notes`). Passages written for this test
(invented parties)."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

_PLEDGE = (
    "PLEDGE AGREEMENT\n\n"
    'THIS PLEDGE AGREEMENT (this "Agreement") is made as of May 2, 1997, by CORMORANT '
    'FOUNDRY, INC., a Michigan corporation (the "Pledgor"), in favor of LAKESHORE STATE BANK, '
    'a Michigan banking corporation (the "Bank").\n\n'
    "RECITALS\n\n"
    "A. The Pledgor and the Bank are parties to a Loan Agreement dated as of May 2, 1997 "
    '(the "Loan Agreement").\n\n'
    "B. The Pledgor's obligations to repay the loans under the Loan Agreement are evidenced "
    "by the Pledgor's promissory notes payable to the order of the Bank {defined}.\n\n"
    "IN WITNESS WHEREOF, the Pledgor has executed this Agreement.\n\n"
    "CORMORANT FOUNDRY, INC.\n\nBy: /s/ Wendell Ashby\nWendell Ashby, President\n"
)


def test_the_makers_possessive_after_the_names_the_maker() -> None:
    x = extract_text(_PLEDGE.format(defined='(the "Notes")'))
    assert ("CORMORANT FOUNDRY, INC.", "Promissory Notes") in edges(x, "ISSUES"), edges(x, "ISSUES")
    assert ("LAKESHORE STATE BANK", "Promissory Notes") in edges(x, "HOLDS"), edges(x, "HOLDS")


def test_a_renewals_clause_before_the_term_still_defines_the_notes() -> None:
    x = extract_text(
        _PLEDGE.format(
            defined="(collectively, and together with all renewals, extensions and "
            'replacements thereof, the "Notes")'
        )
    )
    assert "Promissory Notes" in entity_names(x).values(), entity_names(x)
    assert ("CORMORANT FOUNDRY, INC.", "Promissory Notes") in edges(x, "ISSUES")
