"""Bytes on disk to the one text every evidence offset indexes.

The order of attempts matters: UTF-8 is strict and self-checking, so it goes first; old
EDGAR filings are mostly cp1252 (smart quotes in 0x91-0x94); latin-1 accepts any byte and
is the last resort. Line endings are normalised to ``\\n`` before anything else looks at
the text, so offsets never depend on the platform a filer used; characters that have no width
and no meaning to a reader are dropped at the same point (see ``INVISIBLE``).
"""

from __future__ import annotations

from dealgraph.errors import InvalidInput

#: C0 control bytes that never occur in a text document (tab, LF, VT, FF, CR and ESC may).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
#: Share of control bytes above which a file is treated as binary.
_MAX_CONTROL_SHARE = 0.02
_BINARY = "binary file, not a text document"
#: Characters of no width that word processors and HTML converters leave between words: the
#: zero-width space and joiners, the left-to-right and right-to-left marks and embeddings, the
#: word joiner, a byte-order mark inside the text. Invisible to a reader, they stand between a
#: rule and the words it reads ("that certain \u200eThird Amendment to Note and \u200eWarrant
#: Purchase Agreement" is no title to a pattern of capitalised words), so they are dropped
#: with the carriage returns, before any offset is taken. (A soft hyphen stays: old filings
#: in cp1252 use its byte for a printed hyphen.)
INVISIBLE = dict.fromkeys(
    [*range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, *range(0x2066, 0x206A), 0xFEFF]
)


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
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(INVISIBLE)
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
