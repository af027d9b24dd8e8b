"""Small readers over the export JSON, so end-to-end tests state facts the way analysts ask."""

from __future__ import annotations

from typing import Any

from graph.identity import normalise_name, normalise_title

Export = dict[str, Any]


def name_of(node: dict[str, Any]) -> str:
    p = node["properties"]
    return str(p.get("name") or p.get("title") or p.get("description") or "")


def find(export: Export, label: str, name: str, date: str | None = None) -> list[dict[str, Any]]:
    """Nodes of ``label`` whose name/title or an alias is ``name`` (normalised), and date."""
    norm = normalise_title if label in ("Agreement", "Instrument") else normalise_name
    want = norm(name)
    hits = []
    for n in export["nodes"]:
        if n["label"] != label:
            continue
        names = [name_of(n), *n["properties"].get("aliases", [])]
        if want in {norm(x) for x in names} and (
            date is None or n["properties"].get("date") == date
        ):
            hits.append(n)
    return hits


def one(export: Export, label: str, name: str, date: str | None = None) -> dict[str, Any]:
    hits = find(export, label, name, date)
    assert len(hits) == 1, f"{label} {name!r} {date}: {len(hits)} nodes {[h['id'] for h in hits]}"
    return hits[0]


def edges(
    export: Export, type_: str, source: str | None = None, target: str | None = None
) -> list[dict[str, Any]]:
    return [
        e
        for e in export["edges"]
        if e["type"] == type_
        and (source is None or e["source"] == source)
        and (target is None or e["target"] == target)
    ]


def without_timestamps(export: Export) -> Export:
    """The export with ``ingested_at`` removed: what must not change on re-ingestion."""
    nodes = []
    for n in export["nodes"]:
        props = {k: v for k, v in n["properties"].items() if k != "ingested_at"}
        nodes.append({**n, "properties": props})
    return {"nodes": nodes, "edges": export["edges"]}
