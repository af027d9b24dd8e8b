"""``python -m bench`` (``make bench``): every benchmark, side by side, then the report.

Sections (``--only`` picks some): ``ingest`` (throughput over the real corpus into both stores
with the tokenizer baseline, ``--workers 2`` vs 1, extract + load vs ingest), ``ray``
(extraction on Ray Data vs one process, and bulk loading of its shards), ``scale`` (the
generated graph in both stores and the API's named queries on it) and ``load`` (the real
API under wrk; needs ``scale``). One real Neo4j 5.26 is started with ``tests/neo4j_harness``
for the whole run, with the JVM options of a server rather than of the test suite (C2 JIT,
2 GiB heap); ``--skip-neo4j`` leaves it out. Writes ``bench/report.md`` and ``report.json``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import ingest_bench, load_bench, query_bench, ray_bench, report
from bench.scale_graph import ScaledGraph, ScaleSpec, build

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def start_neo4j(home: Path) -> Any:
    sys.path.insert(0, str(ROOT / "tests"))
    import neo4j_harness

    # server JVM options, not the test suite's (C1-only JIT, 512 MiB heap)
    neo4j_harness.JVM_FLAGS = [
        f
        for f in neo4j_harness.JVM_FLAGS
        if not f.startswith(("-Xmx", "-Xms", "-XX:TieredStopAtLevel"))
    ] + ["-Xms1g", "-Xmx2g"]
    return neo4j_harness.start_neo4j(
        home, timeout=300.0, tx_memory_max_mib=2048, tx_timeout_seconds=1800
    )


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def bench_ingest(runs: int, neo4j_uri: str | None, work: Path) -> dict[str, Any]:
    files = ingest_bench.corpus_files()
    corpus = ingest_bench.corpus_stats(files)
    raw: dict[str, list[dict[str, Any]]] = {k: [] for k in ("tok", "e1", "e2", "n1", "cli")}
    diffs: list[str | None] = []
    store_diffs: list[str | None] = []
    changed: list[bool] = []  # the code under test was edited between the two runs compared
    store_changed: list[bool] = []
    for r in range(runs):  # interleaved, so drift in the machine's load hits all alike
        log(f"ingest run {r + 1}/{runs}: tokenizer")
        raw["tok"].append(ingest_bench.tokenize_once(files))
        log(f"ingest run {r + 1}/{runs}: embedded, --workers 1")
        e1, e2, n1 = work / f"e1-{r}.json", work / f"e2-{r}.json", work / f"n1-{r}.json"
        raw["e1"].append(ingest_bench.ingest_once(files, workers=1, export=e1))
        log(f"ingest run {r + 1}/{runs}: embedded, --workers 2")
        raw["e2"].append(ingest_bench.ingest_once(files, workers=2, export=e2))
        a, b = ingest_bench.comparable_export(e1), ingest_bench.comparable_export(e2)
        diffs.append(ingest_bench.export_difference(a, b))
        changed.append(raw["e1"][-1]["code"] != raw["e2"][-1]["code"])
        if neo4j_uri:
            log(f"ingest run {r + 1}/{runs}: neo4j, --workers 1")
            raw["n1"].append(ingest_bench.ingest_once(files, store_url=neo4j_uri, export=n1))
            store_diffs.append(
                ingest_bench.export_difference(a, ingest_bench.comparable_export(n1))
            )
            store_changed.append(raw["e1"][-1]["code"] != raw["n1"][-1]["code"])
        log(f"ingest run {r + 1}/{runs}: CLI ingest vs extract + load")
        raw["cli"].append(ingest_bench.cli_once(files))

    tok = raw["tok"]
    out: dict[str, Any] = {
        "corpus": corpus,
        "tokenizer": {
            "run_s": median([t["run_s"] for t in tok]),
            "run_cpu_s": median([t["run_cpu_s"] for t in tok]),
            "tokens": tok[0]["tokens"],
            "peak_rss_mb": median([t["peak_rss_kb"] for t in tok]) / 1024,
        },
        "raw": raw,
    }
    for name, key in (("embedded", "e1"), ("neo4j", "n1")):
        rs = raw[key]
        if not rs:
            continue
        run_s = median([x["run_s"] for x in rs])
        cpu = [x["run_cpu_s"] + x["run_cpu_children_s"] for x in rs]
        server = [x["store_server_peak_rss_kb"] for x in rs if x.get("store_server_peak_rss_kb")]
        out[name] = {
            "run_s": run_s,
            "run_cpu_s": median(cpu),
            "setup_s": median([x["setup_s"] for x in rs]),
            "documents": rs[0]["documents"],
            "nodes": rs[0]["nodes"],
            "edges": rs[0]["edges"],
            "errors": rs[0]["error_count"],
            "docs_per_s": rs[0]["documents"] / run_s,
            "words_per_s": corpus["words"] / run_s,
            "mb_per_s": corpus["mb"] / run_s,
            "peak_rss_mb": median([max(x["peak_rss_kb"], x["peak_rss_children_kb"]) for x in rs])
            / 1024,
            "store_server_peak_rss_mb": median(server) / 1024 if server else None,
            "store_server_cpu_s": median([x.get("run_cpu_store_server_s") or 0 for x in rs]),
            "ratio_wall": median([x["run_s"] / t["run_s"] for x, t in zip(rs, tok, strict=False)]),
            "ratio_cpu": median([c / t["run_cpu_s"] for c, t in zip(cpu, tok, strict=False)]),
        }
    out["parallel"] = {
        "speedup": median(
            [a["run_s"] / b["run_s"] for a, b in zip(raw["e1"], raw["e2"], strict=True)]
        ),
        "workers2_run_s": median([b["run_s"] for b in raw["e2"]]),
        "workers2_peak_rss_workers_mb": median([b["peak_rss_children_kb"] for b in raw["e2"]])
        / 1024,
        "same_graph": all(d is None for d in diffs),
        "difference": next((d for d in diffs if d), None),
        "same_graph_same_code": [d is None for d, c in zip(diffs, changed, strict=True) if not c],
        "code_changed_between": changed,
    }
    if store_diffs:
        out["stores_same_graph"] = {
            "same": all(d is None for d in store_diffs),
            "difference": next((d for d in store_diffs if d), None),
            "same_graph_same_code": [
                d is None for d, c in zip(store_diffs, store_changed, strict=True) if not c
            ],
            "code_changed_between": store_changed,
        }
    cli = raw["cli"]
    out["cli"] = {
        "ingest_s": median([c["ingest_s"] for c in cli]),
        "extract_s": median([c["extract_s"] for c in cli]),
        "load_s": median([c["load_s"] for c in cli]),
        "two_step_s": median([c["extract_s"] + c["load_s"] for c in cli]),
        "ratio": median([(c["extract_s"] + c["load_s"]) / c["ingest_s"] for c in cli]),
    }
    return out


def graph_summary(g: ScaledGraph) -> dict[str, Any]:
    nodes, edges = sum(g.nodes.values()), sum(g.edges.values())
    return {
        "agreements": g.spec.agreements,
        "parties": len(g.parties),
        "chains": len(g.chains),
        "nodes": g.nodes,
        "edges": g.edges,
        "nodes_total": nodes,
        "edges_total": edges,
        "batches": g.batches,
        "seconds": g.seconds,
        "rows_per_s": (nodes + edges) / g.seconds,
    }


def _loadavg() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _settle(pid: int, idle_share: float = 0.05, limit_s: float = 300.0) -> float:
    """Wait until the store's server spends under ``idle_share`` of a core for 2 s running.

    A bulk load leaves a server with work of its own for a while (Neo4j populates its
    full-text index and checkpoints), which would be measured as query latency; a user's
    reads come after that. Returns the seconds waited (at most ``limit_s``)."""
    started = time.monotonic()
    quiet = 0
    before = ingest_bench.proc_cpu_s(pid)
    while before is not None and quiet < 2 and time.monotonic() - started < limit_s:
        time.sleep(1.0)
        after = ingest_bench.proc_cpu_s(pid)
        if after is None:
            break
        quiet = quiet + 1 if after - before < idle_share else 0
        before = after
    return time.monotonic() - started


def _scaled(
    results: dict[str, Any],
    kind: str,
    uri: str | None,
    args: argparse.Namespace,
    only: set[str],
    server_pid: int | None,
) -> None:
    """Build the scaled graph in one store, time its named queries, load its API."""
    from dealgraph.settings import Settings
    from graph.stores import open_store

    spec = ScaleSpec.of(args.neo4j_scale if uri else args.scale)
    data_dir = Path(args.work) / f"scaled-{kind}"
    log(f"building {spec} in the {kind} store")
    store = open_store(Settings(data_dir=data_dir, store=uri))
    try:
        store.clear()
        g = build(store, spec, args.neo4j_batch if uri else args.batch)
        log(f"built in {g.seconds:.0f} s")
        if server_pid is not None:
            log(f"{kind} server settled after {_settle(server_pid):.0f} s; querying")
        load_before = _loadavg()
        queries = query_bench.run(store, g, samples=args.samples, runs=args.query_runs)
        results["scale"][kind] = {
            "graph": graph_summary(g),
            "queries": queries,
            "loadavg_queries": f"{load_before} -> {_loadavg()}",
        }
        if "load" in only:
            log(f"API on {kind} under load: {args.connections} connections, {args.duration} s")
            try:
                results["load"][kind] = load_bench.run(
                    data_dir,
                    g,
                    store,
                    store_url=uri,
                    server_pid=server_pid,
                    duration=args.duration,
                    connections=args.connections,
                )
            except (RuntimeError, OSError) as exc:
                log(f"load benchmark failed: {exc}")
                results.setdefault("load_error", {})[kind] = str(exc)
    finally:
        store.close()


def _save(results: dict[str, Any], out: Path) -> None:
    """Write what is measured so far, so a later failure loses nothing."""
    out.mkdir(parents=True, exist_ok=True)
    report.write({**results, "meta": dict(results["meta"])}, [], out)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100,000 agreements")
    parser.add_argument("--runs", type=int, default=3, help="runs per ingestion figure")
    parser.add_argument("--query-runs", type=int, default=3)
    parser.add_argument("--samples", type=int, default=300, help="queries per kind per run")
    parser.add_argument("--duration", type=int, default=30, help="seconds of load")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--batch", type=int, default=500, help="agreements per embedded upsert")
    parser.add_argument(
        "--neo4j-batch",
        type=int,
        default=5000,
        help="agreements per upsert into Neo4j (each statement costs a round trip)",
    )
    parser.add_argument(
        "--neo4j-scale",
        type=float,
        default=1.0,
        help="scale of the Neo4j graph (1.0: the same 100,000 agreements as the embedded store)",
    )
    parser.add_argument("--skip-neo4j", action="store_true")
    parser.add_argument("--neo4j-uri", default=None, help="use this running Neo4j instead")
    parser.add_argument("--only", default="ingest,ray,scale,load")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    only = set(args.only.split(","))

    results: dict[str, Any] = {
        "meta": {
            "code": ingest_bench.code_hash(),
            "command": "python -m bench " + " ".join(sys.argv[1:]),
            "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
            "loadavg_start": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "runs": args.runs,
            "scale": args.scale,
        }
    }
    if ("load" in only) and shutil.which("wrk") is None:
        log(load_bench.WRK_MISSING)
    with tempfile.TemporaryDirectory(prefix="dealgraph-bench-") as tmp:
        work = Path(tmp)
        args.work = work
        server = None
        if not args.skip_neo4j and not args.neo4j_uri:
            log("starting Neo4j 5.26")
            server = start_neo4j(work / "neo4j")
        try:
            uri = args.neo4j_uri or (server.uri if server else None)
            if args.skip_neo4j:
                uri = None
            if "ingest" in only:
                results["ingest"] = bench_ingest(args.runs, uri, work)
                _save(results, args.out)
            if "ray" in only:
                results["ray"] = ray_bench.run(args.runs, uri, work, log)
                _save(results, args.out)
            if "scale" in only or "load" in only:
                results["scale"] = {}
                results["load"] = {}
                _scaled(results, "embedded", None, args, only, None)
                _save(results, args.out)
                if uri:
                    pid = server._proc.pid if server is not None and server._proc else None
                    _scaled(results, "neo4j", uri, args, only, pid)
                    _save(results, args.out)
        finally:
            if server is not None:
                server.stop()
    results["meta"]["code_at_end"] = ingest_bench.code_hash()
    results["meta"]["loadavg_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    findings = OUT / "findings.md"
    notes = (
        [line[2:].strip() for line in findings.read_text().splitlines() if line.startswith("- ")]
        if findings.exists()
        else []
    )
    args.out.mkdir(parents=True, exist_ok=True)
    report.write(results, notes, args.out)
    print(report.markdown({**results}, notes))


if __name__ == "__main__":
    main()
