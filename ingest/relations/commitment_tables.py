"""Each bank's commitment in a table the credit agreement's body sets out (no schedule): a
definition such as ""Commitment Ratios" shall mean the percentages ... as set forth below:"
followed by one row per bank, its name, its share and its dollar commitment on one line::

        Bank                                 Percentage          Dollar Commitment
        Harbor National Bank, N.A.              40%                  $24,000,000
        Keystone Bank                           35%                  $21,000,000

Read for the lenders already known, by the words of their names before the corporate form
("Harbor National Bank" for "Harbor National Bank, N.A.", as a row may abbreviate the form),
and only where at least two of them have a row under one commitments heading: the one money
amount on a lender's row is its commitment. The schedule reader
(:mod:`.scheduled_commitments`) comes first; this one reads the body where no schedule lists
the lenders.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.records import PropValue
from ingest.rules import passage, rule

#: The words above the table: its heading, its definition or its column header.
_TABLE_HEAD = rule(
    "relations.commitment_tables.head",
    r"(?i)\bcommitment(?:\s+ratios?|\s+percentages?|s)?\b|\bpro\s+rata\s+shares?\b",
    reads="the words above a table of each bank's commitment in a credit agreement's body",
    matches=[
        passage('"Commitment Ratios" shall mean the percentages', match="Commitment Ratios"),
        passage("Bank      Percentage      Dollar Commitment", match="Commitment"),
    ],
    rejects=["the Borrower's obligations", "Pricing Grid"],
)
#: The corporate form a row may write otherwise (", N.A." as ", NA."), cut off a lender's name.
_FORM_TAIL = re.compile(
    r"(?i),?\s+(?:N\.?\s?A\.?|National\s+Association|Inc\.?|Incorporated|Corp\.?|Corporation"
    r"|Co\.?|Company|Ltd\.?|Limited|PLC|LLC|L\.L\.C\.|FSB|F\.S\.B\.)\s*$"
)
#: How far above a row the table's heading may stand.
_HEAD_REACH = 1500
#: How far apart the rows of one table stand.
_TABLE_SPAN = 3000
#: Smaller figures are no commitment.
_MIN_COMMITMENT = 10_000


def _stem(name: str) -> str:
    """The words of a lender's name before its corporate form."""
    out = " ".join(name.split())
    while (m := _FORM_TAIL.search(out)) and m.start() > 0:
        out = out[: m.start()]
    return out.strip(" ,")


def _row_amounts(text: str, pos: int) -> list[Amount]:
    """The money amounts of the row a name starts at ``pos``: on its line, or (a name wrapped
    onto a second line, "SouthTrust Bank of Alabama," / "National Association  $10,000,000")
    on the next line when its own holds none."""
    eol = text.find("\n", pos)
    eol = len(text) if eol < 0 else eol
    found = [a for a in find_amounts(text, pos, eol) if a.value >= _MIN_COMMITMENT]
    if found or text[pos:eol].strip(" \t,"):
        return found
    nxt = text.find("\n", eol + 1)
    nxt = len(text) if nxt < 0 else nxt
    return [a for a in find_amounts(text, eol + 1, nxt) if a.value >= _MIN_COMMITMENT]


def tabled_commitments(
    ctx: DocContext, lenders: list[str], end: int
) -> dict[str, tuple[dict[str, PropValue], int, int]]:
    """lender ref -> (amount and currency, the span of its row) for the lenders a table in
    ``text[:end]`` lists with their commitments; {} where no such table lists two of them."""
    text = ctx.text
    stems = {
        ref: _stem(str(e.props.get("name")))
        for ref in lenders
        if (e := ctx.collector.get(ref)) is not None and e.props.get("name")
    }
    if len(set(stems.values())) != len(stems) or len(stems) < 2:
        return {}  # two lenders whose names begin alike: a row could be either's
    rows: dict[str, tuple[dict[str, PropValue], int, int]] = {}
    for ref, stem in stems.items():
        words = re.findall(r"[\w&'.-]+", stem)
        if len(words) < 2:
            return {}
        pattern = re.compile(r"(?im)^[ \t]*" + r"[\s,]+".join(map(re.escape, words)) + r"\b")
        for m in pattern.finditer(text, 0, end):
            amounts = _row_amounts(text, m.end())
            head = _TABLE_HEAD.search(text, max(0, m.start() - _HEAD_REACH), m.start())
            if len(amounts) == 1 and head:
                a = amounts[0]
                rows[ref] = ({"amount": a.plain, "currency": a.currency}, m.start(), a.end)
                break
    starts = sorted(s for _, s, _ in rows.values())
    if len(rows) < 2 or starts[-1] - starts[0] > _TABLE_SPAN:
        return {}
    return rows
