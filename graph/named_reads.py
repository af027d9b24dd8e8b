"""What both adapters compute identically from named queries: counts, export, text.

Each adapter supplies ``read`` (rows converted per ``graph.store``'s conventions) and
``_raw`` (rows of stored maps and primitives, for export); this mixin does the rest, so the
two stores cannot drift apart on the shapes clients depend on.
"""

from __future__ import annotations

from typing import Any

from graph import dialect, schema


class NamedReads:
    def read(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _raw(self, name: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    def document_text(self, key: str) -> str | None:
        rows = self.read("document_text", {"key": key})
        return rows[0]["text"] if rows else None

    def counts(self) -> dict[str, dict[str, int]]:
        """One cheap count query per declared label and type (see queries/store.cypher)."""
        labels = {lab: self._count(f"count_label_{lab.lower()}") for lab in schema.NODE_TYPES}
        types = {typ: self._count(f"count_type_{typ.lower()}") for typ in schema.REL_TYPES}
        return {"labels": labels, "types": types}

    def _count(self, name: str) -> int:
        rows = self.read(name)
        return int(rows[0]["n"]) if rows else 0

    def export(self) -> dict[str, list[dict[str, Any]]]:
        nodes = [dialect.export_node(r["label"], r["props"]) for r in self._raw("export_nodes")]
        docs = self._raw("export_documents")
        nodes += [dialect.export_node("Document", r["props"]) for r in docs]
        edges = [
            dialect.export_edge(r["type"], r["source"], r["target"], r["props"])
            for r in self._raw("export_edges")
        ]
        return dialect.sort_export(nodes, edges)
