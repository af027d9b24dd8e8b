"""The real API under load: uvicorn in a subprocess on 127.0.0.1, wrk in another.

The server is ``uvicorn api.app:create_app --factory`` (one process, as ``dealgraph serve``
runs it) over the embedded store that already holds the scaled graph: the server process
joins the FalkorDB server the benchmark holds open on the same data directory. wrk (a Lua
script cycling through a fixed list of requests) keeps ``connections`` requests in flight for
``duration`` seconds and prints its summary as JSON; it stops by itself (``-d``), and the
subprocess also has a hard timeout. Afterwards each endpoint is asked ``probe`` times alone,
so the report can tell waiting-in-line from the cost of one request.
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
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from bench.query_bench import percentile
from bench.scale_graph import ScaledGraph
from graph.embedded_server import socket_path

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


def start_server(data_dir: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALGRAPH_")}
    env["DEALGRAPH_DATA_DIR"] = str(data_dir)
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


def _cpu_seconds(data_dir: Path, api_pid: int) -> tuple[float, float]:
    """CPU seconds used so far by the API (uvicorn and its workers) and the FalkorDB server.

    Read from /proc: the processes whose parent is uvicorn, and the server whose command
    line names the data directory's socket.
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
        elif socket in cmdline:
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


def run(
    data_dir: Path,
    graph: ScaledGraph,
    *,
    duration: int = 30,
    connections: int = 32,
    threads: int = 1,
    probe: int = 40,
    workers: int = 1,
) -> dict[str, Any]:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed: apt-get install -y wrk")
    paths = mix(graph)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(data_dir, port, workers)
    try:
        # every endpoint answers 200 before the load starts (else the figures mean nothing)
        for name, items in paths.items():
            status, _ = _get(base + items[0])
            if status != 200:
                raise RuntimeError(f"{name}: {items[0]} answered {status}")
        rng = random.Random(5)
        ordered = [p for group in zip(*paths.values(), strict=True) for p in group]
        rng.shuffle(ordered)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
            fh.write(LUA % ",".join(json.dumps(p) for p in ordered))
            script = fh.name
        cpu_before = _cpu_seconds(data_dir, proc.pid)
        wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
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
        finally:
            os.unlink(script)
        cpu_after = _cpu_seconds(data_dir, proc.pid)
        wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        line = next((ln for ln in done.stdout.splitlines() if ln.startswith("WRK_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk printed no summary: {done.stdout[-1000:]} {done.stderr}")
        w = json.loads(line[9:])
        errors = w["connect"] + w["read"] + w["write"] + w["status"] + w["timeout"]
        alone: dict[str, dict[str, float]] = {}
        for name, items in paths.items():  # unloaded latency of one request, per endpoint
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
    finally:
        stop_server(proc)
    seconds = w["duration_us"] / 1e6
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
        # CPU each request cost, whatever the machine's load: what bounds throughput
        "cpu_ms_per_request": {
            "api": round((cpu_after[0] - cpu_before[0]) * 1000 / max(1, w["requests"]), 3),
            "store_server": round((cpu_after[1] - cpu_before[1]) * 1000 / max(1, w["requests"]), 3),
            "wrk": round(
                (
                    wrk_after.ru_utime
                    + wrk_after.ru_stime
                    - wrk_before.ru_utime
                    - wrk_before.ru_stime
                )
                * 1000
                / max(1, w["requests"]),
                3,
            ),
        },
        "workers": workers,
        "error_detail": {k: w[k] for k in ("connect", "read", "write", "status", "timeout")},
        "endpoints": list(paths),
        "alone": alone,
    }
