"""The real API under load: uvicorn in a subprocess on 127.0.0.1, wrk in another.

The server is ``uvicorn api.app:create_app --factory --workers N`` (as ``dealgraph serve
--workers N`` runs it) over a store that already holds the scaled graph: the embedded
store's FalkorDB server that the benchmark holds open on the same data directory, or the
benchmark's Neo4j. wrk (a Lua script cycling through a fixed list of requests) keeps
``connections`` requests in flight for ``duration`` seconds and prints its summary as JSON;
it stops by itself (``-d``), and the subprocess also has a hard timeout.

:data:`SCENARIOS` say what each change bought: every answer computed (the answer cache off,
``DEALGRAPH_CACHE_MB=0``) with one worker and with two, then the cache on: the first
``duration`` seconds after start (cold: each answer computed once per worker, then kept),
the next ones (warm), and the next ones again with a small document written every second
by another process's connection (each write moves the graph version on, which empties
every cache). After the first scenario each endpoint is asked ``probe`` times alone, so the
report can tell waiting-in-line from the cost of one request.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from bench.query_bench import percentile
from bench.scale_graph import ScaledGraph
from graph.batch import Evidence, GraphBatch, NodeRow
from graph.embedded_server import socket_path
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent

LUA = r"""
local paths = {%s}
local n = #paths
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% n) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%%d,"duration_us":%%d,"bytes":%%d,"connect":%%d,"read":%%d,' ..
    '"write":%%d,"status":%%d,"timeout":%%d,"p50_us":%%d,"p90_us":%%d,"p99_us":%%d,' ..
    '"max_us":%%d,"mean_us":%%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
"""


def mix(graph: ScaledGraph, n: int = 2000, seed: int = 11) -> dict[str, list[str]]:
    """Request paths per endpoint, keys drawn uniformly like the query benchmark's."""
    rng = random.Random(seed)
    agreements = graph.agreement_keys
    parties = list(graph.parties)
    borrowers = sorted({c.borrower for c in graph.chains})
    nodes = agreements + parties

    def k(key: str) -> str:
        return quote(key, safe="")

    per = n // 5
    return {
        "amendments": [
            f"/api/agreements/{k(a)}/amendments?direction=in&transitive=true"
            for a in rng.choices(agreements, k=per)
        ],
        "lenders": [f"/api/parties/{k(p)}/lenders" for p in rng.choices(borrowers, k=per)],
        "party_agreements": [
            f"/api/parties/{k(p)}/agreements" for p in rng.choices(parties, k=per)
        ],
        "neighbors": [f"/api/nodes/{k(x)}/neighbors?limit=25" for x in rng.choices(nodes, k=per)],
        "search": [
            "/api/search?" + urlencode({"q": q, "limit": 20})
            for q in rng.choices(graph.search_words, k=per)
        ],
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(url: str, timeout: float = 30.0) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status, (time.perf_counter() - started) * 1000


def start_server(
    data_dir: Path,
    port: int,
    workers: int = 1,
    *,
    store_url: str | None = None,
    cache_mb: int | None = None,
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALGRAPH_")}
    env["DEALGRAPH_DATA_DIR"] = str(data_dir)
    if store_url:
        env["DEALGRAPH_STORE"] = store_url
    if cache_mb is not None:
        env["DEALGRAPH_CACHE_MB"] = str(cache_mb)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"uvicorn exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:  # health answers once the store is open (its counts cost milliseconds)
            if _get(f"http://127.0.0.1:{port}/api/health", 10)[0] == 200:
                return proc
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.2)
    stop_server(proc)
    raise RuntimeError("uvicorn did not answer /api/health within 120 s")


def _cpu_seconds(data_dir: Path, api_pid: int, server_pid: int | None) -> tuple[float, float]:
    """CPU seconds used so far by the API (uvicorn and its workers) and the store's server.

    Read from /proc: the processes whose parent is uvicorn, and the store's server: the
    process ``server_pid`` (Neo4j) or the one whose command line names the data directory's
    socket (FalkorDB).
    """
    socket = str(socket_path(data_dir)).encode()
    tick = os.sysconf("SC_CLK_TCK")
    api = server = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / tick
        if int(entry.name) == api_pid or int(fields[1]) == api_pid:
            api += seconds
        elif int(entry.name) == server_pid or (server_pid is None and socket in cmdline):
            server += seconds
    return api, server


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass(frozen=True, slots=True)
class Scenario:
    """One server: its worker count, whether it keeps answers, and the phases run on it."""

    name: str
    workers: int
    cached: bool
    phases: tuple[str, ...]  # "load", "cold", "warm", "writes"


SCENARIOS = (
    Scenario("uncached-1", 1, False, ("load",)),
    Scenario("uncached-2", 2, False, ("load",)),
    Scenario("cached-2", 2, True, ("cold", "warm", "writes")),
)
PHASE_LABELS = {
    "load": "every answer computed",
    "cold": "cache cold (first seconds after start)",
    "warm": "cache warm",
    "writes": "cache warm, a write every second",
}


class Writer:
    """Writes one small document (a Document and a Party citing it) every ``every`` s in a
    thread, through the benchmark's own connection: the version moves on with each."""

    def __init__(self, store: GraphStore, every: float = 1.0) -> None:
        self.store, self.every = store, every
        self.times_ms: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Writer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=60)

    def _loop(self) -> None:
        n = 0
        while not self._stop.wait(self.every):
            n += 1
            started = time.perf_counter()
            self.store.upsert(_small_document(f"{os.getpid()}-{n}"))
            self.times_ms.append((time.perf_counter() - started) * 1000)


def _small_document(tag: str) -> GraphBatch:
    text = f"Load Test Lender {tag} joins as a Lender."
    name = text.split(" joins")[0]
    doc = f"doc:bench-write-{tag}"
    cite = (Evidence(doc, 0, len(name), name),)
    return GraphBatch(
        nodes=(
            NodeRow("Document", doc, {"title": "Joinder", "text": text, "chars": len(text)}),
            NodeRow("Party", f"party:bench-write-{tag}", {"name": name}, (), cite),
        )
    )


def _wrk(wrk: str, base: str, script: str, duration: int, connections: int, threads: int) -> dict:
    done = subprocess.run(
        [
            wrk,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            script,
            base,
        ],
        capture_output=True,
        text=True,
        timeout=duration + 60,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("WRK_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary: {done.stdout[-1000:]} {done.stderr}")
    w: dict[str, Any] = json.loads(line[9:])
    return w


def _loadavg() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _phase(
    wrk: str,
    base: str,
    script: str,
    *,
    duration: int,
    connections: int,
    threads: int,
    cpu: Any,
) -> dict[str, Any]:
    """One wrk run: throughput, latency, errors, CPU per request, the load around it."""
    load_before = _loadavg()
    cpu_before = cpu()
    wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w = _wrk(wrk, base, script, duration, connections, threads)
    cpu_after = cpu()
    wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    errors = w["connect"] + w["read"] + w["write"] + w["status"] + w["timeout"]
    seconds = w["duration_us"] / 1e6
    n = max(1, w["requests"])
    wrk_cpu = wrk_after.ru_utime + wrk_after.ru_stime - wrk_before.ru_utime - wrk_before.ru_stime
    return {
        "connections": connections,
        "duration_s": round(seconds, 2),
        "threads": threads,
        "requests": w["requests"],
        "req_per_s": round(w["requests"] / seconds, 1),
        "p50_ms": round(w["p50_us"] / 1000, 2),
        "p90_ms": round(w["p90_us"] / 1000, 2),
        "p99_ms": round(w["p99_us"] / 1000, 2),
        "max_ms": round(w["max_us"] / 1000, 2),
        "mean_ms": round(w["mean_us"] / 1000, 2),
        "errors": errors,
        "error_detail": {k: w[k] for k in ("connect", "read", "write", "status", "timeout")},
        # CPU each request cost, whatever the machine's load: what bounds throughput
        "cpu_ms_per_request": {
            "api": round((cpu_after[0] - cpu_before[0]) * 1000 / n, 3),
            "store_server": round((cpu_after[1] - cpu_before[1]) * 1000 / n, 3),
            "wrk": round(wrk_cpu * 1000 / n, 3),
        },
        "loadavg_before": load_before,
        "loadavg_after": _loadavg(),
    }


def run(
    data_dir: Path,
    graph: ScaledGraph,
    store: GraphStore,
    *,
    store_url: str | None = None,
    server_pid: int | None = None,
    duration: int = 30,
    connections: int = 32,
    threads: int = 1,
    probe: int = 40,
    scenarios: tuple[Scenario, ...] = SCENARIOS,
) -> dict[str, Any]:
    """Every scenario's phases against ``store`` (``store_url`` for Neo4j), in order."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError(WRK_MISSING)
    paths = mix(graph)
    rng = random.Random(5)
    ordered = [p for group in zip(*paths.values(), strict=True) for p in group]
    rng.shuffle(ordered)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(LUA % ",".join(json.dumps(p) for p in ordered))
        script = fh.name
    out: dict[str, Any] = {"endpoints": list(paths), "scenarios": {}}
    try:
        for sc in scenarios:
            port = _free_port()
            base = f"http://127.0.0.1:{port}"
            proc = start_server(
                data_dir, port, sc.workers, store_url=store_url, cache_mb=None if sc.cached else 0
            )
            try:
                # every endpoint answers 200 before the load starts (else the figures mean
                # nothing); with the cache on, only the first path of each is answered yet
                for name, items in paths.items():
                    status, _ = _get(base + items[0])
                    if status != 200:
                        raise RuntimeError(f"{name}: {items[0]} answered {status}")
                figures: dict[str, Any] = {"workers": sc.workers, "cached": sc.cached}

                def cpu(pid: int = proc.pid) -> tuple[float, float]:
                    return _cpu_seconds(data_dir, pid, server_pid)

                for phase in sc.phases:
                    kw = {"duration": duration, "connections": connections, "threads": threads}
                    if phase == "writes":
                        with Writer(store) as writer:
                            figures[phase] = _phase(wrk, base, script, cpu=cpu, **kw)
                        figures[phase]["writes"] = len(writer.times_ms)
                        figures[phase]["write_p50_ms"] = (
                            round(percentile(writer.times_ms, 50), 2) if writer.times_ms else None
                        )
                    else:
                        figures[phase] = _phase(wrk, base, script, cpu=cpu, **kw)
                if "alone" not in out and not sc.cached:
                    out["alone"] = _alone(base, paths, probe)
                out["scenarios"][sc.name] = figures
            finally:
                stop_server(proc)
    finally:
        os.unlink(script)
    return out


def _alone(base: str, paths: dict[str, list[str]], probe: int) -> dict[str, dict[str, float]]:
    """Unloaded latency of one request, per endpoint."""
    alone: dict[str, dict[str, float]] = {}
    for name, items in paths.items():
        times, bad = [], 0
        for p in items[:probe]:
            status, ms = _get(base + p)
            times.append(ms)
            bad += status != 200
        alone[name] = {
            "p50_ms": round(percentile(times, 50), 2),
            "p99_ms": round(percentile(times, 99), 2),
            "non_200": bad,
        }
    return alone


WRK_MISSING = "wrk is not installed, so the API load figures are left out: apt-get install -y wrk"
