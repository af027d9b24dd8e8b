"""``/api/agreements/{key}``: an agreement, its parties, and its amendment history.

"What amends X" follows AMENDS edges *into* X (``direction=in``); "what X amends" follows
them out. The chain is the original agreement (reached by following AMENDS out until an
agreement amends nothing) followed by everything that amends it, in date order.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.convert import (
    ModelResponse,
    as_edge,
    as_node,
    one_row,
    relations,
    sort_key_by_date,
    sort_relations,
)
from api.deps import StoreDep
from api.models import (
    AgreementDetail,
    Amendment,
    Amendments,
    Chain,
    ChainLink,
    Edge,
    Node,
    PartyRole,
    Path,
    Relation,
)
from api.routes.nodes import NOT_FOUND, RELATION_CAP, KeyPath
from graph.store import GraphStore

router = APIRouter(tags=["agreements"])


def find_amendments(
    store: GraphStore, key: str, direction: Literal["in", "out"], transitive: bool
) -> tuple[Node, list[Amendment]]:
    """The agreement ``key`` and the agreements amending (in) or amended by (out) it,
    shortest path each, in date order; NotFound if there is no such agreement.

    Every node on a path is ``key`` or one of the agreements found (an intermediate amends,
    or is amended by, ``key`` itself), so paths are rebuilt from their relationships.
    """
    name = f"api_amendments_{direction}" + ("_transitive" if transitive else "")
    row = one_row(store, name, {"key": key}, "agreement")
    subject = as_node(row["agreement"])
    found = [
        (as_node(item["agreement"]), int(item["depth"]), [as_edge(e) for e in item["edges"]])
        for item in row["amendments"]
    ]
    listed = {subject.id: subject} | {
        a.id: a.model_copy(update={"evidence": None}) for a, _, _ in found
    }
    best: dict[str, Amendment] = {}
    for agreement, depth, edges in found:
        if agreement.id == key or not edges:  # a cycle back to the agreement itself
            continue
        known = best.get(agreement.id)
        if known is None or depth < known.depth:
            ends = [e.source for e in edges] + [edges[-1].target]
            best[agreement.id] = Amendment(
                agreement=agreement,
                relation=edges[0] if direction == "in" else edges[-1],
                depth=depth,
                path=Path(nodes=[listed[k] for k in ends], edges=edges),
            )
    ordered = sorted(best.values(), key=lambda a: (sort_key_by_date(a.agreement), a.depth))
    return subject, ordered


@router.get("/api/agreements/{key}/amendments", response_model=Amendments, responses=NOT_FOUND)
def amendments(
    store: StoreDep,
    key: KeyPath,
    direction: Annotated[
        Literal["in", "out"],
        Query(description="in: what amends this agreement; out: what this agreement amends"),
    ] = "in",
    transitive: Annotated[
        bool, Query(description="Follow amendments of amendments (AMENDS*1..)")
    ] = False,
) -> ModelResponse:
    """What amends X (or what X amends), in date order, each with its path and evidence."""
    agreement, found = find_amendments(store, key, direction, transitive)
    return ModelResponse(
        Amendments(
            agreement=agreement, direction=direction, transitive=transitive, amendments=found
        )
    )


@router.get("/api/agreements/{key}/chain", response_model=Chain, responses=NOT_FOUND)
def chain(store: StoreDep, key: KeyPath) -> ModelResponse:
    """The consolidated chain: the original agreement, then every amendment in date order."""
    agreement, upstream = find_amendments(store, key, "out", transitive=True)
    sources = {e.source for a in upstream for e in a.path.edges}
    terminals = [a.agreement for a in upstream if a.agreement.id not in sources]
    original = min(terminals, key=sort_key_by_date) if terminals else agreement
    _, downstream = find_amendments(store, original.id, "in", transitive=True)
    in_chain = {original.id} | {a.agreement.id for a in downstream}
    edges: dict[str, dict[str, Edge]] = {}
    for a in downstream:
        for e in a.path.edges:
            if e.source in in_chain and e.target in in_chain:
                edges.setdefault(e.source, {})[e.id] = e
    links = [ChainLink(agreement=original, amends=[])]
    links += [
        ChainLink(
            agreement=a.agreement,
            amends=sorted(edges.get(a.agreement.id, {}).values(), key=lambda e: e.target),
        )
        for a in downstream
    ]
    return ModelResponse(Chain(agreement=agreement, original=original, chain=links))


@router.get("/api/agreements/{key}", response_model=AgreementDetail, responses=NOT_FOUND)
def agreement(store: StoreDep, key: KeyPath) -> ModelResponse:
    """Properties and evidence, parties with roles, instruments, containing documents."""
    row = one_row(store, "api_agreement", {"key": key, "limit": RELATION_CAP}, "agreement")
    parties: dict[str, PartyRole] = {}
    documents: list[Node] = []
    rest: list[Relation] = []
    for rel in relations(key, row["relations"]):
        kind = (rel.edge.type, rel.direction)
        if kind == ("PARTY_TO", "in"):
            entry = parties.setdefault(
                rel.node.id, PartyRole(party=rel.node, roles=[], relations=[])
            )
            role = rel.edge.properties.get("role")
            if role and role not in entry.roles:
                entry.roles.append(str(role))
            entry.relations.append(rel.edge)
        elif kind == ("CONTAINS", "in"):
            documents.append(rel.node)
        else:
            rest.append(rel)
    buckets = sort_relations(rest, _BUCKETS)
    return ModelResponse(
        AgreementDetail(
            agreement=as_node(row["agreement"]),
            parties=sorted(parties.values(), key=lambda p: p.party.id),
            documents=documents,
            instruments=buckets["instruments"],
            amends=buckets["amends"],
            amended_by=buckets["amended_by"],
            waivers=buckets["waivers"],
            signatures=buckets["signatures"],
            secured_by=buckets["secured_by"],
            other=buckets["other"],
        )
    )


_BUCKETS: dict[tuple[str, str], str] = {
    ("ISSUED_UNDER", "in"): "instruments",
    ("AMENDS", "out"): "amends",
    ("AMENDS", "in"): "amended_by",
    ("WAIVES", "in"): "waivers",
    ("SIGNED", "in"): "signatures",
    ("SECURES", "in"): "secured_by",
}
