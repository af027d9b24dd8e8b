"""Two ``dealgraph ingest`` processes over overlapping document sets at the same time.

Both start together and walk their files in the same (sorted) order, so they race on the
shared documents: each may find a document absent and write it. Writes are MERGEs by key
with evidence unioned, so the final graph must equal one sequential ingest of the union.
The smaller documents of the corpus keep this bounded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore

from .harness import (
    Child,
    Reference,
    child_env,
    clean_export,
    corpus_paths,
    files_of,
    normalized,
)

HANG_LIMIT_S = 900.0


def _overlapping_sets() -> tuple[list[Path], list[Path]]:
    small = sorted(files_of(corpus_paths()), key=lambda p: p.stat().st_size)[:14]
    small.sort(key=str)  # the order ingestion walks them
    return small[:10], small[:6] + small[10:]


def _race(store: GraphStore, reference: Reference, env: dict[str, str], logs: Path) -> None:
    first, second = _overlapping_sets()
    union = sorted({*first, *second}, key=str)
    sequential = clean_export(store, reference.subset(union))
    store.clear()

    children = [
        Child(["ingest", *map(str, files), "--json"], env, logs) for files in (first, second)
    ]
    for child in children:
        assert child.wait(HANG_LIMIT_S) == 0, child.stderr()[-3000:]
        assert child.json()["errors"] == []
    summaries = [c.json() for c in children]
    assert sum(s["documents_added"] + s["documents_unchanged"] for s in summaries) == 20
    assert normalized(store.export()) == sequential
    assert store.counts()["labels"]["Document"] == len(union)


def test_concurrent_ingest_embedded(tmp_path: Path, reference45: Reference) -> None:
    data = tmp_path / "data"
    store = EmbeddedStore(data)
    try:
        _race(store, reference45, child_env(data, None), tmp_path / "logs")
    finally:
        store.close()


@pytest.mark.neo4j
def test_concurrent_ingest_neo4j(
    tmp_path: Path, reference45: Reference, neo4j_store: GraphStore, neo4j_server: object
) -> None:
    env = child_env(tmp_path / "unused", neo4j_server.uri)  # type: ignore[attr-defined]
    try:
        _race(neo4j_store, reference45, env, tmp_path / "logs")
    finally:
        neo4j_store.clear()
