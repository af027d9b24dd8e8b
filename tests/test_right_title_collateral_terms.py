"""A grant of "all of its right, title and interest in, to and under all of its Collateral (as
defined in the Guarantee and Collateral Agreement)", the shape of a joinder or supplement that
does not define the collateral itself: the collateral term it names SECURES what the grant
secures, as the grantor does. Passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text

_JOINDER = """JOINDER AGREEMENT

This JOINDER AGREEMENT, dated as of August 4, 2016, is made by ASHGROVE PACKAGING, LLC, a Delaware
limited liability company (the "Additional Guarantor"), in favor of NORTHPOINT BANK, N.A., as
collateral agent (in such capacity, the "Collateral Agent") for the Secured Parties under the
Credit Agreement dated as of March 1, 2014 (the "Credit Agreement") among Ashgrove Holdings,
Inc. (the "Borrower"), the Lenders party thereto and the Collateral Agent.

1. Joinder. {clause}

2. Governing Law. This Joinder Agreement shall be governed by the laws of the State of New
York.

IN WITNESS WHEREOF, the Additional Guarantor has executed this Joinder Agreement as of the date
first written above.

ASHGROVE PACKAGING, LLC

By: /s/ Rena Castillo
Title: Manager
"""


def _secures(clause: str) -> set[tuple[str, str]]:
    x = extract_text(_JOINDER.format(clause=clause))
    names = {
        e.ref: str(e.props.get("description") or e.props.get("name") or e.props.get("title"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


def test_the_collateral_term_after_right_title_and_interest_secures() -> None:
    found = _secures(
        "As security for the Obligations, the Additional Guarantor hereby grants to the "
        "Collateral Agent a security interest in all of its right, title and interest in, to "
        "and under all of its Collateral (as defined in the Guarantee and Collateral "
        "Agreement), whether now owned or hereafter acquired."
    )
    assert ("Collateral", "Credit Agreement") in found
    assert ("ASHGROVE PACKAGING, LLC", "Credit Agreement") in found


def test_a_description_after_right_title_and_interest_is_no_term() -> None:
    found = _secures(
        "As security for the Obligations, the Additional Guarantor hereby grants to the "
        "Collateral Agent a security interest in all of its right, title and interest in, to "
        "and under all of its personal property, whether now owned or hereafter acquired."
    )
    assert not any(a == "Collateral" for a, _ in found)
