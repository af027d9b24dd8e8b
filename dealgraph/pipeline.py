"""Ingestion: files -> readers -> extractor -> identity/validation -> one write per document.

The stages are pure until the last one: :func:`extract_file` turns one file into resolved
batches with no database, so it can run in worker processes (``--workers``) or elsewhere
(``dealgraph extract`` writes its output as JSON Lines and ``dealgraph load`` writes them).
Only :func:`ingest_paths` touches the store, one transaction per document, so a failure
leaves every other document intact and never a half-written one.
"""

from __future__ import annotations

import contextlib
import json
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from dealgraph.errors import DealGraphError
from dealgraph.settings import Settings
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.resolve import resolve
from graph.store import GraphStore
from ingest.extract import extract
from ingest.readers import discover, read_file


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


def extract_file(
    path: Path, max_bytes: int, shown_as: str | None = None, time_limit_s: float = 0.0
) -> FileResult:
    """Read and extract one file; every failure becomes a one-line ``error`` (never raises).

    ``shown_as`` replaces the file's path in the graph and in messages (an upload is saved
    under a temporary path, but the analyst should see the name they uploaded).
    ``time_limit_s`` bounds the extraction of each document (see :func:`_time_limit`).
    """
    name = shown_as or str(path)
    try:
        result = read_file(path, max_bytes=max_bytes)
    except Exception as exc:  # readers promise not to raise; a bug must still not stop a batch
        return FileResult(name, error=f"internal error while reading ({type(exc).__name__})")
    if result.error:
        return FileResult(name, (), tuple(result.skipped), result.error)
    if not result.documents:
        return FileResult(name, (), tuple(result.skipped), "no document in this file to ingest")
    docs: list[ExtractedDocument] = []
    for source in result.documents:
        if shown_as:
            source = replace(source, path=source.path.replace(str(path), shown_as, 1))
        try:
            with _time_limit(time_limit_s):
                resolved = resolve(extract(source))
        except DealGraphError as exc:
            return FileResult(name, (), tuple(result.skipped), exc.message)
        except _TimeLimitReached:
            why = f"extraction ran past the limit of {time_limit_s:g} s per document"
            return FileResult(name, (), tuple(result.skipped), f"{why}; nothing written")
        except Exception as exc:  # a bug in one extractor must not stop the whole batch
            why = f"internal error while extracting ({type(exc).__name__})"
            return FileResult(name, (), tuple(result.skipped), f"{why}; nothing written")
        docs.append(
            ExtractedDocument(
                source.key,
                source.path,
                source.title,
                resolved.batch,
                resolved.rejected,
                resolved.warnings,
            )
        )
    return FileResult(name, tuple(docs), tuple(result.skipped))


class _TimeLimitReached(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` swallows it."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with :class:`_TimeLimitReached` (SIGALRM).

    Signals reach only a process's main thread: the CLI and ``--workers`` processes are
    limited; elsewhere (an API worker thread) and for ``seconds <= 0`` nothing is.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(_signum: int, _frame: object) -> None:
        raise _TimeLimitReached

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_task(args: tuple[Path, int, str | None, float]) -> FileResult:
    return extract_file(*args)


def extract_paths(
    paths: Sequence[Path],
    settings: Settings,
    workers: int = 1,
    shown_as: Mapping[Path, str] | None = None,
) -> Iterator[FileResult]:
    """Extract every readable file under ``paths``, largest first, optionally in processes.

    Largest first because with several workers the last file to finish decides when the
    whole ingestion ends: the big exhibits start at once and the small ones fill the gaps.
    Results come in that one order (ties in path order) whatever ``workers`` is, so the
    number of workers changes neither the order of writes nor the summary.
    """
    files = sorted(discover(paths), key=_size, reverse=True)  # stable: ties keep path order
    names = shown_as or {}
    limit = settings.document_time_limit_s
    tasks = [(f, settings.max_document_bytes, names.get(f), limit) for f in files]
    if workers <= 1 or len(tasks) <= 1:
        yield from map(_extract_task, tasks)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_extract_task, tasks, chunksize=1)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # gone since discovery: extract_file reports it
        return 0


def count_files(paths: Sequence[Path]) -> int:
    return len(discover(paths))


def write_results(
    store: GraphStore,
    results: Iterator[FileResult],
    on_file: Callable[[FileResult], None] | None = None,
) -> IngestSummary:
    """Write each extracted document in its own transaction; skip ones already stored."""
    summary = IngestSummary()
    before = store.counts()
    for fr in results:
        summary.files += 1
        summary.warnings.extend(f"{fr.path}: {n}" for n in fr.notes)
        if fr.error:
            summary.errors.append(f"{fr.path}: {fr.error}")
        else:
            _write_file(store, fr, summary)
        if on_file:
            on_file(fr)
    after = store.counts()
    summary.nodes_added = sum(after["labels"].values()) - sum(before["labels"].values())
    summary.edges_added = sum(after["types"].values()) - sum(before["types"].values())
    return summary


def _write_file(store: GraphStore, fr: FileResult, summary: IngestSummary) -> None:
    keys = [d.key for d in fr.documents]
    existing = {r["key"] for r in store.read("existing_documents", {"keys": keys})}
    for doc in fr.documents:
        label = doc.path if not doc.title else f"{doc.path} ({doc.title[:60]})"
        if doc.key in existing:
            summary.documents_unchanged += 1
            continue
        try:
            store.upsert(doc.batch)
        except DealGraphError as exc:
            summary.errors.append(f"{label}: not written: {exc.message}")
            continue
        existing.add(doc.key)
        summary.documents_added += 1
        summary.rejected.extend(f"{label}: {r}" for r in doc.rejected)
        summary.warnings.extend(f"{label}: {w}" for w in doc.warnings)


def ingest_paths(
    store: GraphStore,
    paths: Sequence[Path],
    settings: Settings,
    *,
    workers: int = 1,
    on_file: Callable[[FileResult], None] | None = None,
    shown_as: Mapping[Path, str] | None = None,
) -> IngestSummary:
    """The whole ingestion: idempotent (a stored document is skipped), one write per doc."""
    return write_results(store, extract_paths(paths, settings, workers, shown_as), on_file)


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


def preview_export(paths: Sequence[Path]) -> dict[str, Any]:
    """Ingest ``paths`` into a throw-away embedded store and return its export.

    This is the evaluation's view: it measures exactly what an ingestion would write.
    """
    from graph.stores import open_store

    with tempfile.TemporaryDirectory(prefix="dealgraph-preview-") as tmp:
        settings = Settings(data_dir=Path(tmp))
        store = open_store(settings)
        try:
            ingest_paths(store, paths, settings)
            return store.export()
        finally:
            store.close()
