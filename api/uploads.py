"""Saving uploaded files safely before ingestion.

The client's filename is never used as a path: only its last component survives, reduced to
``[A-Za-z0-9._-]``, and each file goes into its own numbered folder inside a fresh temporary
directory, so ``../../etc/passwd`` or ``C:\\evil.txt`` cannot land anywhere else.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import BinaryIO

from api.errors import PayloadTooLarge, UnsupportedMediaType
from dealgraph.errors import InvalidInput

#: Extensions the readers understand (EDGAR .txt exhibits and submissions, .htm/.html).
ALLOWED_SUFFIXES = frozenset({".txt", ".htm", ".html"})
#: Content types a client may declare for those files (browsers send octet-stream or none).
ALLOWED_TYPES = frozenset(
    {"text/plain", "text/html", "application/xhtml+xml", "application/octet-stream", ""}
)
MAX_FILES = 20
CHUNK = 1024 * 1024


def safe_filename(name: str | None) -> str:
    """The last path component of ``name`` in a safe alphabet; ``document`` if nothing is left."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFKC", base)
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip("._-")[:120]
    return base or "document"


def check_type(saved_as: str, content_type: str | None) -> None:
    """415 unless the extension and the declared content type are ones we read."""
    suffix = Path(saved_as).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise UnsupportedMediaType(
            f"{saved_as}: only {', '.join(sorted(ALLOWED_SUFFIXES))} files can be ingested"
        )
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media not in ALLOWED_TYPES:
        raise UnsupportedMediaType(f"{saved_as}: content type {media!r} is not a text document")


def save(source: BinaryIO, target: Path, max_bytes: int, shown_as: str) -> int:
    """Copy ``source`` to ``target`` in chunks; 413 past ``max_bytes``, 415 if binary."""
    written = 0
    with target.open("wb") as out:
        while chunk := source.read(CHUNK):
            if written == 0 and b"\x00" in chunk[:8192]:
                raise UnsupportedMediaType(f"{shown_as}: binary content is not a text document")
            written += len(chunk)
            if written > max_bytes:
                raise PayloadTooLarge(f"{shown_as}: larger than the limit of {max_bytes} bytes")
            out.write(chunk)
    if written == 0:
        raise InvalidInput(f"{shown_as}: empty file")
    return written
