"""What a store writes: nodes and edges keyed by our own stable ``key``, with evidence.

A :class:`GraphBatch` is one document's worth of resolved facts and is written in one
transaction. Evidence entries travel as canonical JSON strings so that both stores can
union them with plain list operations (``[e IN old WHERE NOT e IN new] + new``), which
keeps re-ingestion idempotent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import orjson

Props = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Evidence:
    document: str
    start: int
    end: int
    text: str

    def encode(self) -> str:
        """Canonical JSON (sorted keys, no spaces): equal evidence gives an equal string."""
        return json.dumps(
            {"document": self.document, "start": self.start, "end": self.end, "text": self.text},
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @staticmethod
    def decode(raw: str) -> dict[str, Any]:
        """A stored string as a dict (orjson: a list answer decodes one per cited edge)."""
        value: dict[str, Any] = orjson.loads(raw)
        return value


@dataclass(frozen=True, slots=True)
class NodeRow:
    label: str
    key: str
    props: Props = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class EdgeRow:
    type: str
    key: str
    source: str
    source_label: str
    target: str
    target_label: str
    props: Props = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class GraphBatch:
    nodes: tuple[NodeRow, ...] = ()
    edges: tuple[EdgeRow, ...] = ()
