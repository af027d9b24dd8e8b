"""``dealgraph load``: shards of extracted documents into the store, resumable and in bulk.

Vocabulary: a *shard* is one JSON Lines file of extracted documents (``dealgraph extract``
writes one; ``--engine ray`` writes a folder of them). A *group* is up to
``bulk_documents`` documents of a shard written in ONE transaction, their batches merged
into one, so that each label and each edge group is one ``UNWIND`` over all of them: one
round trip, one commit and one fsync per group instead of per document (the bulk path;
``bench/findings.md`` has what it saves). A group fails whole or not at all; a group the
store refuses is written again one document per transaction, so that one bad document
costs only itself.

Resumable: once every document of a shard is stored, a ``:LoadedShard`` marker keyed by the
sha256 of the shard's bytes is written, and a later load skips that shard unread.
Idempotent: a kill between a shard's last group and its marker replays the shard, which
changes nothing (stored documents are skipped, and every write MERGEs by key and unions
evidence). Each shard is read whole before any of it is written: a shard with a line that
is not a record (cut short, foreign) writes nothing and gets no marker, nor does one with a
document the store refused; the next load tries them again. A single file named alone that
is not records is refused with one line, as before.

Nothing here imports the extractor (see :mod:`dealgraph.writing`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dealgraph.errors import InvalidInput, QueryTimeout
from dealgraph.writing import (
    ExtractedDocument,
    IngestSummary,
    document_from_json,
    document_label,
    note_written,
)
from graph.batch import GraphBatch
from graph.store import GraphStore

#: Documents per transaction. Measured on the 45 samples (bench/findings.md): groups of 10
#: load them in half the time of one per document on both stores; 50 gains nothing more.
BULK_DOCUMENTS = 10
#: A group also ends past this many bytes of records, so big exhibits make smaller groups.
BULK_BYTES = 16 * 1024 * 1024
SHARD_SUFFIXES = (".jsonl", ".json")


@dataclass(slots=True)
class ShardCounts:
    loaded: int = 0  # loaded whole by this run and marked
    skipped: int = 0  # marked by an earlier run: not read
    incomplete: int = 0  # a bad line or a refused document: not marked, tried again next time

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def shard_files(path: Path) -> list[Path]:
    """``path`` itself if it is a file; else the ``.jsonl`` shards in the folder, by name."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InvalidInput(f"no such file or folder: {path}")
    found = sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and p.suffix in SHARD_SUFFIXES and not p.name.startswith((".", "_"))
    )
    if not found:
        raise InvalidInput(f"no .jsonl shard in {path}")
    return found


def shard_key(path: Path) -> str:
    """The shard's identity: sha256 of its bytes (a rewritten shard is a new shard)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def load_shards(
    store: GraphStore,
    path: Path,
    *,
    bulk_documents: int = BULK_DOCUMENTS,
    on_shard: Callable[[Path], None] | None = None,
) -> tuple[IngestSummary, ShardCounts]:
    """Load every shard under ``path`` not loaded yet; the summary counts this run only."""
    shards = shard_files(path)
    root = path if path.is_dir() else path.parent
    summary, counts = IngestSummary(), ShardCounts()
    before = store.counts()
    for shard in shards:
        key = shard_key(shard)
        loaded = bool(store.read("loaded_shards", {"keys": [key]}))
        problem = None if loaded else check_shard(shard)
        if problem and path.is_file():  # the one file named: nothing at all was written
            raise InvalidInput(problem)
        if loaded:
            counts.skipped += 1
        elif problem:
            summary.errors.append(problem)
            counts.incomplete += 1
        else:
            failed_before = len(summary.errors)
            documents = 0
            for group in _groups(shard, summary, bulk_documents):
                documents += len(group)
                _write_group(store, group, summary)
            if len(summary.errors) == failed_before:
                store.mark_shard_loaded(key, shard.relative_to(root).as_posix(), documents)
                counts.loaded += 1
            else:
                counts.incomplete += 1
        summary.files += 1
        if on_shard:
            on_shard(shard)
    after = store.counts()
    summary.nodes_added = sum(after["labels"].values()) - sum(before["labels"].values())
    summary.edges_added = sum(after["types"].values()) - sum(before["types"].values())
    return summary, counts


def check_shard(shard: Path) -> str | None:
    """Why ``shard`` is not whole records of ``dealgraph extract``, or None: checked before
    any of it is written, so a cut or foreign file writes nothing."""
    found = False
    with shard.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                document_from_json(raw.decode("utf-8"))
            except (ValueError, KeyError, IndexError, TypeError):
                return (
                    f"{shard}: line {n} is not a record written by `dealgraph extract`; "
                    "nothing of it was written"
                )
            found = True
    return None if found else f"{shard}: no records of `dealgraph extract` in it"


def _groups(
    shard: Path, summary: IngestSummary, bulk_documents: int
) -> Iterator[list[ExtractedDocument]]:
    """The shard's documents in groups; a line that is not a record becomes an error."""
    group: list[ExtractedDocument] = []
    size = 0
    with shard.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                doc = document_from_json(line)
            except (ValueError, KeyError, IndexError, TypeError):  # changed since the check
                summary.errors.append(f"{shard}: line {n} is not a record written by extract")
                continue
            group.append(doc)
            size += len(line)
            if len(group) >= bulk_documents or size >= BULK_BYTES:
                yield group
                group, size = [], 0
    if group:
        yield group


def _write_group(store: GraphStore, docs: list[ExtractedDocument], summary: IngestSummary) -> None:
    """Write the group's new documents in one transaction; one by one if it is refused."""
    stored = {r["key"] for r in store.read("existing_documents", {"keys": [d.key for d in docs]})}
    new: dict[str, ExtractedDocument] = {}
    for doc in docs:
        if doc.key in stored or doc.key in new:
            summary.documents_unchanged += 1
        else:
            new[doc.key] = doc
    if not new:
        return
    batch = GraphBatch(
        tuple(n for d in new.values() for n in d.batch.nodes),
        tuple(e for d in new.values() for e in d.batch.edges),
    )
    try:
        store.upsert(batch)
    except (InvalidInput, QueryTimeout) as exc:  # a lost store is not retried: it propagates
        if len(new) > 1:
            for doc in new.values():
                _write_group(store, [doc], summary)
        else:
            doc = next(iter(new.values()))
            summary.errors.append(f"{document_label(doc)}: not written: {exc.message}")
        return
    for doc in new.values():
        note_written(summary, doc)
