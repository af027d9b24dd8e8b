"""``/api/parties/{key}``: who lends to whom, a party's agreements, waivers and signatures."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.convert import one_node, relation
from api.deps import StoreDep
from api.models import (
    Edge,
    Lending,
    LendingList,
    Node,
    PartyAgreement,
    PartyAgreements,
    PartyDetail,
    Relation,
)
from api.routes.nodes import NOT_FOUND, KeyPath
from graph.store import GraphStore

router = APIRouter(tags=["parties"])


def _lending(row: dict[str, Any]) -> Lending:
    edge = Edge.from_store(row["r"])
    amount = edge.properties.get("amount")
    currency = edge.properties.get("currency")
    return Lending(
        party=Node.from_store(row["party"]),
        relation=edge,
        amount=amount if isinstance(amount, int | float) else None,
        currency=str(currency) if currency is not None else None,
        instrument=Node.from_store(row["instrument"]) if row.get("instrument") else None,
    )


@router.get("/api/parties/{key}/lenders", response_model=LendingList, responses=NOT_FOUND)
def lenders(store: StoreDep, key: KeyPath) -> LendingList:
    """Who lends to this party, how much, under which instrument."""
    party = one_node(store, "api_party", key, "party", "p")
    return LendingList(
        party=party, items=[_lending(r) for r in store.read("api_lenders", {"key": key})]
    )


@router.get("/api/parties/{key}/borrowers", response_model=LendingList, responses=NOT_FOUND)
def borrowers(store: StoreDep, key: KeyPath) -> LendingList:
    """Whom this party lends to."""
    party = one_node(store, "api_party", key, "party", "p")
    return LendingList(
        party=party, items=[_lending(r) for r in store.read("api_borrowers", {"key": key})]
    )


def party_agreements(store: GraphStore, key: str) -> list[PartyAgreement]:
    """The party's agreements and instruments in date order, each with all its roles."""
    items: dict[str, PartyAgreement] = {}
    for row in store.read("api_party_agreements", {"key": key}):
        edge = Edge.from_store(row["r"])
        node = Node.from_store(row["a"])
        entry = items.setdefault(node.id, PartyAgreement(agreement=node, roles=[], relations=[]))
        role = edge.properties.get("role")
        if role and str(role) not in entry.roles:
            entry.roles.append(str(role))
        entry.relations.append(edge)
    return list(items.values())


@router.get("/api/parties/{key}/agreements", response_model=PartyAgreements, responses=NOT_FOUND)
def agreements(store: StoreDep, key: KeyPath) -> PartyAgreements:
    """Agreements (and instruments) the party is party to, with its roles in each."""
    party = one_node(store, "api_party", key, "party", "p")
    return PartyAgreements(party=party, items=party_agreements(store, key))


@router.get("/api/parties/{key}", response_model=PartyDetail, responses=NOT_FOUND)
def party(store: StoreDep, key: KeyPath) -> PartyDetail:
    """Properties, aliases, what it waived and signed, who signed for it, its agreements."""
    found = one_node(store, "api_party", key, "party", "p")
    acts = [relation(key, r["r"], r["t"]) for r in store.read("api_party_acts", {"key": key})]
    signatories: list[Relation] = [
        relation(key, r["r"], r["s"]) for r in store.read("api_party_signatories", {"key": key})
    ]
    aliases = found.properties.get("aliases") or []
    return PartyDetail(
        party=found,
        aliases=[str(a) for a in aliases] if isinstance(aliases, list) else [str(aliases)],
        waivers=[a for a in acts if a.edge.type == "WAIVES"],
        signed=[a for a in acts if a.edge.type == "SIGNED"],
        signatories=signatories,
        agreements=party_agreements(store, key),
    )
