"""Ingestion throughput over the real corpus, each measurement in a fresh child process.

A child process per measurement gives each one a fresh interpreter (no warm caches from the
previous one) and its own peak memory (``ru_maxrss`` of ``getrusage``; ``RUSAGE_CHILDREN``
for ``--workers`` processes). Each child times only the work (``run_s``); imports and opening
a fresh store are reported apart (``setup_s``). The baseline child runs
``spacy.blank("en").tokenizer`` alone over the same texts.

The two-step figure runs the real CLI (``dealgraph extract`` then ``dealgraph load``) against
``dealgraph ingest``, wall clock including process start, as a user would see it.

``python -m bench.ingest_bench child ...`` is the child's entry point (used by the parent).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CORPUS = Path("/work/shared/corpus")


def corpus_files(root: Path = CORPUS) -> list[Path]:
    """The real samples: the seed exhibits and every EDGAR exhibit ``.txt``."""
    return sorted((root / "seeds").glob("*")) + sorted((root / "edgar").glob("*.txt"))


def code_hash() -> str:
    """A digest of the code an ingestion runs; exports are comparable only when it is equal."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder in ("ingest", "graph", "dealgraph", "queries"):
        for f in sorted((root / folder).rglob("*")):
            if f.suffix in (".py", ".cypher"):
                digest.update(f.relative_to(root).as_posix().encode() + f.read_bytes())
    return digest.hexdigest()[:12]


def corpus_stats(files: list[Path]) -> dict[str, Any]:
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    size = sum(f.stat().st_size for f in files)
    return {
        "files": len(files),
        "bytes": size,
        "mb": round(size / 1e6, 3),
        "words": sum(len(t.split()) for t in texts),
    }


# ------------------------------------------------------------------ child process side


def _usage() -> dict[str, float]:
    """Peak RSS (KiB) and CPU seconds so far, of this process and of its reaped children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "peak_rss_kb": me.ru_maxrss,
        "peak_rss_children_kb": kids.ru_maxrss,
        "cpu_s": me.ru_utime + me.ru_stime,
        "cpu_children_s": kids.ru_utime + kids.ru_stime,
    }


def _cpu_delta(before: dict[str, float]) -> dict[str, float]:
    """CPU seconds spent since ``before`` (this process plus children reaped since)."""
    now = _usage()
    return {
        "run_cpu_s": now["cpu_s"] - before["cpu_s"],
        "run_cpu_children_s": now["cpu_children_s"] - before["cpu_children_s"],
    }


def _vm_hwm_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def proc_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used so far, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


class BoltCounter(logging.Handler):
    """Counts the driver's Bolt messages: statements sent and round trips waited for.

    The driver logs every message it sends (``C: RUN``) and receives (``S: SUCCESS``) on
    ``neo4j.io``; a round trip is a reply that follows a send. Only the message names are
    read: the records' arguments (query parameters, confidential text) are never formatted.
    """

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements = 0
        self.round_trips = 0
        self._sending = False

    def emit(self, record: logging.LogRecord) -> None:
        side, _, rest = str(record.msg).partition("  ")[2].partition(": ")
        if side == "C":
            self.statements += rest.startswith("RUN")
            self._sending = True
        elif side == "S" and self._sending:
            self.round_trips += 1
            self._sending = False

    def __enter__(self) -> BoltCounter:
        log = logging.getLogger("neo4j.io")
        log.addHandler(self)
        log.setLevel(logging.DEBUG)
        log.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("neo4j.io").removeHandler(self)


def child_tokenize(files: list[Path]) -> dict[str, Any]:
    started = time.perf_counter()
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    setup = time.perf_counter() - started
    before = _usage()
    started = time.perf_counter()
    tokens = sum(len(tokenizer(t)) for t in texts)
    run_s = time.perf_counter() - started
    return {"setup_s": setup, "run_s": run_s, "tokens": tokens, **_cpu_delta(before), **_usage()}


def child_ingest(
    files: list[Path], store_url: str | None, data_dir: Path, workers: int, export: Path | None
) -> dict[str, Any]:
    started = time.perf_counter()
    code = code_hash()
    from dealgraph.pipeline import ingest_paths
    from dealgraph.settings import Settings
    from graph.stores import open_store

    settings = Settings(store=store_url, data_dir=data_dir)
    store = open_store(settings)
    try:
        store.ensure_schema()
        store.clear()  # a fresh store each run (Neo4j is shared between runs)
        setup = time.perf_counter() - started
        server = getattr(store, "server", None)  # the embedded store's FalkorDB process
        server_pid = server.server_pid() if server is not None else None
        server_cpu = proc_cpu_s(server_pid) if server_pid else None
        before = _usage()
        started = time.perf_counter()
        with BoltCounter() as bolt:
            summary = ingest_paths(store, files, settings, workers=workers)
        run_s = time.perf_counter() - started
        cpu = _cpu_delta(before)
        server_kb = None
        if server_pid:
            server_kb = _vm_hwm_kb(server_pid)
            after = proc_cpu_s(server_pid)
            if after is not None and server_cpu is not None:
                cpu["run_cpu_store_server_s"] = after - server_cpu
        if export is not None:
            export.write_text(json.dumps(store.export(), sort_keys=True), encoding="utf-8")
    finally:
        store.close()
    return {
        "code": code,
        "setup_s": setup,
        "run_s": run_s,
        "documents": summary.documents_added,
        "nodes": summary.nodes_added,
        "edges": summary.edges_added,
        "errors": summary.errors[:5],
        "error_count": len(summary.errors),
        "store_server_peak_rss_kb": server_kb,
        "bolt_statements": bolt.statements,
        "bolt_round_trips": bolt.round_trips,
        **cpu,
        **_usage(),
    }


def _child_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench.ingest_bench child")
    parser.add_argument("what", choices=["tokenize", "ingest"])
    parser.add_argument("--store", default=None)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--export", type=Path, default=None)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.what == "tokenize":
        result = child_tokenize(args.files)
    else:
        result = child_ingest(args.files, args.store, args.data_dir, args.workers, args.export)
    print("RESULT " + json.dumps(result))


# ------------------------------------------------------------------ parent side


def _run_child(args: list[str], timeout: float = 1800.0) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.ingest_bench", "child", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).parent.parent,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[7:])
            return result
    raise RuntimeError(f"benchmark child {args[:3]} failed:\n{done.stderr[-3000:]}")


def tokenize_once(files: list[Path]) -> dict[str, Any]:
    return _run_child(["tokenize", *map(str, files)])


def ingest_once(
    files: list[Path], *, store_url: str | None = None, workers: int = 1, export: Path | None = None
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dealgraph-bench-") as tmp:
        args = ["ingest", "--workers", str(workers), "--data-dir", tmp]
        if store_url:
            args += ["--store", store_url]
        if export is not None:
            args += ["--export", str(export)]
        return _run_child([*args, *map(str, files)])


def _dealgraph() -> str:
    return str(Path(sys.executable).parent / "dealgraph")


def cli_once(files: list[Path]) -> dict[str, Any]:
    """Wall seconds of ``dealgraph ingest`` vs ``dealgraph extract`` + ``dealgraph load``."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="dealgraph-cli-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "DEALGRAPH_STORE"}
        for step, argv in (
            ("ingest", ["ingest", "--json", *map(str, files)]),
            ("extract", ["extract", "-o", f"{tmp}/records.jsonl", *map(str, files)]),
            ("load", ["load", "--json", f"{tmp}/records.jsonl"]),
        ):
            env["DEALGRAPH_DATA_DIR"] = f"{tmp}/{'one' if step == 'ingest' else 'two'}"
            started = time.perf_counter()
            done = subprocess.run(
                [_dealgraph(), *argv], capture_output=True, text=True, env=env, timeout=1800
            )
            out[f"{step}_s"] = time.perf_counter() - started
            out[f"{step}_exit"] = done.returncode
            if done.returncode not in (0, 1):
                raise RuntimeError(f"dealgraph {step} failed: {done.stderr[-2000:]}")
            if step == "extract":
                with open(f"{tmp}/records.jsonl", encoding="utf-8") as fh:
                    out["extract_documents"] = sum(1 for line in fh if line.strip())
            else:  # both print the ingest summary with --json
                try:
                    summary = json.loads(done.stdout[done.stdout.index("{") :])
                    out[f"{step}_documents"] = summary["documents_added"]
                except ValueError:
                    out[f"{step}_documents"] = None
    return out


def comparable_export(path: Path) -> dict[str, Any]:
    """An export without what legitimately differs between runs (``ingested_at``)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for node in data["nodes"]:
        node["properties"].pop("ingested_at", None)
    return data


def export_difference(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """None when equal, else a one-line description of the first difference."""
    if a == b:
        return None
    for part in ("nodes", "edges"):
        ids_a = {x["id"]: x for x in a[part]}
        ids_b = {x["id"]: x for x in b[part]}
        if ids_a.keys() != ids_b.keys():
            only = sorted(ids_a.keys() ^ ids_b.keys())
            return f"{part}: {len(only)} ids in only one export, e.g. {only[:3]}"
        for k, x in ids_a.items():
            if x != ids_b[k]:
                return f"{part}: {k} differs"
    return "exports differ"


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        _child_main(sys.argv[2:])
    else:
        files = corpus_files()
        print(corpus_stats(files))
        print("tokenizer", tokenize_once(files))
        print("embedded", ingest_once(files))
