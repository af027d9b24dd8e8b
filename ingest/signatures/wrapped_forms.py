"""A bank's name cut before its corporate form on a signature page: "WELLS FARGO BANK," at the
end of one line (often the right column of a two-column page) and "NATIONAL ASSOCIATION" at
the start of the next, its indentation lost. The block reader sees two names, a bank without
its form and a form without a bank; both are the one bank, "WELLS FARGO BANK, NATIONAL
ASSOCIATION". So is a name whose last word ("CORPORATION", "AGENCY", "GIROZENTRALE") went
alone onto the line below.
"""

from __future__ import annotations

import re

from ingest.signatures.fields import suffixed

#: a corporate form standing alone on its line: the tail of a wrapped bank's name
_FORM_LINE = re.compile(r"(?i)^[ \t]*(?P<form>national\s+association|n\.\s?a\.)[ \t]*,?[ \t]*$")
#: the head left at a line's end: the last column's capitalised words ending in "," or "."
_HEAD = re.compile(r"(?P<head>[A-Z][A-Za-z0-9&'.-]*(?:[ ][A-Za-z0-9&'.,-]+){0,6}?)[,.]")
#: after a block company's name: the rest of its line (", LOS ANGELES", capitals only) and, on
#: the next line directly below, a last word that can only end a name
_CUT_TAIL = re.compile(
    r"(?P<rest>(?:,?[ ][A-Z][A-Z&'.-]*)*)[ \t]*\n[ \t]*"
    r"(?P<word>CORPORATION|AGENCY|BRANCH|GIROZENTRALE)[ \t]*,?[ \t]*(?=\n|$)"
)
#: a name that is only a corporate form
FORM_ONLY = re.compile(r"(?i)^\s*(?:national\s+association|n\.\s?a\.?)\s*,?\s*$")


def completed_name(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The whole name of a block's company cut at a line's end before its form (the head) or
    reduced to the form on the next line (the tail), with its span from the head to the form;
    the name and span unchanged otherwise."""
    if FORM_ONLY.match(name):
        head = _head_above(text, start)
        if head is None:
            return name, start, end
        hs, he = head
        return _joined(text[hs:he], text[start:end]), hs, end
    after = re.match(r"[,.]?[ \t]*\n(?:[ \t]*\n)?(?P<line>[^\n]*)", text[end : end + 200])
    # a name its form closes already ("FIRST FIDELITY BANK, N.A.") takes none from below: a
    # right column's, the form under it is the tail of the left column's name
    if after and not suffixed(name) and (form := _FORM_LINE.match(after["line"])):
        tail_end = end + after.start("line") + form.end("form")
        return _joined(name, form["form"]), start, tail_end
    # "THE MITSUBISHI TRUST AND BANKING" / "CORPORATION", "THE FUJI BANK, LIMITED, LOS
    # ANGELES" / "AGENCY": the rest of the line and a last word alone on the line below
    cut = _CUT_TAIL.match(text, end)
    if cut and not name.rstrip().endswith((",", ".")):
        whole = " ".join(f"{text[start : cut.end('rest')]} {cut['word']}".split())
        return whole, start, cut.end("word")
    return name, start, end


def _joined(head: str, form: str) -> str:
    return f"{head.strip().rstrip(',.').strip()}, {' '.join(form.split())}"


def _head_above(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the head of a name on the line with text above ``pos`` (one blank line
    between at most), ending that line with "," or "."."""
    line_start = text.rfind("\n", 0, pos) + 1
    # the form opens its line, or ends a line whose other column holds another company; then
    # the head stands alone on the line above ("WELLS FARGO BANK," / "ACME INC.   NATIONAL
    # ASSOCIATION")
    alone = bool(text[line_start:pos].strip())
    above_end = line_start - 1
    for _ in range(2):
        if above_end <= 0:
            return None
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end]
        if line.strip():
            # the last column: after a run of spaces or a tab
            col = -1 if alone else max(line.rfind("\t"), _last_gap(line))
            seg_start = above_start + col + 1 if col >= 0 else above_start
            segment = text[seg_start:above_end]
            m = _HEAD.fullmatch(segment.strip())
            # a name's words, every one capitalised ("The bank signs below." is prose)
            if m is None or not all(
                w[:1].isupper() or w[:1].isdigit() or w == "&" for w in m["head"].split()
            ):
                return None
            at = seg_start + len(segment) - len(segment.lstrip())
            return at + m.start("head"), at + m.end("head")
        above_end = above_start - 1
    return None


def _last_gap(line: str) -> int:
    gaps = [m.end() - 1 for m in re.finditer(r" {3,}", line.rstrip())]
    return gaps[-1] if gaps else -1
