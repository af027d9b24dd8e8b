"""The signature region cut into fields, column by column: EDGAR's two side-by-side columns
read as two, a flattened page split before "By:", "Name:" and "Title:", a label and its value
kept together, and the captions a column may be headed by. The block reader then reads each
column top to bottom.
"""

from __future__ import annotations

import re

from ingest.names import is_org_name
from ingest.rules import passage, rule
from ingest.signatures.commitment_columns import without_commitment_column
from ingest.signatures.company_lines import NOT_COMPANY_LINE
from ingest.signatures.fields import BY_LINE, CONFORMED_MARK, FIELD, PAGE_MARK, TITLE, Field
from ingest.signatures.seal_marks import SEAL_MARK
from ingest.signatures.witnesses import witness_caption
from ingest.signatures.wrapped_columns import continued_column, name_tail

#: ", by: / s / Oliver Kemp": blocks run together in one paragraph, each company's name, a comma
#: and a lower-case "by:" before the signature (never "signed by: the Borrower", "made by:").
_RUN_ON_BY = rule(
    "signatures.run_on_by",
    rf"(?<=,\s)by\s*:\s*{CONFORMED_MARK}",
    reads="a signature page flattened into one paragraph: a lower-case 'by:' after the comma "
    "that ends a company's name, before a conformed signature",
    matches=[
        passage("Capstone Savings Bank, by: / s / Oliver Kemp", match="by: / s /"),
        passage("NORTHMARK BANK, as Agent, by: /s/ Alice Brandt", match="by: /s/"),
    ],
    rejects=[
        "Capstone Savings Bank by: /s/ Oliver Kemp",
        "executed, by: the Borrower",
        "a copy signed by: / the Agent",
    ],
)
_FIELD_BREAK = re.compile(
    rf"(?={_RUN_ON_BY.pattern}|"
    r"\bBy\s*[:_]|\bBy\s+/s/|\b(?:Print(?:ed)?\s+)?Name\s*:|\bTitle\s*:|\bIts\s*:|\[Signature\s+Page"
    r"|\b(?:Address|Attention|Attn|E-?mail|Facsimile|Fax|Telephone|Phone)\s*:)"
)


#: A cell: text up to four spaces, the line's end, or a tab after a column heading
#: ("COMMITMENTS<tab>ACME BANK": the heading of a column of amounts beside the lenders' blocks).
_CELL = re.compile(
    r"\S(?:.*?\S)?(?=\s{4,}|(?:(?<=COMMITMENTS)|(?<=Commitments))[ \xa0]*\t\s*|\s*$)"
)


#: "HOLDINGS:", "AGENT AND LENDER:": a caption in capitals (a role or a defined term).
_CAPTION_CELL = re.compile(r"[A-Z][A-Z&\-]*(?:[ \t]+[A-Z&][A-Z&\-]*){0,3}[ \t]*:[ \t]*$")


#: A cell beside a company's name that makes no column of its own: its caption ("BORROWER:"),
#: its commitment ("$37,500,000.00") or its share of the commitments ("22.5%").
_SIDE_CELL = re.compile(rf"{_CAPTION_CELL.pattern}|\$?[ \t]*\d[\d,]*(?:\.\d+)?[ \t]*%?[ \t]*$")


def ends_notice(t: str) -> bool:
    """A line no notice paragraph holds: a block's field, a page mark, a commitment, or the
    next company's name in capitals."""
    return bool(
        FIELD.match(t)
        or PAGE_MARK.match(t)
        or t.startswith(("$", "<PAGE>"))
        or (t.isupper() and is_org_name(t))
    )


def written_caption(t: str) -> str | None:
    """ "HOLDINGS:" -> "Holdings", "LENDERS AND VOTING PARTICIPANTS:": a caption in capitals
    that names no role word, read as written."""
    if not _CAPTION_CELL.fullmatch(t) or NOT_COMPANY_LINE.search(t) or len(t) > 40:
        return None
    if re.match(r"(?i)(?:title|name|by|its|shipping|billing|phone|fax|e-?mail)\b", t):
        return None  # "TITLE:", "NAME:": a block's field in capitals
    return " ".join(w.lower() if w == "AND" else w.capitalize() for w in t.rstrip(" :").split())


def read_columns(text: str, start: int, end: int) -> list[list[Field]]:
    """Fields of each column, top to bottom (one column unless lines split in two)."""
    lines: list[list[tuple[int, int, int]]] = []  # per line: (column offset, start, end)
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        lines.append(
            [
                (m.start() - pos, m.start(), m.end())
                for m in _CELL.finditer(text, pos, nl)
                if not SEAL_MARK.fullmatch(m.group())  # "(SEAL)" beside a block: no column
            ]
        )
        pos = nl + 1
    # "BORROWER:      ACME, INC.": a caption beside its company is one column, not two
    lines = [_joined_label(text, ln) for ln in lines]
    # "Revolving Credit / Commitment  $25,000,000" beside the names: no column of blocks
    lines = [without_commitment_column(text, ln) for ln in lines]
    # ("BORROWER:      LENDER:": two captions side by side head two columns, and "ATTEST:"
    # beside a company heads the witness's column on the left, not the company's)
    captioned = [
        len(ln) == 2
        and bool(_SIDE_CELL.match(text, ln[0][1], ln[0][2]))
        and not _CAPTION_CELL.fullmatch(text, ln[1][1], ln[1][2])
        and not witness_caption(text[ln[0][1] : ln[0][2]])
        for ln in lines
    ]
    # ("SIGNATURE PAGE 58      -58-": a footer's page number beside it splits no column)
    split_cols = [
        line[1][0]
        for line, cap in zip(lines, captioned, strict=True)
        if len(line) >= 2
        and line[1][0] >= 30
        and not cap
        and not PAGE_MARK.match(text[line[1][1] : line[1][2]])
    ]
    mid = min(split_cols) if len(split_cols) >= 2 else 10**9
    paired = any(_paired_fields(text, line) for line in lines)
    if _right_starts_with_field(text, lines, captioned, mid, paired):
        mid = 10**9
    cols: list[list[Field]] = [[], []]
    held: list[Field] = []  # a "By:" beside its company's name, read after the name's tail
    right_captioned = False
    for i, (line, cap) in enumerate(zip(lines, captioned, strict=True)):
        if paired and _by_beside_name(text, line):
            cols[0].extend(_split_fields(text, line[0][1], line[0][2]))
            held = _split_fields(text, line[1][1], line[1][2])
            if not _left_tail(text, lines, i + 1, mid):
                cols[0].extend(held)
                held = []
            continue
        for col, s, e in line:
            right = (col >= mid - 2 and not cap) or _right_tail(text, lines, i, mid)
            cols[1 if right else 0].extend(_split_fields(text, s, e))
            right_captioned = right_captioned or (
                right and bool(_CAPTION_CELL.fullmatch(text, s, e))
            )
        if right_captioned and _lone_caption(text, line, mid):
            # "LOAN PARTIES:" alone over a page of two columns heads both: the right column's
            # caption above ("LENDER:") ends there
            cols[1].extend(_split_fields(text, line[0][1], line[0][2]))
        if held:
            cols[0].extend(held)
            held = []
    return [c for c in cols if c]


def _lone_caption(text: str, line: list[tuple[int, int, int]], mid: int) -> bool:
    """Whether the line is a caption alone at the left margin of a page in two columns (no
    cell at the right beside it)."""
    return (
        mid < 10**9
        and len(line) == 1
        and line[0][0] < mid - 2
        and bool(_CAPTION_CELL.fullmatch(text, line[0][1], line[0][2]))
    )


def _paired_fields(text: str, line: list[tuple[int, int, int]]) -> bool:
    """ "By:_____      By:_____": two blocks' fields side by side, the page is in two columns."""
    return len(line) == 2 and all(FIELD.match(text[s:e]) for _, s, e in line)


def _by_beside_name(text: str, line: list[tuple[int, int, int]]) -> bool:
    """ "THE CHASE MANHATTAN      By:_____": on a page of two columns, a block's "By:" typed
    beside its own company's name (the name wrapping below it), not a second column."""
    return (
        len(line) == 2
        and not FIELD.match(text[line[0][1] : line[0][2]])
        and bool(re.match(r"(?:By|BY)\b", text[line[1][1] : line[1][2]]))
        and (is_org_name(name := text[line[0][1] : line[0][2]]) or name_tail(name))
    )


def _left_tail(text: str, lines: list[list[tuple[int, int, int]]], i: int, mid: int) -> bool:
    """Whether line ``i`` is one cell at the left margin that ends the name above it ("BANK"
    under "THE CHASE MANHATTAN      By:_____")."""
    if i >= len(lines) or len(lines[i]) != 1 or lines[i][0][0] >= mid - 2:
        return False
    _, s, e = lines[i][0]
    return not FIELD.match(text[s:e]) and name_tail(text[s:e])


def _right_tail(text: str, lines: list[list[tuple[int, int, int]]], i: int, mid: int) -> bool:
    """Whether line ``i``, one cell at the left margin right under two names side by side, is
    the right name's tail (:mod:`ingest.signatures.wrapped_columns`), or under such a tail
    left open ("THE LONG-TERM CREDIT BANK" / "OF JAPAN, LIMITED," / "NEW YORK BRANCH")."""
    if i == 0 or len(lines[i]) != 1 or lines[i][0][0] >= mid - 2:
        return False
    if len(lines[i - 1]) == 1:
        _, ps, pe = lines[i - 1][0]
        return (
            text[ps:pe].rstrip().endswith(",")
            and name_tail(text[lines[i][0][1] : lines[i][0][2]])
            and _right_tail(text, lines, i - 1, mid)
        )
    if len(lines[i - 1]) != 2:
        return False
    (_, s, e), ((_, ls, le), (rcol, rs, re_)) = lines[i][0], lines[i - 1]
    if rcol < mid - 2 or FIELD.match(text[ls:le]) or not name_tail(text[s:e]):
        return False
    return continued_column(text[ls:le], text[rs:re_], text[s:e]) == 1


def _right_starts_with_field(
    text: str,
    lines: list[list[tuple[int, int, int]]],
    captioned: list[bool],
    mid: int,
    paired: bool,
) -> bool:
    """Whether the would-be right column opens with a "By:" line that no "By:" of a left
    column stands beside: alone on its line, or beside a company's name. A column of its own
    opens with its company's name, or with a field beside the left column's field (the
    companies' names wrapped short of it). A page that sets a lender's "By:" beside its name
    ("ACME BANK, as a Lender      By: /s/ J. Doe") and a one-line block ("By: /s/ J. Doe
    Name: J. Doe     Title: Director") has fields at the right of a line, no second column;
    split there, every indented block under it would lose its company."""
    for line, cap in zip(lines, captioned, strict=True):
        if cap or (paired and _by_beside_name(text, line)):
            continue  # a page whose blocks stand side by side may set one "By:" by its name
        at = next((k for k, c in enumerate(line) if c[0] >= mid - 2), None)
        if at is None:
            continue
        right = text[line[at][1] : line[at][2]]
        left = text[line[at - 1][1] : line[at - 1][2]] if at else ""
        return bool(re.match(r"(?:By|BY|by)\b", right)) and not FIELD.match(left)
    return False


#: A block's field label standing alone in its cell ("By:", "Name:"), its value cells away.
_LABEL_CELL = re.compile(r"(?:By|BY|by|Name|Title|Its)\s*:?")
#: How far into a line a label's value may stand and still be the label's, not a right column.
_LABEL_REACH = 30


def _joined_label(text: str, line: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """ "By:     Sooner, Inc.": a label and its value set apart by spaces are one cell (the
    company signing for the block above), not a label and a new company's name. A conformed
    signature is the label's however far a conversion pushed it ("By:<tab>      ...      /s/
    J. Doe": a signature line padded to its rule, no right column)."""
    if (
        len(line) >= 2
        and _LABEL_CELL.fullmatch(text, line[0][1], line[0][2])
        and (line[1][0] < _LABEL_REACH or text.startswith("/s/", line[1][1]))
    ):
        return [(line[0][0], line[0][1], line[1][2]), *line[2:]]
    return line


def _split_fields(text: str, s: int, e: int) -> list[Field]:
    cuts = [m.start() for m in _FIELD_BREAK.finditer(text, s, e) if m.start() > s]
    out = []
    for a, b in zip([s, *cuts], [*cuts, e], strict=True):
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.extend(_title_and_next_company(text, Field(a, b, text[a:b])))
    return out


#: "... Alice T. BRANDT Senior Vice President Capstone Savings Bank,": the head word that ends an
#: officer's title typed after a conformed signature, before the next block's company in a
#: paragraph of blocks run together (the company in any case, so no run of capitals finds it).
_TITLE_HEAD_END = rule(
    "signatures.title_head_before_company",
    r"\b(?:President|Officer|Director|Manager|Secretary|Treasurer|Partner|Signatory|Member"
    r"|Counsel|Controller|Principal)(?=[ \t]+[A-Z])",
    reads="a signature page flattened into one paragraph: where the signer's title ends and the "
    "next block's company begins",
    matches=[
        passage("Oliver KEMP Vice President Galway Trust Company, by:", match="President"),
        passage("Harold V. ASHGROVE Chief Executive Officer NORTHMARK BANK,", match="Officer"),
    ],
    rejects=["Vice President of Galway Trust Company", "Managing Director, by:", "Director"],
)


def _title_and_next_company(text: str, f: Field) -> list[Field]:
    """ "Title: Chief Executive Officer BIRD US HOLDCO, LLC, as Holdco Guarantor": a page
    flattened onto one line runs the next block's company (in capitals) into a title; "by: /
    s / Oliver Kemp Oliver KEMP Vice President Galway Trust Company,": blocks run together
    in one paragraph put it after the title typed on the "by:" line, in any case."""
    if BY_LINE.match(f.text) and re.search(CONFORMED_MARK, f.text):
        return _signed_and_next_company(text, f)
    if not TITLE.match(f.text):
        return [f]
    for caps in _CAPITALS.finditer(text, f.start + 6, f.end):
        if caps.start() > f.start + 6 and is_org_name(caps.group()):
            cut = caps.start()
            while cut > f.start and text[cut - 1].isspace():
                cut -= 1
            head = Field(f.start, cut, text[f.start : cut])
            return [head, Field(caps.start(), f.end, text[caps.start() : f.end])]
    return [f]


def _signed_and_next_company(text: str, f: Field) -> list[Field]:
    """A "By:" field cut where its title ends, when what follows up to the field's end is a
    company's name (with its ", as Agent," capacity): the next block's first line."""
    for head in _TITLE_HEAD_END.finditer(text, f.start, f.end):
        rest = text[head.end() : f.end]
        name = re.split(r",\s*as\b", rest, maxsplit=1)[0].strip(" ,")
        if name and is_org_name(name):
            start = head.end() + len(rest) - len(rest.lstrip())
            return [
                Field(f.start, head.end(), text[f.start : head.end()]),
                Field(start, f.end, text[start : f.end]),
            ]
    return [f]


#: a run of words in capitals ("BIRD US HOLDCO, LLC"), as company lines are typed
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9&'\-]+\.?(?:,?\s+[A-Z0-9][A-Z0-9&'.\-]*)+")
