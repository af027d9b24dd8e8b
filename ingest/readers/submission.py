"""EDGAR full-submission files: one ``.txt`` holding the form and every exhibit.

Vocabulary: a *submission* is the whole file (``<SEC-DOCUMENT>``, ``<SEC-HEADER>``, then
``<DOCUMENT>`` parts); a *part* is one ``<DOCUMENT>`` with its ``<TYPE>`` (``EX-10.14``,
``10-K``, ``GRAPHIC``), ``<SEQUENCE>``, ``<FILENAME>``, ``<DESCRIPTION>`` and ``<TEXT>``.
Only exhibit types that can hold an agreement are read; the rest are skipped with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.readers.uuencoded import opening_header

_SUBMISSION_START = re.compile(
    r"\s*<(?:SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER|DOCUMENT)>", re.IGNORECASE
)
_DOCUMENT = re.compile(r"^<DOCUMENT>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_DOCUMENT_END = re.compile(r"^</DOCUMENT>", re.IGNORECASE | re.MULTILINE)
_TEXT_START = re.compile(r"^<TEXT>[ \t]*\n?", re.IGNORECASE | re.MULTILINE)
_TEXT_END = re.compile(r"</TEXT>", re.IGNORECASE)
_FIELD = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*(.*?)[ \t]*$", re.I | re.M)
_EXHIBIT_TYPE = re.compile(r"^EX-(\d+)", re.IGNORECASE)

#: Exhibit numbers (Item 601 of Regulation S-K) that can be an agreement or instrument:
#: underwriting (1), acquisition plans (2), charters (3), instruments incl. notes and
#: indentures (4), voting trusts (9), material contracts (10), additional exhibits (99).
AGREEMENT_EXHIBITS = frozenset({1, 2, 3, 4, 9, 10, 99})
_NOT_DOCUMENTS = frozenset({"GRAPHIC", "ZIP", "PDF", "XML", "JSON", "EXCEL", "XBRL", "COVER"})


@dataclass(frozen=True, slots=True)
class Part:
    """One ``<DOCUMENT>`` of a submission; ``start`` is where ``body`` begins in the file."""

    type: str
    sequence: str
    filename: str
    description: str
    body: str
    start: int
    complete: bool  # False when ``</TEXT>`` was missing

    @property
    def exhibit(self) -> str | None:
        """``EX-10.14`` -> ``10.14``."""
        return self.type[3:] if _EXHIBIT_TYPE.match(self.type) else None

    @property
    def label(self) -> str:
        return f"part {self.sequence} ({self.type or 'no type'})"


def is_submission(text: str) -> bool:
    """True when the file is an SEC submission (or one ``<DOCUMENT>`` of one)."""
    return _SUBMISSION_START.match(text) is not None


def split_parts(text: str) -> list[Part]:
    """Every ``<DOCUMENT>`` part, in file order, without interpreting its content."""
    starts = [m.end() for m in _DOCUMENT.finditer(text)]
    parts = []
    for n, start in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else len(text)
        end_m = _DOCUMENT_END.search(text, start, limit)
        block_end = end_m.start() if end_m else limit
        text_m = _TEXT_START.search(text, start, block_end)
        header_end = text_m.start() if text_m else block_end
        fields = {k.upper(): v for k, v in _FIELD.findall(text, start, header_end)}
        if text_m is None:
            body_start, body_end, complete = block_end, block_end, True
        else:
            body_start = text_m.end()
            close = _TEXT_END.search(text, body_start, block_end)
            body_end = close.start() if close else block_end
            complete = close is not None
        parts.append(
            Part(
                type=fields.get("TYPE", "").upper(),
                sequence=fields.get("SEQUENCE", "") or str(n + 1),
                filename=fields.get("FILENAME", ""),
                description=fields.get("DESCRIPTION", ""),
                body=text[body_start:body_end],
                start=body_start,
                complete=complete,
            )
        )
    return parts


def skip_reason(part: Part) -> str | None:
    """Why a part is not read as an agreement, or ``None`` when it should be read."""
    m = _EXHIBIT_TYPE.match(part.type)
    if part.type in _NOT_DOCUMENTS:
        return "not an agreement"
    if not part.type.startswith("EX-"):
        return "the form itself, not an exhibit"
    if m is None or int(m.group(1)) not in AGREEMENT_EXHIBITS:
        return "an exhibit type that is not an agreement"
    if opening_header(part.body):
        return "uuencoded binary content"
    if not part.body.strip():
        return "no text"
    return None
