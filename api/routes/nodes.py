"""``GET /api/nodes/{key}`` and ``/neighbors``: any node, for the explorer."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from api.convert import ModelResponse, as_node, one_row, relations, split_list
from api.deps import StoreDep
from api.models import Edge, ErrorResponse, Neighbors, Node, NodeDetail, Relation
from graph import schema

router = APIRouter(tags=["nodes"])

KeyPath = Annotated[
    str,
    Path(
        min_length=1,
        max_length=300,
        description="A node key",
        openapi_examples={"party": {"value": "party:zoltek-companies-inc"}},
    ),
]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "No node with that key"}
}
#: Most relations one node answer carries; the explorer pages through /neighbors.
RELATION_CAP = 500


@router.get(
    "/api/nodes/{key}/neighbors",
    response_model=Neighbors,
    responses={**NOT_FOUND, 400: {"model": ErrorResponse}},
)
def neighbors(
    store: StoreDep,
    key: KeyPath,
    types: Annotated[
        list[str] | None,
        Query(
            description="Relationship types (repeat or comma-separate); default: all",
            openapi_examples={"amends": {"value": ["AMENDS"]}},
        ),
    ] = None,
    direction: Annotated[Literal["out", "in", "both"], Query()] = "both",
    limit: Annotated[int, Query(ge=1, le=200)] = 25,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> ModelResponse:
    """One page of a node's neighbours; ``more`` counts the matching relations not shown."""
    chosen = [schema.rel_type(t) for t in split_list(types)] or sorted(schema.REL_TYPES)
    params = {"key": key, "types": chosen, "direction": direction, "skip": offset, "limit": limit}
    row = one_row(store, "api_neighbors", params, "node")
    rels = relations(key, row["page"])
    nodes: dict[str, Node] = {key: as_node(row["node"])}
    edges: dict[str, Edge] = {}
    for rel in rels:
        nodes.setdefault(rel.node.id, rel.node)
        edges.setdefault(rel.edge.id, rel.edge)
    return ModelResponse(
        Neighbors(
            nodes=list(nodes.values()),
            edges=list(edges.values()),
            more=max(0, int(row["total"]) - offset - len(rels)),
        )
    )


@router.get("/api/nodes/{key}", response_model=NodeDetail, responses=NOT_FOUND)
def node(store: StoreDep, key: KeyPath) -> ModelResponse:
    """Label, properties, evidence, and every relation grouped by type."""
    row = one_row(store, "api_node", {"key": key, "limit": RELATION_CAP + 1}, "node")
    rels = relations(key, row["relations"])
    rels.sort(key=lambda r: (r.edge.type, r.direction, r.node.id, r.edge.id))
    grouped: dict[str, list[Relation]] = {}
    for rel in rels[:RELATION_CAP]:
        grouped.setdefault(rel.edge.type, []).append(rel)
    return ModelResponse(
        NodeDetail(node=as_node(row["node"]), relations=grouped, truncated=len(rels) > RELATION_CAP)
    )
