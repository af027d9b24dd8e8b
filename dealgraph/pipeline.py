"""Ingestion: files -> readers -> extractor -> identity/validation -> one write per document.

The stages are pure until the last one: :func:`extract_file` turns one file into resolved
batches with no database, so it can run in worker processes (``--workers``) or elsewhere
(``dealgraph extract`` writes its output as JSON Lines and ``dealgraph load`` writes them).
Only :func:`ingest_paths` touches the store, through :mod:`dealgraph.writing` (one
transaction per document, written on a writer thread while this thread extracts the next
file), which ``dealgraph load`` uses without importing the extractor.
"""

from __future__ import annotations

import contextlib
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from dealgraph.errors import DealGraphError
from dealgraph.settings import Settings
from dealgraph.writing import (
    ExtractedDocument,
    FileResult,
    IngestSummary,
    write_results,
)
from dealgraph.writing import document_from_json as document_from_json  # re-export (harness)
from dealgraph.writing import document_to_json as document_to_json  # re-export (harness)
from graph.resolve import resolve
from graph.store import GraphStore
from ingest.extract import extract
from ingest.readers import discover, read_file


def extract_file(
    path: Path,
    max_bytes: int,
    shown_as: str | None = None,
    time_limit_s: float = 0.0,
    block_name: str | None = None,
) -> FileResult:
    """Read and extract one file; every failure becomes a one-line ``error`` (never raises).

    ``shown_as`` replaces the file's path in the graph and in messages (an upload is saved
    under a temporary path, but the analyst should see the name they uploaded).
    ``time_limit_s`` bounds the extraction of each document (see :func:`_time_limit`).
    ``block_name`` (tests only, ``DEALGRAPH_BLOCK_EXTRACTION_OF``): the documents of the file
    of that name never finish extracting, so the time limit must stop them.
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
            with _time_limit(time_limit_s) as armed:
                if armed and block_name == path.name:
                    _block_until_stopped()
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
def _time_limit(seconds: float) -> Iterator[bool]:
    """Interrupt the block after ``seconds`` with :class:`_TimeLimitReached` (SIGALRM);
    yields whether the limit is armed.

    Signals reach only a process's main thread: the CLI and ``--workers`` processes are
    limited; elsewhere (an API worker thread) and for ``seconds <= 0`` nothing is.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield False
        return

    def alarm(_signum: int, _frame: object) -> None:
        raise _TimeLimitReached

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _block_until_stopped() -> None:
    """An extraction that never ends, whatever the machine's speed: the time limit's test."""
    while True:
        time.sleep(3600)  # the alarm's exception interrupts the sleep


def _extract_task(args: tuple[Path, int, str | None, float, str | None]) -> FileResult:
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
    limit, block = settings.document_time_limit_s, settings.block_extraction_of
    tasks = [(f, settings.max_document_bytes, names.get(f), limit, block) for f in files]
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


def ingest_paths(
    store: GraphStore,
    paths: Sequence[Path],
    settings: Settings,
    *,
    workers: int = 1,
    on_file: Callable[[FileResult], None] | None = None,
    shown_as: Mapping[Path, str] | None = None,
) -> IngestSummary:
    """The whole ingestion: idempotent (a stored document is skipped), one write per doc.

    Extraction runs on the calling thread (the per-document time limit needs the main
    thread's SIGALRM); writes overlap it on one writer thread (``write_results``)."""
    return write_results(store, extract_paths(paths, settings, workers, shown_as), on_file)


def preview_export(paths: Sequence[Path]) -> dict[str, Any]:
    """Ingest ``paths`` into a throw-away embedded store and return its export.

    This is the evaluation's view: it measures exactly what an ingestion would write. A file
    that fails (it cannot be read, its extraction raised, a write was refused) raises here
    instead of giving an export without it, which an evaluation would read as misses.
    """
    from graph.stores import open_store

    with tempfile.TemporaryDirectory(prefix="dealgraph-preview-") as tmp:
        settings = Settings(data_dir=Path(tmp))
        store = open_store(settings)
        try:
            summary = ingest_paths(store, paths, settings)
            if summary.errors:
                raise DealGraphError("cannot preview: " + "; ".join(summary.errors))
            return store.export()
        finally:
            store.close()
