"""``kill -9`` of a running ``dealgraph ingest`` (and ``dealgraph load``) at random moments.

After every kill the graph holds the documents whose ingestion completed plus possibly the
one in flight, each whole (compared per document with a clean ingest), and never evidence of
a document that is not there. Re-running the ingestion completes the rest without
duplicates, and the final export equals a clean ingest (``ingested_at`` aside).

The moment of each kill: after the child has written 1-3 more documents, plus a random delay
(up to about one document's extraction for ``ingest``; a fraction of a write for ``load``,
whose time is nearly all writing). The seed is printed so a failure can be replayed.
The graph is read only once the store has settled what the dead child had sent
(:class:`~tests.reliability.harness.WriteWatch`): a server carries out a COMMIT that
arrived before the kill, and an export read across it looked half-written.
``python -m tests.reliability.soak`` runs the long campaign (>= 20 kills).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore

from .harness import (
    Child,
    KillRecord,
    Reference,
    check_consistent,
    child_env,
    clean_export,
    corpus_paths,
    kill_during,
    normalized,
)

#: How often a kill is tried again when its child finished first (a machine too fast for it).
RETRIES = 3
HANG_LIMIT_S = 900.0  # a generous bound for a full ingestion on a loaded machine


def _seed() -> int:
    seed = int(os.environ.get("DEALGRAPH_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill campaign seed: DEALGRAPH_KILL_SEED={seed}")
    return seed


def _campaign(
    store: GraphStore,
    reference: Reference,
    paths: list[Path],
    env: dict[str, str],
    logs: Path,
    kills: list[str],
) -> list[KillRecord]:
    """Kill one child per entry of ``kills`` ("ingest" or "load"), then finish and compare."""
    rnd = random.Random(_seed())
    clean = clean_export(store, reference)
    store.clear()
    order = reference.order
    jsonl = reference.write_jsonl(logs / "records.jsonl")
    commands: dict[str, Callable[[], Child]] = {
        "ingest": lambda: Child(["ingest", *map(str, paths), "--json"], env, logs),
        # one document per transaction: the checks count on documents landing one by one
        "load": lambda: Child(["load", str(jsonl), "--json", "--bulk-documents", "1"], env, logs),
    }
    delays = {"ingest": 1.5, "load": 0.05}
    records: list[KillRecord] = []
    for command in kills:
        record = None
        for _ in range(RETRIES):
            record = kill_during(
                commands[command], lambda: store, clean, order, rnd, max_delay_s=delays[command]
            )
            if record is not None:
                break
            # A fast machine wrote every remaining document before the kill moment: start
            # from an empty store, so the next child has the whole corpus ahead of it.
            store.clear()
        assert record is not None, f"{command} finished before it could be killed {RETRIES}x"
        records.append(record)
        print(record)
    before = check_consistent(normalized(store.export()), clean, order)
    assert before < len(order), "every document was written before the last kill"

    final = commands["ingest"]()
    assert final.wait(HANG_LIMIT_S) == 0, final.stderr()[-3000:]
    summary = final.json()
    assert summary["errors"] == []
    assert summary["documents_added"] == len(order) - before
    assert summary["documents_unchanged"] == before
    assert normalized(store.export()) == clean

    again = commands["ingest"]()
    assert again.wait(HANG_LIMIT_S) == 0, again.stderr()[-3000:]
    assert again.json()["documents_added"] == 0
    assert again.json()["nodes_added"] == 0 and again.json()["edges_added"] == 0
    assert normalized(store.export()) == clean
    return records


def test_kill_ingest_of_the_45_samples_embedded(tmp_path: Path, reference45: Reference) -> None:
    data = tmp_path / "data"
    store = EmbeddedStore(data)  # the children share its server (one per data directory)
    try:
        records = _campaign(
            store,
            reference45,
            corpus_paths(),
            child_env(data, None),
            tmp_path / "logs",
            ["ingest", "ingest", "load", "ingest"],
        )
    finally:
        store.close()
    assert len(records) == 4


def test_kill_ingest_neo4j(
    tmp_path: Path, reference45: Reference, neo4j_store: Neo4jStore, neo4j_server: object
) -> None:
    try:
        records = _campaign(
            neo4j_store,
            reference45,
            corpus_paths(),
            child_env(tmp_path / "unused", neo4j_server.uri),  # type: ignore[attr-defined]
            tmp_path / "logs",
            ["ingest", "load", "ingest"],
        )
    finally:
        neo4j_store.clear()
    assert len(records) == 3
