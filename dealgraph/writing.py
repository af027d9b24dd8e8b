"""Writing extracted documents into the store, and the JSON Lines hand-off between
``dealgraph extract`` and ``dealgraph load``.

Nothing here imports the extractor (spaCy and the rules take seconds to import), so
``dealgraph load`` starts as fast as a store can be opened. One transaction per document: a
failure leaves every other document intact and never a half-written one.

:func:`write_results` overlaps the two halves of an ingestion: one writer thread writes file
n while the caller's thread extracts file n+1. A write mostly waits (on Neo4j's JVM or the
FalkorDB server, both other processes), so without the overlap the ingesting process sat idle
for every document's round trips and commit. Extraction stays on the caller's thread: the
per-document time limit is a SIGALRM, which only the main thread receives.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from dealgraph.errors import DealGraphError
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    """One document ready to write: its batch plus what the summary reports about it."""

    key: str
    path: str
    title: str
    batch: GraphBatch
    rejected: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    documents: tuple[ExtractedDocument, ...] = ()
    notes: tuple[str, ...] = ()
    error: str | None = None


@dataclass(slots=True)
class IngestSummary:
    files: int = 0
    documents_added: int = 0
    documents_unchanged: int = 0
    nodes_added: int = 0
    edges_added: int = 0
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def write_results(
    store: GraphStore,
    results: Iterator[FileResult],
    on_file: Callable[[FileResult], None] | None = None,
) -> IngestSummary:
    """Write each extracted document in its own transaction; skip ones already stored.

    Pulling the next result from ``results`` (the extraction) runs on the calling thread
    while the previous file is written on a writer thread (:class:`_WriterThread`): files are
    written one at a time, in the order they come, so the summary and the graph are the same
    as when each write finished before the next extraction began. ``on_file`` runs on the
    writer thread once a file is written (or reported).
    """
    summary = IngestSummary()
    before = store.counts()
    with _WriterThread(store, summary, on_file) as writer:
        for fr in results:
            writer.put(fr)
    after = store.counts()
    summary.nodes_added = sum(after["labels"].values()) - sum(before["labels"].values())
    summary.edges_added = sum(after["types"].values()) - sum(before["types"].values())
    return summary


class _WriterThread:
    """One thread writing the files handed to it, in order; at most one file waits for it.

    So at most two extracted files are held beyond the one being extracted: the one being
    written and the one waiting. An error the writer did not expect (anything but a
    document the store refused, which the summary reports) ends the thread; the caller's
    next hand-off or the end of the ``with`` raises it, so no later file is extracted or
    written. Leaving the ``with`` on an exception of the caller's (Ctrl-C, SIGTERM, the
    writer's error) drops the waiting file and waits for the write under way to end: its
    transaction commits or rolls back whole before the store is closed.
    """

    def __init__(
        self,
        store: GraphStore,
        summary: IngestSummary,
        on_file: Callable[[FileResult], None] | None,
    ) -> None:
        self._store, self._summary, self._on_file = store, summary, on_file
        self._waiting: queue.Queue[FileResult | None] = queue.Queue(maxsize=1)
        self._stopping = False
        self._failure: BaseException | None = None
        # daemon: a second signal while an abandoned write hangs must still end the process
        self._thread = threading.Thread(target=self._run, name="dealgraph-writer", daemon=True)

    def __enter__(self) -> _WriterThread:
        self._thread.start()
        return self

    def put(self, fr: FileResult | None) -> None:
        """Hand ``fr`` over once the writer has room (``None``: no more files)."""
        while True:
            self._raise_failure()
            try:
                self._waiting.put(fr, timeout=0.05)  # wakes up to see a writer that died
                return
            except queue.Full:
                continue

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self.put(None)
            self._thread.join()
            self._raise_failure()
            return
        self._stopping = True
        with contextlib.suppress(queue.Empty):
            self._waiting.get_nowait()  # the waiting file is dropped, never half-written
        self._waiting.put_nowait(None)  # room: only this thread puts
        self._thread.join()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _run(self) -> None:
        try:
            while (fr := self._waiting.get()) is not None and not self._stopping:
                _write_or_report(self._store, fr, self._summary)
                if self._on_file:
                    self._on_file(fr)
        except BaseException as exc:  # handed to the caller's thread, which raises it
            self._failure = exc


def _write_or_report(store: GraphStore, fr: FileResult, summary: IngestSummary) -> None:
    summary.files += 1
    summary.warnings.extend(f"{fr.path}: {n}" for n in fr.notes)
    if fr.error:
        summary.errors.append(f"{fr.path}: {fr.error}")
    else:
        _write_file(store, fr, summary)


def _write_file(store: GraphStore, fr: FileResult, summary: IngestSummary) -> None:
    keys = [d.key for d in fr.documents]
    existing = {r["key"] for r in store.read("existing_documents", {"keys": keys})}
    for doc in fr.documents:
        if doc.key in existing:
            summary.documents_unchanged += 1
            continue
        try:
            store.upsert(doc.batch)
        except DealGraphError as exc:
            summary.errors.append(f"{document_label(doc)}: not written: {exc.message}")
            continue
        existing.add(doc.key)
        note_written(summary, doc)


def document_label(doc: ExtractedDocument) -> str:
    """How messages name a document: its path and the start of its title."""
    return doc.path if not doc.title else f"{doc.path} ({doc.title[:60]})"


def note_written(summary: IngestSummary, doc: ExtractedDocument) -> None:
    """Count a stored document and report what validation rejected or warned about."""
    label = document_label(doc)
    summary.documents_added += 1
    summary.rejected.extend(f"{label}: {r}" for r in doc.rejected)
    summary.warnings.extend(f"{label}: {w}" for w in doc.warnings)


# --- JSON Lines: the hand-off between ``dealgraph extract`` and ``dealgraph load`` --------


def document_to_json(doc: ExtractedDocument) -> str:
    """One document per line, evidence included, so loading needs nothing but this line."""

    def ev(e: tuple[Evidence, ...]) -> list[list[Any]]:
        return [[x.document, x.start, x.end, x.text] for x in e]

    return json.dumps(
        {
            "key": doc.key,
            "path": doc.path,
            "title": doc.title,
            "rejected": list(doc.rejected),
            "warnings": list(doc.warnings),
            "nodes": [
                [n.label, n.key, n.props, list(n.aliases), ev(n.evidence)] for n in doc.batch.nodes
            ],
            "edges": [
                [
                    e.type,
                    e.key,
                    e.source,
                    e.source_label,
                    e.target,
                    e.target_label,
                    e.props,
                    ev(e.evidence),
                ]
                for e in doc.batch.edges
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def document_from_json(line: str) -> ExtractedDocument:
    d = json.loads(line)

    def ev(rows: list[list[Any]]) -> tuple[Evidence, ...]:
        return tuple(Evidence(r[0], int(r[1]), int(r[2]), r[3]) for r in rows)

    nodes = tuple(NodeRow(n[0], n[1], n[2], tuple(n[3]), ev(n[4])) for n in d["nodes"])
    edges = tuple(EdgeRow(e[0], e[1], e[2], e[3], e[4], e[5], e[6], ev(e[7])) for e in d["edges"])
    return ExtractedDocument(
        d["key"],
        d["path"],
        d["title"],
        GraphBatch(nodes, edges),
        tuple(d["rejected"]),
        tuple(d["warnings"]),
    )
