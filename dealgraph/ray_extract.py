"""``dealgraph extract --engine ray``: the one extractor run per document on Ray Data.

Ray Data reads the input (local files and folders, or object storage through the pyarrow
filesystem URIs Ray Data takes: ``s3://``, ``gs://``, ``abfs://``, ``hdfs://``), each task
runs :func:`dealgraph.pipeline.extract_file` on its files, and a :class:`ShardSink` writes
*shards*: JSON Lines files in the output folder, one document per line in the
``dealgraph load`` hand-off format (:func:`dealgraph.writing.document_to_json`, evidence
included), at least ``shard_documents`` documents each.

Without an address the command starts a small Ray of its own on this machine (one worker
per core, a small object store, no dashboard) and stops it at the end; with ``--ray-address``
(or ``RAY_ADDRESS``) it runs as a job on that cluster, with no change in code. On a cluster
every node must see the input and the output: object storage, or a filesystem mounted at the
same path on every node.

Ray is an optional dependency (``pip install 'dealgraph[ray]'``): nothing imports it unless
this engine is chosen.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dealgraph.errors import ConfigError, DealGraphError, InvalidInput
from dealgraph.settings import Settings

if TYPE_CHECKING:
    import pyarrow.fs

#: Object store of the Ray this command starts itself: the blocks in flight are documents'
#: bytes and their records (tens of MB), and a default store takes 30% of the machine's RAM.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024
#: Documents per shard by default: a shard is the unit ``dealgraph load`` records as loaded.
SHARD_DOCUMENTS = 500

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_READABLE = ["txt", "htm", "html"]  # as ingest.readers.READABLE_SUFFIXES, without the dot


@dataclass(slots=True)
class RayExtractSummary:
    """What ``extract --engine ray`` reports: shards written, documents, one line per failure."""

    output: str
    shards: list[str] = field(default_factory=list)
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    ray_start_s: float = 0.0
    run_s: float = 0.0
    cpus: float = 0.0


@dataclass(frozen=True, slots=True)
class _Input:
    """The paths handed to Ray Data, and how a path Ray reports maps back to the name shown.

    The graph shows a file as the user named it (``samples/seeds/a.txt``,
    ``s3://bucket/x.txt``), exactly as single-process extraction does; Ray Data reports
    absolute local paths and URIs without their scheme.
    """

    paths: list[str]
    roots: tuple[tuple[str, str], ...]  # (as Ray reports it, as shown), longest first
    filesystem: pyarrow.fs.FileSystem | None = None


def shown_name(path: str, roots: Sequence[tuple[str, str]]) -> str:
    for reported, shown in roots:
        if path == reported or path.startswith(reported.rstrip("/") + "/"):
            return shown + path[len(reported) :]
    return path


def plan_input(paths: Sequence[str]) -> _Input:
    """Local paths: the files ``dealgraph ingest`` would read (``discover``); URIs: Ray lists."""
    uris = [p for p in paths if _URI.match(p)]
    if uris and len(uris) != len(paths):
        raise InvalidInput("give either local paths or storage URIs, not both")
    if not uris:
        from ingest.readers import discover

        files = discover([Path(p) for p in paths])
        if not files:
            raise InvalidInput("no .txt, .htm or .html file to extract under the given paths")
        roots = [(os.path.abspath(p), str(Path(p))) for p in paths]
        return _Input([os.path.abspath(f) for f in files], _longest_first(roots))
    import pyarrow.fs

    filesystems, roots = [], []
    for uri in uris:
        try:
            fs, reported = pyarrow.fs.FileSystem.from_uri(uri)
        except (ValueError, OSError) as exc:
            raise InvalidInput(f"cannot open {uri}: {exc}") from None
        filesystems.append(fs)
        roots.append((reported.rstrip("/"), uri.rstrip("/")))
    if len({fs.type_name for fs in filesystems}) > 1:
        raise InvalidInput("give URIs of one storage system per run")
    return _Input(list(uris), _longest_first(roots), filesystems[0])


def _longest_first(roots: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(roots, key=lambda r: len(r[0]), reverse=True))


def _output(output: str) -> tuple[pyarrow.fs.FileSystem, str]:
    """The output's filesystem and folder, which must be new or empty: shards of two runs
    must never mix."""
    import pyarrow.fs

    if _URI.match(output):
        fs, folder = pyarrow.fs.FileSystem.from_uri(output)
    else:
        fs, folder = pyarrow.fs.LocalFileSystem(), os.path.abspath(output)
    info = fs.get_file_info(folder)
    if info.type == pyarrow.fs.FileType.File or (
        info.type == pyarrow.fs.FileType.Directory
        and fs.get_file_info(pyarrow.fs.FileSelector(folder, recursive=False))
    ):
        raise InvalidInput(f"output folder {output} is not empty: give a new folder")
    return fs, folder


# ---------------------------------------------------------------- worker side


def extract_rows(
    row: dict[str, Any], roots: Sequence[tuple[str, str]], max_bytes: int, time_limit_s: float
) -> list[dict[str, Any]]:
    """One file's bytes to one row per document (its JSON line) or one row for its failure.

    The bytes are written to a private temporary file of the same name, so that the file
    runs through the very same reader and extractor as in ``dealgraph ingest``, and the
    graph shows the name the user gave.
    """
    from dealgraph.pipeline import extract_file
    from dealgraph.writing import document_to_json

    name = shown_name(str(row["path"]), roots)
    with tempfile.TemporaryDirectory(prefix="dealgraph-ray-") as tmp:
        local = Path(tmp) / (Path(name).name or "document")
        local.write_bytes(row["bytes"])
        result = extract_file(local, max_bytes, shown_as=name, time_limit_s=time_limit_s)
    rows: list[dict[str, Any]] = [
        {"record": document_to_json(doc), "error": None} for doc in result.documents
    ]
    if result.error:
        rows.append({"record": None, "error": f"{result.path}: {result.error}"})
    return rows


# ---------------------------------------------------------------- driver side


def _require_ray() -> None:
    try:
        import ray.data  # noqa: F401
    except ImportError:
        raise ConfigError(
            "the ray engine needs Ray: pip install 'dealgraph[ray]' (or `make setup`)"
        ) from None


def _start_ray(address: str | None) -> float:
    """Connect to ``address`` or start a local Ray sized for this machine; returns its CPUs."""
    import ray

    logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        if address:
            ray.init(address=address, logging_level=logging.WARNING)
        else:
            ray.init(
                address="local",
                num_cpus=len(os.sched_getaffinity(0)),
                object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                include_dashboard=False,
                logging_level=logging.WARNING,
            )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"cannot start or reach {where}: {first}") from None
    cpus: float = ray.cluster_resources().get("CPU", 0.0)
    return cpus


def extract_with_ray(
    paths: Sequence[str],
    output: str,
    settings: Settings,
    *,
    address: str | None = None,
    shard_documents: int = SHARD_DOCUMENTS,
    progress: bool = False,
) -> RayExtractSummary:
    """Extract every document under ``paths`` on Ray into shards under ``output``."""
    _require_ray()
    plan = plan_input(paths)
    out_fs, out_folder = _output(output)
    summary = RayExtractSummary(output)
    started = time.perf_counter()
    summary.cpus = _start_ray(address)
    summary.ray_start_s = time.perf_counter() - started
    import ray
    import ray.data

    from dealgraph.ray_sink import ShardSink

    try:
        ray.data.DataContext.get_current().enable_progress_bars = progress
        started = time.perf_counter()
        files = ray.data.read_binary_files(
            plan.paths,
            include_paths=True,
            filesystem=plan.filesystem,
            file_extensions=_READABLE if plan.filesystem is not None else None,
        )
        records = files.flat_map(
            partial(
                extract_rows,
                roots=plan.roots,
                max_bytes=settings.max_document_bytes,
                time_limit_s=settings.document_time_limit_s,
            )
        )
        sink = ShardSink(out_fs, out_folder, shard_documents)
        records.write_datasink(sink)
        summary.run_s = time.perf_counter() - started
    except (ray.exceptions.RayError, OSError) as exc:  # unreadable input, lost workers
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise DealGraphError(f"the Ray job failed: {first}") from None
    finally:
        ray.shutdown()
    for written in sorted(sink.results, key=lambda r: r.shard or ""):
        if written.shard:
            summary.shards.append(written.shard)
        summary.documents += written.documents
        summary.errors.extend(written.errors)
    summary.errors.sort()
    return summary
