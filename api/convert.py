"""Turning rows of named queries into response models, shared by the routes.

A row value is already JSON in the store's conventions (``graph.store``); here it only
gets its evidence lifted out and is seen from the node the request asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from api.models import Edge, Node, Relation
from dealgraph.errors import NotFound
from graph.store import GraphStore


def one_node(store: GraphStore, query: str, key: str, what: str, column: str) -> Node:
    """The node the named ``query`` finds for ``key``; NotFound if there is none."""
    rows = store.read(query, {"key": key})
    if not rows or rows[0].get(column) is None:
        raise NotFound(f"no {what} with key {key!r}")
    return Node.from_store(rows[0][column])


def relation(key: str, edge: dict[str, Any], other: dict[str, Any]) -> Relation:
    """``edge`` seen from the node ``key``: out when that node is the source."""
    e = Edge.from_store(edge)
    return Relation(
        direction="out" if e.source == key else "in", edge=e, node=Node.from_store(other)
    )


def relations(key: str, rows: Iterable[dict[str, Any]]) -> list[Relation]:
    """Rows of ``r, m`` (relationship, other node) as relations of ``key``."""
    return [relation(key, row["r"], row["m"]) for row in rows if row.get("r") is not None]


def sort_key_by_date(node: Node) -> tuple[int, str, str]:
    """Date order with undated nodes last, ties broken by key (both stores agree)."""
    date = node.properties.get("date")
    return (0 if date else 1, str(date or ""), node.id)


def split_list(values: list[str] | None) -> list[str]:
    """``?x=a,b&x=c`` -> ``[a, b, c]`` (blank items dropped)."""
    out: list[str] = []
    for v in values or []:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out
