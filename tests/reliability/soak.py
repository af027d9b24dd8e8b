"""The long kill -9 campaign (``python -m tests.reliability.soak``; ``make soak``).

On the embedded store (and on a dedicated Neo4j with ``--neo4j``): ingest the 45 sample
documents while killing the ``dealgraph ingest`` / ``dealgraph load`` child at random
moments, ``--kills`` times (default 24); every fourth kill also takes down the embedded
FalkorDB server with it, so the next child restarts it from the append-only file. After
every kill the graph must hold whole documents only (a prefix of the ingestion order, each
equal to a clean ingest of it); at the end, a last ingest completes the rest, a repeat adds
nothing, and the export equals a clean ingest. Then the real ~50 MB document is ingested
with the default limits (it must end, with bounded memory, either written or refused with
one line). Prints a table of what was tried; exits 1 on the first broken promise.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore

from .badinput import big_text
from .harness import (
    Child,
    Reference,
    WriteWatch,
    check_consistent,
    child_env,
    clean_export,
    corpus_paths,
    document_count,
    extract_reference,
    normalized,
    wait_for,
)

HANG_LIMIT_S = 1800.0


def _kill_server(store: EmbeddedStore) -> int:
    pid = store.server.server_pid()
    os.kill(pid, signal.SIGKILL)
    return pid


def campaign(
    store_of: Callable[[], GraphStore],
    reference: Reference,
    env: dict[str, str],
    logs: Path,
    kills: int,
    rnd: random.Random,
    *,
    embedded: bool,
) -> list[tuple[str, int, float, int, str]]:
    store: GraphStore = store_of()
    clean = clean_export(store, reference)
    store.clear()
    order = reference.order
    jsonl = reference.write_jsonl(logs / "records.jsonl")
    paths = [str(p) for p in corpus_paths()]
    rows: list[tuple[str, int, float, int, str]] = []
    done = 0
    while done < kills:
        if document_count(store) >= len(order):  # all written: start again from empty
            assert normalized(store.export()) == clean, "complete graph differs from clean"
            store.clear()
        command = rnd.choice(["ingest", "ingest", "load"])
        args = (
            ["ingest", *paths, "--json"]
            if command == "ingest"
            else ["load", str(jsonl), "--bulk-documents", "1"]
        )
        start = document_count(store)
        target = min(start + rnd.randint(0, 4), len(order))
        watch = WriteWatch(store)
        child = Child(args, env, logs)
        wait_for(lambda s=store, t=target: document_count(s) >= t, child, HANG_LIMIT_S)
        delay = rnd.uniform(0, 2.0 if command == "ingest" else 0.4)
        time.sleep(delay)
        if not child.running():
            child.wait(60)
            watch.close()
            continue
        also = ""
        child.kill9()
        if not (embedded and done % 4 == 3):
            watch.wait_quiet()  # a killed server has nothing in flight
        watch.close()
        if embedded and done % 4 == 3:
            also = f"+ server {_kill_server(store)}"  # type: ignore[arg-type]
            store.close()
            store = store_of()  # restarts the server: replays the append-only file
        k = check_consistent(normalized(store.export()), clean, order)
        rows.append((command, target, round(delay, 3), k, also))
        done += 1
        print(
            f"kill {done:>3}: {command:<6} after {target:>2} docs +{delay:5.2f}s "
            f"-> {k:>2} whole documents {also}",
            flush=True,
        )

    final = Child(["ingest", *paths, "--json"], env, logs)
    assert final.wait(HANG_LIMIT_S) == 0, final.stderr()[-3000:]
    assert normalized(store.export()) == clean, "final export differs from a clean ingest"
    again = Child(["ingest", *paths, "--json"], env, logs)
    assert again.wait(HANG_LIMIT_S) == 0
    assert again.json()["documents_added"] == 0
    assert normalized(store.export()) == clean
    store.close()
    return rows


def huge_document(workdir: Path) -> str:
    """The real ~50 MB document with default limits: ends, memory bounded, one clear outcome."""
    path = workdir / "huge50.txt"
    big_text(path, 50_000_000)
    child = Child(["ingest", str(path), "--json"], child_env(workdir / "huge", None), workdir)
    code = child.wait(HANG_LIMIT_S)
    summary = child.json()
    assert "Traceback" not in child.stderr()
    assert child.peak_rss_mb < 3000, child.peak_rss_mb
    if code == 0:
        assert summary["documents_added"] == 1
        outcome = "written"
    else:
        assert code == 1 and len(summary["errors"]) == 1, summary
        outcome = summary["errors"][0].split(": ", 1)[1]
    return f"exit {code}, peak RSS {child.peak_rss_mb:.0f} MB: {outcome}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.soak")
    parser.add_argument("--kills", type=int, default=24)
    parser.add_argument("--seed", type=int, default=random.randrange(1 << 30))
    parser.add_argument("--neo4j", action="store_true", help="also run against a Neo4j")
    parser.add_argument("--skip-huge", action="store_true")
    args = parser.parse_args()
    print(f"soak seed {args.seed} ({args.kills} kills per store)", flush=True)
    rnd = random.Random(args.seed)
    reference = extract_reference(corpus_paths())
    with tempfile.TemporaryDirectory(prefix="dealgraph-soak-") as tmp:
        work = Path(tmp)
        data = work / "embedded"
        rows = campaign(
            lambda: EmbeddedStore(data),
            reference,
            child_env(data, None),
            work / "logs",
            args.kills,
            rnd,
            embedded=True,
        )
        print(f"embedded: {len(rows)} kills, every check passed", flush=True)
        if args.neo4j:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
            from neo4j_harness import start_neo4j

            from graph.neo4j_store import Neo4jStore

            server = start_neo4j(work / "neo4j", timeout=300.0)

            def neo4j_store() -> GraphStore:
                store = Neo4jStore(server.uri)
                store.ensure_schema()
                return store

            try:
                rows = campaign(
                    neo4j_store,
                    reference,
                    child_env(work / "unused", server.uri),
                    work / "logs-neo4j",
                    args.kills,
                    rnd,
                    embedded=False,
                )
                print(f"neo4j: {len(rows)} kills, every check passed", flush=True)
            finally:
                server.stop()
        if not args.skip_huge:
            print(f"50 MB document: {huge_document(work)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
