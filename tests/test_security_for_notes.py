"""Collateral a credit agreement says is security for its notes
(:mod:`ingest.relations.security_for_notes`): passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text

_SECURITY_FOR = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated as of October 1, 2002 is by and between GRANITE BAY TIMBER, INC., an \
Oregon corporation (the "Borrower"), and CASCADE VALLEY BANK (the "Bank").

"Collateral" has the meaning set forth in the Security Agreement.

2.3 Notes. The Borrower's obligation to pay the Advances shall be evidenced by the promissory \
notes of the Borrower (the "Notes").

2.4 Single Indebtedness. All Advances shall constitute a single indebtedness and all of the \
Collateral shall be security for the Notes and for the performance of all obligations of the \
Borrower to the Bank.
"""


def test_the_defined_collateral_secures_the_notes_it_is_security_for() -> None:
    x = extract_text(_SECURITY_FOR)
    notes = {e.ref for e in x.entities if e.props.get("kind") == "note"}
    assert notes
    secured = {
        r.target for r in x.relations if r.type == "SECURES" and r.source == "asset:collateral"
    }
    assert notes <= secured


def test_collateral_no_definition_names_secures_nothing() -> None:
    x = extract_text(
        _SECURITY_FOR.replace('"Collateral" has the meaning', "Collateral has the meaning")
    )
    assert not any(r.source == "asset:collateral" for r in x.relations if r.type == "SECURES")
