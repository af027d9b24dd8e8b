"""Turn the benchmark's results into ``bench/report.json`` and a Markdown table.

Each row of the table is ``(figure, value, target, met?)``; "met" is ``yes`` when the target
is reached, ``minimum`` when only the minimum is, ``no`` otherwise, ``-`` for plain figures.
"""

from __future__ import annotations

import json
import platform
from pathlib import Path
from typing import Any

Row = tuple[str, str, str, str]


def verdict(
    value: float | None,
    target: float,
    minimum: float | None = None,
    *,
    lower_is_better: bool = True,
) -> str:
    if value is None:
        return "not run"

    def ok(limit: float) -> bool:
        return value <= limit if lower_is_better else value >= limit

    if ok(target):
        return "yes"
    if minimum is not None and ok(minimum):
        return "minimum"
    return "no"


def _f(x: Any, digits: int = 2) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:,.{digits}f}"
    if isinstance(x, int):
        return f"{x:,}"
    return str(x)


def _same_code_speedup(ing: dict[str, Any]) -> dict[str, Any]:
    """The speed-up over runs where --workers 1 and 2 ran the same code (if any)."""
    raw = ing.get("raw", {})
    pairs = [
        (a, b)
        for a, b in zip(raw.get("e1", []), raw.get("e2", []), strict=False)
        if a.get("code") and a.get("code") == b.get("code")
    ]
    if not pairs:
        return {}
    ratios = sorted(a["run_s"] / b["run_s"] for a, b in pairs)
    mid = len(ratios) // 2
    value = ratios[mid] if len(ratios) % 2 else (ratios[mid - 1] + ratios[mid]) / 2
    return {"speedup": value, "speedup_pairs": len(pairs)}


def _same_code_ok(c: dict[str, Any]) -> bool:
    """Judge only pairs run on the same code when there are any (others are edits mid-run)."""
    pairs = c.get("same_graph_same_code") or []
    return all(pairs) if pairs else bool(c.get("same_graph", c.get("same")))


def _same(c: dict[str, Any]) -> str:
    ok = _same_code_ok(c)
    equal = c.get("same_graph_same_code") or []
    changed = sum(c.get("code_changed_between", []))
    if not changed:
        return "same graph" if ok else f"DIFFERENT: {c['difference']}"
    verdict_text = "same graph" if ok else "DIFFERENT"
    return (
        f"{verdict_text} in the {len(equal)} run(s) where the code under test was not edited "
        f"between the two ingestions; in {changed} run(s) it was edited in between, which "
        f"changes the graph ({c['difference']})"
    )


def rows(results: dict[str, Any]) -> list[Row]:
    out: list[Row] = []
    ing = results.get("ingest")
    if ing:
        c = ing["corpus"]
        out.append(("corpus", f"{c['files']} files, {c['mb']} MB, {c['words']:,} words", "", "-"))
        tok = ing["tokenizer"]
        out.append(
            (
                "tokenizer alone: time (wall / CPU)",
                f"{_f(tok['run_s'])} s / {_f(tok['run_cpu_s'])} s",
                "",
                "-",
            )
        )
        for name in ("embedded", "neo4j"):
            r = ing.get(name)
            if not r:
                continue
            out.append(
                (
                    f"ingest -> {name}: time (wall / CPU of the ingesting process)",
                    f"{_f(r['run_s'])} s / {_f(r['run_cpu_s'])} s",
                    "",
                    "-",
                )
            )
            out.append(
                (
                    f"ingest -> {name}: throughput",
                    f"{_f(r['docs_per_s'])} docs/s, {_f(r['words_per_s'], 0)} words/s, "
                    f"{_f(r['mb_per_s'], 3)} MB/s",
                    "",
                    "-",
                )
            )
            mem = f"{_f(r['peak_rss_mb'], 0)} MB (ingesting process)"
            if r.get("store_server_peak_rss_mb"):
                mem += f"; FalkorDB server {_f(r['store_server_peak_rss_mb'], 0)} MB"
            out.append((f"ingest -> {name}: peak memory (RSS high-water)", mem, "", "-"))
            out.append(
                (
                    f"ingest -> {name}: pipeline / tokenizer-only, wall",
                    _f(r["ratio_wall"]),
                    "<= 1.0 (minimum 1.5)",
                    verdict(r["ratio_wall"], 1.0, 1.5),
                )
            )
            out.append(
                (
                    f"ingest -> {name}: pipeline / tokenizer-only, CPU",
                    _f(r["ratio_cpu"]),
                    "<= 1.0 (minimum 1.5)",
                    verdict(r["ratio_cpu"], 1.0, 1.5),
                )
            )
        par = ing.get("parallel")
        if par:
            par = {**par, **_same_code_speedup(ing)}
            which = (
                f" (median over the {par['speedup_pairs']} run(s) whose code was not edited "
                "between the two)"
                if par.get("speedup_pairs")
                else ""
            )
            out.append(
                (
                    "--workers 2 vs 1 (embedded), speed-up" + which,
                    _f(par["speedup"]) + "x",
                    ">= 1.8x",
                    verdict(par["speedup"], 1.8, lower_is_better=False),
                )
            )
            out.append(
                (
                    "--workers 2 export == --workers 1 export (ignoring ingested_at)",
                    _same(par),
                    "same graph",
                    "yes" if _same_code_ok(par) else "no",
                )
            )
        same = ing.get("stores_same_graph")
        if same is not None:
            out.append(
                (
                    "embedded export == Neo4j export",
                    _same(same),
                    "same graph",
                    "yes" if _same_code_ok(same) else "no",
                )
            )
        cli = ing.get("cli")
        if cli:
            out.append(
                (
                    "`dealgraph extract` + `load` vs `ingest` (wall, CLI)",
                    f"{_f(cli['extract_s'])} + {_f(cli['load_s'])} = "
                    f"{_f(cli['two_step_s'])} s vs {_f(cli['ingest_s'])} s "
                    f"(ratio {_f(cli['ratio'], 3)})",
                    "ratio <= 1.10",
                    verdict(cli["ratio"], 1.10),
                )
            )
    out += _ray_rows(results.get("ray"))
    sc = results.get("scale")
    if sc:
        for name, s in sc.items():
            g = s["graph"]
            out.append(
                (
                    f"scaled graph -> {name}: build",
                    f"{g['agreements']:,} agreements, {g['nodes_total']:,} nodes, "
                    f"{g['edges_total']:,} edges in {_f(g['seconds'], 1)} s "
                    f"({_f(g['rows_per_s'], 0)} rows/s, {g['batches']} batches)",
                    "",
                    "-",
                )
            )
            if s.get("loadavg_queries"):
                out.append((f"{name}: load average while querying", s["loadavg_queries"], "", "-"))
            for key, q in s["queries"].items():
                floor = key == "ping"
                out.append(
                    (
                        f"{name}: {q['label']}: p50 / p99",
                        f"{_f(q['p50_ms'])} / {_f(q['p99_ms'])} ms"
                        + (
                            ""
                            if floor
                            else f" (rows: mean {_f(q['rows_mean'], 1)}, max {q['rows_max']})"
                        ),
                        "" if floor else "p99 < 10 ms",
                        "-" if floor else verdict(q["p99_ms"], 10.0 - 1e-9),
                    )
                )
    for kind, ld in (results.get("load") or {}).items():
        out += _load_rows(kind, ld)
    for kind, message in (results.get("load_error") or {}).items():
        out.append((f"API on {kind} under load", f"not measured: {message}", "", "no"))
    return out


#: Load phases as the report names them (bench.load_bench.PHASE_LABELS, kept here so that a
#: report renders without importing the benchmark).
PHASES = {
    "load": "every answer computed",
    "cold": "cache cold (first seconds after start)",
    "warm": "cache warm",
    "writes": "cache warm, a write every second",
}


def _load_rows(kind: str, ld: dict[str, Any]) -> list[Row]:
    """One row per phase of each scenario: throughput, latency, errors, CPU, the load."""
    out: list[Row] = []
    for sc in ld.get("scenarios", {}).values():
        for phase, label in PHASES.items():
            f = sc.get(phase)
            if not f:
                continue
            cpu = f["cpu_ms_per_request"]
            value = (
                f"{_f(f['req_per_s'], 0)} req/s; p50 {_f(f['p50_ms'])} / p99 {_f(f['p99_ms'])} ms; "
                f"{f['errors']} errors; CPU per request {_f(cpu['api'])} ms API + "
                f"{_f(cpu['store_server'])} ms store; load average {f['loadavg_before']} -> "
                f"{f['loadavg_after']}"
            )
            if phase == "writes":
                value += f"; {f['writes']} writes (p50 {_f(f['write_p50_ms'])} ms)"
            ok = f["p99_ms"] < 50.0 and f["errors"] == 0
            out.append(
                (
                    f"API on {kind}, {sc['workers']} worker(s), {label}: {f['connections']} "
                    f"clients, {_f(f['duration_s'], 0)} s",
                    value,
                    "p99 < 50 ms, 0 errors",
                    "yes" if ok else "no",
                )
            )
    for name, a in ld.get("alone", {}).items():
        out.append(
            (
                f"API on {kind} alone (one request at a time, every answer computed): {name} "
                "p50 / p99",
                f"{_f(a['p50_ms'])} / {_f(a['p99_ms'])} ms",
                "",
                "-",
            )
        )
    return out


def _ray_rows(ray: dict[str, Any] | None) -> list[Row]:
    """Extraction on Ray vs one process, per-core throughput, its projection, bulk loading."""
    if not ray:
        return []
    c = ray["corpus"]
    cores = f"{ray['cpus']:g} cores"
    loads = ", ".join(f"{x:.1f}" for x in ray["loadavg"])
    out: list[Row] = [
        (
            "Ray corpus: the 45 samples + credit-dev",
            f"{c['files']} files, {c['mb']} MB, {c['words']:,} words, "
            f"{ray['documents']} documents in {ray['shards']} shards; measured "
            f"{ray.get('ended', '')} with `{ray.get('command', '')}`, "
            f"load average during the runs {loads}",
            "",
            "-",
        ),
        (
            f"`extract --engine ray` vs one process, {cores}: speed-up",
            f"{_f(ray['speedup'])}x ({_f(ray['single_s'], 1)} s vs {_f(ray['ray_run_s'], 1)} s); "
            f"{_f(ray['speedup_with_start'])}x counting Ray's start "
            f"({_f(ray['ray_start_s'], 1)} s, once per job)",
            ">= 1.8x",
            verdict(ray["speedup"], 1.8, lower_is_better=False),
        ),
        (
            "Ray records == single-process records (ignoring ingested_at)",
            "same records" if ray["same_records"] else "DIFFERENT",
            "same records",
            "yes" if ray["same_records"] else "no",
        ),
        (
            "Ray throughput per core",
            f"{_f(ray['files_per_core_s'])} files/s, {_f(ray['words_per_core_s'], 0)} words/s, "
            f"{_f(ray['mb_per_core_s'], 3)} MB/s",
            "",
            "-",
        ),
        (
            f"projected: {ray['projected_exhibits']:,} exhibits on "
            f"{ray['projected_cores']} cores (extraction only)",
            f"{_f(ray['projected_hours'], 1)} h, if an exhibit averages this corpus's "
            f"{_f(ray['mean_file_kb'], 0)} KB and cores run as these",
            "",
            "-",
        ),
    ]
    for load in ray.get("load", []):
        per = "one document" if load["bulk"] == 1 else f"{load['bulk']} documents"
        out.append(
            (
                f"load of the Ray shards -> {load['store']}, {per} per transaction",
                f"{_f(load['run_s'], 1)} s ({_f(ray['documents'] / load['run_s'], 1)} docs/s)",
                "",
                "-",
            )
        )
    return out


def markdown(results: dict[str, Any], notes: list[str]) -> str:
    meta = results["meta"]
    lines = [
        "# DealGraph benchmarks",
        "",
        f"Run `{meta['command']}` on {meta['started']} ({meta['machine']}; "
        f"load average at start {meta['loadavg_start']}, at end {meta.get('loadavg_end')}). "
        f"Figures are medians of {meta['runs']} runs measured side by side; the machine is "
        "shared and noisy, so the CPU-time ratios are the steadier ones.",
        "",
        "| figure | value | target | met? |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(results)]
    if notes:
        lines += ["", "## What bounds the figures", ""] + [f"- {n}" for n in notes]
    lines += ["", "Raw figures (every run): `bench/report.json`.", ""]
    return "\n".join(lines)


def rerender(out_dir: Path) -> None:
    """Rebuild report.md from report.json and bench/findings.md (after editing the notes)."""
    results = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    findings = Path(__file__).resolve().parent / "findings.md"
    notes = [ln[2:].strip() for ln in findings.read_text().splitlines() if ln.startswith("- ")]
    results.pop("notes", None)
    write(results, notes, out_dir)


def write(results: dict[str, Any], notes: list[str], out_dir: Path) -> None:
    results = {**results, "notes": notes}
    results["meta"].setdefault("machine", f"{platform.machine()}, {platform.python_version()}")
    (out_dir / "report.json").write_text(
        json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    (out_dir / "report.md").write_text(markdown(results, notes), encoding="utf-8")


if __name__ == "__main__":
    rerender(Path(__file__).resolve().parent)
