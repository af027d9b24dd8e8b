"""The records of a document's structure (:class:`Region`, :class:`Structure`) and its
paragraphs, which every finder of a region walks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.rules import passage, rule

_PARAGRAPH_BREAK = rule(
    "structure.paragraph_break",
    r"\n[ \t]*(?:(?:<PAGE>|-?\s*\d{1,3}\s*-?)?[ \t]*\n[ \t]*)+",
    reads="the layout: a blank line between paragraphs (a page marker or page number counts)",
    matches=[
        passage("the Lender.\n\nSection 2.", match="\n\n"),
        passage("the Lender.\n   \n<PAGE>\n\nSection 2.", match="\n   \n<PAGE>\n\n"),
        passage("the Lender.\n\n- 4 -\n\nSection 2.", match="\n\n- 4 -\n\n"),
    ],
    rejects=["the Lender and\nthe Borrower agree"],
)


@dataclass(frozen=True, slots=True)
class Region:
    kind: str  # title, preamble, recitals, signatures, schedule, exhibit, annex, ...
    start: int
    end: int
    #: attachments: "EXHIBIT A"; ``title``: the heading words that follow it
    label: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Structure:
    title_block: Region | None
    preamble: Region | None
    recitals: Region | None
    signatures: Region | None
    attachments: tuple[Region, ...]
    main_end: int
    #: agreements appended after the main signatures, each with its own signature block
    appended: tuple[Region, ...] = ()

    def schedules(self) -> tuple[Region, ...]:
        return tuple(a for a in self.attachments if a.kind in ("schedule", "annex", "appendix"))

    def exhibits(self) -> tuple[Region, ...]:
        return tuple(a for a in self.attachments if a.kind in ("exhibit", "attachment"))


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs of ``text[start:end]`` (page markers count as blank)."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        if m.start() > pos and text[pos : m.start()].strip():
            out.append(trim_span(text, pos, m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        out.append(trim_span(text, pos, end))
    return out


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
