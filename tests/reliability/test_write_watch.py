"""The kill tests' :class:`WriteWatch`: after a ``kill -9``, the store is read only once
nothing the dead client sent can still change it.

Why it exists: a COMMIT the child sent just before it died is carried out by the server
after the child is gone. Reading the export (three reads) across that commit once showed a
document's Document node and edges without its other nodes ("half-written"), although the
write was one transaction. Here a real child process holds a write open and is killed; the
watch must see it, then see the server settle it, and the graph must then be whole.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from graph import dialect
from graph.batch import Evidence, GraphBatch, NodeRow
from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from tests.paths import REPO

from .harness import WriteWatch

#: A client that opens a write transaction, writes, says so, and waits to be killed.
NEO4J_CLIENT = """
import json, sys, time
import neo4j
from graph import dialect
driver = neo4j.GraphDatabase.driver(sys.argv[1])
tx = driver.session().begin_transaction()
params = {"batch": json.loads(sys.argv[2]), **dialect.version_params()}
tx.run(dialect.NEO4J_UPSERT, params).consume()
print("WRITTEN", flush=True)
time.sleep(600)
"""

#: A client that connects to the embedded server and waits to be killed.
EMBEDDED_CLIENT = """
import sys, time
import redis
conn = redis.Redis(unix_socket_path=sys.argv[1])
conn.ping()
print("CONNECTED", flush=True)
time.sleep(600)
"""


def _batch() -> GraphBatch:
    ev = (Evidence("doc-w", 0, 5, "Party"),)
    return GraphBatch(nodes=(NodeRow("Party", "party:w", {"name": "W"}, (), ev),))


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip(), proc.stderr.read() if proc.stderr else ""
    return proc


def test_watch_waits_for_a_killed_clients_open_transaction(neo4j_store: Neo4jStore) -> None:
    watch = WriteWatch(neo4j_store)
    rows, _ = dialect.neo4j_upsert_rows(_batch())
    uri = f"bolt://{neo4j_store.address}"
    proc = _child(NEO4J_CLIENT, uri, json.dumps(rows))
    try:
        assert any("open transaction" in b for b in watch.busy())
    finally:
        proc.kill()
        proc.wait(timeout=60)
    watch.wait_quiet()  # the server rolls the dead client's transaction back
    assert watch.busy() == []
    assert neo4j_store.counts()["labels"]["Party"] == 0  # never committed, nothing half-there


def test_watch_waits_for_a_killed_clients_connection(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "data")
    watch = WriteWatch(store)
    try:
        assert watch.busy() == []
        proc = _child(EMBEDDED_CLIENT, str(store.server.socket))
        try:
            assert any("still connected" in b for b in watch.busy())
        finally:
            proc.kill()
            proc.wait(timeout=60)
        watch.wait_quiet()  # Redis has read all it sent and closed it; no query in flight
        assert watch.busy() == []
    finally:
        watch.close()
        store.close()
