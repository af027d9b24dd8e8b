"""The header line that opens a uuencoded block in an EDGAR text file.

Some filers sent an exhibit (mostly a PDF) inside a plain-text file: an optional ``<PDF>`` tag,
then ``begin 644 exhibit10-17.pdf`` and lines of encoded bytes. Three steps ask whether a text
is such a block: the submission reader skips an encoded part, :mod:`.embedded_pdf` reads the
words of an encoded PDF, and the structure of a document says it holds no agreement to read.
One pattern serves the three, so that they agree on what opens a block.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: ``begin <octal mode> <file name>`` alone on its line, after an optional ``<PDF>`` tag.
UUENCODE_HEADER = rule(
    "readers.uuencode_header",
    r"^[ \t]*(?:<PDF>\s*)?begin[ \t]+[0-7]{3}[ \t]+(?P<name>\S+)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
    reads="the header line of a uuencoded file carried as text (a PDF sent as an exhibit)",
    matches=[
        passage("<PDF>\nbegin 644 ex10.pdf\nM)5!$1BTQ+C0*", name="ex10.pdf"),
        passage("begin 600 exhibit-4_1.pdf\nM", name="exhibit-4_1.pdf"),
        passage("  BEGIN 644 EX99.PDF\n", name="EX99.PDF"),
    ],
    rejects=[
        "begin 800 characters",
        "the parties begin 644 days",
        "begin 644 days after the Closing Date, the Borrower shall",
    ],
)


def opening_header(text: str) -> re.Match[str] | None:
    """The header when ``text`` opens with a uuencoded block (blank space aside)."""
    first = len(text) - len(text.lstrip())
    return UUENCODE_HEADER.match(text, text.rfind("\n", 0, first) + 1)
