"""Rows of schedule tables: a name (often wrapped over several lines) and a quantity.

EDGAR schedules are column-aligned text: rows separated by rule lines ("-----"), the name
in the left column wrapped over lines, the number at the right ("Rockmore / Investment /
Master Fund, Ltd    144,219"). Without rule lines each line is a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.names import clean_name, is_org_name, looks_like_person
from ingest.structure import Region

_RULE = re.compile(r"^[\s\-_=]*[\-_=]{3,}[\s\-_=]*$")
_CELL = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")
_NUMBER = re.compile(r"^\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\$?\d+(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    name: str
    start: int
    end: int  # the row's span: name pieces and quantity
    quantity: float | None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


def _row(text: str, block: list[tuple[int, int]]) -> ScheduleRow | None:
    names: list[tuple[int, int]] = []
    qty: tuple[int, int, float] | None = None
    for s, e in block:
        for m in _CELL.finditer(text, s, e):
            cell = m.group()
            if _NUMBER.match(cell):
                qty = qty or (m.start(), m.end(), float(cell.strip("$").replace(",", "")))
            else:
                names.append((m.start(), m.end()))
    if not names:
        return None
    name = clean_name(" ".join(text[s:e] for s, e in names))
    if not (is_org_name(name) or looks_like_person(name)):
        return None
    end = max(names[-1][1], qty[1] if qty else 0)
    return ScheduleRow(name, names[0][0], end, qty[2] if qty else None)


#: A party table is short; beyond this a "schedule" is prose or a long form.
SCHEDULE_WINDOW = 20_000
_MAX_ROW_LINES = 8


@lru_cache(maxsize=64)
def schedule_rows(text: str, region: Region) -> tuple[ScheduleRow, ...]:
    """Rows naming a party in one schedule, in order (cached per text and region)."""
    lines = _lines(text, region.start, min(region.end, region.start + SCHEDULE_WINDOW))
    has_rules = sum(1 for s, e in lines if _RULE.match(text[s:e])) >= 2
    blocks: list[list[tuple[int, int]]] = [[]]
    for s, e in lines[1:]:
        line = text[s:e]
        if _RULE.match(line) or (not has_rules):
            if blocks[-1]:
                blocks.append([])
            if not has_rules and line.strip():
                blocks[-1].append((s, e))
                blocks.append([])
            continue
        if line.strip():
            blocks[-1].append((s, e))
    rows = [_row(text, b) for b in blocks if b and len(b) <= _MAX_ROW_LINES]
    return tuple(r for r in rows if r is not None)
