"""The embedded store keeps acknowledged writes through kill -9, and shares one server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.embedded_store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent

WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from graph.embedded_store import EmbeddedStore
from test_store_contract import doc_batch
store = EmbeddedStore(Path(sys.argv[1]))
store.upsert(doc_batch())
print("ACK", store.server.server_pid(), flush=True)
time.sleep(600)  # killed before this ends
"""

SHARER = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from graph.batch import Evidence, GraphBatch, NodeRow
from graph.embedded_store import EmbeddedStore
name = sys.argv[2]
store = EmbeddedStore(Path(sys.argv[1]))
print("PID", store.server.server_pid(), flush=True)
sys.stdin.readline()  # both processes hold the store open before either writes
for i in range(20):
    e = Evidence("doc-" + name, 0, 1, "x")
    row = NodeRow("Party", f"{{name}}-{{i}}", {{"name": name}}, (), (e,))
    store.upsert(GraphBatch(nodes=(row,)))
print("COUNT", store.counts()["labels"]["Party"], flush=True)
store.close()
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_acknowledged_batch_survives_kill_9(tmp_path: Path) -> None:
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(tests=str(ROOT / "tests")), str(data)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith("ACK"), child.stderr.read() if child.stderr else ""
    server_pid = int(line.split()[1])
    os.kill(child.pid, signal.SIGKILL)
    os.kill(server_pid, signal.SIGKILL)
    child.wait(timeout=60)
    deadline = time.monotonic() + 60  # a hang guard: SIGKILL is not slower on a busy machine
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(server_pid)

    store = EmbeddedStore(data)  # finds a dead server, starts a new one, replays the AOF
    try:
        assert store.server.server_pid() != server_pid
        counts = store.counts()
        assert counts["labels"]["Party"] == 2 and counts["types"]["LENDS_TO"] == 1
        assert store.document_text("doc1") is not None
    finally:
        store.close()


def test_two_processes_share_one_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SHARER.format(tests=str(ROOT / "tests")), str(data), name],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alpha", "beta")
    ]
    pids = []
    for p in procs:
        assert p.stdout is not None
        line = p.stdout.readline()
        assert line.startswith("PID"), p.stderr.read() if p.stderr else ""
        pids.append(int(line.split()[1]))
    assert pids[0] == pids[1]  # one server for the data dir, not two on the same files
    for p in procs:
        out, err = p.communicate("go\n", timeout=120)
        assert p.returncode == 0, err
        assert int(out.split()[-1]) >= 20
    assert not _alive(pids[0])  # the last user shut it down
    store = EmbeddedStore(data)
    try:
        assert store.counts()["labels"]["Party"] == 40
    finally:
        store.close()


def test_second_store_in_process_reuses_server(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path)
    second = EmbeddedStore(tmp_path)
    try:
        assert first.server.server_pid() == second.server.server_pid()
        first.close()
        second.ping()  # still served after the first user left
    finally:
        second.close()
