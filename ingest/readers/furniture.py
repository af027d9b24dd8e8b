"""Page furniture a converted filing keeps inside its running text, blanked before any rule
reads it.

A law firm's document-management system stamps every page with the document's number and
version ("CAN_DMS: \\149670305\\3", "US-DOCS\\137537505.8", "BN 1225807v9"). A PDF or HTML
conversion runs that stamp into the next page's first line, where it glues itself to what
follows ("... \\149647507\\7 2409118 Alberta Ltd." on a signature page): a name rule would
have to know every stamp. The stamp is replaced by a line break and spaces of the same
length, so that every offset into the text still points where it did and the page break
the stamp stood for is a line break again.
"""

from __future__ import annotations

import re

#: The system's code (capitals, "_" or "-" inside: "CAN_DMS", "US-DOCS", "BN"), then the
#: document number and its version: "\number\version" or "\number.version" (always with a
#: backslash: "EP 1234567.8" is a patent), or "number" + "v" + version.
_DMS_STAMP = re.compile(
    r"\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*(?::[ \t]?|[ \t])?\\\d{5,10}(?:\\\d{1,3}|\.\d{1,3})\b"
    r"|\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*[ \t]\d{5,10}v\.?\d{1,3}\b"
)


def blank_dms_stamps(text: str) -> str:
    """The text with every document-management stamp turned into a line break padded with
    spaces (same length, so offsets do not move)."""
    return _DMS_STAMP.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
