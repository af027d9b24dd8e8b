"""Turning rows of named queries into response models, shared by the routes.

Each query of ``queries/api.cypher`` answers one row (the node asked about and its lists)
or none; its nodes and relationships are projected maps (``graph.results``), which become
models here, seen from the node the request asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel
from starlette.responses import Response

from api.models import Edge, Node, Relation
from dealgraph.errors import NotFound
from graph.results import projected_edge, projected_node
from graph.store import GraphStore


class ModelResponse(Response):
    """A route's response model as JSON, encoded once by pydantic.

    FastAPI would validate a returned model again against ``response_model`` (for a plain
    ``def`` route, in one more trip through its thread pool) before encoding it; the models
    were validated when they were built, so the read routes return this instead. The route's
    ``response_model`` still documents the answer in OpenAPI.
    """

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        if not isinstance(content, BaseModel):
            raise TypeError("ModelResponse holds a response model")
        return content.model_dump_json().encode()


def one_row(store: GraphStore, query: str, params: dict[str, Any], what: str) -> dict[str, Any]:
    """The single row ``query`` answers about ``params["key"]``; NotFound if there is none."""
    rows = store.read(query, params)
    if not rows:
        raise NotFound(f"no {what} with key {params['key']!r}")
    return rows[0]


def as_node(value: dict[str, Any]) -> Node:
    return Node.from_store(projected_node(value))


def as_edge(value: dict[str, Any]) -> Edge:
    return Edge.from_store(projected_edge(value))


def relation(key: str, edge_value: dict[str, Any], other: dict[str, Any]) -> Relation:
    """A projected edge seen from the node ``key``: out when that node is the source."""
    e = as_edge(edge_value)
    return Relation(direction="out" if e.source == key else "in", edge=e, node=as_node(other))


def relations(key: str, items: Iterable[dict[str, Any]]) -> list[Relation]:
    """Collected ``{edge, node}`` maps (relationship, other node) as relations of ``key``."""
    return [relation(key, item["edge"], item["node"]) for item in items]


def sort_key_by_date(item: Node) -> tuple[int, str, str]:
    """Date order with undated nodes last, ties broken by key (both stores agree)."""
    date = item.properties.get("date")
    return (0 if date else 1, str(date or ""), item.id)


def split_list(values: list[str] | None) -> list[str]:
    """``?x=a,b&x=c`` -> ``[a, b, c]`` (blank items dropped)."""
    out: list[str] = []
    for v in values or []:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out


def sort_relations(
    rels: Iterable[Relation], buckets: dict[tuple[str, str], str]
) -> dict[str, list[Relation]]:
    """Relations into the lists a detail answer shows, by (type, direction); the rest in
    "other". Every list of ``buckets`` is present, empty or not."""
    out: dict[str, list[Relation]] = {name: [] for name in (*buckets.values(), "other")}
    for rel in rels:
        out[buckets.get((rel.edge.type, rel.direction), "other")].append(rel)
    return out
