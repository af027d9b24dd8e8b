"""Page furniture a converted filing keeps inside its running text, blanked before any rule
reads it.

A law firm's document-management system stamps every page with the document's number and
version ("CAN_DMS: \\149670305\\3", "US-DOCS\\137537505.8", "BN 1225807v9"). A PDF or HTML
conversion runs that stamp into the next page's first line, where it glues itself to what
follows ("... \\149647507\\7 2409118 Alberta Ltd." on a signature page): a name rule would
have to know every stamp. The stamp is replaced by a line break and spaces of the same
length, so that every offset into the text still points where it did and the page break
the stamp stood for is a line break again.

A filing printed from a filings service carries the filer on every page's foot ("Source:
ACME CORP, 8-K, 11/6/2019"): a line of its own that a signature page's reader would take
for the company signing below it. It is blanked the same way (spaces, same length). A row
of dashes that underlined a word of the line above, which the conversion set inside the
running text, becomes a line break padded with spaces.
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


#: "Source: ACME HOLDINGS, INC., 10-K/A, 3/30/2016": the filer, the form, the filing date,
#: alone on a line.
_FILER_FOOTER = re.compile(
    r"(?m)^[ \t]*Source:[ \t]+[^\n]{2,160}?,[ \t]*[^,\n]{1,30},[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]*$"
)


#: A typed filing underlines a word with a row of dashes on the line below; a conversion that
#: joins the lines sets the row inside the sentence, far from the word, between two words of
#: the running text ("... by and between iShip.com, Inc. (the "Company"), and Mail
#: [spaces] ------- Boxes Etc. USA, Inc."), where it would cut a name in two. Only a row with
#: a wide gap before it and a word both sides on its line (never a signature line's rule); it
#: becomes the line break it stood for (padded with spaces), as in hard-wrapped text.
_INLINE_UNDERLINE = re.compile(r"(?<=[\w.,;:)\"”][ \t]{5})[ \t]*-{3,}(?=[ \t]+[\w(\"“])")


def blank_furniture(text: str) -> str:
    """The text with document-management stamps, filer footers and underline rows set inside
    a sentence blanked (offsets kept)."""
    text = blank_dms_stamps(text)
    text = _INLINE_UNDERLINE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    return _FILER_FOOTER.sub(lambda m: " " * len(m.group()), text)
