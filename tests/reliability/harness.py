"""What the reliability tests and the soak campaign share.

- the corpus of the kill tests (``samples/seeds`` + ``<corpus>/edgar/*.txt``, 45 documents);
- a *reference*: every document extracted once in this process, so that a "clean ingest" of
  any subset is only a write into an empty store (:func:`clean_export`);
- running real ``dealgraph`` child processes (:class:`Child`) and killing them with SIGKILL;
- waiting, after a kill, until no write of the dead child can still land (:class:`WriteWatch`);
- the consistency check after a kill (:func:`check_consistent`): the graph holds a prefix of
  the documents in ingestion order, each one whole (its nodes, edges and evidence equal those
  of a clean ingest of it), and no evidence of a document that is not there.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis

from dealgraph.pipeline import (
    ExtractedDocument,
    FileResult,
    document_from_json,
    document_to_json,
    extract_paths,
    write_results,
)
from dealgraph.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from ingest.readers import discover
from tests.paths import CORPUS, REPO, SEEDS

Export = dict[str, list[dict[str, Any]]]


def corpus_paths() -> list[Path]:
    """The 45 sample documents: the three seeds and every EDGAR exhibit of the corpus."""
    edgar = sorted((CORPUS / "edgar").glob("*.txt"))
    assert len(edgar) >= 42, f"expected the EDGAR corpus in {CORPUS / 'edgar'}"
    return [SEEDS, *edgar]


@dataclass(frozen=True)
class Reference:
    """Every file extracted once, in the order ``dealgraph ingest`` processes them."""

    results: tuple[FileResult, ...]

    @property
    def documents(self) -> list[ExtractedDocument]:
        return [d for fr in self.results for d in fr.documents]

    @property
    def order(self) -> list[str]:
        """Document keys in ingestion order (a key ingested earlier is not repeated)."""
        seen: dict[str, None] = {}
        for d in self.documents:
            seen.setdefault(d.key, None)
        return list(seen)

    def subset(self, files: Sequence[Path]) -> Reference:
        wanted = {str(f) for f in files}
        return Reference(tuple(fr for fr in self.results if fr.path in wanted))

    def write_jsonl(self, path: Path) -> Path:
        """The records ``dealgraph load`` reads (what ``dealgraph extract`` would write)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for doc in self.documents:
                fh.write(document_to_json(doc) + "\n")
        return path


def extract_reference(paths: Sequence[Path]) -> Reference:
    """Extract ``paths`` (about a minute for the 45 samples), or reuse the cached result of
    the very same code, packages and files (``.pytest_cache/dealgraph-reference-*.jsonl``)."""
    cache = REPO / ".pytest_cache" / f"dealgraph-reference-{_fingerprint(paths)}.jsonl"
    if cache.exists():
        return _load_reference(cache)
    results = tuple(extract_paths(paths, Settings(document_time_limit_s=0)))
    failed = [fr.error for fr in results if fr.error]
    assert not failed, failed
    cache.parent.mkdir(exist_ok=True)
    for stale in cache.parent.glob("dealgraph-reference-*.jsonl"):  # older code's results
        stale.unlink(missing_ok=True)
    tmp = cache.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for fr in results:
            docs = [json.loads(document_to_json(d)) for d in fr.documents]
            fh.write(json.dumps({"path": fr.path, "notes": fr.notes, "docs": docs}) + "\n")
    tmp.replace(cache)
    return Reference(results)


def _load_reference(cache: Path) -> Reference:
    results = []
    for line in cache.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs = tuple(document_from_json(json.dumps(d)) for d in row["docs"])
        results.append(FileResult(row["path"], docs, tuple(row["notes"])))
    return Reference(tuple(results))


def _fingerprint(paths: Sequence[Path]) -> str:
    """Hash of every source file of the code that extracts, the installed packages and the
    input files: a cached reference is reused only when nothing it depends on changed."""
    digest = hashlib.sha256()
    for package in ("dealgraph", "ingest", "graph"):
        for source in sorted((REPO / package).rglob("*.py")):
            digest.update(str(source.relative_to(REPO)).encode() + source.read_bytes())
    dists = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(dists).encode())
    for f in discover(paths):
        digest.update(str(f).encode() + f.read_bytes())
    return digest.hexdigest()[:20]


def files_of(paths: Sequence[Path]) -> list[Path]:
    return discover(paths)


def normalized(export: Export) -> Export:
    """The export without what differs between two ingestions of the same files."""
    nodes = []
    for n in export["nodes"]:
        props = {k: v for k, v in n["properties"].items() if k != "ingested_at"}
        nodes.append({**n, "properties": props})
    return {"nodes": nodes, "edges": export["edges"]}


def clean_export(store: GraphStore, reference: Reference) -> Export:
    """A clean ingest of ``reference``'s documents into the (emptied) ``store``."""
    store.clear()
    summary = write_results(store, iter(reference.results))
    assert summary.ok, summary.errors
    return normalized(store.export())


def restrict(export: Export, document: str) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """Every node and edge that cites ``document``, with that document's evidence only."""
    out: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for n in export["nodes"]:
        ev = [e for e in n["evidence"] if e["document"] == document]
        if ev:
            out[("node", n["label"], n["id"])] = ev
    for e in export["edges"]:
        ev = [x for x in e["evidence"] if x["document"] == document]
        if ev:
            out[("edge", e["type"], e["id"], e["source"], e["target"])] = ev
    return out


def check_consistent(export: Export, reference: Export, order: Sequence[str]) -> int:
    """Assert nothing is half-written; return how many documents the graph holds.

    The documents present must be the first k of ``order`` (completed ones plus possibly
    the one in flight), each exactly as a clean ingest writes it, and no node or edge may
    cite a document that is not present.
    """
    node_ids = [(n["label"], n["id"]) for n in export["nodes"]]
    edge_ids = [e["id"] for e in export["edges"]]
    assert len(node_ids) == len(set(node_ids)), "duplicate nodes"
    assert len(edge_ids) == len(set(edge_ids)), "duplicate edges"
    present = {n["id"] for n in export["nodes"] if n["label"] == "Document"}
    k = len(present)
    assert present == set(order[:k]), (
        f"the graph holds {k} documents that are not the first {k} of the ingestion order: "
        f"missing {sorted(set(order[:k]) - present)[:3]}, extra {sorted(present - set(order))[:3]}"
    )
    cited = {
        e["document"] for item in [*export["nodes"], *export["edges"]] for e in item["evidence"]
    }
    assert cited <= present, f"evidence of documents not in the graph: {sorted(cited - present)}"
    for item in [*export["nodes"], *export["edges"]]:
        assert item["evidence"], f"no evidence on {item['id']}"
    for doc in present:
        got, want = restrict(export, doc), restrict(reference, doc)
        if got != want:
            missing = sorted(set(want) - set(got))[:3]
            extra = sorted(set(got) - set(want))[:3]
            differ = sorted(k for k in set(got) & set(want) if got[k] != want[k])[:3]
            raise AssertionError(
                f"document {doc[:12]} is half-written: missing {missing}, extra {extra}, "
                f"evidence differs on {differ}"
            )
    return k


# --- child processes ---------------------------------------------------------------------


def dealgraph_command() -> list[str]:
    script = Path(sys.executable).parent / "dealgraph"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from dealgraph.cli import app; app()"]


def child_env(data_dir: Path | None, store_url: str | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALGRAPH_")}
    # the children run the code of this tree, whatever the venv's editable install points at
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    if "DEALGRAPH_CORPUS" in os.environ:
        env["DEALGRAPH_CORPUS"] = os.environ["DEALGRAPH_CORPUS"]
    if data_dir is not None:
        env["DEALGRAPH_DATA_DIR"] = str(data_dir)
    if store_url:
        env["DEALGRAPH_STORE"] = store_url
    env.update(extra)
    return env


class Child:
    """One ``dealgraph`` process; its output goes to files so a kill never blocks on a pipe."""

    def __init__(self, args: Sequence[str], env: dict[str, str], logs: Path) -> None:
        logs.mkdir(parents=True, exist_ok=True)
        stamp = f"{time.monotonic_ns()}"
        self.out_path = logs / f"{stamp}.out"
        self.err_path = logs / f"{stamp}.err"
        self.args = list(args)
        with self.out_path.open("wb") as out, self.err_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [*dealgraph_command(), *args],
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
        self.rusage: resource.struct_rusage | None = None

    @property
    def pid(self) -> int:
        return self.proc.pid

    def running(self) -> bool:
        return self.proc.poll() is None

    def pause(self) -> bool:
        """Freeze the child (SIGSTOP) and wait until the kernel shows it stopped; False if it
        had already ended."""
        if not self.running():
            return False
        os.kill(self.proc.pid, signal.SIGSTOP)
        stat = Path(f"/proc/{self.proc.pid}/stat")
        while True:  # the state field follows the parenthesised command name
            state = stat.read_text().rsplit(")", 1)[1].split()[0]
            if state in "TtZX":
                return state in "Tt"
            time.sleep(0.001)

    def resume(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def kill9(self) -> None:
        if self.running():
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def wait(self, timeout: float) -> int:
        """Wait (a generous hang limit, not a timing assertion); keep the child's rusage."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.returncode is not None:  # already reaped by poll(): no rusage left
                return self.proc.returncode
            try:
                pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            except ChildProcessError:  # reaped between the check and the call
                return self.proc.wait()
            if pid:
                self.rusage = usage
                self.proc.returncode = os.waitstatus_to_exitcode(status)
                return self.proc.returncode
            time.sleep(0.05)
        self.kill9()
        raise AssertionError(f"dealgraph {' '.join(self.args[:2])} hung past {timeout:.0f}s")

    @property
    def peak_rss_mb(self) -> float:
        assert self.rusage is not None
        return self.rusage.ru_maxrss / 1024

    def stdout(self) -> str:
        return self.out_path.read_text(errors="replace")

    def stderr(self) -> str:
        return self.err_path.read_text(errors="replace")

    def json(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.stdout())
        return value


def wait_for(predicate: Callable[[], bool], child: Child, timeout: float) -> bool:
    """Poll until ``predicate()`` or the child ends; False if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if not child.running():
            return predicate()
        time.sleep(0.05)
    raise AssertionError(f"no progress within {timeout:.0f}s: {child.stderr()[-2000:]}")


class WriteWatch:
    """Knows when a killed child's last write can no longer land in the store.

    A ``kill -9`` stops the client, not the server: a COMMIT (Neo4j) or a ``GRAPH.QUERY``
    (FalkorDB) the child sent just before it died is still carried out afterwards. Reading
    the graph before that settles sees it change under the reader, and an export (three
    reads: nodes, documents, edges) taken across such a commit shows the document's
    Document node and edges without its other nodes, which looks half-written although the
    write itself was one transaction. So the harness reads only once the store is quiet:

    - Neo4j: no transaction is open but the one asking (``SHOW TRANSACTIONS``). The child
      sends COMMIT only after its statement ran, so a transaction that can still commit is
      listed until it has committed or been rolled back.
    - FalkorDB: no client is connected that was not connected before the child started
      (Redis reads everything a client sent before it sees the connection close), then no
      graph query is running or waiting (``GRAPH.INFO``).

    Create the watch *before* starting the child.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._redis: redis.Redis | None = None
        self._known: set[str] = set()
        if isinstance(store, EmbeddedStore):
            self._redis = redis.Redis(unix_socket_path=str(store.server.socket))
            self._known = self._client_ids()  # includes this watch's own connection

    def _client_ids(self) -> set[str]:
        assert self._redis is not None
        return {str(c["id"]) for c in self._redis.client_list()}

    def busy(self) -> list[str]:
        """What may still write: open transactions, new clients, running or waiting queries."""
        if isinstance(self.store, Neo4jStore):
            records, _, _ = self.store._driver.execute_query(
                "SHOW TRANSACTIONS YIELD transactionId, currentQuery "
                "WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' "
                "RETURN transactionId"
            )
            return [f"open transaction {r['transactionId']}" for r in records]
        if self._redis is not None:
            new = sorted(self._client_ids() - self._known)
            if new:
                return [f"client {c} still connected" for c in new]
            info = self._redis.execute_command("GRAPH.INFO")
            queries = [q for q in (info[1], info[3]) if q]  # running, waiting
            return [f"graph queries in flight: {q}" for q in queries]
        raise TypeError(f"no write watch for {type(self.store).__name__}")

    def wait_quiet(self, timeout: float = 300.0) -> None:
        """Poll until :meth:`busy` is empty (a generous hang limit, not a timing assertion)."""
        deadline = time.monotonic() + timeout
        while busy := self.busy():
            if time.monotonic() > deadline:
                raise AssertionError(f"the store did not settle after the kill: {busy[:3]}")
            time.sleep(0.02)

    def close(self) -> None:
        if self._redis is not None:
            self._redis.close()


def document_count(store: GraphStore) -> int:
    return store.counts()["labels"]["Document"]


@dataclass
class KillRecord:
    command: str
    after_documents: int
    delay_s: float
    documents_after_kill: int


def kill_during(
    make_child: Callable[[], Child],
    poll_store: Callable[[], GraphStore],
    reference: Export,
    order: Sequence[str],
    rnd: random.Random,
    *,
    max_delay_s: float,
    progress_timeout_s: float = 600.0,
) -> KillRecord | None:
    """Start a child, let it write 1-3 more documents plus a random delay, kill -9 it and
    check the graph; None when the child finished before the kill moment."""
    store = poll_store()
    start = document_count(store)
    target = min(start + rnd.randint(1, 3), len(order))
    watch = WriteWatch(store)
    try:
        child = make_child()
        reached = wait_for(lambda: document_count(store) >= target, child, progress_timeout_s)
        delay = rnd.uniform(0, max_delay_s)
        time.sleep(delay)
        if not reached or not child.running():
            child.wait(60)
            return None
        child.kill9()
        watch.wait_quiet()
    finally:
        watch.close()
    k = check_consistent(normalized(store.export()), reference, order)
    return KillRecord(" ".join(child.args[:1]), target, round(delay, 3), k)
