"""The regions of an agreement's text, found by cheap compiled patterns.

Vocabulary:
- *title block*: the lines before the preamble (exhibit label, title, cover page).
- *preamble*: the paragraph that names the agreement, its date and its parties ("This
  AMENDMENT ... is made and entered into as of ... by and among ..."), or for a note the
  "FOR VALUE RECEIVED, ... promises to pay to the order of ..." paragraph.
- *recitals*: "RECITALS" / "W I T N E S S E T H" / "WHEREAS" clauses up to "NOW, THEREFORE".
- *signatures*: from "IN WITNESS WHEREOF" (or a "[Signature Page" caption) to the first
  attachment after it.
- *attachment*: a schedule, exhibit or annex appended after the signatures, starting at a
  heading line ("SCHEDULE A", "EXHIBIT B"); its *heading title* is the first words after it.
- *main end*: where the document's own agreement stops (the first attachment).

Only the regions are computed here; extractors run spaCy and their rules on them alone.
:func:`analyze` is cached per text, so every extractor of a document shares one result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:(?:<PAGE>|-?\s*\d{1,3}\s*-?)?[ \t]*\n[ \t]*)+")
_PREAMBLE_CUE = re.compile(
    r"\b(?:by\s+and\s+(?:among|between)|is\s+(?:made|entered|dated|executed)|are\s+entered"
    r"|made\s+and\s+entered|entered\s+into|is\s+among|is\s+between|among|between"
    r"|for\s+value\s+received|promises?\s+to\s+pay|reference\s+is\s+made)\b",
    re.IGNORECASE,
)
_STRONG_CUE = re.compile(
    r"\b(?:by\s+and\s+(?:among|between)|made\s+and\s+entered|entered\s+into|is\s+made"
    r"|for\s+value\s+received|promises?\s+to\s+pay|is\s+(?:among|between)"
    r"|reference\s+is\s+made|made\s+by|in\s+favor\s+of|is\s+dated)\b",
    re.IGNORECASE,
)
_THIS = re.compile(r"^\s*(?:This|THIS)\b|\b(?:This|THIS)\s+[A-Z]")
_TITLE_DATED = re.compile(
    r"^\s*(?:THIS\s+|This\s+)?(?:[A-Z][\w ,.#&-]{0,120}?)?\b(?:AGREEMENT|AMENDMENT|NOTE|GUARANTEE"
    r"|GUARANTY|WAIVER|CONSENT|LEASE|DEBENTURE|WARRANT|Agreement|Amendment|Note|Guarantee"
    r"|Guaranty|Waiver|Consent|Lease|Debenture|Warrant)\b[^.]{0,60}?\bdated\b"
)
_NOT_PREAMBLE = re.compile(
    r"^\s*(?:<PAGE>\s*\d*\s*)?(?:[\"“(a-z]|WHEREAS|Whereas|\d+(?:\.\d+)*\.?\s|Section\s)"
)
_QUOTED = re.compile(r"[\"“][A-Z][^\"”\n]{0,60}[\"”]")
_TOC = re.compile(r"\.{4,}|\bTABLE\s+OF\s+CONTENTS\b", re.IGNORECASE)
_RECITALS_START = re.compile(
    r"^\s*(?:RECITALS|Recitals|W\s*I\s*T\s*N\s*E\s*S\s*S\s*E\s*T\s*H|WITNESSETH|Witnesseth"
    r"|BACKGROUND|Background|PRELIMINARY\s+STATEMENTS?)\s*[:.\-]*\s*$|\bWHEREAS\b|\bWhereas,",
    re.MULTILINE,
)
_RECITALS_END = re.compile(
    r"\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bagree\s+as\s+follows\b", re.IGNORECASE
)
_SIGNATURE_START = re.compile(
    r"\bIN\s+WITNESS\s+WHEREOF\b|\bIn\s+Witness\s+Whereof\b|\[\s*Signature\s+Page"
    r"|\bEXECUTED\s+(?:AS\s+OF|ON)\b",
    re.IGNORECASE,
)
_ATTACHMENT_HEADING = re.compile(
    r"^[ \t]*(?P<kind>EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT|Exhibit|Schedule|Annex|Appendix)"
    r"[ \t]+(?P<id>[A-Z0-9][A-Za-z0-9.\-]{0,6})[ \t]*(?:[:.\-–][ \t]*(?P<rest>[^\n]{0,100}))?$",
    re.MULTILINE,
)
_RULE_LINE = re.compile(r"^[\s\-_=*]*$")
_HEADING_WORDS = re.compile(
    r"\b(?:AGREEMENT|AMENDMENT|NOTE|WARRANT|DEBENTURE|LEASE|GUARANTY|GUARANTEE|WAIVER|CONSENT"
    r"|LICENSE|INDENTURE|SUPPLEMENT|PLAN|CERTIFICATE|LETTER|BOND|ASSIGNMENT|MORTGAGE|CONTRACT"
    r"|ADDENDUM)S?\b",
    re.IGNORECASE,
)

#: How far into a document the preamble may start (cover pages and contents come first).
PREAMBLE_WINDOW = 80_000


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
            out.append(_strip(text, pos, m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        out.append(_strip(text, pos, end))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _preamble_score(par: str) -> int:
    head = par[:1500]
    if _TOC.search(head) or _NOT_PREAMBLE.match(head):
        return 0
    letters = [c for c in head[:300] if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.85 * len(letters) and '"' not in head:
        return 0
    score = 2 if _TITLE_DATED.match(head) else 0
    if _STRONG_CUE.search(head):
        score += 3
    elif _PREAMBLE_CUE.search(head):
        score += 1
    if _THIS.search(head[:400]):
        score += 2
    if _QUOTED.search(head):
        score += 2
    if re.search(r"\b(?:dated|as\s+of|effective)\b", head, re.IGNORECASE):
        score += 1
    return score


def find_preamble(text: str) -> tuple[int, int] | None:
    """The first paragraph that reads like a preamble, capped where the recitals begin."""
    window = min(len(text), PREAMBLE_WINDOW)
    for start, end in paragraphs(text, 0, window):
        if _preamble_score(text[start:end]) >= 5:
            stop = _RECITALS_START.search(text, start + 1, end)
            return start, stop.start() if stop and stop.start() > start + 40 else end
    return None


def _recitals(text: str, after: int, limit: int) -> Region | None:
    m = _RECITALS_START.search(text, after, min(limit, after + 20_000))
    if not m or m.start() - after > 3000:
        return None
    stop = _RECITALS_END.search(text, m.start(), limit)
    end = stop.start() if stop else min(limit, m.start() + 8000)
    return Region("recitals", m.start(), end)


_CONNECTOR_LINE = re.compile(r"^\s*(?:to|of|and|between|for|among|TO|OF|AND|BETWEEN|FOR)\s*$")


#: A numbered section's heading ("19.13 Waiver", "§ 4 Independence") is no document title.
_SECTION_NUMBER = re.compile(r"^\s*(?:§|\d+\.\d+|\d+\.\s|\(\w\)\s)")


def _is_heading_line(line: str) -> bool:
    return (
        len(line.strip()) <= 90
        and len(line.split()) <= 12
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and not _SECTION_NUMBER.match(line)
        and bool(_HEADING_WORDS.search(line))
    )


def heading_title(text: str, start: int, end: int, max_lines: int = 6) -> tuple[int, int] | None:
    """The span of the first heading after ``start`` (within ``3 * max_lines`` lines): one to
    four consecutive short lines that name a document ("AMENDED AND RESTATED REVOLVING CREDIT
    NOTE", "Amendment #4 / to / Convertible Promissory Note"); a longer block is prose (a
    legend), not a heading."""
    limit = start
    for _ in range(max_lines * 3):
        nl = text.find("\n", limit, end)
        if nl < 0:
            limit = end
            break
        limit = nl + 1
    spans = heading_spans(text, start, min(limit, end))
    return spans[0] if spans else None


def heading_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every heading of ``text[start:end]``: groups of one to four consecutive short lines that
    name a document, wherever they stand (after a legend, a page number, an exhibit label)."""
    out: list[tuple[int, int]] = []
    group: tuple[int, int] | None = None
    count = 0
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        line = text[pos:nl]
        blank = not line.strip() or _RULE_LINE.match(line) or line.strip() == "<PAGE>"
        if not blank and (_is_heading_line(line) or (group and _CONNECTOR_LINE.match(line))):
            s, e = _strip(text, pos, nl)
            group = (group[0], e) if group else (s, e)
            count += 1
        else:
            # a heading stands alone: prose right after it makes it a legend's first line
            if group and count <= 4 and blank:
                out.append(group)
            group, count = None, 0
        pos = nl + 1
    if group and count <= 4:
        out.append(group)
    return out


def _attachments(text: str, after: int) -> list[Region]:
    heads = list(_ATTACHMENT_HEADING.finditer(text, after))
    out: list[Region] = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        kind = m["kind"].lower()
        title = ""
        if m["rest"] and _HEADING_WORDS.search(m["rest"]):
            title = m["rest"].strip()
        else:
            ht = heading_title(text, m.end() + 1, min(end, m.end() + 800))
            if ht:
                title = " ".join(text[ht[0] : ht[1]].split())
        label = f"{m['kind'].upper()} {m['id']}"
        out.append(Region(kind, m.start(), end, label, title))
    return out


#: A signature block's first lines where no "IN WITNESS WHEREOF" announces it: "ATTEST:",
#: or a signature line ("By: /s/ ...", "By: ______") under the company's name.
_SIGNATURE_LINE = re.compile(r"(?m)^[ \t]*(?:ATTEST\s*:|By\s*:?[ \t\xa0]*(?:/[sS]/|_{3,}))")
#: How far above a "[Signature Page to ...]" footer its page's signature lines may begin.
_FOOTER_REACH = 6_000


def _signature_lines(text: str, start: int) -> re.Match[str] | None:
    """The first signature block of a document that has no witness clause (a note ending
    "ATTEST: ... By: /s/ ..."): the paragraph of its first signature line and the short
    paragraphs right above it (the company's name, a caption)."""
    line = _SIGNATURE_LINE.search(text, start)
    if line is None:
        return None
    top = text.rfind("\n\n", start, line.start())
    top = top + 2 if top >= 0 else line.start()
    for _ in range(3):
        end = top
        while end > start and text[end - 1].isspace():
            end -= 1
        above = text.rfind("\n\n", start, end)
        para = text[above + 2 if above >= 0 else start : end]
        lines = [ln for ln in para.splitlines() if ln.strip()]
        prose = len(para.split()) >= 8 and para.rstrip().endswith(".")
        if above < 0 or not lines or len(lines) > 4 or prose or any(len(ln) > 80 for ln in lines):
            break
        top = above + 2
    return re.compile(r"\S").search(text, top)


@lru_cache(maxsize=16)
def analyze(text: str) -> Structure:
    """Regions of one document text (cached: every extractor asks for the same text)."""
    pre = find_preamble(text)
    preamble = Region("preamble", *pre) if pre else None
    body_start = preamble.end if preamble else 0
    sig = _SIGNATURE_START.search(text, body_start)
    if sig is None or sig.group().startswith("["):
        # no witness clause: the blocks start at their first signature line, which a
        # "[Signature Page to ...]" footer (when there is one) closes
        lines = _signature_lines(text, body_start)
        if sig is None or (lines and 0 < sig.start() - lines.start() < _FOOTER_REACH):
            sig = lines or sig
    attachments = _attachments(text, sig.end()) if sig else []
    main_end = attachments[0].start if attachments else len(text)
    signatures = Region("signatures", sig.start(), main_end) if sig else None
    recitals = _recitals(text, preamble.end, sig.start() if sig else main_end) if preamble else None
    title_end = preamble.start if preamble else min(len(text), 2000)
    title_block = Region("title", 0, title_end) if title_end > 0 else None
    return Structure(title_block, preamble, recitals, signatures, tuple(attachments), main_end)
