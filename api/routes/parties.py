"""``/api/parties/{key}``: who lends to whom, a party's agreements, waivers and signatures."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.convert import ModelResponse, as_edge, as_node, one_row, relations
from api.deps import StoreDep
from api.models import (
    Lending,
    LendingList,
    Node,
    PartyAgreement,
    PartyAgreements,
    PartyDetail,
)
from api.routes.nodes import NOT_FOUND, KeyPath
from dealgraph.errors import NotFound
from graph.results import values_of_row
from graph.store import GraphStore

router = APIRouter(tags=["parties"])


def _lending(item: dict[str, Any]) -> Lending:
    edge = as_edge(item["relation"])
    amount = edge.properties.get("amount")
    currency = edge.properties.get("currency")
    return Lending(
        party=as_node(item["party"]),
        relation=edge,
        amount=amount if isinstance(amount, int | float) else None,
        currency=str(currency) if currency is not None else None,
        instrument=as_node(item["instrument"]) if item.get("instrument") else None,
    )


@router.get("/api/parties/{key}/lenders", response_model=LendingList, responses=NOT_FOUND)
def lenders(store: StoreDep, key: KeyPath) -> ModelResponse:
    """Who lends to this party, how much, under which instrument."""
    row = one_row(store, "api_lenders", {"key": key}, "party")
    return ModelResponse(
        LendingList(party=as_node(row["party"]), items=[_lending(i) for i in row["items"]])
    )


@router.get("/api/parties/{key}/borrowers", response_model=LendingList, responses=NOT_FOUND)
def borrowers(store: StoreDep, key: KeyPath) -> ModelResponse:
    """Whom this party lends to."""
    row = one_row(store, "api_borrowers", {"key": key}, "party")
    return ModelResponse(
        LendingList(party=as_node(row["party"]), items=[_lending(i) for i in row["items"]])
    )


#: A party's agreements per page unless the client asks for another page size.
AGREEMENTS_PAGE = 100


def party_agreements(
    store: GraphStore, key: str, offset: int = 0, limit: int = AGREEMENTS_PAGE
) -> tuple[Node, list[PartyAgreement], int]:
    """The Party ``key``, one page of its agreements and instruments in date order (each
    with all its roles), and how many there are in all; NotFound if there is no such party."""
    rows = store.read("api_party_agreements", {"key": key, "skip": offset, "limit": limit})
    totals = [row.pop("total") for row in rows]
    rows = [values_of_row(row) for row in rows]
    party = next((row["node"] for row in rows if row["relation"]["id"] is None), None)
    if party is None:
        raise NotFound(f"no party with key {key!r}")
    total = next(int(t) for t, row in zip(totals, rows, strict=True) if row["node"] is party)
    found: dict[str, PartyAgreement] = {}
    for row in rows:
        if row["relation"]["id"] is None:
            continue
        edge = as_edge(row["relation"])
        agreement = as_node(row["node"])
        entry = found.setdefault(
            agreement.id, PartyAgreement(agreement=agreement, roles=[], relations=[])
        )
        role = edge.properties.get("role")
        if role and str(role) not in entry.roles:
            entry.roles.append(str(role))
        entry.relations.append(edge)
    return as_node(party), list(found.values()), total


@router.get("/api/parties/{key}/agreements", response_model=PartyAgreements, responses=NOT_FOUND)
def agreements(
    store: StoreDep,
    key: KeyPath,
    limit: Annotated[
        int, Query(ge=1, le=1000, description="Agreements per page (a bank may have thousands)")
    ] = AGREEMENTS_PAGE,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Agreements to skip")] = 0,
) -> ModelResponse:
    """Agreements (and instruments) the party is party to, with its roles in each: one page
    by date (then key), and ``total``; ask again with ``offset`` for the next page."""
    party, items, total = party_agreements(store, key, offset, limit)
    return ModelResponse(
        PartyAgreements(party=party, items=items, total=total, limit=limit, offset=offset)
    )


@router.get("/api/parties/{key}", response_model=PartyDetail, responses=NOT_FOUND)
def party(store: StoreDep, key: KeyPath) -> ModelResponse:
    """Properties, aliases, what it waived and signed, who signed for it, its agreements."""
    row = one_row(store, "api_party", {"key": key}, "party")
    found = as_node(row["party"])
    acts = relations(key, row["acts"])
    _, items, total = party_agreements(store, key)
    aliases = found.properties.get("aliases") or []
    return ModelResponse(
        PartyDetail(
            party=found,
            aliases=[str(a) for a in aliases] if isinstance(aliases, list) else [str(aliases)],
            waivers=[a for a in acts if a.edge.type == "WAIVES"],
            signed=[a for a in acts if a.edge.type == "SIGNED"],
            signatories=relations(key, row["signatories"]),
            agreements=items,
            agreements_total=total,
        )
    )
