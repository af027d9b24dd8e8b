"""Rows of schedule tables: a name (often wrapped over several lines) and a quantity.

EDGAR schedules are column-aligned text: rows separated by rule lines ("-----"), the name
in the left column wrapped over lines, the number at the right ("Rockmore / Investment /
Master Fund, Ltd    144,219"). Without rule lines each line is a row.

Only a *party list* yields parties: a schedule whose heading or column header names parties
("Lenders", "Commitments", "Name of Lender", "Holders") or that the text cites for a role
("opposite such Lender's name on Schedule A"). Pricing grids ("Applicable Margin", "Level
II"), definitions and numeric tables list terms, not parties, and their rows never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.names import TERMINAL_SUFFIXES, clean_name, is_org_name, looks_like_person, words
from ingest.structure import Region

_RULE = re.compile(r"^[\s\-_=]*[\-_=]{3,}[\s\-_=]*$")
_CELL = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")
_NUMBER = re.compile(r"^\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^\$?\d+(?:\.\d+)?%?$")
#: An amount or percentage typed after a name with a single space ("Bank, N.A. $275,000,000").
_TRAILING_FIGURE = re.compile(r"(?:\s+\$?\d[\d,]*(?:\.\d+)?%?)+$")
#: Words of pricing grids, definitions and headings: a row made with one is not a name.
_TABLE_WORDS = re.compile(
    r"(?i)\b(?:level|status|tier|category|margin|rate|ratio|usage|unused|percentage|percent"
    r"|fee|spread|pricing|applicable|average|maximum|minimum|leverage|coverage|total|amount"
    r"|commitments?|account|covenant|definitions?|construction|reference|attention|facility"
    r"|revolving|aggregate|basis|points|section|article|schedule|exhibit|lenders?|name)\b"
    r"|[%:\u201c\u201d\"]|^(?:and|of|a|an|the)\b|\b(?:of|and)$"
)
#: Heading and column-header words that say a schedule lists parties, by the role listed.
_LISTED_ROLE = {
    "lender": r"lenders?|banks?|commitments?|name\s+of\s+(?:lender|bank)",
    "holder": r"holders?|noteholders?|name\s+of\s+holder",
    "purchaser": r"purchasers?|name\s+of\s+purchaser",
    "investor": r"investors?|name\s+of\s+investor",
    "buyer": r"buyers?|name\s+of\s+buyer",
    "subscriber": r"subscribers?",
    "guarantor": r"guarantors?",
    "borrower": r"borrowers?",
}
_HEADER_LINES = 8


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
                qty = qty or (m.start(), m.end(), float(cell.strip("$%").replace(",", "")))
            else:
                names.append((m.start(), m.end()))
    if not names:
        return None
    name = clean_name(_TRAILING_FIGURE.sub("", " ".join(text[s:e] for s, e in names)))
    if not plausible_name(name):
        return None
    end = max(names[-1][1], qty[1] if qty else 0)
    return ScheduleRow(name, names[0][0], end, qty[2] if qty else None)


def plausible_name(name: str) -> bool:
    """Whether a table cell reads as a legal name: an organisation with more than its suffix,
    or a person; never a cell made with pricing-grid, heading or column words."""
    if _TABLE_WORDS.search(name) or re.search(r"\d{3,}", name):
        return False
    if is_org_name(name):
        return sum(1 for w in words(name) if w not in TERMINAL_SUFFIXES) >= 1
    return looks_like_person(name)


def _header(text: str, region: Region) -> str:
    """The schedule's heading and column header: its first lines before a row of a name."""
    out: list[str] = [region.title]
    for s, e in _lines(text, region.start, min(region.end, region.start + 2_000))[:_HEADER_LINES]:
        line = " ".join(text[s:e].split())
        if not line or _RULE.match(line):
            continue
        first = _CELL.match(line)
        if first and plausible_name(clean_name(_TRAILING_FIGURE.sub("", first.group()))):
            break
        out.append(line)
    return " ".join(out)


def listed_roles(text: str, region: Region) -> frozenset[str]:
    """Roles whose parties the schedule lists, by its heading or column header
    ("SCHEDULE 2.01 / COMMITMENTS / Lender  Total Commitment" lists lenders)."""
    head = _header(text, region)
    return frozenset(
        role
        for role, words_re in _LISTED_ROLE.items()
        if re.search(rf"(?i)\b(?:{words_re})\b", head)
    )


def cites_for_role(text: str, region: Region, role: str) -> bool:
    """Whether the text cites the schedule for parties of ``role``: "the Lenders listed on
    Schedule 1", "opposite such Lender's name on Schedule A"."""
    label = region.label.split(None, 1)
    if len(label) != 2:
        return False
    return role in _roles_citing(text, label[0].lower(), label[1])


#: a word (singular, possessive or not) at most 60 characters before a citation
_ROLE_BEFORE = re.compile(r"(?i)\b([a-z]+?)s?(?:'s|\u2019s|s'|s\u2019)?\b(?=[^.;]{0,60}$)")


@lru_cache(maxsize=256)
def _roles_citing(text: str, kind: str, ident: str) -> frozenset[str]:
    """The role words written just before each citation of one schedule ("Lender's name on
    Schedule 1"): the citations are found once, then each looked at, never the whole text
    once per role."""
    cite = re.compile(rf"(?i)\b(?:on|in)\s+{re.escape(kind)}\s+{re.escape(ident)}(?![\w.])")
    found: set[str] = set()
    for m in cite.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        found.update(w.lower() for w in _ROLE_BEFORE.findall(before))
    return frozenset(found)


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
    # rules only above and below a table: when every line of a block carries its own figure,
    # each line is a row (a wrapped name has its figure on one line only)
    rows_lines = [
        row
        for b in blocks
        for row in (
            [[line] for line in b]
            if len(b) > 1 and all(_has_figure(text, line) for line in b)
            else [b]
        )
    ]
    rows = [_row(text, b) for b in rows_lines if b and len(b) <= _MAX_ROW_LINES]
    return tuple(r for r in rows if r is not None)


def _has_figure(text: str, line: tuple[int, int]) -> bool:
    cells = [m.group() for m in _CELL.finditer(text, *line)]
    return len(cells) >= 2 and any(_NUMBER.match(c) for c in cells[1:])


def party_rows(text: str, region: Region, role: str) -> tuple[ScheduleRow, ...]:
    """The rows of a schedule that list parties of ``role`` (lower case, singular).

    The schedule must list that role (heading or column header) or be cited for it. Within a
    schedule of several tables ("Agent's Bank: ... / Lenders  Revolving Loan Commitment ..."),
    when some table's column header names the role only that table's rows count."""
    if role not in listed_roles(text, region) and not cites_for_role(text, region, role):
        return ()
    runs: list[tuple[str, list[ScheduleRow]]] = []
    prev = _first_line_end(text, region)
    for row in schedule_rows(text, region):
        between = text[prev : row.start]
        if not runs or re.search(r"[A-Za-z]", between):
            runs.append((between, []))
        runs[-1][1].append(row)
        prev = row.end
    headed = [rows for header, rows in runs if _column_header(header, role)]
    chosen = headed or [rows for _, rows in runs]
    return tuple(r for rows in chosen for r in rows)


def _first_line_end(text: str, region: Region) -> int:
    nl = text.find("\n", region.start, region.end)
    return region.end if nl < 0 else nl


def _column_header(between: str, role: str) -> bool:
    """Whether one of the last lines before a table is a column header naming the role first
    ("Lenders   Revolving Loan Commitment", "Name of Lender"); not "Agent's Bank: ..."."""
    lines = [ln for ln in between.splitlines() if ln.strip() and not _RULE.match(ln)]
    words_re = rf"{re.escape(role)}s?" + ("|banks?" if role == "lender" else "")
    header = re.compile(rf"(?i)^\s*(?:name\s+of\s+(?:the\s+)?)?(?:{words_re})\b(?!\s*[:'\u2019])")
    return any(header.match(ln) for ln in lines[-2:])
