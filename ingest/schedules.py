"""Rows of schedule tables: a name (often wrapped over several lines) and a quantity.

EDGAR schedules are column-aligned text: rows separated by rule lines ("-----"), the name
in the left column wrapped over lines, the number at the right ("Rockmore / Investment /
Master Fund, Ltd    144,219"). Without rule lines each line is a row, save a line blank
under the name that goes on with the row above in a column to its right (an address wrapped
in its column).

Only a *party list* yields parties: a schedule whose heading or column header names parties
("Lenders", "Commitments", "Name of Lender", "Holders") or that the text cites for a role
("opposite such Lender's name on Schedule A"). Pricing grids ("Applicable Margin", "Level
II"), definitions and numeric tables list terms, not parties, and their rows never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ingest.jurisdictions import US_STATES, alternation
from ingest.names import TERMINAL_SUFFIXES, clean_name, is_org_name, looks_like_person, words
from ingest.parties.not_names import only_roles
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.structure.regions import Region

_RULE = rule(
    "schedules.rule_line",
    r"^[\s\-_=+|]*[\-_=]{3,}[\s\-_=+|]*$",
    reads="a schedule's line: a rule line ('-----', a boxed table's '+-----+----+') between rows",
    matches=["--------------------", "  =====  =====  ", "___", "+----------+-------+", "|=====|"],
    rejects=["Lender   $1,000", "--", "| Acme Bank | $1,000 |"],
    mode="match",
)
#: A line of a converted table's SGML markup only ("<S>   <C>   <C>" under the column header,
#: "<CAPTION>", "</TABLE>"): layout the EDGAR conversion left, part of no row.
_MARKUP = rule(
    "schedules.markup_line",
    r"^[ \t]*(?:</?[A-Z]{1,8}>[ \t]*)+$",
    reads="a schedule's line: only table markup ('<S>  <C>  <C>'), never part of a row",
    matches=["<S>                      <C>             <C>", "  </TABLE>", "<CAPTION>"],
    rejects=["Acme Bank <S>   $5,000,000", "<S> Acme Bank", "$1,000 <C>"],
    mode="match",
)
_CELL = rule(
    "schedules.cell",
    r"[^\s|](?:[^|\n]*?[^\s|])?(?=\s*\||\s{2,}|\s*$)",
    reads="a schedule's line: each cell, its columns two spaces or more apart or between the "
    "bars of a boxed table",
    matches=[
        passage("Rockmore Investment    144,219", match="Rockmore Investment"),
        passage("   First Bank, N.A.   $25,000,000", match="First Bank, N.A."),
        passage(
            "| Aldmoor Capital Fund LP | 12 Main Street | $500,000 |",
            match="Aldmoor Capital Fund LP",
        ),
    ],
    rejects=["   ", "", "|    |    |"],
)
_NUMBER = rule(
    "schedules.number_cell",
    r"^\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^\$?\d+(?:\.\d+)?%?$",
    reads="a schedule's cell: a quantity (an amount, a count or a percentage)",
    matches=["144,219", "$25,000,000.00", "12.5%", "1000"],
    rejects=["Level II", "1,00", "N/A"],
    mode="match",
)
#: The city and state an address closes on, a cell of a schedule of lenders' addresses and
#: lending offices ("New Castle, Delaware  19720", "Chicago, IL  60603"): the five digits set
#: apart after it like a column are its ZIP code, no figure of the row (so the city is no
#: party).
_CITY_STATE = rule(
    "schedules.city_state_cell",
    r"^[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,3},[ \t]*(?:"
    + alternation(US_STATES)
    + r"|[A-Z]{2})$",
    reads="a schedule's cell: a city and its state, the close of an address before its ZIP code",
    matches=["New Castle, Delaware", "Winston-Salem, North Carolina", "Chicago, IL"],
    rejects=["Acme Capital, L.P.", "First Bank, N.A.", "Delaware Trust Company"],
    mode="match",
)
_ZIP = re.compile(r"\d{5}")


#: A currency sign aligned apart from its figure ("Ironwood LLC      $   500,000").
_SPACED_CURRENCY = rule(
    "schedules.spaced_currency",
    r"^(?:U\.?S\.?\s?)?\$\s+(?=\d)",
    reads="a schedule's cell: a currency sign set apart from its figure by spaces",
    matches=[passage("$  500,000", match="$  "), passage("U.S.$   75,000", match="U.S.$   ")],
    rejects=["$500", "Acme $ 5"],
    mode="match",
)
#: The series a figure buys, written after it in its cell ("$20,000,000 Series A"): a note
#: purchase agreement's schedule of purchasers gives each purchaser a figure per series.
_SERIES_LABEL = rule(
    "schedules.series_label",
    r"(?<=\d)\s+(?:of\s+)?\(?(?:Series|Tranche|Class)\s+[A-Z0-9]{1,3}\)?(?:\s+Notes?)?$",
    reads="a schedule's cell: the series label written after its figure",
    matches=[
        passage("$20,000,000 Series A", match=" Series A"),
        passage("$5,000,000 (Series B)", match=" (Series B)"),
        passage("$4,000,000 of Tranche C Notes", match=" of Tranche C Notes"),
    ],
    rejects=["Series A Preferred", "Fund Series A", "$20,000,000"],
)
#: An amount or percentage typed after a name with a single space ("Bank, N.A. $275,000,000").
_TRAILING_FIGURE = rule(
    "schedules.trailing_figure",
    r"(?:\s+\$?\d[\d,]*(?:\.\d+)?%?)+$",
    reads="a name cell: an amount typed after the name with a single space",
    matches=[
        passage("Bank, N.A. $275,000,000", match=" $275,000,000"),
        passage("Acme LLC 12.5%", match=" 12.5%"),
    ],
    rejects=["Acme Holdings LLC", "Fund II, L.P."],
)
#: Words of pricing grids, definitions and headings: a row made with one is not a name.
_TABLE_WORDS = rule(
    "schedules.table_words",
    r"(?i)\b(?:level|status|tier|category|margin|rate|ratio|usage|unused|percentage|percent"
    r"|fee|spread|pricing|applicable|average|maximum|minimum|leverage|coverage|total|amount"
    r"|commitments?|account|covenant|definitions?|construction|reference|attention|facility"
    r"|revolving|aggregate|basis|points|section|article|schedule|exhibit|lenders?|name)\b"
    r"|[%:\u201c\u201d\"]|^(?:and|of|a|an|the)\b|\b(?:of|and)$",
    reads="a table cell: words of pricing grids, definitions and headings, never a name",
    matches=[
        "Applicable Margin",
        "Level II Pricing",
        "Total Commitments",
        "Attention: Loan Operations",
        "and Company",
    ],
    rejects=["First National Bank of Omaha", "Rockmore Investment Master Fund, Ltd."],
)
#: Three digits in a row: a figure, an account or a date, never in a name.
_FIGURES = rule(
    "schedules.figures",
    r"\d{3,}",
    reads="a table cell: three digits in a row, never in a party's name",
    matches=["Account 12345", "Level 100"],
    rejects=["Rockmore Investment Master Fund, Ltd", "3M Company"],
)
#: Heading and column-header words that say a schedule lists parties, by the role listed.
#: A schedule's heading and column header name the role whose parties it lists.
_LISTED_ROLE: dict[str, re.Pattern[str]] = {
    "lender": rule(
        "schedules.lists_lenders",
        r"(?i)\b(?:lenders?|banks?|commitments?|name\s+of\s+(?:lender|bank))\b",
        reads="a schedule's heading and column header: it lists lenders",
        matches=["SCHEDULE 2.01 COMMITMENTS Lender Total Commitment", "Name of Bank"],
        rejects=["Lending Office"],
    ),
    "holder": rule(
        "schedules.lists_holders",
        r"(?i)\b(?:holders?|noteholders?|name\s+of\s+holder)\b",
        reads="a schedule's heading and column header: it lists holders",
        matches=["Schedule A Noteholders", "Name of Holder"],
        rejects=["Shareholder Agreement"],
    ),
    "purchaser": rule(
        "schedules.lists_purchasers",
        r"(?i)\b(?:purchasers?|name\s+of\s+purchaser)\b",
        reads="a schedule's heading and column header: it lists purchasers",
        matches=["Schedule of Purchasers", "Name of Purchaser"],
        rejects=["Purchase Price"],
    ),
    "investor": rule(
        "schedules.lists_investors",
        r"(?i)\b(?:investors?|name\s+of\s+investor)\b",
        reads="a schedule's heading and column header: it lists investors",
        matches=["SCHEDULE I INVESTORS"],
        rejects=["Investment Amount"],
    ),
    "buyer": rule(
        "schedules.lists_buyers",
        r"(?i)\b(?:buyers?|name\s+of\s+buyer)\b",
        reads="a schedule's heading and column header: it lists buyers",
        matches=["Schedule of Buyers"],
        rejects=["Buyout Price"],
    ),
    "subscriber": rule(
        "schedules.lists_subscribers",
        r"(?i)\b(?:subscribers?)\b",
        reads="a schedule's heading and column header: it lists subscribers",
        matches=["List of Subscribers"],
        rejects=["Subscription Amount"],
    ),
    "guarantor": rule(
        "schedules.lists_guarantors",
        r"(?i)\b(?:guarantors?)\b",
        reads="a schedule's heading and column header: it lists guarantors",
        matches=["Schedule 1 Subsidiary Guarantors"],
        rejects=["Guaranteed Obligations"],
    ),
    "borrower": rule(
        "schedules.lists_borrowers",
        r"(?i)\b(?:borrowers?)\b",
        reads="a schedule's heading and column header: it lists borrowers",
        matches=["Schedule of Borrowers"],
        rejects=["Borrowing Base"],
    ),
}
_HEADER_LINES = 8


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    name: str
    start: int
    end: int  # the row's span: name pieces and quantity
    quantity: float | None
    #: where the row's last line ends, its other columns (an address, a form) included: the
    #: text between two rows of one table is none of theirs
    line_end: int = 0


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


def _row(text: str, block: list[tuple[int, int]]) -> ScheduleRow | None:
    """A row's name and its first figure. The name is the first line's first cell and the
    cells under it on the lines below (a wrapped name, left-aligned or centred, starts before
    the first cell ends); a cell to its right is a column of its own ("Heron Bay Partners, L.P.
    <spaces> c/o Heron Bay GP LLC <spaces> $2,000,000": the purchaser's address)."""
    names: list[tuple[int, int]] = []
    qty: tuple[int, int, float] | None = None
    name_end: int | None = None  # the column where the first line's name cell ends
    for s, e in block:
        for m in _CELL.finditer(text, s, e):
            cell = _quantity_cell(m.group())
            if _NUMBER.match(cell):
                qty = qty or (m.start(), m.end(), float(cell.strip("$%").replace(",", "")))
            elif name_end is None or m.start() - s < name_end:
                name_end = m.end() - s if name_end is None else name_end
                names.append((m.start(), m.end()))
    if not names:
        return None
    name = clean_name(_TRAILING_FIGURE.sub("", " ".join(text[s:e] for s, e in names)))
    if not plausible_name(name):
        return None
    end = max(names[-1][1], qty[1] if qty else 0)
    return ScheduleRow(name, names[0][0], end, qty[2] if qty else None, block[-1][1])


def _quantity_cell(cell: str) -> str:
    """A cell as a figure would read: its currency sign joined, a series label after it cut."""
    return _SERIES_LABEL.sub("", _SPACED_CURRENCY.sub("$", cell))


def plausible_name(name: str) -> bool:
    """Whether a table cell reads as a legal name: an organisation with more than its suffix,
    or a person; never a cell made with pricing-grid, heading or column words."""
    if _TABLE_WORDS.search(name) or _FIGURES.search(name):
        return False
    if only_roles(name):
        # "Virginia corporation", "Delaware limited liability company": the cell of a column
        # of the parties' forms (a guarantors' schedule), a descriptor and no name
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
    return frozenset(role for role, pattern in _LISTED_ROLE.items() if pattern.search(head))


def cites_for_role(text: str, region: Region, role: str) -> bool:
    """Whether the text cites the schedule for parties of ``role``: "the Lenders listed on
    Schedule 1", "opposite such Lender's name on Schedule A"."""
    label = region.label.split(None, 1)
    if len(label) != 2:
        return False
    return role in _roles_citing(text, label[0].lower(), label[1])


#: a word (singular, possessive or not) at most 60 characters before a citation
_ROLE_BEFORE = rule(
    "schedules.role_before",
    r"(?i)\b([a-z]+?)s?(?:'s|\u2019s|s'|s\u2019)?\b(?=[^.;]{0,60}$)",
    reads="the words just before a schedule's citation: the role words ('Lender's name')",
    matches=[passage("Lenders' name ", match="Lenders"), "opposite such Lender\u2019s name "],
    rejects=["as set forth for each Lender; ", "12.5%, "],
)


@lru_cache(maxsize=256)
def _roles_citing(text: str, kind: str, ident: str) -> frozenset[str]:
    """The role words written just before each citation of one schedule ("Lender's name on
    Schedule 1"): the citations are found once, then each looked at, never the whole text
    once per role. Only the agreement's own text cites its schedules: a form attached after
    the signatures (a counsel's opinion addressed to "the Banks named on Schedule A attached
    hereto") cites a schedule of its own, never the agreement's Schedule A (which may list
    litigation)."""
    cite = re.compile(rf"(?i)\b(?:on|in)\s+{re.escape(kind)}\s+{re.escape(ident)}(?![\w.])")
    found: set[str] = set()
    for m in cite.finditer(text, 0, analyze(text).main_end):
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
        if _MARKUP.match(line):
            continue  # "<S>  <C>" between the header's rule and the first row joins no row
        if _RULE.match(line) or (not has_rules):
            if not has_rules and len(blocks) > 1 and _continues_row(text, blocks[-2], s, e):
                blocks[-2].append((s, e))
                continue
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
    if not has_rules and any(_has_figure(text, line) for b in rows_lines for line in b):
        # a purchasers' list with each purchaser's address under its row ("CENTENNIAL MUTUAL
        # LIFE INSURANCE COMPANY   $20,000,000 / 720 East Wisconsin Avenue / Milwaukee,
        # Wisconsin 53202"): without rule lines, the rows are the lines that state a figure
        # (a column of its own, or a sum closing the line); an address's zip code is none
        rows_lines = [b for b in rows_lines if not b or _states_figure(text, b[0])]
    rows = [_row(text, b) for b in rows_lines if b and len(b) <= _MAX_ROW_LINES]
    return tuple(r for r in rows if r is not None)


def _continues_row(text: str, block: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether the line ``[s, e)`` goes on with the row of ``block`` in a column to the right
    of its name: the line right below it, blank where the name column is, as an address
    column wraps ("Brackwater Logistics, LLC   Delaware   4100 Ferris Road, Suite 200" over
    "<spaces> Toledo, Ohio 43612"). Such a line is no row of its own (the city is no party)."""
    if not block or not text[s:e].strip() or text[block[-1][1] : s] != "\n":
        return False
    first = _CELL.search(text, *block[0])
    indent = len(text[s:e]) - len(text[s:e].lstrip())
    return first is not None and indent >= first.end() - block[0][0]


#: a sum of money closing a line ("River Capital Partners, L.P. $20,000,000", a "$" set apart:
#: "Ironwood Partners LLC   $  500,000"), or with the series it buys ("$20,000,000 Series A")
_CLOSING_SUM = re.compile(
    r"\$\s*\d[\d,]*(?:\.\d+)?(?:\s+(?:of\s+)?\(?(?:Series|Tranche|Class)\s+[A-Z0-9]{1,3}\)?"
    r"(?:\s+Notes?)?)?\s*$"
)


def _states_figure(text: str, line: tuple[int, int]) -> bool:
    return _has_figure(text, line) or bool(_CLOSING_SUM.search(text[line[0] : line[1]]))


def _has_figure(text: str, line: tuple[int, int]) -> bool:
    cells = [m.group() for m in _CELL.finditer(text, *line)]
    return len(cells) >= 2 and any(
        _NUMBER.match(_quantity_cell(c)) and not _zip_code(before, c)
        for before, c in pairwise(cells)
    )


def _zip_code(before: str, cell: str) -> bool:
    """Whether ``cell`` is the ZIP code closing the address of the cell before it."""
    return bool(_ZIP.fullmatch(cell) and _CITY_STATE.match(before))


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
        prev = max(row.end, row.line_end)
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
