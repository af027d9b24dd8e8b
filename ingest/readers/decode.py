"""Bytes on disk to the one text every evidence offset indexes.

The order of attempts matters: UTF-8 is strict and self-checking, so it goes first; old
EDGAR filings are mostly cp1252 (smart quotes in 0x91-0x94); latin-1 accepts any byte and
is the last resort. Line endings are normalised to ``\\n`` before anything else looks at
the text, so offsets never depend on the platform a filer used.
"""

from __future__ import annotations

from dealgraph.errors import InvalidInput

#: C0 control bytes that never occur in a text document (tab, LF, VT, FF, CR and ESC may).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
#: Share of control bytes above which a file is treated as binary.
_MAX_CONTROL_SHARE = 0.02
_BINARY = "binary file, not a text document"


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes to text with ``\\n`` line endings, or refuse it.

    Raises :class:`InvalidInput` for binary or empty content.
    """
    if b"\x00" in data:
        raise InvalidInput(_BINARY)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if data and controls / len(data) > _MAX_CONTROL_SHARE:
        raise InvalidInput(_BINARY)
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidInput("empty file")
    return text


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
