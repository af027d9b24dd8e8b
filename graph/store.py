"""The one small interface both graph stores implement.

Everything above ``graph/`` (pipeline, API, CLI) talks to a :class:`GraphStore` and never
to a driver. Adapters: ``graph.embedded_store`` (FalkorDB run privately, the default) and
``graph.neo4j_store`` (Neo4j 5 over Bolt). Their Cypher differences live in
``graph.dialect``; results are converted once per adapter so the JSON is identical.

Value conventions for every read (named queries, console, export):
- a node becomes ``{"id": key, "label": label, "properties": {...}}``
- a relationship becomes ``{"id": key, "type": type, "source": key, "target": key,
  "properties": {...}}``
- a path becomes ``{"nodes": [...], "edges": [...]}``
- ``evidence`` properties are decoded from their stored JSON strings into
  ``[{"document", "start", "end", "text"}]`` sorted by (document, start, end);
  ``aliases`` are sorted; a Document's ``text`` is never part of a node's properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from graph.batch import GraphBatch


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A console answer: table, the graph it touches, and whether rows were cut at the cap."""

    columns: list[str]
    rows: list[list[Any]]
    graph: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"nodes": [], "edges": []}
    )
    truncated: bool = False
    elapsed_ms: float = 0.0


class GraphStore(Protocol):
    kind: str  # "embedded" or "neo4j"

    def ensure_schema(self) -> None:
        """Create uniqueness constraints / key indexes and full-text indexes, idempotently."""

    def upsert(self, batch: GraphBatch) -> None:
        """MERGE every node and edge by key in ONE transaction: all of it or nothing."""

    def read(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run the named read query from ``queries/*.cypher``; rows as dicts, values converted."""

    def version(self) -> str:
        """The graph's version: it changes with every completed write transaction, whoever
        wrote (any process), and never comes back; ``""`` for a graph never written to.
        One cheap read; cached answers are keyed by it (``api.caching``)."""

    def console(
        self, query: str, params: dict[str, Any], *, timeout_s: float, row_cap: int
    ) -> QueryResult:
        """Run an analyst's ad-hoc query read-only, with a time limit and a row cap."""

    def search(self, text: str, labels: Sequence[str], limit: int) -> list[dict[str, Any]]:
        """Full-text search over titles, names and aliases: ``[{id, label, name, score}]``."""

    def document_text(self, key: str) -> str | None:
        """The decoded text of one Document (what evidence offsets index), or None."""

    def counts(self) -> dict[str, dict[str, int]]:
        """``{"labels": {label: n}, "types": {type: n}}`` for declared labels and types."""

    def export(self) -> dict[str, list[dict[str, Any]]]:
        """The whole graph in the export shape of product.md, sorted deterministically."""

    def clear(self) -> None:
        """Delete every node and relationship (tests and benchmarks start from empty)."""

    def mark_shard_loaded(self, key: str, name: str, documents: int) -> None:
        """Record that every document of shard ``key`` (its sha256) is stored.

        A ``:LoadedShard`` marker node, outside the export and the counts; ``clear`` removes
        it with the rest, so a cleared store loads every shard again.
        """

    def ping(self) -> None:
        """Raise StoreUnavailable unless the store answers."""

    def close(self) -> None: ...
