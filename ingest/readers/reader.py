"""Files on disk to :class:`SourceDocument` s: which files to read, and reading one.

Reading never raises for bad content: a file that cannot be read as a whole comes back
with ``error`` (one line a user can act on), and parts of a submission that are not
agreements come back as ``skipped`` notes, so a batch of thousands keeps going.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from dealgraph.errors import InvalidInput
from ingest.readers.decode import decode_bytes
from ingest.readers.edgar_text import find_exhibit, find_title
from ingest.readers.embedded_pdf import embedded_pdf, pdf_text
from ingest.readers.filing_meta import parse_sec_header, read_sidecar
from ingest.readers.furniture import blank_dms_stamps
from ingest.readers.html_text import html_to_text, looks_like_html
from ingest.readers.sourcemap import SourceMap
from ingest.readers.submission import Part, is_submission, skip_reason, split_parts
from ingest.records import Filing, SourceDocument

READABLE_SUFFIXES = (".txt", ".htm", ".html")
_HTML_SUFFIXES = (".htm", ".html")
_MB = 1024 * 1024


@dataclass(frozen=True)
class ReadResult:
    """What one file gave: its documents (several for a full submission), notes on the parts
    that were skipped, or the one-line reason the whole file failed."""

    path: Path
    documents: tuple[SourceDocument, ...] = ()
    skipped: tuple[str, ...] = ()
    error: str | None = None
    #: Parallel to ``documents``: document-text offsets to offsets in the decoded file.
    source_maps: tuple[SourceMap, ...] = ()


def discover(paths: Sequence[Path]) -> list[Path]:
    """The files to read under ``paths``: folders are walked (hidden entries and other
    extensions skipped, symlinked folders not followed); a file named directly is kept
    whatever its extension, so that :func:`read_file` can say why it refuses it.

    Raises :class:`InvalidInput` for a path that does not exist.
    """
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.update(
                    Path(root) / name
                    for name in files
                    if not name.startswith(".") and name.lower().endswith(READABLE_SUFFIXES)
                )
        elif path.exists():
            found.add(path)
        else:
            raise InvalidInput(f"no such file or folder: {path}")
    return sorted(found, key=str)


def read_file(path: Path, *, max_bytes: int) -> ReadResult:
    """Read one file into its source documents; bad content becomes ``ReadResult.error``."""
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        return ReadResult(
            path, error=f"unsupported file type '{suffix}' (expected .txt, .htm, .html)"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return ReadResult(path, error=_too_big(size, max_bytes))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return ReadResult(path, error=f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:  # the file grew after stat()
        return ReadResult(path, error=_too_big(len(data), max_bytes))
    try:
        filing = read_sidecar(path)
        text = decode_bytes(data)
        if is_submission(text):
            return _read_submission(path, text, filing)
        if (pdf := _pdf_words(text)) is not None:
            text, source_map = pdf
        elif suffix in _HTML_SUFFIXES or looks_like_html(text):
            text, source_map = html_to_text(text)
            if not text:
                raise InvalidInput("no visible text in the HTML document")
        else:
            source_map = SourceMap.identity()
        text = blank_dms_stamps(text)
    except InvalidInput as exc:
        return ReadResult(path, error=exc.message)
    doc = SourceDocument(
        text=text,
        path=str(path),
        title=find_title(text),
        exhibit=find_exhibit(text),
        filing=filing,
    )
    return ReadResult(path, documents=(doc,), source_maps=(source_map,))


def _pdf_words(text: str) -> tuple[str, SourceMap] | None:
    """The words of the PDF a text file carries uuencoded, when it holds any."""
    found = embedded_pdf(text)
    words = pdf_text(found[1]) if found else ""
    return (words, SourceMap.constant(found[0])) if found and words else None


def _read_submission(path: Path, text: str, sidecar: Filing | None) -> ReadResult:
    """Every agreement part; each carries the filing (a sidecar's, else the SEC header's)
    with its own ``<TYPE>`` as the exhibit type."""
    parts = split_parts(text)
    if not parts:
        raise InvalidInput("SEC submission without any <DOCUMENT> part")
    filing = sidecar or parse_sec_header(text)
    documents: list[SourceDocument] = []
    maps: list[SourceMap] = []
    notes: list[str] = []
    for part in parts:
        reason = skip_reason(part)
        if reason is None:
            body, source_map = _part_text(part)
            body = blank_dms_stamps(body)
            if not body.strip():
                reason = "no visible text"
        if reason is not None:
            notes.append(f"{part.label} skipped: {reason}")
            continue
        if not part.complete:
            notes.append(f"{part.label}: no </TEXT>, read to the end of the part")
        documents.append(
            SourceDocument(
                text=body,
                path=str(path) if len(parts) == 1 else f"{path}#{part.sequence}",
                title=find_title(body) or part.description,
                exhibit=_exhibit(part, body),
                part=f"{part.type} (seq {part.sequence})",
                filing=replace(filing, exhibit_type=part.type) if filing else None,
            )
        )
        maps.append(source_map)
    return ReadResult(
        path, documents=tuple(documents), skipped=tuple(notes), source_maps=tuple(maps)
    )


def _part_text(part: Part) -> tuple[str, SourceMap]:
    if part.filename.lower().endswith(_HTML_SUFFIXES) or looks_like_html(part.body):
        text, source_map = html_to_text(part.body)
        return text, source_map.shifted(part.start)
    return part.body, SourceMap.identity(part.start)


def _exhibit(part: Part, text: str) -> str | None:
    """The number from ``<TYPE>``; the text's own label when it only adds detail
    (``EX-10`` whose text says "Exhibit 10(q)")."""
    declared = part.exhibit
    stated = find_exhibit(text)
    if (
        declared
        and stated
        and "." not in declared
        and stated.startswith(declared)
        and not stated[len(declared) : len(declared) + 1].isdigit()
    ):
        return stated
    return declared or stated


def _too_big(size: int, limit: int) -> str:
    return f"file is {_size(size)}, over the limit of {_size(limit)} (DEALGRAPH_MAX_DOCUMENT_BYTES)"


def _size(n: int) -> str:
    """Megabytes for real sizes; bytes when a (test) limit is far below one megabyte."""
    return f"{n / _MB:.1f} MB" if n >= _MB // 10 else f"{n:,} bytes"
