"""Ingestion writes file n on a writer thread while file n+1 is extracted, on both stores.

What the overlap must not change: the graph (equal to writing one document after another),
one transaction per document (a document the store refuses leaves no trace, the others are
written, the failure is reported with its file name), the per-document time limit (a SIGALRM
in the extracting thread), and an error on the writer thread stops the ingestion.

"While file n is being written" is made certain, not hoped for: the store is held from
accepting writes (a Neo4j transaction holding the graph-version node every write ends on;
``CLIENT PAUSE WRITE`` on the embedded FalkorDB server, which still answers reads) until the
test has seen file n+1's extraction end. A generous hang limit guards the waits; no figure of
time is asserted.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import neo4j
import pytest
import redis

from dealgraph.pipeline import extract_file, extract_paths
from dealgraph.settings import Settings
from dealgraph.writing import ExtractedDocument, FileResult, document_label, write_results
from graph import dialect
from graph.batch import GraphBatch
from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore
from tests.paths import CORPUS, SEEDS

HANG_LIMIT_S = 300.0  # only bounds a wait that would otherwise never end
FIRST = CORPUS / "edgar" / "0001493152-23-000031_2.txt"
LAST = CORPUS / "edgar" / "0001683168-23-000003_4.txt"
FILES = [SEEDS, FIRST, CORPUS / "edgar" / "0001493152-23-000031_3.txt", LAST]


def _extracted(tmp_path: Path) -> list[FileResult]:
    results = list(extract_paths(FILES, Settings(data_dir=tmp_path)))
    assert len(results) >= 4 and all(fr.documents and not fr.error for fr in results)
    return results


def _one_after_another(store: GraphStore, results: list[FileResult]) -> dict:
    """The reference: each document upserted once, in order, before the next is looked at."""
    store.clear()
    written: set[str] = set()
    for fr in results:
        for doc in fr.documents:
            if doc.key not in written:
                store.upsert(doc.batch)
                written.add(doc.key)
    return store.export()


def _stored(store: GraphStore, docs: list[ExtractedDocument]) -> set[str]:
    rows = store.read("existing_documents", {"keys": [d.key for d in docs]})
    return {r["key"] for r in rows}


def test_overlapped_writes_build_the_graph_of_one_write_after_another(
    store: GraphStore, tmp_path: Path
) -> None:
    results = _extracted(tmp_path)
    written_files: list[str] = []
    summary = write_results(store, iter(results), on_file=lambda fr: written_files.append(fr.path))
    overlapped = store.export()

    documents = [d for fr in results for d in fr.documents]
    assert summary.ok, summary.errors
    assert summary.files == len(results) and written_files == [fr.path for fr in results]
    assert summary.documents_added == len({d.key for d in documents})
    assert overlapped == _one_after_another(store, results)
    assert summary.nodes_added == len(overlapped["nodes"])
    assert summary.edges_added == len(overlapped["edges"])


def _refused(doc: ExtractedDocument) -> ExtractedDocument:
    """``doc`` plus one relationship to a node that exists nowhere: the store refuses it all."""
    edge = doc.batch.edges[0]
    dangling = replace(edge, key=f"{edge.key}-dangling", target="no-such-node")
    return replace(doc, batch=GraphBatch(doc.batch.nodes, (*doc.batch.edges, dangling)))


def test_a_document_the_store_refuses_midway_is_reported_and_the_others_written(
    store: GraphStore, tmp_path: Path
) -> None:
    results = _extracted(tmp_path)
    middle = 2
    bad = _refused(results[middle].documents[0])
    results[middle] = replace(results[middle], documents=(bad, *results[middle].documents[1:]))

    summary = write_results(store, iter(results))
    export = store.export()

    assert summary.errors == [
        f"{document_label(bad)}: not written: a relationship's endpoint node is neither in "
        "the batch nor in the graph; nothing was written"
    ]
    assert results[middle].path in summary.errors[0]
    others = [d for fr in results for d in fr.documents if d.key != bad.key]
    assert summary.documents_added == len({d.key for d in others})
    assert bad.key not in {n["id"] for n in export["nodes"]}  # nothing of it half-written
    without_bad = [
        replace(fr, documents=tuple(d for d in fr.documents if d.key != bad.key)) for fr in results
    ]
    assert export == _one_after_another(store, without_bad)


class _WritesHeld:
    """The store accepts no write from the moment this is made until :meth:`release` (from
    any thread); reads are answered meanwhile."""

    def __init__(self, store: GraphStore, request: pytest.FixtureRequest) -> None:
        self._released = False
        if isinstance(store, EmbeddedStore):
            self._client = redis.Redis(unix_socket_path=str(store.server.socket))
            self._client.execute_command("CLIENT", "PAUSE", int(HANG_LIMIT_S * 1000), "WRITE")
            return
        uri = request.getfixturevalue("neo4j_server").uri
        self._driver = neo4j.GraphDatabase.driver(uri)
        self._session = self._driver.session()
        self._tx = self._session.begin_transaction()
        # every upsert ends by bumping this node (dialect.VERSION_BUMP): it waits for us here
        held = f"MERGE (v:{dialect.VERSION_LABEL} {{key: 'graph'}}) SET v.held = true"
        self._tx.run(held).consume()  # the lock is ours once this returns

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        if hasattr(self, "_client"):
            self._client.execute_command("CLIENT", "UNPAUSE")
            self._client.close()
            return
        self._tx.rollback()
        self._session.close()
        self._driver.close()


def test_an_extraction_error_in_the_next_file_while_one_is_being_written(
    store: GraphStore, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    settings = Settings(data_dir=tmp_path)
    endless = tmp_path / "endless.txt"
    endless.write_bytes(sorted(SEEDS.iterdir())[0].read_bytes())
    first = extract_file(FIRST, settings.max_document_bytes)
    last = extract_file(LAST, settings.max_document_bytes)
    extracted_next = threading.Event()

    def extraction() -> Iterator[FileResult]:
        """As ``extract_paths`` runs on the CLI's main thread; the second file's extraction
        never ends by itself: the real per-document time limit (SIGALRM) stops it."""
        yield first
        stopped = extract_file(
            endless, settings.max_document_bytes, time_limit_s=0.5, block_name=endless.name
        )
        extracted_next.set()
        yield stopped
        yield last

    seen: dict[str, bool] = {}
    held = _WritesHeld(store, request)

    def watch() -> None:
        """Once file n+1 is extracted, look whether file n is stored yet, then let it be."""
        seen["next_extracted"] = extracted_next.wait(HANG_LIMIT_S)
        seen["first_stored"] = bool(_stored(store, list(first.documents)))
        held.release()

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        summary = write_results(store, extraction())  # on pytest's main thread: SIGALRM works
    finally:
        held.release()
        watcher.join()

    assert seen == {"next_extracted": True, "first_stored": False}
    assert summary.errors == [
        f"{endless}: extraction ran past the limit of 0.5 s per document; nothing written"
    ]
    assert summary.files == 3
    assert _stored(store, [*first.documents, *last.documents]) == {
        d.key for d in (*first.documents, *last.documents)
    }
    assert summary.documents_added == len(first.documents) + len(last.documents)


def test_an_error_on_the_writer_thread_stops_the_ingestion(
    store: GraphStore, tmp_path: Path
) -> None:
    """A bug while writing (here: a document without a batch) is raised in the caller, as
    before the overlap, and no file after it is written."""
    results = _extracted(tmp_path)
    broken = replace(results[1].documents[0], batch=None)  # type: ignore[arg-type]
    results[1] = replace(results[1], documents=(broken,))

    with pytest.raises(AttributeError):
        write_results(store, iter(results))

    assert _stored(store, list(results[0].documents)) == {d.key for d in results[0].documents}
    later = [d for fr in results[1:] for d in fr.documents]
    assert _stored(store, later) == set()
