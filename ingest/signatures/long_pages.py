"""Where the own agreement's signature pages end when they run past the reading window: a
syndicated agreement's lenders sign page after page, one block each with its notice address,
for more than :data:`~ingest.signatures.blocks.SIGNATURE_WINDOW` characters.

Exists because the window guards against a region that ran into attachments (a form of note,
an exhibit's prose) but cut the later lenders' pages of a long syndicate, whose all-caps
blocks after a page mark were read as no party. Past the window the region goes on page by
page while each page is one of signature blocks: a "By:", "Name:" or "Title:" field and no
line of prose.
"""

from __future__ import annotations

import re

from ingest.signatures.blocks import SIGNATURE_WINDOW
from ingest.signatures.fields import FIELD

#: a page mark on its own line: "<PAGE>", "<PAGE> 14", a form feed
_PAGE_BREAK = re.compile(r"^[ \t]*(?:<PAGE>[^\n]*|\f)[ \t]*$", re.MULTILINE)

#: a line of prose: many words, or a sentence's end after a lower-case word
_PROSE = re.compile(r"^(?:\S+\s+){12,}\S+|(?:^|\s)[a-z]{2,}\.\s*$")

#: a page that holds this many lines is no page of blocks (a schedule, an exhibit's text)
_MAX_LINES = 60


def signature_pages_end(text: str, start: int, end: int) -> int:
    """The end of the signature region ``text[start:end]`` read: the window, or past it the
    end of the last of the pages of blocks that follow one another."""
    cut = start + SIGNATURE_WINDOW
    if end <= cut:
        return end
    breaks = [m.start() for m in _PAGE_BREAK.finditer(text, start, end)]
    before = [b for b in breaks if b <= cut]
    if not before:
        return cut
    reached = before[-1]
    for page_end in [b for b in breaks if b > reached] + [end]:
        if not _block_page(text[reached:page_end]):
            break
        reached = page_end
    return max(cut, reached)


def _block_page(page: str) -> bool:
    """Whether a page holds signature blocks alone: a field and no prose."""
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    return (
        0 < len(lines) <= _MAX_LINES
        and any(FIELD.match(ln) for ln in lines)
        and not any(_PROSE.search(ln) for ln in lines if not ln.startswith("["))
    )
