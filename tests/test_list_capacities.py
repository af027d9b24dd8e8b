"""A capacity written into another agreement's party list ("Harbor Savings Bank, Individually
and as Agent") belongs to the name before it (:mod:`ingest.parties.list_capacities`):
passages written for this test."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

_WAREHOUSE = """REVOLVING CREDIT AGREEMENT

THIS REVOLVING CREDIT AGREEMENT dated as of June 1, 2003 is made by and between COASTLINE \
FUNDING, L.L.C., a Delaware limited liability company (the "Borrower"), and MERIDIAN BANK, \
N.A., a national banking association (the "Lender"), and Meridian Bank, N.A. as agent \
("Agent").

1.1 Definitions.

"Warehouse Agreement" means that certain Warehouse Agreement dated May 2, 2002 among \
Coastline Mortgage Corp., Tern Home Loans, Inc., Harbor Savings Bank Individually and as \
Agent, Union Trust Company, and Pinecrest Bank, as amended through the date hereof.

2.1 Loans. The Lender agrees to make loans to the Borrower not to exceed $4,000,000.
"""


def test_the_capacity_after_a_listed_name_is_its_role_not_a_party_of_its_own() -> None:
    x = extract_text(_WAREHOUSE)
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Warehouse Agreement"}
    assert "Harbor Savings Bank" in parties
    assert "Harbor Savings Bank Individually" not in set(entity_names(x).values())
    # "Agent" names this agreement's agent elsewhere; in the list it is Harbor's capacity
    assert "Meridian Bank, N.A." not in parties
    assert {"Coastline Mortgage Corp.", "Tern Home Loans, Inc.", "Union Trust Company"} <= parties
    roles = {
        entity_names(x)[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and entity_names(x)[r.target] == "Warehouse Agreement"
    }
    assert roles["Harbor Savings Bank"] == "Agent"


def test_a_capacity_after_a_comma_is_no_party_either() -> None:
    x = extract_text(
        _WAREHOUSE.replace("Harbor Savings Bank Individually and as", "Harbor Savings Bank, as")
    )
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Warehouse Agreement"}
    assert "Harbor Savings Bank" in parties
    assert "Meridian Bank, N.A." not in parties
