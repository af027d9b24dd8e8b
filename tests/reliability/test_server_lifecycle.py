"""Nothing of the embedded store outlives its users: the FalkorDB server and its watchdog.

- SIGTERM or SIGHUP to ``serve``, ``ingest`` or ``load`` stops the server like Ctrl-C (the
  idle time is set far beyond the test, so only the clean stop can explain its end);
- after ``kill -9`` of a user the server stops by itself after the idle time, and the next
  ingestion completes the rest; while ``serve`` runs, the server outlives the idle time;
- a deleted data folder stops its server at once; ``kill -9`` of the watchdog stops the server
  cleanly; ``dealgraph store status`` / ``store stop`` report and stop it.

Waits are generous deadlines for things that happen in about a second, never timing claims.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis

from graph.embedded_server import server_status, socket_path
from graph.embedded_store import GRAPH_NAME, EmbeddedStore
from tests.paths import REPO

from .harness import (
    Child,
    Export,
    Reference,
    check_consistent,
    child_env,
    clean_export,
    corpus_paths,
    normalized,
)

DEADLINE_S = 120.0  # for what takes about a second on a quiet machine
HANG_LIMIT_S = 900.0  # a full ingestion on a loaded machine
LONG_IDLE = "3600"  # far beyond any test: a server that stops was stopped by its user
_COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d)"

HOLDER = """
import sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from graph.embedded_store import EmbeddedStore
from test_store_contract import doc_batch
store = EmbeddedStore(Path(sys.argv[1]), idle_stop_s=float(sys.argv[2]))
store.upsert(doc_batch())
print("ACK", store.server.server_pid(), flush=True)
time.sleep(3600)  # killed before this ends
"""


def server_processes(data_dir: Path) -> list[int]:
    """Pids of the server and the watchdog of ``data_dir`` (by their command lines; the
    server shows its socket in its process title)."""
    sock = str(socket_path(data_dir))
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue  # exited meanwhile
        watchdog = any(a.endswith("embedded_watchdog.py") for a in args) and str(data_dir) in args
        if watchdog or ("redis-server" in args[0] and sock in " ".join(args)):
            found.append(int(entry.name))
    return found


def eventually(predicate: Callable[[], bool], what: str, timeout: float = DEADLINE_S) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"not within {timeout:.0f} s: {what}")


def stored_documents(data_dir: Path) -> int:
    """Documents in the graph, read without becoming a user of the server."""
    try:
        with redis.Redis(unix_socket_path=str(socket_path(data_dir))) as conn:
            reply = conn.execute_command("GRAPH.RO_QUERY", GRAPH_NAME, _COUNT_DOCUMENTS)
    except (redis.ConnectionError, redis.ResponseError, OSError):
        return 0  # not started yet, or no graph yet
    return int(reply[1][0][0])


def caught_writing(child: Child, data_dir: Path) -> bool:
    """Catch ``child`` mid-run after its first write: True with the child frozen (SIGSTOP),
    False if it ended first. Until its store's server is up it cannot write, so it runs freely;
    then it runs in short steps and is frozen while the store is read. Frozen while we look, it
    cannot finish between the look and the signal, so catching it mid-run depends only on its
    writing in more than one step, not on how fast or busy the machine is. A signal sent to
    the frozen child takes effect when it is resumed."""
    deadline = time.monotonic() + DEADLINE_S
    while not socket_path(data_dir).exists() and child.running():
        assert time.monotonic() < deadline, f"not within {DEADLINE_S:.0f} s: the server"
        time.sleep(0.001)
    while time.monotonic() < deadline:
        if not child.pause():
            return False
        if stored_documents(data_dir) >= 1:
            return True
        child.resume()
        time.sleep(0.002)
    raise AssertionError(f"not within {DEADLINE_S:.0f} s: a write")


def _uses(pid: str, data_dir: Path) -> bool:
    """Whether the process names ``data_dir`` in its arguments or its environment."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        env = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return False
    folder = os.fsencode(data_dir)
    return folder in args or b"DEALGRAPH_DATA_DIR=" + folder in env


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """The test's data folder; whatever still runs for it at the end (a failed test's
    children, server, watchdog) is killed."""
    data = tmp_path / "data"
    yield data
    ours = {
        int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _uses(p.name, data)
    }
    for pid in (ours | set(server_processes(data))) - {os.getpid()}:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def clean45(tmp_path_factory: pytest.TempPathFactory, reference45: Reference) -> Export:
    store = EmbeddedStore(tmp_path_factory.mktemp("clean45"))
    try:
        return clean_export(store, reference45)
    finally:
        store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(data_dir: Path, logs: Path, idle: str) -> tuple[Child, str]:
    port = _free_port()
    env = child_env(data_dir, None, DEALGRAPH_SERVER_IDLE_S=idle)
    child = Child(["serve", "--port", str(port)], env, logs)
    url = f"http://127.0.0.1:{port}/api/health"

    def healthy() -> bool:
        assert child.running(), child.stderr()[-2000:]
        try:
            return httpx.get(url, timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    eventually(healthy, "serve answers")
    return child, url


def _status(data_dir: Path) -> dict[str, object]:
    child = Child(["store", "status", "--json"], child_env(data_dir, None), data_dir.parent)
    assert child.wait(DEADLINE_S) == 0, child.stderr()
    return child.json()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_signal_to_serve_stops_its_server(tmp_path: Path, data_dir: Path, sig: int) -> None:
    child, _ = _serve(data_dir, tmp_path / "logs", LONG_IDLE)
    assert len(server_processes(data_dir)) == 2  # the server and its watchdog
    os.kill(child.pid, sig)
    assert child.wait(DEADLINE_S) == 128 + signal.SIGTERM  # serve turns SIGHUP into SIGTERM
    assert "Application shutdown complete" in child.stderr()
    assert "Traceback" not in child.stderr()
    assert server_processes(data_dir) == []  # stopped before serve exited


@pytest.mark.parametrize(
    ("command", "sig"),
    [("ingest", signal.SIGTERM), ("load", signal.SIGHUP)],
    ids=["ingest-SIGTERM", "load-SIGHUP"],
)
def test_signal_to_a_writing_command_stops_its_server(
    tmp_path: Path,
    data_dir: Path,
    reference45: Reference,
    clean45: Export,
    command: str,
    sig: int,
) -> None:
    env = child_env(data_dir, None, DEALGRAPH_SERVER_IDLE_S=LONG_IDLE)
    if command == "ingest":
        args = ["ingest", *map(str, corpus_paths()), "--json"]
    else:
        # one document a transaction: 45 writes, so the load is caught between two of them
        records = reference45.write_jsonl(tmp_path / "records.jsonl")
        args = ["load", str(records), "--json", "--bulk-documents", "1"]
    child = Child(args, env, tmp_path / "logs")
    assert caught_writing(child, data_dir), f"{command} ended before the signal"
    os.kill(child.pid, sig)
    child.resume()
    assert child.wait(DEADLINE_S) == 128 + sig, child.stderr()[-2000:]
    assert "Traceback" not in child.stderr()
    assert server_processes(data_dir) == []

    store = EmbeddedStore(data_dir)  # every acknowledged document is whole
    try:
        written = check_consistent(normalized(store.export()), clean45, reference45.order)
    finally:
        store.close()
    assert 1 <= written < len(reference45.order)


def test_kill_9_of_ingest_idle_stop_then_next_ingest_completes(
    tmp_path: Path, data_dir: Path, reference45: Reference, clean45: Export
) -> None:
    env = child_env(data_dir, None, DEALGRAPH_SERVER_IDLE_S="2")
    ingest = ["ingest", *map(str, corpus_paths()), "--json"]
    child = Child(ingest, env, tmp_path / "logs")
    assert caught_writing(child, data_dir), "the ingestion ended before the kill"
    child.kill9()
    eventually(lambda: server_processes(data_dir) == [], "the idle server stops")
    log = (data_dir / "watchdog.log").read_text()
    assert "no DealGraph process used it for 2 s" in log

    store = EmbeddedStore(data_dir)
    try:
        written = check_consistent(normalized(store.export()), clean45, reference45.order)
    finally:
        store.close()
    final = Child(ingest, env, tmp_path / "logs")
    assert final.wait(HANG_LIMIT_S) == 0, final.stderr()[-3000:]
    summary = final.json()
    assert summary["errors"] == []
    assert summary["documents_unchanged"] == written
    assert summary["documents_added"] == len(reference45.order) - written
    assert server_processes(data_dir) == []  # the ingestion stopped it on its way out
    store = EmbeddedStore(data_dir)
    try:
        assert normalized(store.export()) == clean45
    finally:
        store.close()


def test_serve_keeps_its_server_across_the_idle_time(tmp_path: Path, data_dir: Path) -> None:
    child, url = _serve(data_dir, tmp_path / "logs", "1")
    first = _status(data_dir)
    assert first["running"] and first["in_use"]
    time.sleep(5)  # five idle times: a server without users would have stopped
    later = _status(data_dir)
    assert later["pid"] == first["pid"] and later["in_use"]
    assert httpx.get(url, timeout=30).status_code == 200
    # the same watchdog does stop it once serve is gone
    child.kill9()
    eventually(lambda: server_processes(data_dir) == [], "the idle server stops")


def test_deleted_folder_stops_its_server(tmp_path: Path, data_dir: Path) -> None:
    child, url = _serve(data_dir, tmp_path / "logs", LONG_IDLE)
    shutil.rmtree(data_dir)
    eventually(lambda: server_processes(data_dir) == [], "the server of a deleted folder stops")
    r = httpx.get(url, timeout=60)
    assert r.status_code == 503 and "data folder" in r.json()["error"]["message"]
    os.kill(child.pid, signal.SIGTERM)
    assert child.wait(DEADLINE_S) == 128 + signal.SIGTERM
    assert "Traceback" not in child.stderr()
    assert not data_dir.exists()  # nobody made an empty store in its place


def _holder(data_dir: Path) -> tuple[subprocess.Popen[str], int]:
    """A process that writes a batch, holds the store and waits to be killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(tests=str(REPO / "tests")), str(data_dir), LONG_IDLE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("ACK"), proc.stderr.read() if proc.stderr else ""
    return proc, int(line.split()[1])


def _kill9(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(timeout=DEADLINE_S)


def _assert_batch_kept(data_dir: Path) -> None:
    store = EmbeddedStore(data_dir)
    try:
        counts = store.counts()
        assert counts["labels"]["Party"] == 2 and counts["types"]["LENDS_TO"] == 1
    finally:
        store.close()


def test_store_status_and_stop(tmp_path: Path, data_dir: Path) -> None:
    holder, pid = _holder(data_dir)
    status = _status(data_dir)
    assert status["running"] and status["pid"] == pid and status["in_use"]
    assert isinstance(status["rss_mb"], float) and status["rss_mb"] > 0
    env = child_env(data_dir, None)
    refused = Child(["store", "stop"], env, tmp_path / "logs")
    assert refused.wait(DEADLINE_S) == 1
    assert "in use by another DealGraph process" in " ".join(refused.stderr().split())
    assert pid in server_processes(data_dir)

    _kill9(holder)  # its server waits for the idle time (an hour here) for a next user
    status = _status(data_dir)
    assert status["running"] and status["pid"] == pid and not status["in_use"]
    stop = Child(["store", "stop"], env, tmp_path / "logs")
    assert stop.wait(DEADLINE_S) == 0, stop.stderr()
    assert f"stopped server pid {pid}" in stop.stdout()
    assert server_processes(data_dir) == []
    assert _status(data_dir)["running"] is False
    assert "Calling fsync() on the AOF file" in (data_dir / "server.log").read_text()
    _assert_batch_kept(data_dir)


def test_kill_9_of_the_watchdog_stops_its_server(data_dir: Path) -> None:
    holder, pid = _holder(data_dir)
    try:
        watchdog = server_status(data_dir).watchdog_pid
        assert watchdog is not None and watchdog != pid
        os.kill(watchdog, signal.SIGKILL)
        eventually(lambda: server_processes(data_dir) == [], "the server stops with its watchdog")
    finally:
        _kill9(holder)
    _assert_batch_kept(data_dir)


def test_store_commands_refuse_a_neo4j_store(tmp_path: Path) -> None:
    env = child_env(tmp_path / "data", "bolt://neo4j:secret@127.0.0.1:1")
    for command in ("status", "stop"):
        child = Child(["store", command], env, tmp_path / "logs")
        assert child.wait(DEADLINE_S) == 2
        assert "concern the embedded store" in " ".join(child.stderr().split())
    assert not (tmp_path / "data").exists()
