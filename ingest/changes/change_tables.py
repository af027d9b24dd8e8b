"""A table of changes: "The following provisions of the Loan Agreement are amended as set forth
in the table below:" over a header ("Section | Existing Text | Amended Text") and one row per
provision, its new words in the column the header names as amended. Each row is one change
of that provision in part (``amend``), its new wording the cell.

Vocabulary:
- *lead-in*: the sentence that announces the table and names the agreement it changes.
- *header*: the line whose first cell names provisions ("Section", "Provision", "Provision of
  Lease") and one of whose later cells names the new words ("Amended Text", "New", "As
  Amended").
- *rule line*: a line of rules only ("|------|------|", "-----  -----"), under the header or
  between rows: no row, and no end of the table.
- *row*: a line that opens with a provision's number (and maybe its heading in parentheses),
  its cells parted by two spaces, a tab or a rule "|"; the table ends at the first line that
  is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.rules import passage, rule

_LEAD = rule(
    "changes.table_lead",
    r"(?i)\b(?:amended|modified|changed|revised)\b[^.:;]{0,60}?\b(?:in|on|by)\s+(?:the\s+)?"
    # (and what the columns mean: "..., in each case by deleting the existing text appearing
    # in the provision indicated and substituting therefor the amended text:")
    r"(?:following\s+)?(?:table|chart)\b(?:\s+(?:below|set\s+forth\s+below|hereto))?[^.:;\n]{0,160}:"
    # "The provisions listed in the left column below are amended to read as set out opposite
    # them in the right column:", "amended by replacing the provisions listed below with the
    # text shown against them:": a table named by what stands beside each provision
    r"|\b(?:amended|modified|changed|revised)\b[^.:;,]{0,80}?\b(?:set\s+out|set\s+forth"
    r"|shown|stated)\s+(?:opposite|against)\s+(?:them|each|it)\b[^.:;\n]{0,60}:",
    reads="an amendment's operative section: the lead-in of a table of changes",
    matches=[
        "The following provisions of the Loan Agreement are amended as set forth in the table "
        "below:",
        "the Agreement is modified as shown in the following table:",
        "The Credit Agreement is amended as set forth in the table below, in each case by "
        "deleting the existing text appearing in the provision indicated and substituting "
        "therefor the amended text:",
        "the Lease is revised as shown in the chart below, the words in the column headed "
        "New Text taking the place of those in the column headed Old Text:",
        "The provisions of the Lease listed in the left column below are amended to read as set "
        "out opposite them in the right column:",
        "the following sections are modified as shown opposite each in the second column:",
        "The Lease is amended by replacing the provisions listed below with the text shown "
        "against them:",
    ],
    rejects=[
        "Section 6.1 is amended by replacing the table therein with the following:",
        "as amended from time to time, and the table below shows:",
        "as amended from time to time, the amounts set out opposite each Lender's name in the "
        "column headed Commitment:",
    ],
)
#: The agreement the lead-in names: "provisions of the Loan Agreement".
_LEAD_AGREEMENT = rule(
    "changes.table_lead_agreement",
    r"\b(?:of|to|in)\s+(?:the\s+)?(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}?)\s+"
    r"(?:are|is|shall\s+be)\b",
    reads="the lead-in of a table of changes: the agreement its rows change",
    matches=[
        passage("The following provisions of the Loan Agreement are amended", name="Loan Agreement")
    ],
    rejects=["the following provisions are amended"],
)
_HEADER = rule(
    "changes.table_header",
    r"(?im)^[ \t|]*(?:Section|Provision|Clause|Paragraph|Reference)s?(?:\s+No\.)?"
    # ("Provision of Lease", "Section of the Agreement": the agreement in the heading)
    r"(?:[ \t](?:of|in)[ \t](?:the[ \t])?[A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*){0,3})?"
    r"(?:[ \t]{2,}|\t|[ \t]*\|)[^\n]*\b(?:Amended|New|Revised|Restated|Replacement)\b[^\n]*$",
    reads="the first line of a table of changes: its column headings",
    matches=[
        "Section        Existing Text        Amended Text",
        "| Provision | Current | New Text |",
        "Provision of Lease       Existing        As Amended",
    ],
    rejects=["Section 6.1   New Covenants", "Amended Text        Section"],
)
_ROW = rule(
    "changes.table_row",
    r"[ \t|]*(?:Section\s+)?(?P<num>\d{1,2}(?:\.\d{1,3})*[A-Z]?(?:\([a-zA-Z0-9]{1,4}\))*)\.?"
    # ("Section 3.1 (Base Rent)": the provision's heading in the first cell, which may fill
    # its column to one space before the next cell, then two more cells)
    r"(?:[ \t]\([A-Z][^()\n]{0,40}\)(?:[ \t](?=\S[^\n]*?(?:[ \t]{2,}|\t|\|)\S))?)?"
    r"(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*|(?<=[ \t]))\S[^\n]*",
    reads="a row of a table of changes: the provision's number, then its cells",
    matches=[
        passage("6.1(a)         3.00 to 1.00         3.50 to 1.00", num="6.1(a)"),
        passage("| Section 7.2 | $1,000,000 | $2,000,000 |", num="7.2"),
        passage("Section 4.2 (Expiration Date)   July 31, 2014    July 31, 2019", num="4.2"),
        passage("Section 4.2 (Expiration Date) July 31, 2014      July 31, 2019", num="4.2"),
    ],
    rejects=[
        "6.1 The Borrower shall not permit",
        "2010        2011",
        "4.2 (Expiration Date) shall be July 31, 2019",
    ],
    mode="fullmatch",
)
_RULE_LINE = rule(
    "changes.table_rule_line",
    r"[ \t]*[|+]?[ \t]*[-=:]{3,}[-=:|+ \t]*",
    reads="a table of changes, under its header or between its rows: a line of rules only",
    matches=["|---------|:--------|----------|", "--------   --------", "+=====+=====+"],
    rejects=["| 3.1 | $24.50 | $26.00 |", "6.1(a)   3.00 to 1.00   3.50 to 1.00", "--"],
    mode="fullmatch",
)
_TO_READ = re.compile(r"(?i)\bto\s+read\b")
#: One cell: words parted by single spaces, between runs of two spaces, tabs or rules.
_CELL = re.compile(r"[^\s|]+(?:[ ][^\s|]+)*")
_LEAD_REACH = 400


@dataclass(frozen=True, slots=True)
class TableChange:
    section: str
    section_span: tuple[int, int]
    lead: tuple[int, int]  # the lead-in: the evidence of the change
    new_text: tuple[int, int] | None
    agreement_name: str | None
    #: the lead-in says the provisions are "amended to read as" the rows give them: restated
    restated: bool = False


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def table_changes(text: str, start: int, end: int) -> list[TableChange]:
    """The rows of every table of changes between ``start`` and ``end``."""
    out: list[TableChange] = []
    for lead in _LEAD.finditer(text, start, end):
        sentence = text.rfind("\n\n", max(start, lead.start() - _LEAD_REACH), lead.start())
        named = _LEAD_AGREEMENT.search(text, max(start, sentence), lead.end())
        name = named["name"] if named else None
        header = _HEADER.search(text, lead.end(), min(end, lead.end() + _LEAD_REACH))
        if header is None or text[lead.end() : header.start()].strip():
            continue
        heads = [m.group() for m in _CELL.finditer(header.group())]
        col = next(
            (
                i
                for i, h in reversed(list(enumerate(heads)))
                if re.search(r"(?i)\b(?:amended|new|revised|restated|replacement)\b", h)
            ),
            len(heads) - 1,
        )
        restated = bool(_TO_READ.search(lead.group()))
        columns = [m.start() for m in _CELL.finditer(header.group())]
        seen_row = after_blank = False
        for s, e in _lines(text, header.end() + 1, end):
            if not text[s:e].strip():
                after_blank = seen_row
                continue
            if after_blank and not _aligned(text, s, e, columns):
                break  # past the table: a paragraph after a blank line
            if _RULE_LINE.fullmatch(text, s, e):
                continue
            row = _ROW.fullmatch(text, s, e)
            if row is None:
                break
            seen_row = True
            cells = [(m.start(), m.end()) for m in _CELL.finditer(text, s, e)]
            cell = cells[col] if len(cells) == len(heads) else cells[-1]
            span = (row.start("num"), row.end("num"))
            new = cell if cell[0] >= row.end("num") else None
            out.append(
                TableChange(row["num"], span, (lead.start(), lead.end()), new, name, restated)
            )
    return out


def _aligned(text: str, s: int, e: int, columns: list[int]) -> bool:
    """Whether the line ``s``-``e`` has the header's cells, each starting in its column: a row
    of a table whose rows are parted by blank lines, not a paragraph after the table."""
    starts = [m.start() - s for m in _CELL.finditer(text, s, e)]
    return len(starts) == len(columns) and all(
        abs(a - b) <= 1 for a, b in zip(starts, columns, strict=True)
    )
