"""Read answers keyed by the graph version are never older than the last completed write.

On both stores: through the app in this process (the store written by this test, as another
process's ingest would), and through ``dealgraph serve --workers 2`` (two API processes, each
with its own cache) while this test process writes. Plus the bounds of the answer cache.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from api_sample_graph import CREDIT, ZOLTEK, client_for, load_zoltek
from fastapi.testclient import TestClient

from api.caching import Answer, AnswerCache, VersionReads, etag, holds
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
DEALGRAPH = Path(sys.executable).parent / "dealgraph"
LENDER = "party:acme-lending-bank"
LATER_TEXT = "Acme Lending Bank joins the Credit Agreement as a Lender."

#: Answers that the second document changes, one per kind of route.
URLS = (
    "/api/search?q=Acme",
    f"/api/agreements/{CREDIT}",
    f"/api/nodes/{CREDIT}/neighbors?limit=50",
    "/api/health",
    "/api/documents",
    "/api/export",
)


def later_document() -> GraphBatch:
    """A second filing: a new lender party to the Credit Agreement."""
    quote = "Acme Lending Bank"
    cite = (Evidence("doc:later", 0, len(quote), quote),)
    return GraphBatch(
        nodes=(
            NodeRow("Document", "doc:later", {"title": "Joinder", "text": LATER_TEXT}),
            NodeRow("Party", LENDER, {"name": quote, "kind": "organization"}, (), cite),
            NodeRow("Agreement", CREDIT, {"title": "Credit Agreement"}, (), cite),
        ),
        edges=(
            EdgeRow(
                "PARTY_TO",
                "party_to:acme",
                LENDER,
                "Party",
                CREDIT,
                "Agreement",
                {"role": "Lender"},
                cite,
            ),
            EdgeRow(
                "CONTAINS", "contains:later", "doc:later", "Document", CREDIT, "Agreement", {}, cite
            ),
        ),
    )


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_zoltek(store)
    with client_for(store) as c:
        yield c


def test_version_changes_with_every_write_and_only_then(store: GraphStore) -> None:
    load_zoltek(store)
    before = store.version()
    assert before and store.version() == before
    store.read("api_lenders", {"key": ZOLTEK})
    assert store.version() == before  # reads leave it alone
    store.upsert(later_document())
    after = store.version()
    assert after not in ("", before)
    store.upsert(later_document())  # a write that changes nothing still moves it on
    assert store.version() not in (before, after)
    store.clear()
    assert store.version() not in (before, after)
    assert all(n["label"] != "GraphVersion" for n in store.export()["nodes"])


def test_answers_are_never_older_than_the_last_write(store: GraphStore, client: TestClient) -> None:
    first = {url: client.get(url) for url in URLS}
    assert all(r.status_code == 200 for r in first.values()), first
    tags = {r.headers["etag"] for r in first.values()}
    assert len(tags) == 1 and next(iter(tags)).startswith('W/"')
    for url, r in first.items():  # the same version: the same answer, or 304 for the holder
        assert client.get(url).content == r.content
        held = client.get(url, headers={"If-None-Match": r.headers["etag"]})
        assert held.status_code == 304 and held.content == b""
        assert held.headers["etag"] == r.headers["etag"]

    store.upsert(later_document())  # written past the API, as another process would

    for url, r in first.items():
        fresh = client.get(url, headers={"If-None-Match": r.headers["etag"]})
        assert fresh.status_code == 200, url
        assert fresh.headers["etag"] != r.headers["etag"]
        assert fresh.content != r.content, url
    assert [h["id"] for h in client.get("/api/search?q=Acme").json()["items"]] == [LENDER]
    parties = client.get(f"/api/agreements/{CREDIT}").json()["parties"]
    assert LENDER in {p["party"]["id"] for p in parties}


def test_no_answer_is_kept_for_a_refused_request(store: GraphStore) -> None:
    """With the read token required, an answer the app gave the token's holder is never
    served (nor a 304) to a request without the token or with another one."""
    load_zoltek(store)
    url = f"/api/parties/{ZOLTEK}/agreements"
    with client_for(store, api_token="s3cret", read_token_required=True) as client:
        ok = client.get(url, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and ok.headers["cache-control"] == "private, no-cache"
        assert client.get(url, headers={"Authorization": "Bearer s3cret"}).content == ok.content
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            refused = client.get(url, headers={**headers, "If-None-Match": ok.headers["etag"]})
            assert refused.status_code == 401, headers
            assert ZOLTEK not in refused.text


class HeldVersion:
    """The real store's version read, held after it has read until the test lets it answer:
    a read under way that already missed the write the test then makes."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.has_read = threading.Event()
        self.answer = threading.Event()

    def version(self) -> str:
        version = self.store.version()
        self.has_read.set()
        self.answer.wait(30)
        return version


def test_a_request_never_shares_a_version_read_that_began_before_it(store: GraphStore) -> None:
    load_zoltek(store)
    before = store.version()
    held = HeldVersion(store)
    reads = VersionReads(held)  # type: ignore[arg-type]

    async def scenario() -> tuple[str, list[str]]:
        first = asyncio.ensure_future(reads.read())
        await asyncio.to_thread(held.has_read.wait, 30)  # first's read is under way, old
        await asyncio.to_thread(store.upsert, later_document())
        later = [asyncio.ensure_future(reads.read()) for _ in range(8)]  # after the write
        await asyncio.sleep(0.05)
        held.answer.set()
        return await first, list(await asyncio.gather(*later))

    # a thread of its own: other tests of the session may leave an event loop running here
    with ThreadPoolExecutor(1) as pool:
        first, later = pool.submit(asyncio.run, scenario()).result(timeout=120)
    assert first == before  # it arrived before the write: the old version is its due
    assert set(later) == {store.version()} and before not in later


def test_cache_stays_within_its_budget() -> None:
    cache = AnswerCache(budget=800)
    cache.at("v1")
    for i in range(20):
        cache.put(("v1", f"/api/x/{i}", b"", b""), Answer(b"x" * 100, b"application/json"))
    assert cache.size <= 800 and len(cache) == 8
    assert cache.get(("v1", "/api/x/0", b"", b"")) is None  # least recently used went first
    assert cache.get(("v1", "/api/x/19", b"", b"")) is not None
    cache.put(("v1", "/api/big", b"", b""), Answer(b"x" * 101, b"application/json"))
    assert cache.get(("v1", "/api/big", b"", b"")) is None  # over an entry's share
    cache.at("v2")
    assert len(cache) == 0 and cache.size == 0
    cache.put(("v1", "/api/late", b"", b""), Answer(b"{}", b"application/json"))
    assert len(cache) == 0  # computed before a write this process has seen since


def test_if_none_match_forms() -> None:
    tag = etag("abc.1")
    assert holds(tag.decode(), tag)
    assert holds(tag.decode().removeprefix("W/"), tag)
    assert holds(f'"other", {tag.decode()}', tag)
    assert holds("*", tag)
    assert not holds(etag("abc.2").decode(), tag)
    assert not holds(None, tag)


# ---------------------------------------------------------------- two worker processes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def two_workers(
    store: GraphStore, embedded_data_dir: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """``dealgraph serve --workers 2`` over the test's store, holding the Zoltek graph."""
    load_zoltek(store)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALGRAPH_")}
    env["DEALGRAPH_DATA_DIR"] = str(embedded_data_dir)
    if store.kind == "neo4j":
        env["DEALGRAPH_STORE"] = request.getfixturevalue("neo4j_server").uri
    port = _free_port()
    proc = subprocess.Popen(
        [str(DEALGRAPH), "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]  # type: ignore[union-attr]
            try:
                if _get(base + "/api/health")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the server did not answer within 90 s"
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_two_workers_never_answer_from_before_a_write(store: GraphStore, two_workers: str) -> None:
    url = two_workers + "/api/search?q=Acme"
    before = {_get(url) for _ in range(16)}  # each worker answers, then keeps its answer
    assert len(before) == 1 and next(iter(before))[0] == 200
    store.upsert(later_document())
    after = {_get(url) for _ in range(16)}
    assert len(after) == 1 and after != before
    assert LENDER.encode() in next(iter(after))[1]
