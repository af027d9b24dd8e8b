"""Result helpers both adapters share once driver objects are converted to plain values.

A converted node is ``{"id","label","properties"}`` and a relationship
``{"id","type","source","target","properties"}`` (see ``graph.store``); the console's
``graph`` is every such node and relationship appearing anywhere in its rows, once each.
A *projected* node or relationship is the map a named query builds in that same shape from
stored properties (queries/api.cypher), which :func:`projected_node` and
:func:`projected_edge` bring to the converted form; a query answering rows of plain values
names its columns ``value.field`` instead, which :func:`values_of_row` regroups.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from dealgraph.errors import InvalidInput
from graph import dialect

_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_node(value: Any) -> bool:
    return isinstance(value, dict) and value.keys() == {"id", "label", "properties"}


def is_edge(value: Any) -> bool:
    return isinstance(value, dict) and value.keys() == {
        "id",
        "type",
        "source",
        "target",
        "properties",
    }


class GraphCollector:
    """Collects converted nodes and edges by identity, keeping the first seen."""

    def __init__(self) -> None:
        self.nodes: dict[Any, dict[str, Any]] = {}
        self.edges: dict[tuple[Any, ...], dict[str, Any]] = {}

    def node(self, value: dict[str, Any]) -> dict[str, Any]:
        self.nodes.setdefault((value["label"], value["id"]), value)
        return value

    def edge(self, value: dict[str, Any]) -> dict[str, Any]:
        self.edges.setdefault((value["type"], value["id"], value["source"], value["target"]), value)
        return value

    def walk(self, value: Any) -> None:
        if is_node(value):
            self.node(value)
        elif is_edge(value):
            self.edge(value)
        elif isinstance(value, dict):
            for item in value.values():
                self.walk(item)
        elif isinstance(value, list):
            for item in value:
                self.walk(item)

    def as_graph(self) -> dict[str, list[dict[str, Any]]]:
        return {"nodes": list(self.nodes.values()), "edges": list(self.edges.values())}

    @classmethod
    def of_rows(cls, rows: list[list[Any]]) -> dict[str, list[dict[str, Any]]]:
        """The graph of exactly these (already capped) rows."""
        collector = cls()
        collector.walk(rows)
        return collector.as_graph()


def projected_node(value: Mapping[str, Any]) -> dict[str, Any]:
    """A node projected as ``{id, label, properties}`` in converted form: absent (null) and
    hidden properties dropped, aliases sorted, evidence decoded when the query kept it."""
    props = {k: v for k, v in value["properties"].items() if v is not None}
    return dialect.node_dict(value["label"], {**props, "key": value["id"]})


def projected_edge(value: Mapping[str, Any]) -> dict[str, Any]:
    """A relationship projected as ``{id, type, source, target, properties}``, converted."""
    return dialect.edge_dict(value["type"], value["source"], value["target"], value["properties"])


def values_of_row(row: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """A row whose columns are named ``value.field`` as ``{value: {field: ...}}``, each
    value in projected shape: a node's fields beyond ``id`` and ``label`` and a
    relationship's beyond ``id``, ``type``, ``source`` and ``target`` are its properties."""
    fields: dict[str, dict[str, Any]] = {}
    for column, item in row.items():
        value, _, field = column.partition(".")
        fields.setdefault(value, {})[field] = item
    return {value: _projected(f) for value, f in fields.items()}


def _projected(fields: dict[str, Any]) -> dict[str, Any]:
    outer = _EDGE_FIELDS if "type" in fields else _NODE_FIELDS
    shaped = {k: fields[k] for k in outer}
    shaped["properties"] = {k: v for k, v in fields.items() if k not in outer}
    return shaped


_NODE_FIELDS = ("id", "label")
_EDGE_FIELDS = ("id", "type", "source", "target")


def rows_as_dicts(columns: list[str], rows: list[list[Any]]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]


def check_params(params: dict[str, Any]) -> None:
    """Console parameters must be JSON values under identifier names (they reach Cypher)."""
    for name, value in params.items():
        if not isinstance(name, str) or not _PARAM_NAME.match(name):
            raise InvalidInput(f"parameter name {name!r} is not an identifier")
        _check_value(value, name)


def _check_value(value: Any, name: str) -> None:
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInput(f"parameter {name!r} is not a finite number")
        return
    if isinstance(value, list):
        for item in value:
            _check_value(item, name)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not _PARAM_NAME.match(key):
                raise InvalidInput(f"parameter {name!r} has a map key that is not an identifier")
            _check_value(item, name)
        return
    raise InvalidInput(f"parameter {name!r} is not a JSON value")
