"""Page furniture at the head of a paragraph: the footer of the page before (its number,
"iv" under a table of contents) and the page marker of the next ("<PAGE> 7") written on the
lines right above the text, with no blank line between, so that they open its paragraph.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_PAGE_HEAD = rule(
    "structure.page_head",
    r"(?:[ \t]*(?:<PAGE>[ \t]*\d{0,4}|[ivxlc]{1,7}|-?[ \t]*\d{1,3}[ \t]*-?|Page[ \t]+\d{1,3})"
    r"[ \t]*\n)+",
    reads="the lines of page furniture that open a paragraph: a page number (roman in the"
    " front matter), a page marker",
    matches=[
        passage("iv\n<PAGE>   7\nLOAN AGREEMENT, dated as of May 2", match="iv\n<PAGE>   7\n"),
        passage("12\n<PAGE> 13\nTHIS AGREEMENT is made", match="12\n<PAGE> 13\n"),
        passage("- 3 -\nThis Guaranty, dated", match="- 3 -\n"),
    ],
    rejects=["iv) the Borrower shall", "INTRODUCTION\nThis Agreement", "1.1 Definitions.\n"],
    mode="match",
)


def past_page_head(text: str, start: int, end: int) -> int:
    """Where the paragraph ``text[start:end]`` begins once the page furniture on its first
    lines is passed (``start`` when there is none, or when nothing follows it)."""
    m = _PAGE_HEAD.match(text, start, end)
    if m is None or not text[m.end() : end].strip():
        return start
    return m.end()
