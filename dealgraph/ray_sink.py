"""The Ray Data sink of ``extract --engine ray``: each write task's records as one shard.

A *shard* is one JSON Lines file of records (``dealgraph load``'s input). Ray Data hands
each write task at least ``shard_documents`` rows (``min_rows_per_write``); the task writes
the rows' records to one file through the output's pyarrow filesystem (a local folder or
object storage) and returns a :class:`ShardWritten`, which Ray gives back to the driver's
sink in :meth:`ShardSink.on_write_complete`: that is how failures reach the command's
report without a second pass over the output.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pyarrow.fs
from ray.data.block import Block, BlockAccessor
from ray.data.datasource.datasink import Datasink, WriteResult

SHARD_SUFFIX = ".jsonl"


@dataclass(frozen=True, slots=True)
class ShardWritten:
    """What one write task did: its shard (None when it had no document) and the failures."""

    shard: str | None
    documents: int
    errors: tuple[str, ...] = ()


class ShardSink(Datasink[ShardWritten]):
    """Rows ``{"record": JSON line or None, "error": one line or None}`` into shards.

    Shard names sort in task order and carry the run's id, so two runs never collide.
    """

    def __init__(self, fs: pyarrow.fs.FileSystem, folder: str, shard_documents: int) -> None:
        self.fs = fs
        self.folder = folder.rstrip("/")
        self.shard_documents = shard_documents
        self.run_id = uuid.uuid4().hex[:8]
        self.results: list[ShardWritten] = []

    @property
    def min_rows_per_write(self) -> int:
        return self.shard_documents

    def on_write_start(self, schema: Any = None) -> None:
        # object stores have no folders (and creating one may need rights a writer lacks)
        if isinstance(self.fs, pyarrow.fs.LocalFileSystem):
            self.fs.create_dir(self.folder, recursive=True)

    def write(self, blocks: Iterable[Block], ctx: Any) -> ShardWritten:
        records: list[str] = []
        errors: list[str] = []
        for block in blocks:
            table = BlockAccessor.for_block(block).to_arrow()
            rows = zip(
                table.column("record").to_pylist(), table.column("error").to_pylist(), strict=True
            )
            for record, error in rows:
                if record is not None:
                    records.append(record)
                if error is not None:
                    errors.append(error)
        if not records:
            return ShardWritten(None, 0, tuple(errors))
        name = f"shard-{ctx.task_idx:06d}-{self.run_id}{SHARD_SUFFIX}"
        with self.fs.open_output_stream(f"{self.folder}/{name}") as fh:
            fh.write("".join(r + "\n" for r in records).encode("utf-8"))
        return ShardWritten(name, len(records), tuple(errors))

    def on_write_complete(self, write_result: WriteResult[ShardWritten]) -> None:
        """Runs on the driver: keeps what every write task returned."""
        self.results = [r for r in write_result.write_returns if r is not None]
