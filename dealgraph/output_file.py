"""Files the CLI writes (``extract -o``, ``export -o``): checked first, replaced atomically.

A command never loses the file it was asked to write: the target is checked before any
work starts (its folder exists, it is not a folder), the new content goes to a temporary
file beside it, and only a finished write replaces the target (``os.replace``, atomic on
one file system). A failure at any point leaves the old file exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from dealgraph.errors import InvalidInput


def check_output(path: Path) -> None:
    """One clear line (InvalidInput) when ``path`` cannot be written as a file."""
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(f"cannot write {path}: no such folder {folder}")
    if path.is_dir():
        raise InvalidInput(f"cannot write {path}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise InvalidInput(f"cannot write {path}: the folder {folder} is not writable")


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[TextIO]:
    """Write ``path``'s new content through the yielded handle; replace it on success only."""
    check_output(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # what open() would have given a new file
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # a full disk, a quota: one line, the old file kept
            raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
