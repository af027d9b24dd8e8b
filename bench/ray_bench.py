"""Extraction on Ray (``extract --engine ray``) against the single-process extractor, and
loading its shards one document per transaction against in groups (the bulk path).

Corpus: the 45 samples (seeds and EDGAR exhibits) and ``credit-dev`` (439 financing
exhibits). Each extraction runs in a fresh child process, timed around the work only: the
single-process child runs ``extract_paths`` (one process) into one JSON Lines file; the Ray
child runs ``extract_with_ray`` on a local Ray of this machine's cores, whose summary keeps
starting Ray (``ray_start_s``, paid once per job, not per document) apart from the job
(``run_s``). The two outputs are compared record by record (``ingested_at`` aside). The load
average is read before and after each run: the machine is shared, and a busy neighbour
slows the two engines alike only when it is steady.

``python -m bench.ray_bench child single|ray OUT FILES...`` is the child's entry point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.ingest_bench import CORPUS, corpus_files, corpus_stats

#: EX-10 exhibits on EDGAR (the issue's figure) and the cluster the projection is for.
EDGAR_EXHIBITS = 1_800_000
PROJECTED_CORES = 100


def ray_corpus() -> list[Path]:
    return corpus_files() + sorted((CORPUS / "credit-dev").glob("*.txt"))


def _loadavg() -> float:
    return round(os.getloadavg()[0], 2)


# ------------------------------------------------------------------ child process side


def child_single(out: Path, files: list[Path]) -> dict[str, Any]:
    from dealgraph.pipeline import extract_paths
    from dealgraph.settings import Settings
    from dealgraph.writing import document_to_json

    settings = Settings()
    started = time.perf_counter()
    documents = errors = 0
    with out.open("w", encoding="utf-8") as fh:
        for fr in extract_paths(files, settings, workers=1):
            errors += bool(fr.error)
            for doc in fr.documents:
                fh.write(document_to_json(doc) + "\n")
                documents += 1
    return {"run_s": time.perf_counter() - started, "documents": documents, "errors": errors}


def child_ray(out: Path, files: list[Path]) -> dict[str, Any]:
    from dealgraph.ray_extract import extract_with_ray
    from dealgraph.settings import Settings

    s = extract_with_ray([str(f) for f in files], str(out), Settings())
    return {
        "ray_start_s": s.ray_start_s,
        "run_s": s.run_s,
        "cpus": s.cpus,
        "documents": s.documents,
        "shards": len(s.shards),
        "errors": len(s.errors),
    }


def _child_main(argv: list[str]) -> None:
    what, out, *files = argv
    run = child_single if what == "single" else child_ray
    print("RESULT " + json.dumps(run(Path(out), [Path(f) for f in files])))


# ------------------------------------------------------------------ parent side


def _run_child(args: list[str]) -> dict[str, Any]:
    before = _loadavg()
    done = subprocess.run(
        [sys.executable, "-m", "bench.ray_bench", "child", *args],
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=Path(__file__).parent.parent,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[7:])
            return result | {"loadavg_before": before, "loadavg_after": _loadavg()}
    raise RuntimeError(f"ray benchmark child {args[:1]} failed:\n{done.stderr[-3000:]}")


def _records(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        record = json.loads(line)
        for node in record["nodes"]:
            node[2].pop("ingested_at", None)
        out.append(json.dumps(record, sort_keys=True))
    return sorted(out)


def same_records(single: Path, shards: Path) -> bool:
    ray_lines = [ln for p in sorted(shards.glob("*.jsonl")) for ln in p.read_text().splitlines()]
    return _records(single.read_text().splitlines()) == _records(ray_lines)


def _load_once(shards: Path, store_url: str | None, data_dir: Path, bulk: int) -> float:
    from dealgraph.settings import Settings
    from dealgraph.shard_loading import load_shards
    from graph.stores import open_store

    store = open_store(Settings(store=store_url, data_dir=data_dir))
    try:
        store.ensure_schema()
        store.clear()
        started = time.perf_counter()
        summary, _ = load_shards(store, shards, bulk_documents=bulk)
        seconds = time.perf_counter() - started
        if summary.errors:
            raise RuntimeError(f"loading the Ray shards failed: {summary.errors[:3]}")
        store.clear()
    finally:
        store.close()
    return seconds


def run(runs: int, neo4j_uri: str | None, work: Path, log: Any = print) -> dict[str, Any]:
    files = ray_corpus()
    raw: dict[str, list[dict[str, Any]]] = {"single": [], "ray": [], "load": []}
    same: list[bool] = []
    for r in range(runs):  # interleaved, so drift in the machine's load hits both alike
        with tempfile.TemporaryDirectory(prefix="dealgraph-ray-bench-", dir=work) as tmp:
            single, shards = Path(tmp) / "single.jsonl", Path(tmp) / "shards"
            log(f"ray run {r + 1}/{runs}: single process")
            raw["single"].append(_run_child(["single", str(single), *map(str, files)]))
            log(f"ray run {r + 1}/{runs}: Ray Data")
            raw["ray"].append(_run_child(["ray", str(shards), *map(str, files)]))
            same.append(same_records(single, shards))
            if r == 0:
                for name, url in (("embedded", None), ("neo4j", neo4j_uri)):
                    if name == "neo4j" and not url:
                        continue
                    for bulk in (1, 10):
                        log(f"ray run 1: load shards into {name}, {bulk} per transaction")
                        seconds = _load_once(shards, url, Path(tmp) / f"load-{bulk}", bulk)
                        raw["load"].append({"store": name, "bulk": bulk, "run_s": seconds})
    ended = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    command = "python -m bench " + " ".join(sys.argv[1:])
    return summarize(files, raw, same) | {"command": command, "ended": ended}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def summarize(
    files: list[Path], raw: dict[str, list[dict[str, Any]]], same: list[bool]
) -> dict[str, Any]:
    corpus = corpus_stats(files)
    single_s = _median([x["run_s"] for x in raw["single"]])
    ray_s = _median([x["run_s"] for x in raw["ray"]])
    start_s = _median([x["ray_start_s"] for x in raw["ray"]])
    cpus = raw["ray"][0]["cpus"] or 1.0
    files_per_core_s = corpus["files"] / ray_s / cpus
    projected_h = EDGAR_EXHIBITS / (files_per_core_s * PROJECTED_CORES) / 3600
    loads = raw["load"]
    return {
        "corpus": corpus,
        "documents": raw["ray"][0]["documents"],
        "single_documents": raw["single"][0]["documents"],
        "shards": raw["ray"][0]["shards"],
        "cpus": cpus,
        "single_s": single_s,
        "ray_run_s": ray_s,
        "ray_start_s": start_s,
        "speedup": _median(
            [a["run_s"] / b["run_s"] for a, b in zip(raw["single"], raw["ray"], strict=True)]
        ),
        "speedup_with_start": single_s / (ray_s + start_s),
        "same_records": all(same),
        "files_per_core_s": files_per_core_s,
        "words_per_core_s": corpus["words"] / ray_s / cpus,
        "mb_per_core_s": corpus["mb"] / ray_s / cpus,
        "mean_file_kb": corpus["bytes"] / corpus["files"] / 1024,
        "projected_hours": projected_h,
        "projected_exhibits": EDGAR_EXHIBITS,
        "projected_cores": PROJECTED_CORES,
        "loadavg": [x["loadavg_before"] for x in raw["single"] + raw["ray"]]
        + [x["loadavg_after"] for x in raw["single"] + raw["ray"]],
        "load": loads,
        "raw": raw,
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        _child_main(sys.argv[2:])
    else:
        print(json.dumps(run(1, None, Path(tempfile.gettempdir())), indent=2))
