"""The text of a PDF that an EDGAR text file carries uuencoded.

Some filers sent an exhibit as a PDF inside a plain-text file: a ``<PDF>`` tag, then
``begin 644 exhibit10-17.pdf`` and lines of uuencoded bytes. Read as text it is noise, and the
agreement in it (a credit agreement, a note) would be lost; most such PDFs were made from a word
processor and hold their words, which :mod:`pypdf` gives back page by page. The document's text
is then the PDF's text, and evidence offsets index that text (its source map points every
offset at the start of the encoded block: the words have no position in the file as written).
A PDF that holds no words (a scan), or that does not decode, leaves the file's text as it was,
so the extractor still says why it found no agreement.
"""

from __future__ import annotations

import binascii
import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ingest.readers.uuencoded import opening_header

#: A uuencoded line's first character gives its byte count; "`" or " " is a line of none.
_END = re.compile(r"^(?:`|\s*end\s*$)")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged xref is repaired, not news


def embedded_pdf(text: str) -> tuple[int, bytes] | None:
    """(offset of the encoded block, the PDF's bytes) when ``text`` is one uuencoded PDF."""
    begin = opening_header(text)
    named_pdf = begin is not None and begin["name"].lower().endswith(".pdf")
    if begin is None or not named_pdf or not text.startswith("\n", begin.end()):
        return None
    data = bytearray()
    for line in text[begin.end() + 1 :].splitlines():
        if _END.match(line):
            break
        data += _decode_line(line)
    return len(text) - len(text.lstrip()), bytes(data)


def _decode_line(line: str) -> bytes:
    """One uuencoded line; encoders that strip trailing spaces leave it short, so it is read
    to the length its count character states, padded with the zero the space encodes."""
    count = (ord(line[0]) - 32) & 63 if line else 0
    need = 1 + (count * 4 + 2) // 3
    try:
        return binascii.a2b_uu(line[:need].ljust(need))
    except binascii.Error:
        return b""


def pdf_text(data: bytes) -> str:
    """The words of each page, pages separated by a blank line ("" when it holds none)."""
    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return ""
    text = "\n\n".join(p.strip("\n") for p in pages)
    return text.replace("\r\n", "\n").replace("\r", "\n") if text.strip() else ""
