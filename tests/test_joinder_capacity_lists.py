"""A supplement by which a new subsidiary "becomes a Subsidiary Party, a Guarantor and a Grantor
under" an existing guarantee and collateral agreement: it joins that agreement in all the
capacities listed, and as a guarantor it secures the credit agreement the collateral
agreement supports."""

from __future__ import annotations

from tests.passages import edges, extract_text

_SUPPLEMENT = """SUPPLEMENT NO. 1 TO GUARANTEE AND COLLATERAL AGREEMENT

SUPPLEMENT NO. 1, dated as of March 3, 2020 (this "Supplement"), to the Guarantee and
Collateral Agreement dated as of July 1, 2019 (the "Collateral Agreement"), among LINDQUIST
PARTNERS, INC. (the "Borrower"), the Subsidiary Parties party thereto and HALE STREET BANK,
as collateral agent (the "Collateral Agent").

Reference is made to the Credit Agreement dated as of July 1, 2019 (the "Credit Agreement")
among the Borrower, the lenders party thereto and Hale Street Bank, as administrative agent.

Marrow Creek Ranching, Inc., a Wyoming corporation (the "New Subsidiary"), is executing this
Supplement to become a Subsidiary Party under the Collateral Agreement.

1. In accordance with Section 7.15 of the Collateral Agreement, the New Subsidiary by its
signature below becomes a Subsidiary Party, a Guarantor and a Grantor under the Collateral
Agreement with the same force and effect as if originally named therein.

MARROW CREEK RANCHING, INC.

By: /s/ Elspeth Dunmore
Name: Elspeth Dunmore
Title: President
"""

_JOINDER = """JOINDER AGREEMENT

This JOINDER AGREEMENT (this "Joinder") is dated as of October 14, 2016 and is made by
Pellham Circuits LLC, a Texas limited liability company ("Pellham"), in favor of FARRIER
NATIONAL BANK (the "Bank") under the Pledge and Guaranty Agreement dated as of January 5,
2015 (the "Pledge Agreement") made by Osgood Systems Corp. and its subsidiaries to the Bank
in support of the Loan Agreement dated as of January 5, 2015 (the "Loan Agreement") between
Osgood Systems Corp. and the Bank.

1. Pellham hereby becomes a Pledgor and a Guarantor under the Pledge Agreement.

PELLHAM CIRCUITS LLC

By: /s/ Arno Vidal
Name: Arno Vidal
Title: Manager
"""


def _roles(text: str, party: str, agreement: str) -> list[str]:
    x = extract_text(text)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return [
        str(r.props.get("role"))
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.source] == party and names[r.target] == agreement
    ]


def test_a_new_subsidiary_joins_in_every_capacity_listed() -> None:
    roles = _roles(_SUPPLEMENT, "Marrow Creek Ranching, Inc.", "Guarantee and Collateral Agreement")
    assert roles and {"Subsidiary Party", "Guarantor", "Grantor"} <= set(roles[0].split(" and "))
    x = extract_text(_SUPPLEMENT)
    assert ("Marrow Creek Ranching, Inc.", "Credit Agreement") in edges(x, "SECURES")


def test_two_capacities_joined_by_and() -> None:
    roles = _roles(_JOINDER, "Pellham Circuits LLC", "Pledge and Guaranty Agreement")
    assert roles == ["Pledgor and Guarantor"]


def test_capacities_in_the_alternative_join_nothing() -> None:
    """Near miss: a covenant about a subsidiary that may become a guarantor "or" a grantor."""
    text = _JOINDER.replace(
        "Pellham hereby becomes a Pledgor and a Guarantor under the Pledge Agreement.",
        "If any Subsidiary becomes a Pledgor or a Guarantor under the Pledge Agreement, the "
        "Borrower shall notify the Bank.",
    )
    assert _roles(text, "Pellham Circuits LLC", "Pledge and Guaranty Agreement") == []
